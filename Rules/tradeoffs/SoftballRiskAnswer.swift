import DraftAnatomy
import LintCore
import Text

/// "Risk is minimal" answers nothing; reviewers read it as "we have not looked".
struct SoftballRiskAnswer: Rule {
    let description = RuleDescription(
        id: "tradeoffs/softball-risk-answer",
        summary: "A risk question answered with a dismissal",
        rationale: """
            Every launch can fail. An answer like "the risk is minimal" or "none" to a question about risks \
            tells the reader the team has not thought about it, and invites the hardest follow-ups.
            """,
        severity: .warning,
        profiles: [.prfaq, .narrative],
        scope: .document,
        triggering: [
            RuleExample("# Reorder\n\n## Internal FAQ\n\n### What are the risks?\n\n⟦The risk is minimal.⟧ Customers love it.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## Internal FAQ\n\n### What are the risks?\n\n⟦The risk is minimal.⟧ Carriers may miss one window in ten during the first month, so we cap slots at 80% until June.\n", profile: .prfaq),
        ],
        nonTriggering: [
            RuleExample("# Reorder\n\n## Internal FAQ\n\n### What are the drawbacks?\n\nThe vector stores use custom resource functions, as there are no L1 constructs for them yet.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## Internal FAQ\n\n### What are the risks?\n\nCarriers may miss the new windows; we cap slots at 80% of capacity until July 2027.\n", profile: .prfaq),
        ])

    static let questionCues = PhraseSet(["risk", "risks", "fail", "failure", "wrong", "downside", "downsides", "drawback",
                               "drawbacks", "concern", "concerns", "threat", "threats", "worst"])
    static let dismissals = PhraseSet([
        "risk is minimal", "risks are minimal", "risk is low", "risks are low", "minimal risk", "low risk", "no risk",
        "no risks", "no real risk", "no significant risk", "no major risk", "none", "not a concern", "nothing",
        "negligible", "we don't anticipate", "we do not anticipate", "we don't expect", "we do not expect",
        // "There are no" dismisses only a risk: "as there are no L1 constructs" gives a reason.
        "there are no risks", "there are no major", "there are no significant", "there are no known", "there are no real",
        "there are no drawbacks", "there are no downsides", "there are no concerns", "there are no issues", "very low", "not worried", "no concerns", "no downside", "no downsides",
        "we don't see any", "we do not see any", "we don't see major", "we do not see major", "we don't see significant",
        "we do not see significant", "we see no", "we see little", "no major risks", "no big risks", "none expected", "none anticipated", "none foreseen",
        "risks manageable", "risks are manageable", "risk is manageable", "as they arise", "as they come up", "under control",
    ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        for item in draft.anatomy.faqItems {
            guard Self.questionCues.occurs(in: draft.units[item.question], within: item.questionRange) else { continue }
            // The answer's first sentence carries the verdict.
            let target: (unit: Int, sentence: Sentence)?
            if let first = item.answerUnits.first, let s = draft.units[first].sentences.first {
                target = (first, s)
            } else if let inline = item.inlineAnswer,
                      let s = draft.units[item.question].sentences.first(where: { $0.range.lowerBound >= inline.lowerBound }) {
                target = (item.question, s)
            } else {
                target = nil
            }
            guard let (u, s) = target else { continue }
            let unit = draft.units[u]
            guard Self.dismissals.occurs(unit.tokens, s.tokens) else { continue }
            // "Nothing dramatic. The custom resource's Lambda must be upgraded too." names a drawback after
            // the shrug: the fault is the opening, and it is a smaller one.
            let restWords = unit.sentences.filter { $0.range.lowerBound > s.range.lowerBound }.reduce(0) { $0 + unit.words(in: $1) }
                + item.answerUnits.filter { $0 != u }.reduce(0) { $0 + draft.units[$1].wordCount }
            if restWords >= 5 {
                ctx.report(unit.sourceRange(s), "this opens by dismissing the risk the answer goes on to name; lead with the risk",
                           help: "start with the risk and its mitigation; cut the reassurance", severity: ctx.severity == .error ? .warning : .suggestion)
                continue
            }
            ctx.report(unit.sourceRange(s), "this dismisses the risk instead of naming it",
                       help: "name the top risks, how likely each is, and the mitigation: \"Carriers may miss windows; we cap slots at 80%\"")
        }
    }
}
