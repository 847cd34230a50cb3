import DraftAnatomy
import LintCore
import Text

/// One hedge is caution; three in a sentence mean the writer will not commit to anything.
struct StackedHedges: Rule {
    let description = RuleDescription(
        id: "clarity/stacked-hedges",
        summary: "Several hedges in one sentence",
        rationale: """
            "We could possibly see a likely increase" stacks three doubts on one claim. The reader cannot \
            tell what the team expects. Say what you know and what you will measure. Modals count as hedges \
            only where clarity/hedge counts them: not in a condition or its consequence, a risk statement, \
            a discussion of risks or alternatives, or "we should" advice.
            """,
        severity: .suggestion,
        options: [RuleOption("max-hedges", .int(1), "hedges allowed in one sentence")],
        triggering: [
            RuleExample("⟦We could possibly see a likely rise in orders.⟧"),
        ],
        nonTriggering: [
            RuleExample("We expect orders to rise from 1,200 to 1,450 a week; if the pilot slips, they could stay at 1,200."),
            RuleExample("If the queue fills, the sender would retry and could duplicate the order."),
            RuleExample("You should review what your team should spend its time on."),
        ])

    static let hedges: WordSet = ["could", "might", "may", "perhaps", "probably", "likely", "possibly", "would",
                                      "should", "maybe", "potentially", "presumably", "somewhat", "arguably", "seemingly"]

    /// After "should", the verbs of an expectation: "it should take two days".
    static let expectations: WordSet = ["take", "cost", "help", "improve", "reduce", "increase", "work", "last", "arrive",
                                        "finish", "see", "result", "lead"]

    /// "we should", "you should": advice with its subject, as clarity/hedge reads it.
    static let advisers: WordSet = ["i", "we", "you", "they", "he", "she", "it", "there", "everyone", "teams", "team", "customers",
                                    "users", "developers", "writers", "reviewers", "operators", "what", "who"]

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let limit = ctx.int("max-hedges")
        let hedges = Self.hedges
        for (ui, unit) in draft.units.enumerated() where !unit.isHeading {
            let risky = draft.riskUnits.contains(ui)
            for s in unit.sentences {
                var n = 0
                let t = unit.tokens
                // Whether the sentence states a risk, and where its condition starts: read once the first
                // modal asks (most sentences have none, and reading every sentence was most of this rule).
                var statesRisk: Bool?, condition: Int?
                // The hedges found on the records: most words are turned away by the set's filter unread.
                var next = s.tokens.lowerBound
                while let k = t.firstWord(in: hedges, from: next, to: s.tokens.upperBound) {
                    next = k + 1
                    if t[k].key == "may" && t[k].isFirstUpper { continue }
                    if Modality.isModal(t[k]) || t[k].key == "would" {
                        if risky { continue }
                        let risk = statesRisk ?? Modality.statesRisk(t, sentence: s.tokens)
                        statesRisk = risk
                        if risk { continue }
                        let start = condition ?? Modality.conditionStart(t, sentence: s.tokens)
                        condition = start
                        if Modality.isHypothetical(t, sentence: s.tokens, at: k, conditionStart: start) { continue }
                    }
                    // "Should" doubts only as an expectation ("should take"), as clarity/hedge reads it.
                    if t[k].key == "should", !(k + 1 < s.tokens.upperBound && Self.expectations.contains(t[k + 1])) { continue }
                    if t[k].key == "should", k > s.tokens.lowerBound, Self.advisers.contains(t[k - 1]) { continue }
                    n += 1
                }
                guard n > limit else { continue }
                ctx.report(unit.sourceRange(s), "\(n) hedges in one sentence; commit to a claim or say what is unknown",
                           help: "e.g. \"We expect 1,450 orders a week; the pilot ends June 1\"")
            }
        }
    }
}
