import DraftAnatomy
import LintCore

/// One long sentence is a slip; a section of them is a habit the reader pays for on every line.
struct AverageSentenceLength: Rule {
    let description = RuleDescription(
        id: "concision/average-sentence-length",
        summary: "A section's sentences are long on average",
        rationale: """
            Clear business writing averages under 20 words a sentence; Jeff Bezos's shareholder letters \
            average about 19. A section above that reads slowly even when no sentence breaks the hard limit. \
            An average a little over the target is noise, so only a section past it by the margin is reported.
            """,
        severity: .suggestion,
        options: [RuleOption("max-average", .int(20), "highest average words per sentence in a section"),
                  RuleOption("min-sentences", .int(5), "sections with fewer sentences are not judged"),
                  RuleOption("margin", .double(3), "words past the target average tolerated before a section is reported")],
        scope: .document,
        triggering: [
            RuleExample("⟦## Background⟧\n\n" + String(repeating: "Parents in our three pilot cities rebuild the same weekly grocery order by hand from a long list of past purchases every Sunday night before school starts. ", count: 5) + "\n"),
        ],
        nonTriggering: [
            RuleExample("## Background\n\nParents rebuild the same order every week. It takes them 20 minutes. Most do it on Sunday. Some give up and shop in person. The app keeps last week's basket. One tap sends it again.\n"),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let limit = Double(ctx.int("max-average"))
        let minSentences = ctx.int("min-sentences")
        // Measured per chapter (a heading of level 1 or 2 with its subsections): one finding where the
        // long sentences gather, not one per small subsection.
        for chapter in draft.chapters {
            let section = draft.sections[chapter.section]
            var words = 0, sentences = 0
            for u in chapter.units where !draft.units[u].isHeading {
                let unit = draft.units[u]
                // A unit's sentences cover its tokens end to end, so their words are the unit's.
                words += unit.wordCount
                sentences += unit.sentences.count
            }
            guard sentences >= minSentences else { continue }
            let avg = Double(words) / Double(sentences)
            guard avg > limit + max(0, ctx.double("margin")) else { continue }
            let at = section.heading.map { draft.lineRange(ofUnit: $0) } ?? draft.documentRange
            ctx.report(at, "sentences in this section average \(String(avg.oneDecimal)) words (aim for \(Int(limit)) or fewer)",
                       help: "split the longest sentences; keep one idea per sentence")
        }
    }
}
