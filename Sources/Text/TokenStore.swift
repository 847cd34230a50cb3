import Markdown

/// The tokens (each with whether it is quoted), their keys and the keys' hashes, and the sentences of a run
/// of units, end to end in arrays sized to fit. Each unit views its part: arrays per unit cost an
/// allocation and a header apiece, most of the memory of a draft of many short blocks, and grew by doubling.
@usableFromInline
package final class TokenStore: @unchecked Sendable {
    // Written while the units are built, by one thread; read-only once the draft is handed out, so the
    // rules' reads skip the dynamic exclusivity check.
    @exclusivity(unchecked) @usableFromInline var tokens: [TokenRecord] = []
    /// Each distinct key once, by number (see `KeyTable`).
    @exclusivity(unchecked) @usableFromInline var keys: [String] = []
    /// Each key's hash, by number: what the word lists look a token up by.
    @exclusivity(unchecked) @usableFromInline var keyHashes: [UInt32] = []
    @exclusivity(unchecked) @usableFromInline var sentences: [Sentence] = []
    /// Each token's `HotWords` marks (empty when no set was marked), and the bits given out when they
    /// were made: a set marked later is walked as before.
    @exclusivity(unchecked) var marks: [UInt8] = []
    var marked: UInt8 = 0

    /// A copy of exactly its size: the sentences, whose number is known only once they are found, grew by
    /// doubling and left up to half of their array unused.
    private static func exact<T>(_ a: [T]) -> [T] {
        guard a.capacity > a.count else { return a }
        return [T](unsafeUninitializedCapacity: a.count) { buf, n in
            _ = a.withUnsafeBufferPointer { buf.initialize(fromContentsOf: $0) }
            n = a.count
        }
    }

    /// Builds the units of the given blocks into one store: the blocks' tokens are recorded first into a
    /// buffer, then copied into an array of their exact size (grown by doubling, it held up to twice
    /// their size), and no block is scanned twice.
    /// `lendingKeys`: tokenize with this thread's key table (`KeyTables`), as a whole draft does; the runs
    /// of a big draft tokenized side by side each number their own keys (a thread's table, taken by one
    /// run after another of the same draft, would be copied for each).
    package static func units(_ blocks: ArraySlice<Int>, of document: Document, lendingKeys: Bool = true) -> [ProseUnit] {
        let store = TokenStore()
        var keys = lendingKeys ? KeyTables.take() : KeyTable()
        defer { if lendingKeys { KeyTables.putBack(keys) } }
        keys.refreshMarks()
        var ends = [Int]()
        ends.reserveCapacity(blocks.count)
        // The records first, every key numbered; then the units, whose sentences and quotes read the keys.
        // The buffer is freed as soon as it is copied, before the units are built.
        do {
            // Room for a token every four scalars, more than prose has (a word and its space are about
            // six): the buffer then rarely grows, where doubling from a fixed start moved it twice a draft.
            var scalars = 0, longest = 0
            for i in blocks {
                let n = document.blocks[i].prose?.count ?? 0
                scalars += n
                longest = max(longest, n)
            }
            var records = Tokenizer.Records(expecting: scalars / 4)
            let scratch = UnsafeMutableBufferPointer<Unicode.Scalar>.allocate(capacity: longest)
            for i in blocks {
                if let prose = document.blocks[i].prose {
                    Tokenizer.records(prose.scalars(into: scratch), into: &records, keys: &keys)
                }
                ends.append(records.count)
            }
            // Freed before the records are copied: a draft of one long paragraph held both at its peak.
            scratch.deallocate()
            store.tokens = records.array
        }
        var units = [ProseUnit]()
        units.reserveCapacity(blocks.count)
        store.keys = keys.keys
        store.keyHashes = keys.hashes
        store.marked = HotWords.given == 0 ? 0 : HotWords.given | HotWords.figure
        store.marks = HotWords.marks(store.tokens, keyMarks: keys.marks)
        let syllables = keys.syllablesByKey()
        syllables.withUnsafeBufferPointer { syllables in
            for (n, i) in blocks.enumerated() {
                let block = document.blocks[i]
                let prose = block.prose ?? Prose()
                let first = n == 0 ? 0 : ends[n - 1]
                var tokens = TokenList(store: store, base: first, count: ends[n] - first)
                let (words, kinds) = tokens.census()
                tokens.kinds = kinds
                let sentenceBase = store.sentences.count
                SentenceSplitter.split(tokens, of: prose, into: &store.sentences)
                if kinds & TokenList.quoteBit != 0 { ProseUnit.quoted(tokens) { store.tokens[first + $0].bits |= TokenRecord.quotedBit } }
                let sentences = SentenceList(store: store, base: sentenceBase, count: store.sentences.count - sentenceBase)
                // Each word's syllables by its key, counted once a thread (`KeyTable.syllablesByKey`).
                let reading = Readability.counts(tokens, sentences) { key in Int(syllables[key]) }
                units.append(ProseUnit(
                    block: i, kind: block.kind, prose: prose, tokens: tokens,
                    sentences: sentences, wordCount: words, reading: reading,
                    inQuote: document.isInside(i) { $0 == .blockQuote },
                    inList: document.isInside(i) { if case .list = $0 { return true }; return false }))
            }
        }
        store.sentences = Self.exact(store.sentences)
        return units
    }
}

