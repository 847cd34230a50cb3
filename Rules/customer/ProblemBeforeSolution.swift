import DraftAnatomy
import LintCore

/// Working Backwards starts from the customer: the press release states the problem before the product.
struct ProblemBeforeSolution: Rule {
    let description = RuleDescription(
        id: "customer/problem-before-solution",
        summary: "The solution (or a narrative's proposal) appears before the customer's problem",
        rationale: """
            A press release that leads with the product reads as a feature announcement. Working Backwards \
            puts the customer's problem first, in their words, so the solution has something to answer. A \
            narrative is read the same way: the proposal section answers the problem and background before it.
            """,
        severity: .warning,
        profiles: [.prfaq, .narrative],
        scope: .document,
        triggering: [
            RuleExample("# Reorder\n\n## Solution\n\n⟦With Reorder, customers repeat an order in one tap.⟧\n\n## Problem\n\nParents spend 12 minutes rebuilding the same weekly order.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## Purpose\n\nThis asks for two engineers to build Reorder.\n\n⟦## Proposal⟧\n\nKeep last week's basket ready to check and pay.\n\n## The customer problem\n\nParents spend 12 minutes rebuilding the same weekly order.\n", profile: .narrative),
            RuleExample("# Reorder\n\n## Purpose\n\nThis asks for two engineers to build Reorder.\n\n⟦## Proposal⟧\n\nKeep last week's basket ready to check and pay.\n\n## Background and customer problem\n\nParents spend 12 minutes rebuilding the same weekly order.\n", profile: .narrative),
        ],
        nonTriggering: [
            RuleExample("# Reorder\n\n## Purpose\n\nThis asks for two engineers to build Reorder.\n\n## Current state\n\nParents spend 12 minutes rebuilding the same weekly order.\n\n## Proposal\n\nKeep last week's basket ready to check and pay.\n\n## Open problems\n\nShared baskets wait for a later release.\n", profile: .narrative),
            RuleExample("# Reorder\n\n## Problem\n\nParents spend 12 minutes rebuilding the same weekly order.\n\n## Solution\n\nWith Reorder, customers repeat an order in one tap.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## Purpose\n\nThis asks for two engineers to build Reorder.\n\n## Background\n\nParents spend 12 minutes rebuilding the same weekly order.\n\n## Proposal\n\nKeep last week's basket ready to check and pay.\n", profile: .narrative),
        ])

    /// Headings a narrative gives its customer problem, beside the Background part.
    static let problemNames: Set<String> = [
        "problem", "the problem", "customer problem", "the customer problem", "problem statement", "customer pain",
        "pain points", "the customer", "customers", "who is the customer", "customer need", "customer needs",
    ]

    /// Words of a heading that say its section holds the problem or the background that states it:
    /// "Background and customer problem", "State of the business", "Current state".
    static let problemWords: Set<String> = ["problem", "problems", "pain", "pains", "background"]
    static let problemPhrases = ["state of the business", "current state", "customer need", "where we are today"]

    static func namesProblem(_ key: String) -> Bool {
        if problemNames.contains(key) { return true }
        let words = Set(key.split(whereSeparator: { !$0.isLetter }).map(String.init))
        // "Open problems", "Known problems", "Risks and problems": what is left after the proposal.
        guard words.isDisjoint(with: ["open", "known", "risk", "risks", "remaining", "unsolved", "future"]) else { return false }
        if key.split(whereSeparator: { !$0.isLetter }).contains(where: { problemWords.contains(String($0)) }) { return true }
        return problemPhrases.contains { key.contains($0) }
    }

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        if draft.profile == .narrative { return checkNarrative(draft, &ctx) }
        let a = draft.anatomy
        guard a.hasPressRelease, let problem = a.prParts[.problem], let solution = a.prParts[.solution],
              problem.labelled && solution.labelled, solution.marker < problem.marker else { return }
        // Point at the solution's first paragraph (or its heading when it has none).
        var target = solution.marker
        if draft.units[target].isHeading, target + 1 < draft.units.count, solution.units.contains(target + 1) { target += 1 }
        ctx.report(draft.blockRange(ofUnit: target), "the solution comes before the customer's problem",
                   help: "move the problem paragraph above this one: who struggles, with what, how often")
    }

    /// A narrative's Proposal section above the section that states the customer's problem (or the
    /// Background that holds it): the answer comes before the question.
    private func checkNarrative(_ draft: Draft, _ ctx: inout RuleContext) {
        let a = draft.anatomy
        guard let proposal = a.narrativeParts[.proposal], proposal.labelled, draft.units[proposal.marker].isHeading else { return }
        let named = draft.sections.first { $0.heading != nil && Self.namesProblem($0.key) }?.heading
        let background = a.narrativeParts[.background].flatMap { $0.labelled && draft.units[$0.marker].isHeading ? $0.marker : nil }
        guard let problem = [named, background].compactMap({ $0 }).min(), proposal.marker < problem else { return }
        ctx.report(draft.lineRange(ofUnit: proposal.marker), "the proposal comes before the customer's problem it answers",
                   help: "move the problem (who struggles, with what, how often) above the proposal")
    }
}
