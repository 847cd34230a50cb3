import DraftAnatomy
import LintCore

/// The press release is one page: if the idea does not fit, it is not yet clear.
struct PressReleaseLength: Rule {
    let description = RuleDescription(
        id: "structure/press-release-length",
        summary: "Press release longer than one page",
        rationale: """
            Working Backwards keeps the press release under a page (about 500 words). The limit forces the \
            team to find the one benefit that matters; details go to the FAQ.
            """,
        severity: .warning,
        profiles: [.prfaq],
        options: [RuleOption("max-words", .int(600), "most words before the first FAQ"),
                  RuleOption("margin", .int(60), "words past the limit tolerated before the press release is reported")],
        scope: .document,
        triggering: [
            RuleExample("⟦# Reorder in One Tap⟧\n\n" + String(repeating: "Parents rebuild the same grocery order every week by hand. ", count: 70) + "\n", profile: .prfaq),
        ],
        nonTriggering: [
            RuleExample("# Reorder in One Tap\n\nSEATTLE — May 3, 2027 — Parents repeat last week's order in one tap.\n", profile: .prfaq),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let a = draft.anatomy
        guard a.hasPressRelease, !a.pressRelease.isEmpty else { return }
        let words = draft.wordCount(a.pressRelease)
        let limit = ctx.int("max-words")
        // A page is an estimate: 630 words were judged "just over", not worth a warning.
        guard words > limit + max(0, ctx.int("margin")) else { return }
        ctx.report(draft.lineRange(ofUnit: a.pressRelease.lowerBound),
                   "the press release has \(words) words (limit \(limit), about one page)",
                   help: "keep the headline, problem, solution, two quotes and the call to action; move details to the FAQ")
    }
}