/// A unit's tokens, indexed from 0.
public struct TokenList: RandomAccessCollection, Sendable {
    @usableFromInline let store: TokenStore
    @usableFromInline let base: Int32
    @usableFromInline let length: Int32
    /// Which kinds of token the list holds (`kindBit`), and whether a symbol past ASCII (`wideSymbolBit`):
    /// read once the unit is tokenized, so a scan for a kind the unit lacks (most have no figure, no code
    /// span, no emoji) returns at once. Every bit is set until then.
    var kinds: UInt8 = 0xFF
    static let wideSymbolBit: UInt8 = 1 << 4
    /// Set when the list holds a "!": most units have none, and the exclamation rule then reads none.
    static let exclamationBit: UInt8 = 1 << 5
    /// Set when the list holds a symbol past ASCII other than one scalar of General Punctuation (the
    /// dashes and curly quotes most paragraphs have): where an emoji can be.
    static let rareSymbolBit: UInt8 = 1 << 6
    /// Set when the list holds one of `ProseUnit.quoted`'s quotation marks standing alone: only such a
    /// unit has quoted tokens to mark.
    static let quoteBit: UInt8 = 1 << 7
    /// The General Punctuation block: dashes, curly quotes, the ellipsis, joiners.
    public static let generalPunctuation: ClosedRange<UInt32> = 0x2000...0x206F

    init(store: TokenStore, base: Int, count: Int) {
        self.store = store
        self.base = Int32(truncatingIfNeeded: base)
        self.length = Int32(truncatingIfNeeded: count)
    }

    static func kindBit(_ bits: UInt32) -> UInt8 { 1 << UInt8(truncatingIfNeeded: (bits & TokenRecord.kindMask) >> Token.kindShift) }

