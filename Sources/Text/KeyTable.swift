import Foundation

/// The distinct keys of a run of blocks, each made into a String once. A draft of a million tokens has a
/// few thousand distinct keys: its tokens hold a key's number (4 bytes) where each held a String (16
/// bytes, and a release apiece when the draft was freed), and the tokenizer builds a String only for a key
/// it has not met. A thread keeps its table from draft to draft (`KeyTables`), so a word is made into a
/// String, hashed into the table and counted for syllables once a thread, not once a draft: drafts share
/// most of their words (the bench drafts, 200 of them, have fewer than 2,000 distinct words between them
/// where each has some 360), and a draft linted again on each keystroke has none new.
struct KeyTable {
    private(set) var keys: [String] = []
    /// Each key's hash (`WordHash`, 32 bits), by number.
    private(set) var hashes: [UInt32] = []
    /// Each key's syllables (`Readability.syllables`), by number, for the keys numbered when last asked
    /// (`syllablesByKey`).
    private var syllableCounts: [Int32] = []
    /// Each key's `HotWords` marks, by number: the marked sets that hold it, asked once a key.
    private(set) var marks: [UInt8] = []
    /// The sets marked (`HotWords.given`) when `marks` were worked out.
    private var markedWith: UInt8 = 0
    /// What a key met again is compared with, by number: its length in bytes and its first eight bytes
    /// packed in a word, which tell a key of eight bytes or fewer whole, so most words compare in one
    /// instruction with no String made; a longer key is compared by hash (`hashes`), then byte by byte.
    private struct Entry {
        let packed: UInt64
        let length: UInt32
        /// Where its bytes start in `long`, for a key longer than eight.
        let start: Int32
    }
    private var entries: [Entry] = []
    /// The bytes of keys longer than eight, end to end: compared in place.
    private var long: [UInt8] = []
    /// The record of a token that is one scalar past ASCII, by its scalar (and whether it is a word, in
    /// the top bit): made once, copied to each place it stands.
    var singles: [UInt32: TokenRecord] = [:]
    /// The key number (plus one; 0 for none yet) of each ASCII scalar standing alone as a symbol: the
    /// commas and full stops of a draft, recorded once a table and copied to each place.
    private var asciiSymbols = [UInt32](repeating: 0, count: 128)

    /// The record of ASCII symbol `c` alone at scalar `at`: made by `make` the first time (whose key this
    /// table numbers), then copied.
    @inline(__always)
    mutating func asciiSymbol(_ c: Unicode.Scalar, at: Int, _ make: (inout KeyTable) -> TokenRecord) -> TokenRecord {
        let v = Int(c.value)
        let known = asciiSymbols.withUnsafeBufferPointer { $0[v] }
        if known != 0 { return TokenRecord(symbol: c, keyNumber: known - 1, at: at) }
        let made = make(&self)
        asciiSymbols[v] = made.keyNumber + 1
        return made
    }
    /// Open addressing on the hash: a key's number, or -1 for an empty slot; never more than half full.
    private var slots = [Int32](repeating: -1, count: 1024)

