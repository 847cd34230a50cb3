extension String {
    /// Substring search over UTF-8 bytes. Foundation's `contains(_:)` bridges to NSString on Linux, which
    /// made a few heading checks a visible share of lint time; these keys are short, so a plain scan wins.
    public func includes(_ needle: String) -> Bool {
        // Over the strings' own UTF-8 storage: copying both into arrays first cost more than the scan.
        withBytes { h in needle.withBytes { n in Self.includes(h, n) } }
    }

    /// The string's UTF-8 bytes, read in place: from its own storage when it is contiguous (a native or
    /// small string, every key and message, always is), else from a contiguous copy. `withUTF8` needs a
    /// mutable string, and on a copy it cost a retain, a release and a storage test each call.
    @inlinable public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }

    private static func includes(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !n.isEmpty else { return true }
        guard h.count >= n.count else { return false }
        let first = n[0]
        var i = 0
        while i + n.count <= h.count {
            if h[i] == first {
                var k = 1
                while k < n.count && h[i + k] == n[k] { k += 1 }
                if k == n.count { return true }
            }
            i += 1
        }
        return false
    }

    /// The last UTF-8 byte, read from the string's own storage: `utf8.last` steps the view's index back
    /// from the end, dozens of instructions, and every figure and capitalised word of a draft asks.
    @inlinable public var lastUTF8: UInt8? {
        utf8.withContiguousStorageIfAvailable { $0.last } ?? utf8.last
    }

    /// Whether the UTF-8 ends with `suffix`'s bytes. For a word's key and a suffix of letters this is
    /// `hasSuffix`, which compares Characters: a hundred instructions and more a call, on every word of
    /// the rules that ask.
    @inlinable public func endsWith(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        return utf8.withContiguousStorageIfAvailable { b in
            guard b.count >= n else { return false }
            let start = b.count - n
            for i in 0..<n where b[start + i] != suffix.utf8Start[i] { return false }
            return true
        } ?? hasSuffix(suffix.description)
    }

    /// `count`, the Characters, read from the byte count when every byte is ASCII (one Character each):
    /// counting Characters walks the grapheme breaks, two hundred instructions for a short word.
    @inlinable public var characterCount: Int {
        let ascii = utf8.withContiguousStorageIfAvailable { b in !b.contains { $0 >= 0x80 } } ?? false
        return ascii ? utf8.count : count
    }
}