    /// The tokens that are not symbols (`countNonSymbols`) and the `kinds` bits, in one walk over the records.
    func census() -> (nonSymbols: Int, kinds: UInt8) {
        var n = 0, kinds: UInt8 = 0
        forEachRecord(in: 0..<Int(length)) { _, r in
            let bits = r.bits
            kinds |= Self.kindBit(bits)
            if bits & TokenRecord.kindMask != TokenRecord.symbolBits { n += 1 }
            else if bits & TokenRecord.longerBit != 0 || bits & Token.scalarMask >= 0x80 {
                kinds |= Self.wideSymbolBit
                if bits & TokenRecord.longerBit != 0 || !Self.generalPunctuation.contains(bits & Token.scalarMask) { kinds |= Self.rareSymbolBit }
                else if TokenRecord.isSymbol(bits, ProseUnit.openingQuote.value) || TokenRecord.isSymbol(bits, ProseUnit.closingQuote.value) {
                    kinds |= Self.quoteBit
                }
            }
            else if TokenRecord.isSymbol(bits, 0x21) { kinds |= Self.exclamationBit }
            else if TokenRecord.isSymbol(bits, ProseUnit.straightQuote.value) { kinds |= Self.quoteBit }
            return true
        }
        return (n, kinds)
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { Int(length) }
    @inlinable @inline(__always) public subscript(i: Int) -> Token {
        let r = store.tokens[Int(base) + i]
        // Unchecked: every record's number is a key of its own store. A checked read was most of what
        // reading a token cost the rules that never ask its key.
        let n = Int(r.keyNumber)
        return Token(r, key: store.keys.withUnsafeBufferPointer { $0[n] },
                     hash: store.keyHashes.withUnsafeBufferPointer { $0[n] })
    }

    /// The first symbol token at or after `start` that is exactly `c` (`Token.is`), or nil. Read from the
    /// stored records: a rule after one rare mark ("!") passes the rest of a unit's tokens at a few
    /// instructions each, where reading each as a `Token` cost twenty-five.
    public func firstSymbol(_ c: Unicode.Scalar, from start: Int) -> Int? {
        guard c.value != 0 else { return nil }
        if c == "!", kinds & Self.exclamationBit == 0 { return nil }
        return firstRecord(from: start) { TokenRecord.isSymbol($0, c.value) }
    }

    /// The first symbol token at or after `start` that takes more than one UTF-8 byte
    /// (`Token.isLongerThanOneByte`): where any emoji or typographic mark is; most symbols are ASCII
    /// punctuation.
    /// Whether the list holds a token of `kind`: read from its `kinds`, with no walk.
    public func holds(_ kind: Token.Kind) -> Bool { kinds & Self.kindBit(TokenRecord.bits(of: kind)) != 0 }

    /// Whether `range` holds a token of `kind`: `indices(of:in:)`'s first, with no iterator made (for a
    /// number, the figure marks read eight tokens at a time).
    public func holds(_ kind: Token.Kind, in range: Range<Int>) -> Bool {
        let want = TokenRecord.bits(of: kind)
        guard kinds & Self.kindBit(want) != 0 else { return false }
        return first(want, mark: mark(of: kind), from: range.lowerBound, to: Swift.min(range.upperBound, Int(length))) != nil
    }

    /// The mark bit a walk for `kind` reads instead of the records: figures, eight tokens at a time, when
    /// the draft has them marked; else 0.
    @inline(__always)
    private func mark(of kind: Token.Kind) -> UInt8 {
        kind == .number && store.marked & HotWords.figure != 0 ? HotWords.figure : 0
    }

    /// The first token of kind bits `want` in `start..<end`, read on `mark` when it is not 0, else on the
    /// records: what `holds(_:in:)` and `KindIndices` both ask.
    @inline(__always)
    func first(_ want: UInt32, mark: UInt8, from start: Int, to end: Int) -> Int? {
        mark != 0
            ? firstMarked(mark, from: start, to: end)
            : firstRecord(from: start, to: end, where: { $0 & TokenRecord.kindMask == want })
    }

    /// Whether the list holds a symbol past ASCII (`firstSymbolPastASCII` finds one): read from its `kinds`.
    public var holdsSymbolPastASCII: Bool { kinds & Self.wideSymbolBit != 0 }

    /// Whether the list holds a symbol past ASCII that is not one scalar of General Punctuation (U+2000 to
    /// U+206F: dashes, curly quotes, the ellipsis): read from its `kinds`.
    public var holdsSymbolPastPunctuation: Bool { kinds & Self.rareSymbolBit != 0 }

    /// The first ".", "!" or "?" standing alone at or after `start`: where a sentence may end. Read from the
    /// records: the sentence splitter passes every other token here.
    func firstStop(from start: Int) -> Int? {
        firstRecord(from: start) { bits in
            TokenRecord.isSymbol(bits, 0x2E) || TokenRecord.isSymbol(bits, 0x21) || TokenRecord.isSymbol(bits, 0x3F)
        }
    }

    public func firstSymbolPastASCII(from start: Int) -> Int? {
        guard kinds & Self.wideSymbolBit != 0 else { return nil }
        return firstRecord(from: start) { bits in
            bits & TokenRecord.kindMask == TokenRecord.symbolBits
                && (bits & TokenRecord.longerBit != 0 || bits & Token.scalarMask >= 0x80)
        }
    }

    /// The places of the tokens of one kind in `range` (all of them by default), in order, read from the
    /// stored records: the figure rules visit a unit's numbers, a few of its tokens, and read as a
    /// `Token` each of the others cost twenty-five instructions to turn away.
    public func indices(of kind: Token.Kind, in range: Range<Int>? = nil) -> KindIndices {
        let r = range ?? 0..<Int(length)
        let want = TokenRecord.bits(of: kind)
        // A kind the list lacks: nothing to walk.
        guard kinds & Self.kindBit(want) != 0 else { return KindIndices(list: self, want: want, from: 0, end: 0) }
        return KindIndices(list: self, want: want, mark: mark(of: kind), from: r.lowerBound, end: Swift.min(r.upperBound, Int(length)))
    }

    public struct KindIndices: Sequence, IteratorProtocol {
        let list: TokenList
        let want: UInt32
        /// The mark bit to walk instead of the records (`HotWords.figure`), or 0.
        var mark: UInt8 = 0
        var from: Int
        let end: Int

        public mutating func next() -> Int? {
            // Read into locals first: read from the iterator inside the walk, they cost 0.6 M instructions more.
            let want = want, mark = mark, end = end
            guard let k = list.first(want, mark: mark, from: from, to: end) else {
                from = end
                return nil
            }
            from = k + 1
            return k
        }
    }

    /// The first token at or after `start` whose first letter is a capital (`Token.isFirstUpper`): where the
    /// rules after names and acronyms look, passing the other tokens on their records.
    public func firstCapital(from start: Int) -> Int? {
        firstRecord(from: start) { $0 & Token.firstUpperBit != 0 }
    }

    /// The first word in `start..<end` (to the list's end by default) whose key may be in `set` (its hash
    /// passes the set's filter; for a set marked on the draft, its key is in the set), or nil: read from the
    /// records and the key hashes, or the marks, no token made; the caller asks the set itself of the few
    /// that pass (`firstWord(in:from:to:)`).
    public func firstWord(mayBeIn set: WordSet, from start: Int, to end: Int? = nil) -> Int? {
        let bit = set.hot.bit
        if bit & store.marked != 0 { return firstMarked(bit, from: start, to: end ?? Int(length)) }
        return firstWord(filtering: set, from: start, to: end)
    }

    /// The first token in `start..<end` whose marks have `bit`, read eight tokens at a time: a set's bit is
    /// set on the words whose key it holds, `HotWords.figure` on a number (`HotWords`).
    func firstMarked(_ bit: UInt8, from start: Int, to end: Int) -> Int? {
        let lo = Swift.max(start, 0), hi = Swift.min(end, Int(length))
        guard lo < hi else { return nil }
        return store.marks.withUnsafeBufferPointer { marks -> Int? in
            let from = Int(base)
            precondition(from + hi <= marks.count)
            guard let p = marks.baseAddress else { return nil }
            var i = from + lo
            let stop = from + hi
            let pattern = UInt64(bit) &* 0x0101_0101_0101_0101
            while i + 8 <= stop {
                let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & pattern
                // Little-endian: the lowest byte is the first token's.
                if w != 0 { return i + UInt64(littleEndian: w).trailingZeroBitCount / 8 - from }
                i += 8
            }
            while i < stop {
                if p[i] & bit != 0 { return i - from }
                i += 1
            }
            return nil
        }
    }

    /// `firstWord(mayBeIn:)` on the records, the key hashes and the set's filter.
    func firstWord(filtering set: WordSet, from start: Int, to end: Int? = nil) -> Int? {
        store.keyHashes.withUnsafeBufferPointer { hashes in
            set.filter.withUnsafeBufferPointer { filter in
                var found: Int?
                forEachRecord(in: start..<Swift.max(start, end ?? Int(length))) { i, r in
                    guard r.bits & TokenRecord.kindMask == 0 else { return true }
                    let h = Int(hashes[Int(r.keyNumber)])
                    guard filter[(h >> 6) & 255] & (1 << UInt64(h & 63)) != 0 else { return true }
                    found = i
                    return false
                }
                return found
            }
        }
    }

    /// The first token of any kind in `start..<end` whose key's hash passes `index`'s filter, or nil: read
    /// from the records and the key hashes, no token made (`PhraseSet` asks the index itself of the few
    /// that pass).
    func firstToken(mayStart index: HashIndex, from start: Int, to end: Int) -> Int? {
        store.keyHashes.withUnsafeBufferPointer { hashes in
            var found: Int?
            forEachRecord(in: start..<Swift.max(start, end)) { i, r in
                guard index.mayContain(Int(hashes[Int(r.keyNumber)])) else { return true }
                found = i
                return false
            }
            return found
        }
    }

    /// The first word in `start..<end` whose key is in `set`, or nil: the records turn away the words the
    /// set's filter does, the set is asked of the rest.
    public func firstWord(in set: WordSet, from start: Int, to end: Int? = nil) -> Int? {
        // A marked set's marks are its members: nothing to ask.
        let bit = set.hot.bit
        if bit & store.marked != 0 { return firstMarked(bit, from: start, to: end ?? Int(length)) }
        var k = start
        while let c = firstWord(mayBeIn: set, from: k, to: end) {
            if set.contains(self[c]) { return c }
            k = c + 1
        }
        return nil
    }

    /// The first word at or after `start` that is joined (no space between) to a "(", "_" or "." after it,
    /// or has a capital past its first letter (its key is not its text though its first letter is small):
    /// where an API-style name (`render()`, `bucket_name`, `props.bucketName`, `bucketName`) can start.
    /// Read from the records: most words are neither, and a word joined to a comma or a full stop is
    /// passed here rather than read as a token.
    public func firstNameStart(from start: Int) -> Int? {
        // A word is joined when the next record starts where it ends: told when that record is read.
        var found: Int?, word: (at: Int, upper: Int32)?
        forEachRecord(in: start..<Swift.max(start, Int(length))) { i, r in
            if let w = word, w.upper == r.lower, TokenRecord.isSymbol(r.bits, 0x28) || TokenRecord.isSymbol(r.bits, 0x5F) || TokenRecord.isSymbol(r.bits, 0x2E) {
                found = w.at
                return false
            }
            word = nil
            guard r.bits & TokenRecord.kindMask == 0 else { return true }
            if r.bits & (Token.firstUpperBit | Token.keyIsTextBit) == 0 { found = i; return false }
            word = (i, r.upper)
            return true
        }
        return found
    }

    /// How many tokens in `range` are not symbols (words, figures, opaque spans): what the sentence-length
    /// rules count, read from the stored records.
    public func countNonSymbols(in range: Range<Int>) -> Int {
        var n = 0
        forEachRecord(in: range) { _, r in
            if r.bits & TokenRecord.kindMask != TokenRecord.symbolBits { n += 1 }
            return true
        }
        return n
    }

    @inline(__always)
    private func firstRecord(from start: Int, to end: Int? = nil, where test: (UInt32) -> Bool) -> Int? {
        var found: Int?
        forEachRecord(in: start..<Swift.max(start, end ?? Int(length))) { i, r in
            guard test(r.bits) else { return true }
            found = i
            return false
        }
        return found
    }

    /// Hands the stored record (kind, scalar, case bits, place, key number) of each token in `range`,
    /// clamped to the list, to `visit` in order, until it returns false: the one loop every record scan
    /// above runs.
    @inline(__always)
    func forEachRecord(in range: Range<Int>, _ visit: (Int, TokenRecord) -> Bool) {
        let lo = Swift.max(range.lowerBound, 0), hi = Swift.min(range.upperBound, Int(length))
        guard lo < hi else { return }
        store.tokens.withUnsafeBufferPointer { records in
            let from = Int(base)
            precondition(from + hi <= records.count)
            for i in lo..<hi where !visit(i, records[from &+ i]) { return }
        }
    }

    var keyHashes: KeyHashList { KeyHashList(store: store, base: base, length: length) }
    var quoted: QuoteList { QuoteList(store: store, base: base, length: length) }
}

/// A unit's sentences, indexed from 0.
public struct SentenceList: RandomAccessCollection, Sendable {
    @usableFromInline let store: TokenStore
    @usableFromInline let base: Int32
    @usableFromInline let length: Int32

