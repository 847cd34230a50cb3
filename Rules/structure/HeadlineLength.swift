import DraftAnatomy
import LintCore

/// The headline is the one line everyone reads; too short says nothing, too long is a paragraph.
struct HeadlineLength: Rule {
    let description = RuleDescription(
        id: "structure/headline-length",
        summary: "Headline shorter or longer than a scannable sentence",
        rationale: """
            A press-release headline names the product and the customer benefit in one breath, about 6–12 \
            words. Two words say nothing; twenty words are a summary paragraph.
            """,
        severity: .warning,
        profiles: [.prfaq],
        options: [RuleOption("min-words", .int(4), "fewest words"), RuleOption("max-words", .int(14), "most words")],
        scope: .document,
        triggering: [
            RuleExample("# ⟦Reorder⟧\n\nSEATTLE — May 3, 2027 — Shoppers reorder in one tap.\n", profile: .prfaq),
            RuleExample("# ⟦Acme Launches One-Tap Reorder So Busy Parents Can Repeat Their Weekly Grocery Order From Any Device Without Typing⟧\n\nSEATTLE — May 3, 2027 — Shoppers reorder in one tap.\n", profile: .prfaq),
            RuleExample("# Title: ⟦Reorder⟧\n\nSEATTLE — May 3, 2027 — Shoppers reorder in one tap.\n", profile: .prfaq),
        ],
        nonTriggering: [
            RuleExample("# Busy Parents Repeat Their Weekly Grocery Order in One Tap\n\nSEATTLE — May 3, 2027 — Shoppers reorder in one tap.\n", profile: .prfaq),
            RuleExample("# Title: Busy Parents Repeat Their Weekly Grocery Order in One Tap From Any Phone Today\n\nSEATTLE — May 3, 2027 — Shoppers reorder in one tap.\n", profile: .prfaq),
        ])

    static let labels: Set<String> = ["title", "headline", "heading"]

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        guard draft.anatomy.hasPressRelease, let part = draft.anatomy.prParts[.headline] else { return }
        var unit = part.marker
        // Under a "## Headline" label the headline is the first paragraph.
        if part.labelled, let first = part.units.first(where: { $0 > part.marker && $0 < draft.units.count }) { unit = first }
        let u = draft.units[unit]
        // A headline that shares its paragraph with the subheading is its first line.
        var span = part.labelled ? 0..<u.prose.count : part.scalars(of: unit, count: u.prose.count)
        // "Title: Acme Launches …": the label is not part of the headline.
        if let colon = u.tokens.prefix(3).firstIndex(where: { $0.is(":") }), colon > 0,
           Self.labels.contains(u.tokens[0].key), span.lowerBound <= u.tokens[0].range.lowerBound {
            span = max(span.lowerBound, u.tokens[colon].range.upperBound)..<span.upperBound
            while span.lowerBound < span.upperBound, u.prose.scalars[span.lowerBound] == " " { span = (span.lowerBound + 1)..<span.upperBound }
        }
        let n = u.tokens.lazy.filter { $0.kind != .symbol && span.contains($0.range.lowerBound) }.count
        let lo = ctx.int("min-words"), hi = ctx.int("max-words")
        guard n < lo || n > hi else { return }
        var end = span.upperBound
        while end > span.lowerBound, u.prose.scalars[end - 1] == " " { end -= 1 }
        ctx.report(u.prose.sourceRange(span.lowerBound..<end), "the headline has \(n) word\(n == 1 ? "" : "s") (aim for \(lo)–\(hi))",
               help: "name the customer and what they gain: \"Busy Parents Repeat Their Weekly Order in One Tap\"")
    }
}
