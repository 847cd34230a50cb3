/// A Markdown block copied out of cmark. Blocks live in one flat array in document order (pre-order),
/// which rules walk without recursion; `parent` recovers the nesting where a rule needs it.
public struct Block: Sendable {
    public enum Kind: Equatable, Sendable {
        case document
        case blockQuote
        case list(ordered: Bool)
        case item
        case codeBlock
        case htmlBlock
        case paragraph
        case heading(level: Int)
        case thematicBreak
        /// A GFM pipe table: plain CommonMark gives a paragraph; prose rules skip it.
        case table
    }

    public let kind: Kind
    /// Byte range in the source, end exclusive.
    public let range: Range<Int>
    /// Index of the enclosing block in `Document.blocks`, nil for the document.
    public let parent: Int?
    /// Nesting depth: 0 for the document.
    public let depth: Int
    /// What a reader reads in a paragraph or heading, mapped back to the source.
    public let prose: Prose?
    /// The raw text for code and HTML blocks (used to read inline directives in HTML comments).
    public let literal: String?

    public var headingLevel: Int? {
        if case .heading(let level) = kind { return level }
        return nil
    }
    public var isProseBlock: Bool { prose != nil }
}