    init(store: TokenStore, base: Int, count: Int) {
        self.store = store
        self.base = Int32(truncatingIfNeeded: base)
        self.length = Int32(truncatingIfNeeded: count)
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { Int(length) }
    @inlinable public subscript(i: Int) -> Sentence { store.sentences[Int(base) + i] }
}

/// A unit's key hashes (`Token.keyHash`), read through the stored records with no key made: the
/// word-list rules each scan every token for them.
public struct KeyHashList: RandomAccessCollection, Sendable {
    @usableFromInline let store: TokenStore
    @usableFromInline let base: Int32
    @usableFromInline let length: Int32

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { Int(length) }
    @inlinable public subscript(i: Int) -> Int {
        let n = Int(store.tokens[Int(base) + i].keyNumber)
        return Int(store.keyHashes.withUnsafeBufferPointer { $0[n] })
    }

    /// Calls `body` with all the hashes read out into one buffer: a loop over every token's hash then
    /// reads plain memory, where each subscript above reads a record and a key's hash, both checked.
    /// Not generic in a result: across the module boundary a generic body looked its result type's
    /// metadata up at run time, through a locked cache, on every call (two calls a unit).
    public func withHashes(_ body: (UnsafeBufferPointer<UInt32>) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Int(length)) { out in
            store.tokens.withUnsafeBufferPointer { records in
                store.keyHashes.withUnsafeBufferPointer { hashes in
                    let from = Int(base)
                    precondition(from + Int(length) <= records.count)
                    for i in 0..<Int(length) { out[i] = hashes[Int(records[from &+ i].keyNumber)] }
                }
            }
            body(UnsafeBufferPointer(out))
        }
    }
}

/// For each of a unit's tokens, whether it sits inside quotation marks (“…”, "…").
public struct QuoteList: RandomAccessCollection, Sendable {
    @usableFromInline let store: TokenStore
    @usableFromInline let base: Int32
    @usableFromInline let length: Int32

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { Int(length) }
    @inlinable public subscript(i: Int) -> Bool { store.tokens[Int(base) + i].bits & TokenRecord.quotedBit != 0 }
}
