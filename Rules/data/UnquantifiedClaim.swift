import PRFAQKit

/// "Improves delivery" promises a change without saying how much; the reader cannot weigh it.
struct UnquantifiedClaim: Rule {
    let description = RuleDescription(
        id: "data/unquantified-claim",
        summary: "A claimed change with no figure in the sentence",
        rationale: """
            Verbs and comparatives of change ("improved", "reduces", "lower", "increase") claim a result. \
            Without a figure in the same sentence the reader cannot judge it, and a Bar Raiser will ask \
            "by how much, against what?".
            """,
        severity: .warning,
        options: [RuleOption("words", .strings(UnquantifiedClaim.defaultWords), "words that claim a change")],
        triggering: [
            RuleExample("The new checkout ⟦improves⟧ conversion for mobile shoppers."),
            RuleExample("Support tickets ⟦decreased⟧ after the launch."),
        ],
        nonTriggering: [
            RuleExample("The new checkout raised mobile conversion from 2.1% to 2.6%."),
            RuleExample("How will we reduce support tickets?"),
        ])

    static let defaultWords = [
        "improve", "improves", "improved", "improving", "increase", "increases", "increased", "increasing",
        "reduce", "reduces", "reduced", "reducing", "decrease", "decreases", "decreased", "decreasing",
        "boost", "boosts", "boosted", "cheaper", "quicker", "slower", "lower", "higher", "greater", "fewer",
        "less", "dramatically", "drastically", "grow", "grows", "grew",
    ]

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let words = WordSet(ctx.strings("words"))
        for unit in draft.units where !unit.isHeading {
            for s in unit.sentences {
                if (!s.tokens.isEmpty && unit.tokens[s.tokens.upperBound - 1].text == "?") || unit.hasFigure(s) { continue }
                guard let k = s.tokens.first(where: { unit.tokens[$0].kind == .word && words.contains(unit.tokens[$0]) }) else { continue }
                let t = unit.tokens[k]
                ctx.report(unit.sourceRange(tokens: k..<(k + 1)), "\"\(t.text)\" claims a change with no figure; say by how much",
                           help: "e.g. \"from 4.1 to 2.3 days\" or \"by 18% vs. 2025\"")
            }
        }
    }
}
