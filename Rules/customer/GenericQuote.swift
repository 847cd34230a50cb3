import DraftAnatomy
import LintCore
import Text

/// An unattributed or anonymous quote is a quote nobody said; readers discount it to zero.
struct GenericQuote: Rule {
    let description = RuleDescription(
        id: "customer/generic-quote",
        summary: "Quote without a named speaker, or with none at all",
        rationale: """
            Press-release quotes carry weight only when a named person says them: the leader with a name and \
            role, the customer with a name and what changed for them. "Said a customer" reads as invented.
            """,
        severity: .warning,
        profiles: [.prfaq],
        triggering: [
            RuleExample("“I get my refills two days sooner,” ⟦said a customer⟧."),
            RuleExample("⟦“This changes how every pharmacy in the country works for patients and families.”⟧"),
        ],
        nonTriggering: [
            RuleExample("# Slipway\n\nANNAPOLIS — June 9, 2027 — In our survey of 1,850 boaters, 1,147 said a full marina had turned them away after dark.\n", profile: .prfaq),
            RuleExample("“I get my refills two days sooner,” said Maria Lopez, a nurse in Tucson."),
        ])

    static let anonymous: WordSet = ["a", "an", "one", "the", "another", "some", "many", "our"]

    static let attributions: WordSet = ["said", "says", "explains", "explained", "adds", "added", "according",
                                            "notes", "noted", "recalls", "wrote", "writes"]

    /// Asked of every word of a press release, by its hash first (two String comparisons a word were
    /// most of this rule's cost).
    static let saying: WordSet = ["said", "says"]

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let a = draft.anatomy
        guard a.hasPressRelease else { return }
        // A list item in quotes is an example (a query a customer types), not a quote to attribute.
        for u in a.pressRelease where !draft.units[u].isHeading && !draft.units[u].inList {
            let unit = draft.units[u]
            let t = unit.tokens
            let quoted = unit.quotedTokens
            // A paragraph that is a quotation of some length with nobody saying it.
            let quotedWords = t.indices.filter { quoted[$0] && t[$0].kind == .word }.count
            if let first = t.first, first.is("“") || first.is("\""), quotedWords >= 8,
               !t.indices.contains(where: { !quoted[$0] && t[$0].kind == .word && Self.attributions.contains(t[$0]) }),
               !t.indices.contains(where: { !quoted[$0] && t[$0].kind == .word && t[$0].isFirstUpper }) {
                ctx.report(draft.blockRange(ofUnit: u), "the quote is not attributed",
                           help: "say who said it: “…,” said Maria Lopez, a nurse in Tucson.")
                continue
            }
            var next = 0
            while let k = t.firstWord(in: Self.saying, from: next) {
                next = k + 1
                guard !quoted[k], k + 1 < t.count, t[k + 1].kind == .word, Self.anonymous.contains(t[k + 1]) else { continue }
                // "1,147 (62%) said a full marina turned them away" reports a survey, not a quote: a quote
                // has quotation marks in its sentence.
                if let s = unit.sentenceIndex(containing: k), !unit.sentences[s].tokens.contains(where: { quoted[$0] }) { continue }
                // "said the customer, Ana Ruiz" names the speaker after all.
                var end = k + 2
                while end < t.count && t[end].kind == .word && !t[end].isFirstUpper { end += 1 }
                if end < t.count, t[end].is(","), end + 1 < t.count, t[end + 1].isFirstUpper { continue }
                ctx.report(unit.sourceRange(tokens: k..<min(end, t.count)), "the quote has no named speaker",
                           help: "attribute it: “…,” said Maria Lopez, a nurse in Tucson.")
            }
        }
    }
}
