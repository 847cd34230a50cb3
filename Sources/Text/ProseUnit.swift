import Markdown

/// One block a reader reads (paragraph or heading), tokenised and split into sentences. A class: rules
/// read units thousands of times, and copying a struct retained each of its store references every time.
/// Its prose, tokens and sentences are views into stores many units share (`ProseStorage`, `TokenStore`).
public final class ProseUnit: @unchecked Sendable {
    public let kind: Block.Kind
    public let prose: Prose
    public let tokens: TokenList
    public let sentences: SentenceList
    public let inQuote: Bool
    public let inList: Bool
    /// Its words, sentences and syllables for the reading grade (see `Readability.Counts`).
    public let reading: Readability.Counts
    // Indices and the count in 32 bits: a draft of a million short blocks holds a million units.
    private let blockIndex: Int32
    private var sectionIndex: Int32 = 0
    private let words: Int32

    /// Index in `Document.blocks`.
    public var block: Int { Int(blockIndex) }
    /// Index of the section the unit belongs to (for a heading: the section it opens).
    public package(set) var section: Int {
        get { Int(sectionIndex) }
        set { sectionIndex = Int32(truncatingIfNeeded: newValue) }
    }
    /// Number of word, number and opaque tokens, the unit every budget is measured in. Counted once:
    /// several rules weigh the whole document.
    public var wordCount: Int { Int(words) }

    init(block: Int, kind: Block.Kind, prose: Prose, tokens: TokenList, sentences: SentenceList, wordCount: Int,
         reading: Readability.Counts, inQuote: Bool, inList: Bool) {
        self.reading = reading
        self.blockIndex = Int32(truncatingIfNeeded: block)
        self.kind = kind
        self.prose = prose
        self.tokens = tokens
        self.sentences = sentences
        self.inQuote = inQuote
        self.inList = inList
        self.words = Int32(truncatingIfNeeded: wordCount)
    }

    /// For each token, whether it sits inside quotation marks (“…”, "…"). Computed once: a dozen rules ask.
    public var quotedTokens: QuoteList { tokens.quoted }
    /// Each token's `keyHash`, packed 4 bytes apart (see `KeyHashList`).
    public var keyHashes: KeyHashList { tokens.keyHashes }

    /// The quotation marks `quoted` reads; a unit's census notes whether it holds one (`TokenList.quoteBit`).
    static var straightQuote: Unicode.Scalar { "\"" }
    static var openingQuote: Unicode.Scalar { "“" }
    static var closingQuote: Unicode.Scalar { "”" }

    /// Straight quotes toggle; an apostrophe inside a word is part of the word token and never counts.
    static func quoted(_ tokens: TokenList, mark: (Int) -> Void) {
        var depth = 0
        var straight = false
        for i in tokens.indices {
            if tokens[i].kind == .symbol {
                if tokens[i].is(straightQuote) {
                    straight.toggle()
                } else if tokens[i].is(openingQuote) {
                    depth += 1
                } else if tokens[i].is(closingQuote) {
                    depth = max(0, depth - 1)
                }
            }
            if depth > 0 || straight { mark(i) }
        }
    }

    public var isHeading: Bool { if case .heading = kind { return true }; return false }
    public var text: String { prose.string }
    /// A token's text as written: its scalars, read on demand (tokens store only their key).
    @inlinable public func text(of t: Token) -> String { prose.string(t.range) }
    /// The text as written of token `i`.
    @inlinable public func text(_ i: Int) -> String { prose.string(tokens[i].range) }


    public func words(in sentence: Sentence) -> Int { tokens.countNonSymbols(in: sentence.tokens) }

    /// Source bytes of a token range.
    public func sourceRange(tokens r: Range<Int>) -> Range<Int> {
        guard !r.isEmpty else { return prose.sourceRange(0..<0) }
        return prose.sourceRange(tokens[r.lowerBound].range.lowerBound..<tokens[r.upperBound - 1].range.upperBound)
    }

    public func sourceRange(_ s: Sentence) -> Range<Int> { prose.sourceRange(s.range) }

    /// The unit's text without leading structure, e.g. the sentence's own words.
    public func text(of s: Sentence) -> String { prose.string(s.range) }

    /// A number token, or a number word (only words spell one), found on the records.
    public func hasFigure(_ s: Sentence) -> Bool {
        tokens.holds(.number, in: s.tokens)
            || tokens.firstWord(in: NumberWords.all, from: s.tokens.lowerBound, to: s.tokens.upperBound) != nil
    }
}

/// Spelled-out numbers count as figures ("two days", "half the time").
package enum NumberWords {
    package static let all: WordSet = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million",
        "billion", "half", "double", "twice", "triple", "quarter", "percent", "dozen",
    ]
}
