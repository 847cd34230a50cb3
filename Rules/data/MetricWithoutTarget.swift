import DraftAnatomy
import LintCore
import Text

/// "We will track adoption" is not a success metric; "30% of weekly shoppers by June 2027" is.
struct MetricWithoutTarget: Rule {
    let description = RuleDescription(
        id: "data/metric-without-target",
        summary: "Success metric without a target or a date",
        rationale: """
            A success metric names what is measured, the target and the date. Without the target nobody can \
            say later whether the launch worked; without the date the target never comes due.
            """,
        severity: .suggestion,
        profiles: [.prfaq, .narrative],
        scope: .document,
        triggering: [
            RuleExample("# Reorder\n\n## Internal FAQ\n\n### ⟦How will we measure success?⟧\n\nWe will track adoption and repeat orders.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n⟦## Success metrics⟧\n\nEngagement, awareness and community growth.\n", profile: .prfaq),
        ],
        nonTriggering: [
            RuleExample("# Reorder\n\n## Internal FAQ\n\n### How will we measure success?\n\n30% of weekly shoppers use Reorder by June 30, 2027.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## Success metrics\n\n- 500 weekly shoppers use Reorder by June 30, 2027.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## Internal FAQ\n\n### How will we measure success?\n\n30% of weekly shoppers use Reorder within four weeks of launch.\n", profile: .prfaq),
            RuleExample("# Exporter\n\n## Metrics\n\nThe exporter sends its metrics to CloudWatch.\n", profile: .prfaq),
            RuleExample("# Exporter\n\n## FAQ\n\n### Which metrics does it export?\n\nTraces, logs and request counts.\n\n### What are the migration targets?\n\nPostgres and MySQL.\n", profile: .prfaq),
        ])

    /// Headings of a PR/FAQ section that states how success is measured. Not a bare "Metrics": in a
    /// technical design that is the product's own telemetry (CloudWatch metrics), not its success.
    static let sectionNames: Set<String> = [
        "success metrics", "success metric", "success criteria", "measuring success", "how we will measure success",
        "how we measure success", "measures of success", "success measures",
    ]

    static let monthNames = ["january", "february", "march", "april", "may ", "june", "july", "august", "september",
                             "october", "november", "december", " q1", " q2", " q3", " q4"]
    /// Questions that ask how success is measured; "which metrics does it export?" or "what are the
    /// migration targets?" ask about the product, not about its success.
    static let cues = PhraseSet(["success", "measure success", "how will we measure", "how do we measure", "how will you measure",
                                 "success metrics", "success metric", "kpi", "kpis", "measured", "our goals", "the goals",
                                 "what are the goals", "how will we know", "how do we know it works"])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        for item in draft.anatomy.faqItems {
            let q = draft.units[item.question]
            guard Self.cues.occurs(in: q, within: item.questionRange) else { continue }
            let answers = item.answerUnits.map { draft.units[$0] }
            // A table of metrics counts: digits are targets, a month or a year is a date.
            let extras = item.answerExtras.map { draft.text(draft.document.blocks[$0].range).lowercased() }
            let hasTarget = answers.contains { $0.hasFigure } || (item.inlineAnswer != nil && q.hasFigure)
                || extras.contains { $0.contains(where: \.isNumber) }
            let hasDate = answers.contains { draft.hasDate($0) } || (item.inlineAnswer != nil && draft.hasDate(q))
                || extras.contains { t in Self.monthNames.contains { t.includes($0) } || t.includes(" 20") || t.includes("|20") }
            guard item.hasAnswer, !(hasTarget && hasDate) else { continue }
            let missing = !hasTarget && !hasDate ? "target and no date" : (!hasTarget ? "target" : "date")
            ctx.report(q.prose.sourceRange(item.questionRange), "the success metric has no \(missing)",
                       help: "e.g. \"30% of weekly shoppers use it by June 30, 2027\"")
        }
        // A PR/FAQ's own "## Success metrics" section is held to the same standard as the FAQ's answer.
        if draft.profile == .prfaq {
            for sec in draft.sections where sec.heading != nil && Self.sectionNames.contains(sec.key) {
                guard let heading = sec.heading else { continue }
                let body = sec.allUnits.filter { $0 != heading && !draft.units[$0].isHeading }
                guard !body.isEmpty else { continue }
                let hasTarget = body.contains { draft.units[$0].hasFigure }
                let hasDate = body.contains { draft.hasDate(draft.units[$0]) }
                guard !(hasTarget && hasDate) else { continue }
                let missing = !hasTarget && !hasDate ? "target and no date" : (!hasTarget ? "target" : "date")
                ctx.report(draft.lineRange(ofUnit: heading), "the success metrics have no \(missing)",
                           help: "each metric: what is counted, the target and the date, e.g. \"30% of weekly shoppers by June 30, 2027\"")
            }
        }
        if draft.profile == .narrative, let goals = draft.anatomy.narrativeParts[.goals] {
            let body = draft.bodyUnits(of: goals)
            guard !body.isEmpty else { return }
            let hasTarget = body.contains { draft.units[$0].hasFigure }
            let hasDate = body.contains { draft.hasDate(draft.units[$0]) }
            if !(hasTarget && hasDate) {
                ctx.report(draft.lineRange(ofUnit: goals.marker), "the goals have no \(!hasTarget ? "target" : "date")",
                           help: "each goal: a metric, a target and a date")
            }
        }
    }
}
