import DraftAnatomy
import LintCore

/// A press release opens with where and when; without the dateline the launch has no date to hold to.
struct MissingDateline: Rule {
    let description = RuleDescription(
        id: "structure/missing-dateline",
        summary: "The summary paragraph does not open with a dateline",
        rationale: """
            The first paragraph of a press release opens "CITY — DATE —". The date commits the team to a \
            launch and tells the reader when the story takes place. A summary that gives its date in its \
            own words ("In June 2022, …") is only a suggestion: the date is there, the form is not.
            """,
        severity: .warning,
        profiles: [.prfaq],
        scope: .document,
        triggering: [
            RuleExample("# Busy Parents Repeat Their Weekly Order in One Tap\n\n## Summary\n\n⟦Today Acme launches One-Tap Reorder for parents.⟧\n", profile: .prfaq),
            RuleExample("## Press Release\n\n# Busy Parents Repeat Their Weekly Order in One Tap\n\n⟦Acme today launched One-Tap Reorder, which lets parents repeat last week's order.⟧\n", profile: .prfaq),
            RuleExample("## Press Release\n\n# Busy Parents Repeat Their Weekly Order in One Tap\n\n⟦SEATTLE — Acme today launched One-Tap Reorder for parents.⟧\n", profile: .prfaq),
            RuleExample("## Press Release\n\n# Busy Parents Repeat Their Weekly Order in One Tap\n\n⟦May 3, 2027 — Acme today launched One-Tap Reorder for parents.⟧\n", profile: .prfaq),
            RuleExample("## Press Release\n\n# Busy Parents Repeat Their Weekly Order in One Tap\n\n⟦In May 2027, Acme launched One-Tap Reorder for parents.⟧\n", profile: .prfaq),
        ],
        nonTriggering: [
            RuleExample("## Press Release\n\n### Parents Repeat Last Week's Order in One Tap\n\n`SEATTLE, WA — [LAUNCH DATE] —` Acme today launched One-Tap Reorder for parents.\n", profile: .prfaq),
            RuleExample("# Busy Parents Repeat Their Weekly Order in One Tap\n\n## Summary\n\nSEATTLE — May 3, 2027 — Acme launches One-Tap Reorder for parents.\n", profile: .prfaq),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let a = draft.anatomy
        guard a.hasPressRelease, let summary = a.prParts[.summary] else { return }
        let help = "start with \"SEATTLE — May 3, 2027 —\": the city, then the launch date"
        if let lacks = a.datelineLacks {
            ctx.report(draft.blockRange(ofUnit: summary.marker), "the dateline has no \(lacks)", help: help)
            return
        }
        guard !a.datelineFound else { return }
        // Under a "## Summary" label the summary is the paragraph below it.
        let first = summary.labelled
            ? summary.units.first(where: { $0 > summary.marker && $0 < draft.units.count && !draft.units[$0].isHeading })
            : summary.marker
        guard let first else { return }
        // "In June 2022, the Foundation published …" has its date; only the form is missing, which a
        // reviewer may well leave.
        if draft.hasDate(draft.units[first]) {
            ctx.report(draft.blockRange(ofUnit: first), "the summary gives its date but not as a dateline (\"CITY — DATE —\")",
                       help: help, severity: .suggestion)
            return
        }
        ctx.report(draft.blockRange(ofUnit: first), "the summary does not open with a dateline", help: help)
    }
}
