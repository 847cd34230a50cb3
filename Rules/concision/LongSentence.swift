import DraftAnatomy
import LintCore
import Text

/// Long sentences are where readers lose the thread; Amazon's narratives average about 19 words.
struct LongSentence: Rule {
    let description = RuleDescription(
        id: "concision/long-sentence",
        summary: "Sentence longer than the word limit",
        rationale: """
            A sentence over 30 words asks the reader to hold too much at once; Amazon's best writing averages \
            under 20. Split it at "and", "which" or a semicolon, or cut what the reader does not need. A \
            sentence only a few words over the limit (the margin, 8 words) is not reported: judged on real \
            drafts, sentences of 31 to 38 words were mostly clear lists a good writer could leave.
            """,
        severity: .warning,
        options: [RuleOption("max-words", .int(30), "longest sentence allowed, in words"),
                  RuleOption("margin", .int(8), "words past the limit that are tolerated before a sentence is reported")],
        triggering: [
            RuleExample("⟦Our customers in rural areas who order groceries every week often wait for three or four days for delivery because the nearest warehouse is far away and the two carriers that serve the region only visit twice a week on fixed days.⟧"),
        ],
        nonTriggering: [
            RuleExample("Rural customers wait 3 to 4 days for groceries. The nearest warehouse is 200 km away."),
            RuleExample("Rural customers who order groceries every week wait three or four days for delivery because the nearest warehouse is far away and carriers come twice a week."),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let limit = ctx.int("max-words")
        let reported = limit + max(0, ctx.int("margin"))
        for unit in draft.units where !unit.isHeading {
            // A sentence of no more tokens than the limit has no more words: its words are not counted.
            for s in unit.sentences where s.tokens.count > reported {
                let n = unit.words(in: s)
                guard n > reported else { continue }
                ctx.report(unit.sourceRange(s), "sentence has \(n) words (limit \(limit)); split it or cut words",
                           help: "one idea per sentence: end this one where the second idea starts")
            }
        }
    }
}
