import DraftAnatomy
import LintCore

/// A question left without an answer is a question the reader now asks out loud.
struct FAQUnanswered: Rule {
    let description = RuleDescription(
        id: "structure/faq-unanswered",
        summary: "FAQ question without an answer",
        rationale: """
            Every FAQ question is followed by its answer. An unanswered question signals the team has not \
            thought it through, and it is exactly the one a reviewer will ask.
            """,
        severity: .error,
        profiles: [.prfaq],
        scope: .document,
        triggering: [
            RuleExample("# Reorder\n\n## External FAQ\n\n### ⟦How much does it cost?⟧\n\n### How do I start?\n\nTap Reorder on any past order.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## External FAQ\n\n### ⟦Does it work offline⟧\n\n### How do I start?\n\nTap Reorder on any past order.\n", profile: .prfaq),
        ],
        nonTriggering: [
            RuleExample("# Reorder\n\n## External FAQ\n\n### How much does it cost?\n\nIt is free.\n\n### How do I start?\n\nTap Reorder on any past order.\n", profile: .prfaq),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        for item in draft.anatomy.faqItems where !item.hasAnswer {
            let unit = draft.units[item.question]
            // A heading that groups questions below it is a label, not an unanswered question.
            if unit.isHeading, !unit.isQuestion, !unit.opensYesNoQuestion { continue }
            ctx.report(unit.prose.sourceRange(item.questionRange), "this question has no answer",
                       help: "answer it, even with \"We don't know yet; we will by <date>\"")
        }
    }
}
