import PRFAQKit

/// One hedge is caution; three in a sentence mean the writer will not commit to anything.
struct StackedHedges: Rule {
    let description = RuleDescription(
        id: "clarity/stacked-hedges",
        summary: "Several hedges in one sentence",
        rationale: """
            "We could possibly see a likely increase" stacks three doubts on one claim. The reader cannot \
            tell what the team expects. Say what you know and what you will measure.
            """,
        severity: .warning,
        options: [RuleOption("max-hedges", .int(1), "hedges allowed in one sentence")],
        triggering: [
            RuleExample("⟦We could possibly see a likely rise in orders.⟧"),
        ],
        nonTriggering: [
            RuleExample("We expect orders to rise from 1,200 to 1,450 a week; the pilot may show otherwise."),
        ])

    static let hedges: WordSet = ["could", "might", "may", "perhaps", "probably", "likely", "possibly", "would",
                                      "should", "maybe", "potentially", "presumably", "somewhat", "arguably", "seemingly"]

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let limit = ctx.int("max-hedges")
        for unit in draft.units where !unit.isHeading {
            for s in unit.sentences {
                var n = 0
                for k in s.tokens where unit.tokens[k].kind == .word && Self.hedges.contains(unit.tokens[k])
                    && !(unit.tokens[k].key == "may" && unit.tokens[k].isFirstUpper) { n += 1 }
                guard n > limit else { continue }
                ctx.report(unit.sourceRange(s), "\(n) hedges in one sentence; commit to a claim or say what is unknown",
                           help: "e.g. \"We expect 1,450 orders a week; the pilot ends June 1\"")
            }
        }
    }
}
