import Markdown

/// The tokens, their key hashes and quote marks, and the sentences of a run of units, end to end in
/// four arrays sized to fit. Each unit views its part: four arrays per unit cost four allocations and
/// their headers, most of the memory of a draft of many short blocks, and each grew by doubling.
@usableFromInline
package final class TokenStore: @unchecked Sendable {
    // Written while the units are built, by one thread; read-only once the draft is handed out, so the
    // rules' reads skip the dynamic exclusivity check.
    @exclusivity(unchecked) @usableFromInline var tokens: [Token] = []
    @exclusivity(unchecked) @usableFromInline var keyHashes: [UInt32] = []
    @exclusivity(unchecked) @usableFromInline var quoted: [Bool] = []
    @exclusivity(unchecked) @usableFromInline var sentences: [Sentence] = []

    /// A copy of exactly its size: the sentences, whose number is known only once they are found, grew by
    /// doubling and left up to half of their array unused.
    private static func exact<T>(_ a: [T]) -> [T] {
        guard a.capacity > a.count else { return a }
        return [T](unsafeUninitializedCapacity: a.count) { buf, n in
            _ = a.withUnsafeBufferPointer { buf.initialize(fromContentsOf: $0) }
            n = a.count
        }
    }

    /// Builds the units of the given blocks into one store: the blocks' token spans are found first, so the
    /// tokens go into arrays allocated once at their exact size (grown by doubling, they held up to twice
    /// their size), and no block is scanned twice.
    package static func units(_ blocks: ArraySlice<Int>, of document: Document) -> [ProseUnit] {
        let store = TokenStore()
        var spans = [Tokenizer.Span]()
        var ends = [Int]()
        ends.reserveCapacity(blocks.count)
        for i in blocks {
            document.blocks[i].prose?.withScalars { Tokenizer.spans($0, into: &spans) }
            ends.append(spans.count)
        }
        store.tokens.reserveCapacity(spans.count)
        store.keyHashes.reserveCapacity(spans.count)
        store.quoted.reserveCapacity(spans.count)
        var units = [ProseUnit]()
        units.reserveCapacity(blocks.count)
        for (n, i) in blocks.enumerated() {
            let block = document.blocks[i]
            let prose = block.prose ?? Prose()
            let first = store.tokens.count
            prose.withScalars { Tokenizer.append(spans[first..<ends[n]], of: $0, to: &store.tokens) }
            for k in first..<store.tokens.count { store.keyHashes.append(store.tokens[k].hash) }
            let tokens = TokenList(store: store, base: first, count: store.tokens.count - first)
            let sentenceBase = store.sentences.count
            SentenceSplitter.split(tokens, into: &store.sentences)
            ProseUnit.quoted(tokens, into: &store.quoted)
            let words = tokens.reduce(0) { $0 + ($1.kind == .symbol ? 0 : 1) }
            units.append(ProseUnit(
                block: i, kind: block.kind, prose: prose, tokens: tokens,
                sentences: SentenceList(store: store, base: sentenceBase, count: store.sentences.count - sentenceBase),
                wordCount: words,
                inQuote: document.isInside(i) { $0 == .blockQuote },
                inList: document.isInside(i) { if case .list = $0 { return true }; return false }))
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

    init(store: TokenStore, base: Int, count: Int) {
        self.store = store
        self.base = Int32(truncatingIfNeeded: base)
        self.length = Int32(truncatingIfNeeded: count)
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { Int(length) }
    @inlinable public subscript(i: Int) -> Token { store.tokens[Int(base) + i] }

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

/// A unit's key hashes (`Token.keyHash`), packed 4 bytes apart: the word-list rules each scan every
/// token, and on a large draft reading whole tokens from memory a dozen times cost more than the lookups.
public struct KeyHashList: RandomAccessCollection, Sendable {
    @usableFromInline let store: TokenStore
    @usableFromInline let base: Int32
    @usableFromInline let length: Int32

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { Int(length) }
    @inlinable public subscript(i: Int) -> Int { Int(store.keyHashes[Int(base) + i]) }
}

/// For each of a unit's tokens, whether it sits inside quotation marks (“…”, "…").
public struct QuoteList: RandomAccessCollection, Sendable {
    @usableFromInline let store: TokenStore
    @usableFromInline let base: Int32
    @usableFromInline let length: Int32

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { Int(length) }
    @inlinable public subscript(i: Int) -> Bool { store.quoted[Int(base) + i] }
}