    /// The number of the key made of ASCII scalars `r` of `s`, lower-cased when `lowering`; `packed` holds
    /// its first eight bytes (`WordHash.Builder.packed`).
    @inline(__always)
    mutating func intern(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>, lowering: Bool,
                         hash: UInt32, packed: UInt64) -> UInt32 {
        let mask = slots.count - 1
        var i = Int(hash) & mask
        let found: Int? = slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                while slots[i] >= 0 {
                    let n = Int(slots[i])
                    let e = entries[n]
                    if e.packed == packed && Int(e.length) == r.count
                        && (r.count <= 8 || (hashes[n] == hash && matches(n, s, r, lowering))) { return n }
                    i = (i + 1) & mask
                }
                return nil
            }
        }
        if let n = found { return UInt32(truncatingIfNeeded: n) }
        return insert(s, r, lowering: lowering, hash: hash, packed: packed, at: i)
    }

    /// A key met for the first time, made into a String and numbered at `slot`: out of line, so the
    /// path every other meeting takes keeps its values in registers.
    @inline(never)
    private mutating func insert(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>, lowering: Bool,
                                 hash: UInt32, packed: UInt64, at slot: Int) -> UInt32 {
        let key = String(unsafeUninitializedCapacity: r.count) { buf in
            for (k, j) in r.enumerated() { buf[k] = Self.byte(s[j], lowering) }
            return r.count
        }
        return add(key, hash: hash, packed: packed, at: slot)
    }

    /// The number of a key already made (a word past ASCII, lower-cased by the Unicode rules).
    mutating func intern(_ key: String) -> UInt32 {
        var bytes = WordHash.Builder()
        for b in key.utf8 { bytes.add(b) }
        let hash = UInt32(truncatingIfNeeded: bytes.finish())
        let mask = slots.count - 1
        var i = Int(hash) & mask
        while slots[i] >= 0 {
            let n = Int(slots[i])
            if hashes[n] == hash && keys[n] == key { return UInt32(truncatingIfNeeded: n) }
            i = (i + 1) & mask
        }
        return add(key, hash: hash, packed: bytes.packed, at: i)
    }

    @inline(__always)
    private static func byte(_ c: Unicode.Scalar, _ lowering: Bool) -> UInt8 {
        let b = UInt8(truncatingIfNeeded: c.value)
        return lowering && b >= 0x41 && b <= 0x5A ? b + 32 : b
    }

    /// Whether key `n`, longer than eight bytes, is the scalars' (the first eight matched already).
    private func matches(_ n: Int, _ s: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>, _ lowering: Bool) -> Bool {
        var k = Int(entries[n].start)
        for j in r {
            guard long[k] == Self.byte(s[j], lowering) else { return false }
            k += 1
        }
        return true
    }

    /// Works the keys' marks out again when sets were marked since they were (`HotWords.mark` runs before
    /// any draft is built, so only a table made before that has any to do).
    mutating func refreshMarks() {
        guard markedWith != HotWords.given else { return }
        markedWith = HotWords.given
        marks = keys.indices.map { HotWords.marks(ofKey: keys[$0], hash: Int(hashes[$0])) }
    }

    /// Each key's syllables by number, counted for the keys numbered since the last call: a unit's reading
    /// counts read them with no test of whether they are counted yet, and a thread counts a key once.
    mutating func syllablesByKey() -> [Int32] {
        while syllableCounts.count < keys.count {
            syllableCounts.append(Int32(truncatingIfNeeded: Readability.syllables(keys[syllableCounts.count])))
        }
        return syllableCounts
    }

    private mutating func add(_ key: String, hash: UInt32, packed: UInt64, at slot: Int) -> UInt32 {
        let n = keys.count
        keys.append(key)
        hashes.append(hash)
        marks.append(markedWith == 0 ? 0 : HotWords.marks(ofKey: key, hash: Int(hash)))
        let length = key.utf8.count
        entries.append(Entry(packed: packed, length: UInt32(truncatingIfNeeded: length),
                             start: Int32(truncatingIfNeeded: long.count)))
        if length > 8 { long.append(contentsOf: key.utf8) }
        slots[slot] = Int32(truncatingIfNeeded: n)
        if keys.count * 2 > slots.count { grow() }
        return UInt32(truncatingIfNeeded: n)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for n in entries.indices {
            var i = Int(hashes[n]) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(truncatingIfNeeded: n)
        }
    }
}

/// Each thread's key table, lent to the drafts it tokenizes one after another (`KeyTable`): taken out for
/// a draft and put back after. A store keeps the table's key and hash arrays as they were, so a table a
/// later draft adds to while an earlier draft is still alive is copied, not changed under it.
enum KeyTables {
    /// Past this many keys a thread's table is dropped for a new one: a long session, or a file of random
    /// words, does not keep every key it ever met.
    static let limit = 1 << 16

    private final class Slot {
        var table: KeyTable?
    }

    private static let slotKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { p in
            guard let p else { return }
            Unmanaged<Slot>.fromOpaque(p).release()
        }
        return key
    }()

    private static var slot: Slot {
        if let p = pthread_getspecific(slotKey) { return Unmanaged<Slot>.fromOpaque(p).takeUnretainedValue() }
        let s = Slot()
        pthread_setspecific(slotKey, Unmanaged.passRetained(s).toOpaque())
        return s
    }

    /// This thread's table, taken out (a new one the first time, or past `limit`).
    static func take() -> KeyTable {
        let s = slot
        guard let t = s.table, t.keys.count < limit else { return KeyTable() }
        s.table = nil
        return t
    }

    /// Puts a table back for the thread's next draft.
    static func putBack(_ table: KeyTable) {
        slot.table = table
    }
}
