import DraftAnatomy
import LintCore

/// Working Backwards starts from the customer: the press release states the problem before the product.
struct ProblemBeforeSolution: Rule {
    let description = RuleDescription(
        id: "customer/problem-before-solution",
        summary: "The solution appears before the customer's problem",
        rationale: """
            A press release that leads with the product reads as a feature announcement. Working Backwards \
            puts the customer's problem first, in their words, so the solution has something to answer.
            """,
        severity: .warning,
        profiles: [.prfaq],
        scope: .document,
        triggering: [
            RuleExample("# Reorder\n\n## Solution\n\n⟦With Reorder, customers repeat an order in one tap.⟧\n\n## Problem\n\nParents spend 12 minutes rebuilding the same weekly order.\n", profile: .prfaq),
        ],
        nonTriggering: [
            RuleExample("# Reorder\n\n## Problem\n\nParents spend 12 minutes rebuilding the same weekly order.\n\n## Solution\n\nWith Reorder, customers repeat an order in one tap.\n", profile: .prfaq),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let a = draft.anatomy
        guard a.hasPressRelease, let problem = a.prParts[.problem], let solution = a.prParts[.solution],
              problem.labelled && solution.labelled, solution.marker < problem.marker else { return }
        // Point at the solution's first paragraph (or its heading when it has none).
        var target = solution.marker
        if draft.units[target].isHeading, target + 1 < draft.units.count, solution.units.contains(target + 1) { target += 1 }
        ctx.report(draft.blockRange(ofUnit: target), "the solution comes before the customer's problem",
                   help: "move the problem paragraph above this one: who struggles, with what, how often")
    }
}
