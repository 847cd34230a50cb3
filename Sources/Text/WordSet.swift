/// The hash every word table uses, over the key's UTF-8 eight bytes at a time (`Builder`). The tokenizer
/// computes it once per token as it reads the token's scalars, so a lookup never hashes the string again
/// (Swift's seeded SipHash cost more than the lookups); a byte at a time, its multiply was a step of
/// every letter of every draft.
public enum WordHash {
    public static func of(_ key: String) -> Int {
        var b = Builder()
        for c in key.utf8 { b.add(c) }
        return b.finish()
    }

    /// The hash of a key given as its UTF-8 bytes: what `of` gives for the String of those bytes.
    public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var b = Builder()
        for c in bytes { b.add(c) }
        return b.finish()
    }

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// A key's hash as its bytes arrive: packed little-endian into a word, each full word mixed in; the
    /// end mixes in the length and spreads every bit down to the low 32 (tables index with the low bits;
    /// a token stores its hash in 4 bytes, and every table compares the key itself after the hash).
    struct Builder {
        private var h = seed
        private var chunk: UInt64 = 0
        private var shift: UInt64 = 0
        private var flushed: UInt64 = 0
        private var first: UInt64 = 0

        @inline(__always)
        mutating func add(_ b: UInt8) {
            chunk |= UInt64(b) &<< shift
            shift &+= 8
            if shift == 64 { flush() }
        }

        @inline(__always)
        private mutating func flush() {
            if flushed == 0 { first = chunk }
            h = Self.mix(h, chunk)
            flushed &+= 8
            chunk = 0
            shift = 0
        }

        @inline(__always)
        private static func mix(_ h: UInt64, _ chunk: UInt64) -> UInt64 {
            let x = (h ^ chunk) &* 0x9E37_79B9_7F4A_7C15
            return x &<< 29 | x &>> 35
        }

        /// The first eight bytes, packed little-endian: what `KeyTable` tells a short key by.
        var packed: UInt64 { flushed == 0 ? chunk : first }

        @inline(__always)
        func finish() -> Int {
            var x = Self.mix(h, chunk) ^ (flushed &+ shift &>> 3)
            x ^= x &>> 33
            x &*= 0xFF51_AFD7_ED55_8CCD
            x ^= x &>> 33
            return Int(UInt32(truncatingIfNeeded: x))
        }
    }
}

/// A fixed set of word keys, asked about tokens by their precomputed hash: a 16,384-bit filter turns
/// most misses into one bit test, and a hit costs an array probe and one string comparison.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    // Visible to inlined code: rules live in another module, and a call that cannot be inlined there
    // copied the whole token to pass it.
    @usableFromInline var hashes: [Int]
    @usableFromInline var keys: [String?]
    @usableFromInline let mask: Int
    @usableFromInline var filter = [UInt64](repeating: 0, count: 256)
    /// Its bit in a draft's word marks, when `HotWords.mark` gave it one.
    let hot = HotSlot()
    /// The filter's bits, for filters that combine several sets.
    package var bits: [UInt64] { filter }
    /// The words, for a set that unites several.
    package var words: [String] { keys.compactMap { $0 } }

    public init<S: Sequence>(_ words: S) where S.Element == String {
        let unique = Set(words)
        var size = 8
        while size < unique.count * 2 { size <<= 1 }
        mask = size - 1
        hashes = [Int](repeating: 0, count: size)
        keys = [String?](repeating: nil, count: size)
        for w in unique.sorted() {
            let h = WordHash.of(w)
            var slot = h & mask
            while keys[slot] != nil { slot = (slot + 1) & mask }
            hashes[slot] = h
            keys[slot] = w
            filter[(h >> 6) & 255] |= 1 << UInt64(h & 63)
        }
    }

    public init(arrayLiteral words: String...) { self.init(words) }

    @inlinable
    public func mayContain(hash: Int) -> Bool { filter[(hash >> 6) & 255] & (1 << UInt64(hash & 63)) != 0 }

    /// Whether the token's key is in the set.
    @inlinable
    public func contains(_ t: borrowing Token) -> Bool {
        // The filter first, on the hash alone: a miss never touches (or retains) the key.
        guard mayContain(hash: t.keyHash) else { return false }
        return contains(t.key, hash: t.keyHash)
    }

    public func contains(_ key: String) -> Bool { contains(key, hash: WordHash.of(key)) }

    @inlinable
    public func contains(_ key: String, hash: Int) -> Bool {
        guard mayContain(hash: hash) else { return false }
        var slot = hash & mask
        while let k = keys[slot] {
            if hashes[slot] == hash && k == key { return true }
            slot = (slot + 1) & mask
        }
        return false
    }
}

/// A bit filter over word pairs, for phrases of two words or more: a list of phrases that start with
/// "in", "at" or "the" would let most of a draft through a first-word filter; the first two words
/// together rarely pass.
public struct PairFilter: Sendable {
    // Visible to inlined code: the phrase lists ask it of every token pair from another module, where a
    // call that cannot be inlined cost more than the test.
    @usableFromInline package private(set) var bits = [UInt64](repeating: 0, count: 256)

    public init(_ pairs: [(String, String)]) {
        for (a, b) in pairs {
            let h = Self.mix(WordHash.of(a), WordHash.of(b))
            bits[(h >> 6) & 255] |= 1 << UInt64(h & 63)
        }
    }

    @inlinable @inline(__always)
    package static func mix(_ a: Int, _ b: Int) -> Int {
        let x = UInt64(bitPattern: Int64(a &* 31 &+ b)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: x >> 20)
    }

    @inlinable @inline(__always)
    public func mayContain(_ first: Int, _ second: Int) -> Bool {
        let h = Self.mix(first, second)
        return bits[(h >> 6) & 255] & (1 << UInt64(h & 63)) != 0
    }
}
