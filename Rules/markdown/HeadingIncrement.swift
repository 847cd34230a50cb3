import DraftAnatomy
import LintCore

/// A heading that skips a level (`#` then `###`) breaks the outline readers, screen readers and the
/// document map use to navigate, and usually means a section was lost in an edit.
struct HeadingIncrement: Rule {
    let description = RuleDescription(
        id: "markdown/heading-increment",
        summary: "A heading skips a level",
        rationale: """
            Each heading should be at most one level deeper than the one before it, so the outline nests: \
            a reviewer scanning the document map, or a screen reader, cannot place a "###" that follows a "#". \
            A skipped level usually means a section was deleted or a heading was promoted by mistake.
            """,
        severity: .suggestion,
        triggering: [
            RuleExample("# Returns Portal\n\n⟦### Pricing⟧\n\nThe portal costs $4 per store each month.\n"),
            RuleExample("# Returns Portal\n\n## FAQ\n\n⟦#### What does it cost?⟧\n\nThe portal costs $4 per store each month.\n"),
        ],
        nonTriggering: [
            RuleExample("# Returns Portal\n\n## FAQ\n\n### What does it cost?\n\n$4 per store each month.\n\n## Internal FAQ\n\nNo open risks.\n"),
            RuleExample("### Notes from the review\n\nThe team approved the plan.\n\n# Appendix\n\nThe data came from the 2025 survey.\n"),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        var previous: Int? = nil
        for (block, level) in HeadingBlocks.outline(draft) {
            defer { previous = level }
            // The first heading may be any level; going back up any number of levels is fine.
            guard let prev = previous, level > prev + 1 else { continue }
            let marks = String(repeating: "#", count: prev + 1)
            ctx.report(HeadingBlocks.range(of: block, in: draft),
                       "heading level \(level) follows level \(prev); use \"\(marks)\" or add the missing level",
                       help: "headings go down one level at a time: \"#\", then \"##\", then \"###\"")
        }
    }
}
