import DraftAnatomy
import LintCore
import Text

/// When the press release promises $9.99 a month and the FAQ charges $12.99, readers trust neither.
struct InconsistentFigure: Rule {
    let description = RuleDescription(
        id: "data/inconsistent-figure",
        summary: "A price or figure that differs between the press release and the FAQ",
        rationale: """
            The FAQ expands on the press release; it must not contradict it. A price, a date or a headline \
            figure that changes between the two is the first thing a careful reader spots.
            """,
        severity: .warning,
        profiles: [.prfaq],
        scope: .document,
        triggering: [
            RuleExample("# Reorder\n\nSEATTLE — May 3, 2027 — Reorder costs $4.99 a month.\n\n## External FAQ\n\n### What does it cost?\n\nReorder costs ⟦$5.99⟧ a month.\n", profile: .prfaq),
        ],
        nonTriggering: [
            RuleExample("# Reorder\n\nSEATTLE — May 3, 2027 — Reorder costs $4.99 a month.\n\n## External FAQ\n\n### What does it cost?\n\nReorder costs $4.99 a month, or $49 a year.\n", profile: .prfaq),
        ])

    static let periods: WordSet = ["month", "year", "week", "day", "order", "user", "seat", "delivery", "visit", "mo", "yr"]

    static let linkers: WordSet = ["a", "an", "per", "/", "each", "every"]
    static let currencies = Set("$€£¥₹".unicodeScalars)

    /// "$4.99 a month", "$4.99 per month", "$4.99/month": money followed by a period word.
    static func prices(_ unit: ProseUnit) -> [(period: String, value: String, token: Int)] {
        let t = unit.tokens
        var out = [(String, String, Int)]()
        for k in t.indices where t[k].kind == .number && (t[k].text.unicodeScalars.first.map { currencies.contains($0) } ?? false) {
            var p = k + 1
            if p < t.count, linkers.contains(t[p]) || t[p].text == "/" { p += 1 }
            guard p < t.count, t[p].kind == .word, periods.contains(t[p]) else { continue }
            out.append((t[p].key, t[k].text, k))
        }
        return out
    }

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let pr = draft.anatomy.pressRelease
        guard !pr.isEmpty, pr.upperBound < draft.units.count else { return }
        var promised = [String: Set<String>]()
        for u in pr { for p in Self.prices(draft.units[u]) { promised[p.period, default: []].insert(p.value) } }
        guard !promised.isEmpty else { return }
        for u in pr.upperBound..<draft.units.count {
            let unit = draft.units[u]
            for p in Self.prices(unit) {
                guard let values = promised[p.period], !values.contains(p.value) else { continue }
                ctx.report(unit.sourceRange(tokens: p.token..<(p.token + 1)),
                           "\"\(p.value) a \(p.period)\" here, but the press release says \(values.sorted().joined(separator: " or ")) a \(p.period)",
                           help: "use one figure in both places, or explain the difference (e.g. an introductory price)")
            }
        }
    }
}
