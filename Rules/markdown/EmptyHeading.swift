import DraftAnatomy
import LintCore
import Markdown

/// An empty heading shows up as a blank entry in the outline and a gap in the page: usually a title
/// that was deleted, or a `#` typed for emphasis.
struct EmptyHeading: Rule {
    let description = RuleDescription(
        id: "markdown/empty-heading",
        summary: "A heading with no text",
        rationale: """
            A heading with no words gives the reader, the document map and a screen reader nothing to go \
            by. Write the section's name, or delete the marker if the heading is not wanted.
            """,
        severity: .warning,
        triggering: [
            RuleExample("# Returns Portal\n\n⟦##⟧\n\nThe portal costs $4 per store each month.\n"),
            RuleExample("# Returns Portal\n\n⟦###   ###⟧\n\nThe portal costs $4 per store each month.\n"),
        ],
        nonTriggering: [
            RuleExample("# Returns Portal\n\n## Pricing\n\nThe portal costs $4 per store each month.\n"),
            RuleExample("# Returns Portal\n\n## `prfaq lint`\n\nThe command checks a draft.\n"),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let doc = draft.document
        for (i, b) in doc.blocks.enumerated() where b.headingLevel != nil {
            guard Self.isEmpty(b, in: draft.source) else { continue }
            ctx.report(HeadingBlocks.range(of: i, in: draft), "the heading has no text; name the section or delete the marker",
                       help: "e.g. \"## Pricing\"")
        }
    }

    /// No letter, digit or symbol a reader sees. Inline HTML or an image alone is empty too; a code
    /// span is a name (`## \`prfaq lint\``), so a heading holding one is not.
    static func isEmpty(_ b: Block, in source: SourceFile) -> Bool {
        guard let prose = b.prose else { return true }
        for (k, s) in prose.scalars.enumerated() {
            if s == Prose.opaque {
                let start = k < prose.starts.count ? prose.starts[k] : -1
                if start >= 0 && start < source.bytes.count && source.bytes[start] == 0x60 { return false }
                continue
            }
            if !s.properties.isWhitespace { return false }
        }
        return true
    }
}
