import LintCore

/// Disable comments outlive the findings they silenced; left behind, they hide the next real problem.
struct UnusedDisable: DirectiveRule {
    let description = RuleDescription(
        id: "markdown/unused-disable",
        summary: "A disable comment that silences nothing",
        rationale: """
            After a draft is revised, old `prfaq-disable` comments often silence nothing. They then hide the \
            next finding of that rule in the same place. Turn this rule on to find them.
            """,
        severity: .warning,
        scope: .document,
        defaultEnabled: false,
        triggering: [
            RuleExample("⟦<!-- prfaq-disable-next-line concision/weasel-word -->⟧\nDelivery drops from 4.1 to 2.3 days.\n"),
        ],
        nonTriggering: [
            RuleExample("<!-- prfaq-disable-next-line concision/weasel-word -->\nDelivery drops significantly.\n"),
        ])

    func checkDirectives(_ report: DirectiveReport, _ ctx: inout RuleContext) {
        for range in report.unused {
            ctx.report(range, "this comment disables nothing", help: "delete it")
        }
    }
}
