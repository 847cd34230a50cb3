/// Counts occurrences of keys that are already good hashes (combined token hashes): an open-addressing
/// table that grows by doubling, with no hashing of its own. `Dictionary<Int, Int>` ran SipHash on
/// every n-word window of a draft.
public struct HashCounter {
    private var keys: [Int]
    private var counts: [Int32]
    private var used = 0
    private var mask: Int

    public init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [Int](repeating: 0, count: size)
        counts = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// Adds one to `key`'s count and returns the new count.
    public mutating func increment(_ key: Int) -> Int {
        var slot = Self.spread(key) & mask
        while counts[slot] != 0 {
            if keys[slot] == key {
                counts[slot] += 1
                return Int(counts[slot])
            }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        counts[slot] = 1
        used += 1
        if used * 2 > keys.count { grow() }
        return 1
    }

    /// Mixes the bits so keys that differ only high up still spread over the table.
    @inline(__always)
    private static func spread(_ k: Int) -> Int {
        var x = UInt64(bitPattern: Int64(k))
        x ^= x >> 33
        x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        return Int(truncatingIfNeeded: x)
    }

    private mutating func grow() {
        let oldKeys = keys, oldCounts = counts
        keys = [Int](repeating: 0, count: oldKeys.count * 2)
        counts = [Int32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        for i in oldKeys.indices where oldCounts[i] != 0 {
            var slot = Self.spread(oldKeys[i]) & mask
            while counts[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[i]
            counts[slot] = oldCounts[i]
        }
    }
}
