import LintCore
import Settings

/// A misspelt id in a disable comment silences nothing, and the writer believes it does.
struct UnknownRuleInComment: DirectiveRule {
    let description = RuleDescription(
        id: "markdown/unknown-rule-in-comment",
        summary: "A suppression comment names a rule that does not exist",
        rationale: """
            `<!-- prfaq-disable concision/weasel-words -->` disables nothing: the rule is \
            `concision/weasel-word`. The finding it meant to silence still shows, and the comment misleads \
            the next reader.
            """,
        severity: .warning,
        triggering: [
            RuleExample("<!-- prfaq-disable ⟦concision/weasel-words⟧ -->\n\nDelivery takes 2 days.\n"),
        ],
        nonTriggering: [
            RuleExample("<!-- prfaq-disable markdown/unknown-rule-in-comment -->\n\nDelivery takes 2 days.\n"),
        ])

    func checkDirectives(_ report: DirectiveReport, _ ctx: inout RuleContext) {
        for (id, range) in report.named where !report.known.contains(id) {
            ctx.report(range, "no rule \"\(id)\"\(Suggest.didYouMean(id, report.known))",
                       help: "`prfaq rules` lists every rule id")
        }
    }
}
