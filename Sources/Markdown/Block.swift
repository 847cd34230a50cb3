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
    /// What a reader reads in a paragraph or heading, mapped back to the source.
    public let prose: Prose?
    /// The raw text for code and HTML blocks (used to read inline directives in HTML comments).
    public let literal: String?
    // Offsets, parent and depth in 32 bits (files are capped well below 2 GB): a draft of a million
    // short blocks holds a million of these.
    private let lower: Int32
    private let upper: Int32
    private let parentIndex: Int32
    private let level: Int32

    public init(kind: Kind, range: Range<Int>, parent: Int?, depth: Int, prose: Prose?, literal: String?) {
        self.kind = kind
        self.prose = prose
        self.literal = literal
        self.lower = Int32(truncatingIfNeeded: range.lowerBound)
        self.upper = Int32(truncatingIfNeeded: range.upperBound)
        self.parentIndex = parent.map { Int32(truncatingIfNeeded: $0) } ?? -1
        self.level = Int32(truncatingIfNeeded: depth)
    }

    /// Byte range in the source, end exclusive.
    public var range: Range<Int> { Int(lower)..<Int(upper) }
    /// Index of the enclosing block in `Document.blocks`, nil for the document.
    public var parent: Int? { parentIndex < 0 ? nil : Int(parentIndex) }
    /// Nesting depth: 0 for the document.
    public var depth: Int { Int(level) }

    public var headingLevel: Int? {
        if case .heading(let level) = kind { return level }
        return nil
    }
}
