import DraftAnatomy
import LintCore
import Text

/// A proposal that admits no risk or trade-off has not been thought through, or is hiding it.
struct NarrativeRisks: Rule {
    let description = RuleDescription(
        id: "tradeoffs/narrative-risks",
        summary: "Narrative with no risks or trade-offs",
        rationale: """
            Reviewers trust a proposal that says what could go wrong and what it gives up. A narrative or \
            written assessment without risks, trade-offs or alternatives reads as advocacy, not analysis.
            """,
        severity: .warning,
        profiles: [.narrative],
        options: [RuleOption("min-words", .int(150), "shorter drafts are notes and are not judged, unless the profile is chosen or the draft clearly is a narrative (a draft with no narrative section is not judged either)", gatesDraft: true)],
        scope: .document,
        triggering: [
            RuleExample("⟦# Bus Routing⟧\n\n## Purpose\n\nWe propose re-planning our 41 routes by August 2027.\n\n## Plan\n\nBy June 2027 Raj Rao re-plans the routes.\n" + String(repeating: "Raj Rao re-plans each route by hand. ", count: 30) + "\n", profile: .narrative),
        ],
        nonTriggering: [
            RuleExample("# Bus Routing\n\n## Purpose\n\nWe propose re-planning our 41 routes.\n\n## Risks\n\nDrivers may reject split shifts; we pilot 5 routes first.\n", profile: .narrative),
        ])

    static let cues: WordSet = ["risk", "risks", "risky", "trade-off", "trade-offs", "tradeoff", "tradeoffs",
                                    "downside", "downsides", "drawback", "drawbacks", "mitigate", "mitigation",
                                    "alternative", "alternatives", "instead", "cost", "costs", "fail", "failure", "concern"]

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        guard draft.judgedAsNarrative(minWords: ctx.int("min-words")) else { return }
        if draft.anatomy.narrativeParts[.risks] != nil { return }
        if draft.units.contains(where: { $0.hasWord(Self.cues) }) { return }
        ctx.report(draft.documentRange, "the document names no risks or trade-offs",
                   help: "add \"## Risks\": what could go wrong, what you give up, and what you considered instead")
    }
}
