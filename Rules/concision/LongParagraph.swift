import DraftAnatomy
import LintCore

/// A wall of text hides its point; readers skim long paragraphs and miss the figure that mattered.
struct LongParagraph: Rule {
    let description = RuleDescription(
        id: "concision/long-paragraph",
        summary: "Paragraph longer than the word limit",
        rationale: """
            A paragraph carries one idea. Past about 150 words it carries several, and the reader loses which \
            one the figures support. Split it where the topic turns.
            """,
        severity: .suggestion,
        options: [RuleOption("max-words", .int(150), "longest paragraph allowed, in words")],
        scope: .block,
        triggering: [
            RuleExample("⟦" + String(repeating: "Parents rebuild the same grocery order every week by hand. ", count: 17) + "Most give up.⟧"),
        ],
        nonTriggering: [
            RuleExample("Parents rebuild the same grocery order every week by hand. It takes 12 minutes."),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let limit = ctx.int("max-words")
        for (i, unit) in draft.units.enumerated() where !unit.isHeading {
            let n = unit.wordCount
            guard n > limit else { continue }
            ctx.report(draft.blockRange(ofUnit: i), "paragraph has \(n) words (limit \(limit)); split it where the topic turns",
                       help: "one idea per paragraph; lead with the point, then the evidence")
        }
    }
}
