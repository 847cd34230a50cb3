import DraftAnatomy
import LintCore

/// A proposal without milestones, dates and owners is a wish; reviewers ask "who does what by when?".
struct ExecutionPlan: Rule {
    let description = RuleDescription(
        id: "structure/no-execution-plan",
        summary: "Narrative without an execution plan (milestones, dates, owners)",
        rationale: """
            A narrative or written assessment that proposes work ends with how it gets done: milestones with \
            dates and an owner for each. Without it, the reader cannot tell whether the plan is real.
            """,
        severity: .warning,
        profiles: [.narrative],
        options: [
            RuleOption("min-words", .int(150), "shorter drafts are notes and are not judged, unless the profile is chosen or the draft clearly is a narrative (a draft with no narrative section is not judged either)", gatesDraft: true),RuleOption("min-dates", .int(2), "dated milestones a plan needs")],
        scope: .document,
        triggering: [
            RuleExample("⟦# Bus Routing⟧\n\n## Purpose\n\nWe propose re-planning our 41 routes.\n\n## Proposal\n\nWe will buy routing software.\n" + String(repeating: "The software re-plans each route by hand. ", count: 30) + "\n", profile: .narrative),
        ],
        nonTriggering: [
            RuleExample("# Bus Routing\n\n## Purpose\n\nWe propose re-planning our 41 routes.\n\n## Plan\n\nBy March 2027 Ana Ruiz picks a vendor. By June 2027 Raj Rao re-plans the routes.\n", profile: .narrative),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        guard draft.judgedAsNarrative(minWords: ctx.int("min-words")) else { return }
        var dated = 0
        if let plan = draft.anatomy.narrativeParts[.plan] {
            dated = draft.bodyUnits(of: plan).filter { draft.hasDate(draft.units[$0]) }.count
            if dated >= 1 { return }
        }
        dated = draft.paragraphs.filter { draft.hasDate(draft.units[$0]) }.count
        if dated >= ctx.int("min-dates") { return }
        ctx.report(draft.documentRange, "the document has no execution plan with dated milestones",
                   help: "add \"## Plan\": each milestone with a date and an owner, e.g. \"By June 2027, Raj Rao ships the pilot\"")
    }
}
