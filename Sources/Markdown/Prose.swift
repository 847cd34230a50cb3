/// The text a reader reads in one block, with every scalar mapped back to its bytes in the source.
///
/// Escapes and entities make a scalar cover several source bytes; code spans, images and autolinks are
/// one `Prose.opaque` scalar covering their whole source, so they count in a sentence but never match a word.
/// Soft and hard breaks are a space of zero width.
public struct Prose: Sendable {
    /// Stands for a code span, image, autolink or inline HTML: present in the sentence, never a word.
    public static let opaque: Unicode.Scalar = "\u{FFFC}"

    public internal(set) var scalars: [Unicode.Scalar] = []
    /// Source byte where each scalar starts, and where it ends (32-bit: files are capped well below 2 GB,
    /// and these two arrays are most of the memory a large draft takes).
    public internal(set) var starts = Offsets()
    public internal(set) var ends = Offsets()

    public init() {}

    /// The prose of a plain string, no Markdown read into it, each scalar at its own offset: for text
    /// that is not in a draft but must be read as a draft's words are (a rule pack's phrases).
    public init(plain: String) {
        for (i, u) in plain.unicodeScalars.enumerated() { append(u, i, i + 1) }
    }

    public var count: Int { scalars.count }
    public var isEmpty: Bool { scalars.isEmpty }

    /// Source bytes covered by a range of scalar indices (end exclusive).
    public func sourceRange(_ r: Range<Int>) -> Range<Int> {
        guard !r.isEmpty, r.lowerBound < scalars.count else {
            let at = r.lowerBound < starts.count ? starts[r.lowerBound] : (ends.last ?? 0)
            return at..<at
        }
        let hi = min(r.upperBound, scalars.count) - 1
        return starts[r.lowerBound]..<max(starts[r.lowerBound], ends[hi])
    }

    public var string: String { string(0..<scalars.count) }

    /// The scalars encoded straight into a String's UTF-8 storage (appending scalars to a
    /// `String.UnicodeScalarView` one by one cost hundreds of instructions each).
    public func string(_ r: Range<Int>) -> String {
        scalars[r].withContiguousStorageIfAvailable { Self.encode($0) } ?? String(String.UnicodeScalarView(scalars[r]))
    }

    public static func encode(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        var bytes = 0
        for c in s { bytes += c.value < 0x80 ? 1 : c.value < 0x800 ? 2 : c.value < 0x10000 ? 3 : 4 }
        return String(unsafeUninitializedCapacity: bytes) { buf in
            var k = 0
            for c in s {
                let v = c.value
                if v < 0x80 {
                    buf[k] = UInt8(v); k += 1
                } else if v < 0x800 {
                    buf[k] = UInt8(0xC0 | (v >> 6)); buf[k + 1] = UInt8(0x80 | (v & 0x3F)); k += 2
                } else if v < 0x10000 {
                    buf[k] = UInt8(0xE0 | (v >> 12)); buf[k + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buf[k + 2] = UInt8(0x80 | (v & 0x3F)); k += 3
                } else {
                    buf[k] = UInt8(0xF0 | (v >> 18)); buf[k + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buf[k + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buf[k + 3] = UInt8(0x80 | (v & 0x3F)); k += 4
                }
            }
            return k
        }
    }

    mutating func append(_ s: Unicode.Scalar, _ start: Int, _ end: Int) {
        scalars.append(s)
        starts.storage.append(Int32(truncatingIfNeeded: start))
        ends.storage.append(Int32(truncatingIfNeeded: end))
    }

    /// Source bytes that are ASCII and stand for themselves, one scalar each: filled in a scratch buffer
    /// and copied into each array at once, rather than appended scalar by scalar to three arrays.
    mutating func appendASCII(_ bytes: [UInt8], _ run: Range<Int>) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: run.count) { tmp in
            for (k, p) in run.enumerated() { tmp[k] = UInt32(bytes[p]) }
            tmp.withMemoryRebound(to: Unicode.Scalar.self) { scalars.append(contentsOf: $0) }
        }
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: run.count) { tmp in
            for (k, p) in run.enumerated() { tmp[k] = Int32(truncatingIfNeeded: p) }
            starts.storage.append(contentsOf: tmp)
            for k in tmp.indices { tmp[k] += 1 }
            ends.storage.append(contentsOf: tmp)
        }
    }

    mutating func reserve(_ n: Int) {
        scalars.reserveCapacity(n)
        starts.storage.reserveCapacity(n)
        ends.storage.reserveCapacity(n)
    }

    mutating func truncate(to n: Int) {
        scalars.removeSubrange(n...)
        starts.storage.removeSubrange(n...)
        ends.storage.removeSubrange(n...)
    }
}

/// Byte offsets stored in 32 bits, read as `Int`.
public struct Offsets: RandomAccessCollection, Sendable {
    var storage: [Int32] = []
    public init() {}
    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.count }
    public subscript(i: Int) -> Int { Int(storage[i]) }
}
