/// A word-level piece of prose. Ranges are scalar indices into the block's `Prose`.
public struct Token: Sendable {
    public enum Kind: Sendable, Equatable {
        /// Letters, with inner apostrophes and hyphens ("don't", "best-in-class").
        case word
        /// Digits with separators and an attached unit or sign: 4.6, $1.2M, 35%, 3x, 10,000, 2027.
        case number
        /// A URL, e-mail address, code span, image or inline HTML: never prose.
        case opaque
        /// Any other visible character: punctuation, symbols, emoji.
        case symbol
    }

    // Stored widest first, with the scalar range and the key's hash in 32 bits: 48 bytes a token. Rules
    // stream through every token of a draft many times, and on a large draft that is memory traffic.

    /// Lower-cased text, used as the key for every word list lookup.
    public let key: String
    /// The text as written.
    public let text: String
    @usableFromInline let lower: Int32
    @usableFromInline let upper: Int32
    @usableFromInline let hash: UInt32
    public let kind: Kind
    /// Case facts, found while the tokenizer reads the scalars: acronym and name checks ask them of
    /// every word, and Unicode property lookups per call were a tenth of those rules' time.
    public let isFirstUpper: Bool
    public let isAllCaps: Bool
    /// The token's one ASCII character, or 0: rules ask "is this token a comma?" of most tokens, and
    /// comparing `text` with a literal called into the string comparison for every token that differs.
    @usableFromInline let single: UInt8

    /// Scalar indices into the block's `Prose` (blocks are capped well below 2 G scalars).
    @inlinable public var range: Range<Int> { Int(lower)..<Int(upper) }

    /// `WordHash.of(key)`, computed once: a dozen word lists look every token up, and hashing the string
    /// again for each would cost more than the lookups.
    @inlinable public var keyHash: Int { Int(hash) }

    /// Whether the token is exactly the character `c`: `t.is(",")` for `t.text == ","`, one byte compared
    /// for ASCII; the one way the rules ask it.
    @inlinable public func `is`(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? single == UInt8(truncatingIfNeeded: c.value) && c.value != 0
            : single == 0 && text.unicodeScalars.elementsEqual(CollectionOfOne(c))
    }

    /// A hyphen, an en dash or an em dash standing alone: what separates a dateline, a label or a
    /// speaker from the rest of a line.
    @inlinable public var isDash: Bool { self.is("-") || self.is("–") || self.is("—") }

    init(kind: Kind, range: Range<Int>, key: String, text: String, keyHash: Int, firstUpper: Bool, allCaps: Bool,
         single: UInt8 = 0) {
        self.key = key
        self.text = text
        self.lower = Int32(truncatingIfNeeded: range.lowerBound)
        self.upper = Int32(truncatingIfNeeded: range.upperBound)
        self.hash = UInt32(truncatingIfNeeded: keyHash)
        self.kind = kind
        self.isFirstUpper = firstUpper
        self.isAllCaps = allCaps
        self.single = single
    }

    @inlinable public var isWord: Bool { kind == .word }
}
