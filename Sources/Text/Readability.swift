/// Flesch–Kincaid figures over prose units. Syllables are estimated from vowel groups, the usual
/// approach of readability tools; good enough to tell grade 8 from grade 14.
public struct Readability: Sendable {
    public private(set) var words = 0
    public private(set) var sentences = 0
    public private(set) var syllables = 0

    public init() {}

    public mutating func add(_ unit: ProseUnit) {
        words += Int(unit.reading.words)
        sentences += Int(unit.reading.sentences)
        syllables += Int(unit.reading.syllables)
    }

    /// One unit's counts, measured once as the unit is built: the stats, each section's figures and the
    /// reading-grade rule all add them up.
    public struct Counts: Sendable {
        let words: Int32
        let sentences: Int32
        let syllables: Int32
    }

    /// Counts a unit's words, its sentences that hold a word, and its syllables; `syllables` gives those
    /// of a word by its key's number (a number counts two). Read from the records: a `Token` made for each
    /// only to ask its kind cost a key and a hash read apiece.
    static func counts(_ tokens: TokenList, _ sentences: SentenceList, syllables: (Int) -> Int) -> Counts {
        var words = 0, withWords = 0, total = 0
        let number = TokenRecord.bits(of: .number)
        for s in sentences {
            var w = 0
            tokens.forEachRecord(in: s.tokens) { _, r in
                let kind = r.bits & TokenRecord.kindMask
                if kind == TokenRecord.bits(of: .word) { w += 1; total += syllables(Int(r.keyNumber)) }
                else if kind == number { w += 1; total += 2 }
                return true
            }
            if w > 0 { words += w; withWords += 1 }
        }
        return Counts(words: Int32(truncatingIfNeeded: words), sentences: Int32(truncatingIfNeeded: withWords),
                      syllables: Int32(truncatingIfNeeded: total))
    }

    /// Flesch–Kincaid grade level.
    public var grade: Double {
        guard words > 0, sentences > 0 else { return 0 }
        return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
    }

    /// Flesch reading ease (higher is easier; 50+ is plain English).
    public var ease: Double {
        guard words > 0, sentences > 0 else { return 100 }
        return 206.835 - 1.015 * Double(words) / Double(sentences) - 84.6 * Double(syllables) / Double(words)
    }

    static func isVowel(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "a", "e", "i", "o", "u", "y": return true
        case "à", "á", "â", "ä", "è", "é", "ê", "ë", "ì", "í", "î", "ï", "ò", "ó", "ô", "ö", "ù", "ú", "û", "ü": return true
        default: return false
        }
    }

    public static func syllables(_ word: String) -> Int {
        if let n = word.withBytes(asciiSyllables) { return n }
        return scalarSyllables(word)
    }

    /// The same count on the bytes of an ASCII word: no scalar array, no suffix search per word.
    static func asciiSyllables(_ u: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        var prevVowel = false
        for b in u {
            if b >= 0x80 { return nil }
            let v = b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75 || b == 0x79
            if v && !prevVowel { count += 1 }
            prevVowel = v
        }
        let n = u.count
        if n > 2, u[n - 1] == 0x65, count > 1, u[n - 2] != 0x6C { count -= 1 }
        if n > 3, u[n - 2] == 0x65, u[n - 1] == 0x64, count > 1, u[n - 3] != 0x74, u[n - 3] != 0x64 { count -= 1 }
        return max(count, 1)
    }

    static func scalarSyllables(_ word: String) -> Int {
        var count = 0
        var prevVowel = false
        let scalars = Array(word.unicodeScalars)
        for s in scalars {
            let v = Self.isVowel(s)
            if v && !prevVowel { count += 1 }
            prevVowel = v
        }
        // A silent final "e" ("make"), but not "-le" ("table").
        if scalars.count > 2, scalars.last == "e", count > 1, scalars[scalars.count - 2] != "l" { count -= 1 }
        if word.hasSuffix("ed"), scalars.count > 3, count > 1,
           !(word.hasSuffix("ted") || word.hasSuffix("ded")) { count -= 1 }
        return max(count, 1)
    }
}
