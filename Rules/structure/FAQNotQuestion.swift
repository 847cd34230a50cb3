import DraftAnatomy
import LintCore
import Text

/// FAQ entries that are topics ("Pricing") rather than questions hide what the reader actually asked.
struct FAQNotQuestion: Rule {
    let description = RuleDescription(
        id: "structure/faq-not-question",
        summary: "FAQ entry that is not phrased as a question",
        rationale: """
            An FAQ is the reader's questions in the reader's words. A topic heading such as "Pricing" lets the \
            writer answer an easier question than the one a customer or leader would ask.
            """,
        severity: .suggestion,
        profiles: [.prfaq],
        scope: .document,
        triggering: [
            RuleExample("# Reorder\n\n## External FAQ\n\n### ⟦Pricing⟧\n\nIt is free for Prime members.\n", profile: .prfaq),
        ],
        nonTriggering: [
            RuleExample("# Reorder\n\n## External FAQ\n\n### How much does it cost?\n\nIt is free for Prime members.\n", profile: .prfaq),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        for item in draft.anatomy.faqItems where item.hasAnswer {
            let unit = draft.units[item.question]
            guard unit.isHeading, !unit.isQuestion, !item.answerUnits.isEmpty else { continue }
            let first = unit.tokens.first?.key ?? ""
            if Self.questionWords.contains(first) { continue }
            ctx.report(unit.prose.sourceRange(0..<unit.prose.count), "FAQ entry \"\(unit.text)\" is not a question",
                       help: "write the question a reader would ask: \"How much does it cost?\"")
        }
    }

    static let questionWords: WordSet = ["what", "why", "how", "who", "when", "where", "which", "is", "are",
                                             "can", "do", "does", "will", "should", "could", "would", "did", "has", "have"]
}
