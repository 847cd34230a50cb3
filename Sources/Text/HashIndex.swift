/// First words of a list's phrases in an open-addressing table keyed by the token's precomputed hash:
/// a lookup is an array probe and, on a hit, one string comparison. A 16,384-bit filter in front of it
/// turns most misses (nearly every word of a draft) into one bit test.
package struct HashIndex: Sendable {
    private struct Slot: Sendable {
        var hash = 0
        var key = ""
        /// Items of this word: `items[start..<end]`; an empty slot has `end == 0`.
        var start = 0
        var end = 0
    }
    private var slots: [Slot]
    private var items: [Int] = []
    private let mask: Int
    private var filter = [UInt64](repeating: 0, count: 256)

    /// `words[i]` is the first word of item i (nil items are skipped); items sharing a word keep the order
    /// `before` gives (longest phrase first).
    package init(_ words: [String?], before: (Int, Int) -> Bool) {
        var groups = [String: [Int]]()
        for (i, w) in words.enumerated() { if let w { groups[w, default: []].append(i) } }
        var size = 8
        while size < groups.count * 2 { size <<= 1 }
        mask = size - 1
        slots = [Slot](repeating: Slot(), count: size)
        for (w, group) in groups.sorted(by: { $0.key < $1.key }) {
            let hash = WordHash.of(w)
            var slot = hash & mask
            while slots[slot].end != 0 { slot = (slot + 1) & mask }
            let start = items.count
            items += group.sorted(by: before)
            slots[slot] = Slot(hash: hash, key: w, start: start, end: items.count)
            filter[(hash >> 6) & 255] |= 1 << UInt64(hash & 63)
        }
    }

    /// False when no first word can have this hash.
    @inline(__always)
    func mayContain(_ hash: Int) -> Bool { filter[(hash >> 6) & 255] & (1 << UInt64(hash & 63)) != 0 }

    package func lookup(_ t: Token) -> ArraySlice<Int>? {
        var slot = t.keyHash & mask
        while slots[slot].end != 0 {
            if slots[slot].hash == t.keyHash && slots[slot].key == t.key { return items[slots[slot].start..<slots[slot].end] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
