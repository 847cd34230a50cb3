import Markdown

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

    public let kind: Kind
    public let range: Range<Int>
    /// Lower-cased text, used as the key for every word list lookup.
    public let key: String
    /// The text as written.
    public let text: String
    /// `key.hashValue`, computed once: a dozen word lists look every token up, and hashing the string
    /// again for each would cost more than the lookups.
    public let keyHash: Int

    init(kind: Kind, range: Range<Int>, key: String, text: String) {
        self.kind = kind
        self.range = range
        self.key = key
        self.text = text
        self.keyHash = key.hashValue
    }

    public var isWord: Bool { kind == .word }
    /// Starts with a capital; ASCII answered without a Unicode table lookup.
    public var isFirstUpper: Bool {
        guard let f = text.unicodeScalars.first else { return false }
        if f.value < 0x80 { return f.value >= 0x41 && f.value <= 0x5A }
        return f.properties.isUppercase
    }
    public var isAllCaps: Bool {
        var letters = 0
        for s in text.unicodeScalars where s.properties.isAlphabetic {
            if !s.properties.isUppercase { return false }
            letters += 1
        }
        return letters > 0
    }
}
