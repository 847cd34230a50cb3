/// Counts occurrences of keys that are already good hashes (combined token hashes): an open-addressing
/// table that grows by doubling, with no hashing of its own. `Dictionary<Int, Int>` ran SipHash on
/// every n-word window of a draft. Its slots are memory it owns, not arrays: an array's element
/// written in place tested every time that the array was not shared, a hundred instructions a count.
public struct HashCounter: ~Copyable {
    private struct Slot {
        var key: Int
        /// 0 for an empty slot.
        var count: Int32
    }
    private var slots: UnsafeMutablePointer<Slot>
    private var size: Int
    private var used = 0

    public init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        self.size = size
        slots = .allocate(capacity: size)
        slots.initialize(repeating: Slot(key: 0, count: 0), count: size)
    }

    deinit { slots.deallocate() }

    /// Adds one to `key`'s count and returns the new count.
    public mutating func increment(_ key: Int) -> Int {
        let mask = size - 1
        var slot = Self.spread(key) & mask
        while slots[slot].count != 0 {
            if slots[slot].key == key {
                slots[slot].count += 1
                return Int(slots[slot].count)
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(key: key, count: 1)
        used += 1
        if used * 2 > size { grow() }
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
        let old = slots, oldSize = size
        size = oldSize * 2
        slots = .allocate(capacity: size)
        slots.initialize(repeating: Slot(key: 0, count: 0), count: size)
        let mask = size - 1
        for i in 0..<oldSize where old[i].count != 0 {
            var slot = Self.spread(old[i].key) & mask
            while slots[slot].count != 0 { slot = (slot + 1) & mask }
            slots[slot] = old[i]
        }
        old.deallocate()
    }
}
