import Markdown

/// Splits a block's prose into tokens in one pass; no regular expressions.
package enum Tokenizer {
    package static func tokens(_ prose: Prose) -> [Token] {
        prose.withScalars { s in
            var table = KeyTable()
            var records = [TokenRecord]()
            scan(s, &table) { records.append($0) }
            let keys = table.keys, hashes = table.hashes
            return records.map { Token($0, key: keys[Int($0.keyNumber)], hash: hashes[Int($0.keyNumber)]) }
        }
    }

    /// The records of a run of blocks, end to end in memory this owns: appended a token at a time with no
    /// test of room or of sharing, since room for a block's scalars (it has no more tokens) is made
    /// before the block is read. An array's append made both tests every token. Copied once into an
    /// array of the exact size when the run is read.
    struct Records: ~Copyable {
        private(set) var base: UnsafeMutablePointer<TokenRecord>
        private(set) var count = 0
        private var capacity: Int

        init(expecting expected: Int = 1024) {
            capacity = max(expected, 64)
            base = .allocate(capacity: capacity)
        }

        deinit { base.deallocate() }

        /// Makes room for `n` more records, doubling.
        mutating func reserve(_ n: Int) {
            guard count + n > capacity else { return }
            (base, capacity) = base.moved(count: count, capacity: capacity, toHold: count + n)
        }

        @inline(__always)
        mutating func append(_ record: TokenRecord) {
            (base + count).initialize(to: record)
            count += 1
        }

        /// The records as an array of exactly their number.
        var array: [TokenRecord] {
            [TokenRecord](unsafeUninitializedCapacity: count) { out, made in
                if let to = out.baseAddress { to.initialize(from: base, count: count) }
                made = count
            }
        }
    }

    /// Appends the records of the prose's tokens, their keys numbered in `keys`: each token is recorded as
    /// the scan finds it, its scalars still in cache, where a scan for spans and then a pass to record
    /// them read every scalar twice.
    static func records(_ s: UnsafeBufferPointer<Unicode.Scalar>, into out: inout Records, keys: inout KeyTable) {
        // No token is shorter than a scalar, so a block has no more tokens than scalars.
        out.reserve(s.count)
        scan(s, &keys) { out.append($0) }
    }

    /// Finds each token's kind and scalar range, in one pass, and hands its record to `emit` in order.
    @inline(__always)
    private static func scan(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ keys: inout KeyTable,
                             _ emit: (TokenRecord) -> Void) {
        let fold = asciiFold
        // A record holds a token of at most `TokenRecord.maxLength` scalars: a longer run, which no prose
        // has but a hostile file may, is cut in pieces of that length.
        func cut(_ kind: Token.Kind, _ r: Range<Int>) {
            guard r.count > TokenRecord.maxLength else { emit(record(kind, r, s, fold, &keys)); return }
            var lo = r.lowerBound
            while lo < r.upperBound {
                let hi = min(lo + TokenRecord.maxLength, r.upperBound)
                emit(record(kind, lo..<hi, s, fold, &keys))
                lo = hi
            }
        }
        let n = s.count
        var i = 0
        while i < n {
            let c = s[i]
            if isSpace(c) { i += 1; continue }
            if c == Prose.opaque {
                cut(.opaque, i..<(i + 1)); i += 1; continue
            }
            // ASCII punctuation alone, most symbols: its record is the same wherever it stands.
            if c.value < 0x80, !isDigit(c), !isLetter(c), c != "$", i + 1 == n || !continuesSymbol(s[i + 1]) {
                emit(keys.asciiSymbol(c, at: i) { record(.symbol, i..<(i + 1), s, fold, &$0) })
                i += 1; continue
            }
            if isDigit(c) || (isCurrency(c) && i + 1 < n && isDigit(s[i + 1])) {
                let end = numberEnd(s, i)
                cut(.number, i..<end); i = end; continue
            }
            if isLetter(c) {
                // The word's record is gathered as it is scanned: `record` read every scalar again. Most
                // words are ASCII letters and digits up to a space or a mark that joins nothing: their end
                // is found, then their facts read, each in a loop of its own.
                var facts: WordFacts
                let j: Int
                if c.value < 0x80, let end = asciiWordEnd(s, i) {
                    j = end
                    facts = asciiFacts(s, i, end, fold)
                } else {
                    facts = WordFacts(c.value, fold)
                    j = wordEnd(s, i, &facts, fold)
                }
                // A word of ASCII scalars no longer than a record holds is recorded from its facts.
                let whole = facts.ascii && j - i <= TokenRecord.maxLength
                if j < n, s[j] == " " {
                    if whole { emit(record(.word, i..<j, s, facts, &keys)) } else { cut(.word, i..<j) }
                    i = j + 1; continue
                }
                // A bare URL starts like a word and stops the word at its "://", "+" or "www."; only
                // then is it worth looking for one (the scheme scan is not free on every word).
                if j < n, s[j] == ":" || s[j] == "." || s[j] == "+" || s[j] == "-", let end = urlEnd(s, i) {
                    cut(.opaque, i..<end); i = end; continue
                }
                // An email address is opaque.
                if j < n && s[j] == "@" && j + 1 < n && isLetter(s[j + 1]) {
                    var k = j + 1
                    while k < n && (isLetter(s[k]) || isDigit(s[k]) || s[k] == "." || s[k] == "-") { k += 1 }
                    while k > j + 1 && s[k - 1] == "." { k -= 1 }
                    cut(.opaque, i..<k); i = k; continue
                }
                if whole { emit(record(.word, i..<j, s, facts, &keys)) } else { cut(.word, i..<j) }
                i = j; continue
            }
            // Grapheme-ish: keep an emoji with its variation selectors and joiners together.
            var j = i + 1
            while j < n && (continuesSymbol(s[j]) || s[j - 1].value == 0x200D) { j += 1 }
            cut(.symbol, i..<j); i = j
        }
    }

    /// The end of the word that starts with letter `s[i]`, its scalars added to `facts` as they are
    /// passed. A function of its own: inside `scan`, whose other paths keep many values live, the
    /// compiler saved a dozen registers to the stack at every letter.
    @inline(never)
    private static func wordEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ facts: inout WordFacts,
                                _ fold: UnsafePointer<UInt16>) -> Int {
        let n = s.count
        var j = i + 1
        while j < n {
            // ASCII first, answered inline; a space, what ends most words, ends it here.
            let v = s[j].value
            if v < 0x80 {
                if isASCIILetterOrDigit(v) { facts.add(ascii: v, fold); j += 1; continue }
                if v == 0x20 { break }
            } else if isUnicodeLetter(s[j]) || isMark(s[j]) { facts.ascii = false; j += 1; continue }
            if joins(s, j, wordStart: i) { facts.add(s[j].value, fold); facts.add(s[j + 1].value, fold); j += 2; continue }
            break
        }
        return j
    }

    /// An ASCII letter or digit, the scalars a plain word runs on: two subtractions, no table.
    @inline(__always)
    private static func isASCIILetterOrDigit(_ v: UInt32) -> Bool { ((v | 0x20) &- 0x61) < 26 || (v &- 0x30) < 10 }

    /// Whether the mark at `j` joins the letter after it to the word that starts at `i`: an inner
    /// apostrophe or hyphen ("don't", "state-of-the-art"; a trailing one does not), or the inner stop of a
    /// dotted abbreviation ("U.S.", "e.g.", "i.e.").
    @inline(__always)
    private static func joins(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ j: Int, wordStart i: Int) -> Bool {
        let n = s.count, c = s[j]
        if c == "'" || c == "’" || c == "-" || c == "‑" { return j + 1 < n && isLetter(s[j + 1]) }
        return c == "." && j + 1 < n && isLetter(s[j + 1]) && j + 2 < n && s[j + 2] == "." && (j + 1 - i) <= 2
    }

    /// `wordEnd` for a word that starts with an ASCII letter and is ASCII letters and digits to its end,
    /// or nil when it reaches a scalar past ASCII or a mark that joins a word ("don't", "e.g.") before
    /// its end (`wordEnd` then reads it). The end is where `wordEnd` stops: a space, the prose's end, or
    /// an ASCII mark that joins nothing here.
    @inline(__always)
    private static func asciiWordEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Int? {
        let n = s.count
        var j = i + 1
        while j < n {
            let v = s[j].value
            guard isASCIILetterOrDigit(v) else { break }
            j += 1
        }
        guard j < n else { return j }
        return s[j].value >= 0x80 || joins(s, j, wordStart: i) ? nil : j
    }

    /// The facts of ASCII scalars `i..<end`, as `wordEnd` adds them one by one: in a loop of their own,
    /// whose few values stay in registers (inside `wordEnd` they were loaded and stored at every letter).
    /// Inlined: a call and its six-word result cost more than a short word's letters.
    @inline(__always)
    private static func asciiFacts(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ end: Int,
                                   _ fold: UnsafePointer<UInt16>) -> WordFacts {
        var facts = WordFacts()
        for k in i..<end { facts.add(ascii: s[k].value, fold) }
        return facts
    }

    /// What a symbol's next scalar may add to it: a variation selector, a joiner or a combining mark (and
    /// after a joiner, anything: `scan` asks that of the scalar before).
    @inline(__always)
    private static func continuesSymbol(_ c: Unicode.Scalar) -> Bool {
        c.value == 0xFE0F || c.value == 0x200D || isMark(c)
    }

    /// Reads a token's case facts and its key's hash in one pass over its scalars, and numbers its key:
    /// a String is made only for a key the table has not met, and no lower-casing unless the word has
    /// capitals. (A word the scan could read whole has its facts gathered as its end is found.)
    @inline(__always)
    private static func record(_ kind: Token.Kind, _ r: Range<Int>, _ s: UnsafeBufferPointer<Unicode.Scalar>,
                               _ fold: UnsafePointer<UInt16>, _ keys: inout KeyTable) -> TokenRecord {
        var facts = WordFacts()
        let lowering = kind == .word
        // The token's own scalars as a buffer: walked by pointer, with no index kept or checked.
        for c in UnsafeBufferPointer(rebasing: s[r]) {
            guard c.value < 0x80 else { return recordPastASCII(kind, r, s, &keys) }
            facts.add(ascii: c.value, fold, lowering: lowering)
        }
        return record(kind, r, s, facts, &keys)
    }

    /// Each ASCII scalar's byte in a word's key (a capital lowered) and its case (`WordFacts.upperBit`,
    /// `lowerBit`) in the byte above: read once a letter, where tests of range were a branch apiece.
    static let asciiFold: UnsafePointer<UInt16> = {
        let table = UnsafeMutablePointer<UInt16>.allocate(capacity: 128)
        for v in 0..<128 {
            let upper = v >= 0x41 && v <= 0x5A, lower = v >= 0x61 && v <= 0x7A
            table[v] = UInt16(upper ? v + 32 : v) | (upper ? UInt16(WordFacts.upperBit) << 8 : 0)
                | (lower ? UInt16(WordFacts.lowerBit) << 8 : 0)
        }
        return UnsafePointer(table)
    }()

    /// What a record is made of, read from a token's scalars: the case facts, the hash of its key and its
    /// first eight key bytes. For a word they are gathered while the scan finds its end; `ascii` turns
    /// false at a scalar past ASCII, whose word `record` then reads itself.
    struct WordFacts {
        static let upperBit: UInt8 = 1, lowerBit: UInt8 = 2
        var ascii = true
        var cases: UInt8 = 0
        var hash = WordHash.Builder()

        init() {}

        @inline(__always)
        init(_ first: UInt32, _ fold: UnsafePointer<UInt16>) { add(first, fold) }

        @inline(__always)
        mutating func add(_ v: UInt32, _ fold: UnsafePointer<UInt16>) {
            guard v < 0x80 else { ascii = false; return }
            add(ascii: v, fold)
        }

        /// `add` for a scalar known to be ASCII; a capital goes into the key lowered only when `lowering`
        /// (a word's key is lower-cased, any other token's is its text).
        @inline(__always)
        mutating func add(ascii v: UInt32, _ fold: UnsafePointer<UInt16>, lowering: Bool = true) {
            let e = fold[Int(v)]
            cases |= UInt8(truncatingIfNeeded: e &>> 8)
            hash.add(lowering ? UInt8(truncatingIfNeeded: e) : UInt8(truncatingIfNeeded: v))
        }
    }

    /// The record of a token of ASCII scalars `r`, from the facts read of them.
    @inline(__always)
    private static func record(_ kind: Token.Kind, _ r: Range<Int>, _ s: UnsafeBufferPointer<Unicode.Scalar>,
                               _ facts: WordFacts, _ keys: inout KeyTable) -> TokenRecord {
        let first = s[r.lowerBound]
        let upper = facts.cases & WordFacts.upperBit != 0
        let lowering = kind == .word && upper
        let key = keys.intern(s, r, lowering: lowering, hash: UInt32(truncatingIfNeeded: facts.hash.finish()),
                              packed: facts.hash.packed)
        return TokenRecord(kind: kind, range: r, keyNumber: key, firstUpper: first.value &- 0x41 < 26,
                           allCaps: upper && facts.cases & WordFacts.lowerBit == 0, keyIsText: !lowering,
                           scalar: r.count == 1 ? first : nil)
    }

    /// `record` for a token with a scalar past ASCII. A function of its own: the Unicode properties it asks
    /// for are of a type whose size is known only at run time, and in `record` itself the space for one was
    /// made, and its type looked up, for every token.
    @inline(never)
    private static func recordPastASCII(_ kind: Token.Kind, _ r: Range<Int>, _ s: UnsafeBufferPointer<Unicode.Scalar>,
                                        _ keys: inout KeyTable) -> TokenRecord {
        let scalar = r.count == 1 ? s[r.lowerBound] : nil
        // One scalar past ASCII (a dash, a curly quote, an accented letter alone): its record but for the
        // place is the same each time, so it is worked out once a table (Unicode properties and a String
        // each time were a thousand instructions a dash).
        let single = r.count == 1 ? UInt32(truncatingIfNeeded: s[r.lowerBound].value) | UInt32(kind == .word ? 1 << 31 : 0) : nil
        if let single, let known = keys.singles[single] {
            return TokenRecord(known, at: r.lowerBound)
        }
        let text = Prose.encode(UnsafeBufferPointer(rebasing: s[r]))
        var letters = 0, allCaps = true
        for i in r where s[i].properties.isAlphabetic {
            letters += 1
            if !s[i].properties.isUppercase { allCaps = false; break }
        }
        let key = kind == .word ? lower(text) : text
        let made = TokenRecord(kind: kind, range: r, keyNumber: keys.intern(key),
                               firstUpper: s[r.lowerBound].properties.isUppercase,
                               allCaps: allCaps && letters > 0, keyIsText: key == text, scalar: scalar)
        if let single { keys.singles[single] = made }
        return made
    }

    /// Lower-cases, folding the typographic apostrophe so "don’t" and "don't" share a key.
    package static func lower(_ s: String) -> String {
        var ascii = true
        for b in s.utf8 where b >= 0x80 { ascii = false; break }
        if ascii {
            var hasUpper = false
            for b in s.utf8 where b >= 0x41 && b <= 0x5A { hasUpper = true; break }
            return hasUpper ? s.lowercased() : s
        }
        let lower = s.lowercased()
        return lower.unicodeScalars.contains("’") ? String(lower.map { $0 == "’" ? "'" : $0 }) : lower
    }

    private static func numberEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int) -> Int {
        let n = s.count
        var j = start
        if isCurrency(s[j]) { j += 1 }
        while j < n {
            if isDigit(s[j]) { j += 1; continue }
            if (s[j] == "." || s[j] == ",") && j + 1 < n && isDigit(s[j + 1]) { j += 1; continue }
            break
        }
        // Attached suffix: %, x, k, M, B, bn, st/nd/rd/th, ms, h, GB (letters directly after the digits).
        if j < n && (s[j] == "%" || s[j] == "×") { return j + 1 }
        var k = j
        while k < n && isLetter(s[k]) && k - j < 3 { k += 1 }
        if k > j && (k == n || !isLetter(s[k])) { j = k }
        if j < n && s[j] == "+" { j += 1 }
        return j
    }

    /// A URL written bare in text (`https://…`, `www.…`): never prose.
    private static func urlEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Int? {
        let n = s.count
        guard isLetter(s[i]) else { return nil }
        var j = i
        while j < n && j - i < 12 && (isLetter(s[j]) || s[j] == "+" || s[j] == "-") { j += 1 }
        let scheme = j + 2 < n && s[j] == ":" && s[j + 1] == "/" && s[j + 2] == "/"
        // "www" in any case, compared on the scalars: a string built for every three-letter word before a
        // full stop was most of this scan's cost.
        let www = j - i == 3 && j < n && s[j] == "." && (i..<j).allSatisfy { s[$0] == "w" || s[$0] == "W" }
        guard scheme || www else { return nil }
        var k = j
        while k < n && !isSpace(s[k]) && s[k] != "<" && s[k] != ">" && s[k] != "\"" && s[k] != "”" { k += 1 }
        // Trailing sentence punctuation belongs to the sentence, not the URL.
        while k > j && ".,;:!?)]’'".unicodeScalars.contains(s[k - 1]) { k -= 1 }
        return k
    }

    // ASCII answered inline (every scalar of every draft asks); the Unicode tables only past 0x7F.
    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c == " " || c == "\t" || c == "\n" || c == "\r" || c.value == 0x0B || c.value == 0x0C }
        if isGeneralPunctuation(c) { return c.value <= 0x200A || c.value == 0x2028 || c.value == 0x2029 || c.value == 0x202F || c.value == 0x205F }
        return c.value == 0xA0 || isUnicodeSpace(c)
    }
    /// The property test of `isSpace`, out of line for the reason `isUnicodeMark` is.
    @inline(never)
    static func isUnicodeSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }
    /// U+2000–U+206F: the dashes, curly quotes, ellipsis and spaces of typeset prose, next to ASCII the
    /// scalars a draft has most. Its White_Space scalars are listed in `isSpace`; none is a letter or a
    /// mark. Told by range: a Unicode property lookup cost three hundred instructions a dash.
    @inline(__always)
    static func isGeneralPunctuation(_ c: Unicode.Scalar) -> Bool { c.value &- 0x2000 < 0x70 }
    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return ((c.value | 0x20) &- 0x61) < 26 }
        return isUnicodeLetter(c)
    }
    @inline(never)
    static func isUnicodeLetter(_ c: Unicode.Scalar) -> Bool {
        !isGeneralPunctuation(c) && c.properties.isAlphabetic && !c.properties.isEmoji
    }
    @inline(__always)
    static func isMark(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x300 && !isGeneralPunctuation(c) && isUnicodeMark(c)
    }
    /// The general-category test of `isMark`, out of line: its values are of a type whose size is known
    /// only at run time, and a function it was inlined in made room for them, and looked the type up, at
    /// every call (every word's scan did, for the rare scalar past ASCII).
    @inline(never)
    static func isUnicodeMark(_ c: Unicode.Scalar) -> Bool {
        let category = c.properties.generalCategory
        return category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
    }
    static func isCurrency(_ c: Unicode.Scalar) -> Bool { c == "$" || c == "€" || c == "£" || c == "¥" || c == "₹" }
}
