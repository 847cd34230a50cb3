import PRFAQKit

/// A press release opens with where and when; without the dateline the launch has no date to hold to.
struct MissingDateline: Rule {
    let description = RuleDescription(
        id: "structure/missing-dateline",
        summary: "The summary paragraph does not open with a dateline",
        rationale: """
            The first paragraph of a press release opens "CITY — DATE —". The date commits the team to a \
            launch and tells the reader when the story takes place.
            """,
        severity: .warning,
        profiles: [.prfaq],
        scope: .document,
        triggering: [
            RuleExample("# Busy Parents Repeat Their Weekly Order in One Tap\n\n## Summary\n\n⟦Today Acme launches One-Tap Reorder for parents.⟧\n", profile: .prfaq),
        ],
        nonTriggering: [
            RuleExample("# Busy Parents Repeat Their Weekly Order in One Tap\n\n## Summary\n\nSEATTLE — May 3, 2027 — Acme launches One-Tap Reorder for parents.\n", profile: .prfaq),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let a = draft.anatomy
        guard a.hasPressRelease, !a.datelineFound, let summary = a.prParts[.summary], summary.labelled,
              let first = summary.units.first(where: { $0 > summary.marker && $0 < draft.units.count && !draft.units[$0].isHeading }) else { return }
        ctx.report(draft.blockRange(ofUnit: first), "the summary does not open with a dateline",
                   help: "start with \"SEATTLE — May 3, 2027 —\": the city, then the launch date")
    }
}
