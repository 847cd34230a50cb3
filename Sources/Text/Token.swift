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

    // The key, the scalar range, the key's hash and the rest packed in 32 bits: 32 bytes a token, read
    // from a store's 12-byte `TokenRecord` and its key table. The text as written is not kept: it is the
    // prose's scalars in `range`, read where a rule needs it (`ProseUnit.text(of:)`), which is seldom.

    /// Lower-cased text, used as the key for every word list lookup.
    public let key: String
    @usableFromInline let lower: Int32
    @usableFromInline let upper: Int32
    @usableFromInline let hash: UInt32
    /// The token's scalar if it is one scalar long, else 0 (21 bits); its kind (2 bits); whether its first
    /// letter is a capital, whether all its letters are, and whether its text as written is its key (a bit
    /// each).
    @usableFromInline let bits: UInt32

    @usableFromInline static let kindShift: UInt32 = 24
    @usableFromInline static let firstUpperBit: UInt32 = 1 << 26
    @usableFromInline static let allCapsBit: UInt32 = 1 << 27
    @usableFromInline static let keyIsTextBit: UInt32 = 1 << 28
    @usableFromInline static let scalarMask: UInt32 = (1 << 21) - 1

    /// Scalar indices into the block's `Prose` (blocks are capped well below 2 G scalars).
    @inlinable public var range: Range<Int> { Int(lower)..<Int(upper) }

    /// `WordHash.of(key)`, computed once: a dozen word lists look every token up, and hashing the string
    /// again for each would cost more than the lookups.
    @inlinable public var keyHash: Int { Int(hash) }

    @inlinable public var kind: Kind {
        switch (bits >> Self.kindShift) & 3 {
        case 0: .word
        case 1: .number
        case 2: .opaque
        default: .symbol
        }
    }

    /// Case facts, found while the tokenizer reads the scalars: acronym and name checks ask them of
    /// every word, and Unicode property lookups per call were a tenth of those rules' time.
    @inlinable public var isFirstUpper: Bool { bits & Self.firstUpperBit != 0 }
    @inlinable public var isAllCaps: Bool { bits & Self.allCapsBit != 0 }
    /// Whether the text as written is the key: no capital to lower and no typographic apostrophe to fold.
    /// Always so for numbers, symbols and opaque tokens, whose key is their text.
    @inlinable public var keyIsText: Bool { bits & Self.keyIsTextBit != 0 }

    /// Whether the token is exactly the character `c`: `t.is(",")` for "is this token a comma?", one word
    /// compared; rules ask it of most tokens, and comparing strings called into the string comparison for
    /// every token that differed. The one way the rules ask it.
    @inlinable public func `is`(_ c: Unicode.Scalar) -> Bool {
        bits & Self.scalarMask == c.value && c.value != 0
    }

    /// Whether the text as written takes more than one UTF-8 byte: more than one scalar, or one past ASCII.
    @inlinable public var isLongerThanOneByte: Bool { upper - lower > 1 || bits & Self.scalarMask >= 0x80 }

    /// A hyphen, an en dash or an em dash standing alone: what separates a dateline, a label or a
    /// speaker from the rest of a line.
    @inlinable public var isDash: Bool { self.is("-") || self.is("–") || self.is("—") }

    /// A stored token with its key.
    @inlinable init(_ r: TokenRecord, key: String, hash: UInt32) {
        self.key = key
        self.lower = r.lower
        self.upper = r.upper
        self.hash = hash
        self.bits = r.tokenBits
    }

    @inlinable public var isWord: Bool { kind == .word }
}

/// A token as a store keeps it: its key (and the key's hash) by number in the store's key table, 12 bytes
/// and no reference, so a draft's tokens are one plain block of memory, freed at once. The 21 bits that
/// hold a one-scalar token's scalar hold a longer token's length in scalars instead, so its end is not
/// kept.
@usableFromInline
struct TokenRecord: Sendable {
    @usableFromInline let keyNumber: UInt32
    @usableFromInline let lower: Int32
    /// As `Token.bits`, but for a token longer than one scalar, its length in the scalar's place; whether
    /// it is longer; and whether the token sits inside quotation marks (found once its unit's tokens are
    /// all read).
    @usableFromInline var bits: UInt32
    @usableFromInline static let quotedBit: UInt32 = 1 << 29
    @usableFromInline static let longerBit: UInt32 = 1 << 30
    /// The kind's two bits, and their value for a symbol.
    static let kindMask: UInt32 = 3 << Token.kindShift
    static let symbolBits: UInt32 = 3 << Token.kindShift

    static func bits(of kind: Token.Kind) -> UInt32 {
        switch kind {
        case .word: 0
        case .number: 1 << Token.kindShift
        case .opaque: 2 << Token.kindShift
        case .symbol: symbolBits
        }
    }
    /// The longest token a record holds (two million scalars); the tokenizer cuts a longer run in pieces.
    static let maxLength = Int(Token.scalarMask)

    /// - Parameter scalar: the token's one scalar, or nil if it is longer.
    init(kind: Token.Kind, range: Range<Int>, keyNumber: UInt32, firstUpper: Bool, allCaps: Bool, keyIsText: Bool,
         scalar: Unicode.Scalar?) {
        self.keyNumber = keyNumber
        self.lower = Int32(truncatingIfNeeded: range.lowerBound)
        let place = range.count == 1 ? (scalar?.value ?? 0) : UInt32(truncatingIfNeeded: range.count) | Self.longerBit
        self.bits = place | Self.bits(of: kind)
            | (firstUpper ? Token.firstUpperBit : 0) | (allCaps ? Token.allCapsBit : 0)
            | (keyIsText ? Token.keyIsTextBit : 0)
    }

    /// The record of ASCII symbol `c` standing alone at scalar `lower`, its key numbered `keyNumber`: what
    /// the tokenizer's `record` makes of it (its key is its text; no capital).
    @inline(__always)
    init(symbol c: Unicode.Scalar, keyNumber: UInt32, at lower: Int) {
        self.keyNumber = keyNumber
        self.lower = Int32(truncatingIfNeeded: lower)
        self.bits = c.value | Self.symbolBits | Token.keyIsTextBit
    }

    /// Whether the token is the symbol `c` standing alone (`Token.is`), told on the bits: its kind, one
    /// scalar, and that scalar.
    @inline(__always)
    static func isSymbol(_ bits: UInt32, _ c: UInt32) -> Bool {
        bits & (kindMask | longerBit | Token.scalarMask) == symbolBits | c
    }

    /// A one-scalar token's record, `model`'s but at scalar `lower`.
    init(_ model: TokenRecord, at lower: Int) {
        self.keyNumber = model.keyNumber
        self.lower = Int32(truncatingIfNeeded: lower)
        self.bits = model.bits
    }

    @inlinable var upper: Int32 {
        lower &+ (bits & Self.longerBit != 0 ? Int32(truncatingIfNeeded: bits & Token.scalarMask) : 1)
    }

    /// `Token.bits`: the scalar's place empty for a longer token.
    @inlinable var tokenBits: UInt32 {
        bits & Self.longerBit != 0 ? bits & ~(Token.scalarMask | Self.longerBit) : bits
    }
}
