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

    public var isWord: Bool { kind == .word }
    public var isFirstUpper: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
    public var isAllCaps: Bool {
        var letters = 0
        for s in text.unicodeScalars where s.properties.isAlphabetic {
            if !s.properties.isUppercase { return false }
            letters += 1
        }
        return letters > 0
    }
}
