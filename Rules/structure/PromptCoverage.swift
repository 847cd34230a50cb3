import DraftAnatomy
import LintCore
import Text

/// A written assessment is graded against its prompt: a part left unanswered is a question the reader
/// asked and did not get answered, however good the rest is.
struct PromptCoverage: Rule {
    let description = RuleDescription(
        id: "structure/prompt-coverage",
        summary: "A part of the prompt (front matter prompt: or --prompt) that the draft does not answer",
        rationale: """
            A written assessment answers a prompt, and readers check it part by part: every question, and \
            every "and what…" inside one. State the prompt up front, answer each part where a reader can \
            find it (a heading that names it helps), and keep to about two pages, four at most. Runs only \
            when the draft names its prompt, in front matter (`prompt: …`) or with `--prompt`.
            """,
        severity: .warning,
        options: [RuleOption("max-words", .int(2_000), "longest answer to a prompt, in words (4 pages)", range: 100...100_000)],
        scope: .document,
        triggering: [
            RuleExample("---\n⟦prompt: How would you cut delivery costs, and how would you measure success?⟧\n---\n# Cutting delivery costs\n\nThis answers how we cut delivery costs.\n\n## How we would cut costs\n\nWe batch deliveries by postcode.\n", profile: .narrative),
        ],
        nonTriggering: [
            RuleExample("---\nprompt: How would you cut delivery costs, and how would you measure success?\n---\n# Cutting delivery costs\n\nThis answers how we cut delivery costs and how we measure success.\n\n## Cutting costs\n\nWe batch deliveries by postcode.\n\n## Measuring success\n\nCost per delivery falls from $4.10 to $3.50 by June 2027.\n", profile: .narrative),
            RuleExample("# Cutting delivery costs\n\nWe batch deliveries by postcode.\n", profile: .narrative),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        guard let prompt = draft.prompt else { return }
        let place = Self.promptLine(draft)
        for (part, section) in prompt.coverage(in: draft) where section == nil {
            ctx.report(place, "the prompt asks \"\(part.text)\", and no part of the draft answers it",
                       help: "answer it under a heading that names it, or say why it does not apply")
        }
        // Stated up front: the opening paragraphs use the prompt's words.
        let opening = draft.units.indices.filter { !draft.units[$0].isHeading }.prefix(2)
        let said = Set(opening.flatMap { Prompt.contentWords(draft.units[$0].text) })
        let words = prompt.words
        if !opening.isEmpty, said.intersection(words).count * 3 < words.count {
            ctx.report(draft.lineRange(ofUnit: opening.first ?? 0), "the opening does not restate the prompt",
                       help: "start with the question you are answering, in the prompt's own words", severity: .suggestion)
        }
        let limit = ctx.int("max-words")
        let total = draft.wordCount(0..<draft.units.count)
        if draft.profile == .narrative, total > limit {
            ctx.report(place, "the answer runs to \(total) words (limit \(limit)); a written assessment is about two pages, four at most",
                       help: "cut to what answers the prompt; move detail to an appendix")
        }
    }

    /// The front matter's `prompt:` line, where the writer gave it; else the draft's first line.
    static func promptLine(_ draft: Draft) -> Range<Int> {
        if let fm = draft.document.frontMatter {
            let lines = fm.yaml.split(separator: "\n", omittingEmptySubsequences: false)
            if let k = lines.firstIndex(where: { $0.hasPrefix("prompt:") }) { return draft.lineRange(fm.firstLine + k) }
        }
        return draft.lineRange(1)
    }
}
