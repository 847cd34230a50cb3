import DraftAnatomy
import LintCore

/// A document that does not open with a customer and their problem has started from the solution.
struct NoCustomerProblem: Rule {
    let description = RuleDescription(
        id: "customer/no-customer-problem",
        summary: "No customer or customer problem in the opening paragraphs",
        rationale: """
            Working Backwards starts from a customer and a problem worth solving. If the first paragraphs \
            name neither, the reader cannot tell whom the work is for or why it matters now.
            """,
        severity: .warning,
        profiles: [.prfaq, .narrative],
        options: [
            RuleOption("min-words", .int(150), "shorter drafts are notes, not narratives, and are not judged", gatesDraft: true),RuleOption("paragraphs", .int(4), "opening paragraphs that must name the customer")],
        scope: .document,
        triggering: [
            RuleExample("⟦# Ledger Service v2⟧\n\nThe ledger service moves to a sharded store in 2027.\n\nThe new store runs on 12 nodes.\n" + String(repeating: "The new store runs on 12 nodes. ", count: 30) + "\n", profile: .narrative),
        ],
        nonTriggering: [
            RuleExample("# Ledger Service v2\n\nSellers wait 3 days for payouts because the ledger cannot keep up.\n", profile: .narrative),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        guard draft.wordCount(0..<draft.units.count) >= ctx.int("min-words") else { return }
        // Author, status and tracking lines are not the writer's opening.
        let opening = draft.paragraphs.lazy.filter { !draft.anatomy.furniture.contains($0) }.prefix(ctx.int("paragraphs"))
        guard !opening.isEmpty else { return }
        if opening.contains(where: { draft.units[$0].hasWord(CustomerWords.all) }) { return }
        ctx.report(draft.documentRange, "the opening paragraphs name no customer or customer problem",
                   help: "open with who struggles, with what, and how often: \"Sellers wait 3 days for payouts…\"")
    }
}
