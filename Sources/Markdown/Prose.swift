/// The text a reader reads in one block, with every scalar mapped back to its bytes in the source.
///
/// Escapes and entities make a scalar cover several source bytes; code spans, images and autolinks are
/// one `Prose.opaque` scalar covering their whole source, so they count in a sentence but never match a word.
/// Soft and hard breaks are a space of zero width.
///
/// A view into one `ProseStorage` that all of a document's blocks share: a block's prose costs no
/// allocation of its own, and its source positions are runs, not two offsets per scalar (see `ProseRun`).
public struct Prose: Sendable {
    /// Stands for a code span, image, autolink or inline HTML: present in the sentence, never a word.
    public static let opaque: Unicode.Scalar = "\u{FFFC}"

    let storage: ProseStorage
    /// This block's first scalar and first run in the storage, and how many of each (32-bit: files are
    /// capped well below 2 GB).
    let base: Int32
    let length: Int32
    let runBase: Int32
    let runCount: Int32

    public init() {
        self.init(storage: ProseStorage.empty, base: 0, length: 0, runBase: 0, runCount: 0)
    }

    init(storage: ProseStorage, base: Int, length: Int, runBase: Int, runCount: Int) {
        self.storage = storage
        self.base = Int32(truncatingIfNeeded: base)
        self.length = Int32(truncatingIfNeeded: length)
        self.runBase = Int32(truncatingIfNeeded: runBase)
        self.runCount = Int32(truncatingIfNeeded: runCount)
    }

    /// The prose of a plain string, no Markdown read into it, each scalar at its own offset: for text
    /// that is not in a draft but must be read as a draft's words are (a rule pack's phrases).
    public init(plain: String) {
        var w = ProseWriter(storage: ProseStorage())
        for (i, u) in plain.unicodeScalars.enumerated() { w.append(u, i, i + 1) }
        self = w.finish()
    }

    public var count: Int { Int(length) }
    public var isEmpty: Bool { length == 0 }

    /// The scalars, indexed from 0.
    public var scalars: Scalars { Scalars(prose: self) }
    /// Source byte where each scalar starts, and where it ends.
    public var starts: Offsets { Offsets(prose: self, ends: false) }
    public var ends: Offsets { Offsets(prose: self, ends: true) }

    /// Calls `body` with the scalars read out into one contiguous buffer (on the stack for a short block),
    /// for loops that read every one: at four bytes apiece, with no test per read for a scalar kept aside.
    @inlinable
    public func withScalars<R>(_ body: (UnsafeBufferPointer<Unicode.Scalar>) throws -> R) rethrows -> R {
        try withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: count) { buf in
            decode(0..<count, into: buf)
            return try body(UnsafeBufferPointer(buf))
        }
    }

    /// Source bytes covered by a range of scalar indices (end exclusive).
    public func sourceRange(_ r: Range<Int>) -> Range<Int> {
        guard !r.isEmpty, r.lowerBound < count else {
            let at = r.lowerBound < count ? start(r.lowerBound) : (count > 0 ? end(count - 1) : 0)
            return at..<at
        }
        let hi = min(r.upperBound, count) - 1
        let lo = start(r.lowerBound)
        return lo..<max(lo, end(hi))
    }

    /// Where scalar `k` starts and ends in the source: the run that holds it, found by bisection.
    func start(_ k: Int) -> Int { let (run, j) = locate(k); return run.start(j) }
    func end(_ k: Int) -> Int { let (run, j) = locate(k); return run.start(j) + Int(run.width) }

    private func locate(_ k: Int) -> (ProseRun, Int) {
        let a = Int(base) + k
        let runs = storage.runs
        var lo = Int(runBase), hi = Int(runBase + runCount)
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if Int(runs[mid].first) <= a { lo = mid } else { hi = mid }
        }
        return (runs[lo], a - Int(runs[lo].first))
    }

    /// The scalars that take no source bytes (a soft line break's space, a dropped marker), in order: a walk
    /// over the block's runs, not its scalars, since asking each scalar's offsets is a bisection apiece.
    public func zeroWidthScalars() -> [Int] {
        var out = [Int]()
        let runs = storage.runs
        let top = Int(runBase + runCount)
        for r in Int(runBase)..<top where runs[r].width == 0 {
            let first = Int(runs[r].first)
            let n = (r + 1 < top ? Int(runs[r + 1].first) : Int(base + length)) - first
            for a in first..<(first + max(0, n)) { out.append(a - Int(base)) }
        }
        return out
    }

    /// Whether some scalar ends at source byte `offset`: a walk over the block's runs, not its scalars.
    public func hasScalar(endingAt offset: Int) -> Bool {
        let runs = storage.runs
        let top = Int(runBase + runCount)
        for r in Int(runBase)..<top {
            let run = runs[r]
            let n = (r + 1 < top ? Int(runs[r + 1].first) : Int(base + length)) - Int(run.first)
            guard n > 0 else { continue }
            let w = Int(run.width), first = Int(run.start) + w
            if w == 0 {
                if offset == first { return true }
            } else if offset >= first, offset <= first + (n - 1) * w, (offset - first) % w == 0 {
                return true
            }
        }
        return false
    }

    public var string: String { string(0..<count) }

    /// The scalars encoded straight into a String's UTF-8 storage (appending scalars to a
    /// `String.UnicodeScalarView` one by one cost hundreds of instructions each).
    public func string(_ r: Range<Int>) -> String {
        // Read out into a buffer on the stack (a token's or a sentence's worth), then encoded in one go.
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: r.count) { buf in
            decode(r, into: buf)
            return Self.encode(UnsafeBufferPointer(buf))
        }
    }

    /// Writes the scalars of range `r` into `out` (of `r.count`).
    @usableFromInline func decode(_ r: Range<Int>, into out: UnsafeMutableBufferPointer<Unicode.Scalar>) {
        let first = Int(base) + r.lowerBound, n = r.count
        storage.units.withUnsafeBufferPointer { units in
            guard n > 0, let to = out.baseAddress, let from = units.baseAddress.map({ $0 + first }) else { return }
            guard storage.hasAstral(in: first..<(first + n)) else {
                // Nearly every block: each value widened as it stands, with no test per scalar.
                to.withMemoryRebound(to: UInt32.self, capacity: n) { wide in
                    for k in 0..<n { wide[k] = UInt32(from[k]) }
                }
                return
            }
            for k in 0..<n { to[k] = storage.scalar(from[k], at: first &+ k) }
        }
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

    /// A block's scalars, indexed from 0.
    public struct Scalars: RandomAccessCollection, Sendable {
        let prose: Prose
        public var startIndex: Int { 0 }
        public var endIndex: Int { prose.count }
        public subscript(i: Int) -> Unicode.Scalar { prose.storage.scalar(at: Int(prose.base) + i) }
    }

    /// Source offsets of a block's scalars, starts or ends, read from its runs.
    public struct Offsets: RandomAccessCollection, Sendable {
        let prose: Prose
        let ends: Bool
        public var startIndex: Int { 0 }
        public var endIndex: Int { prose.count }
        public subscript(i: Int) -> Int { ends ? prose.end(i) : prose.start(i) }
    }
}

/// Scalars that lie side by side in the source, each `width` bytes wide, from source byte `start`: plain
/// text is one run of width 1 per line, a line break a run of width 0. Twelve bytes a run instead of
/// eight bytes a scalar: a large draft's prose took three times its size in offsets alone.
struct ProseRun: Sendable {
    /// Index in `ProseStorage.units` of the run's first scalar.
    var first: Int32
    var start: Int32
    var width: Int32

    func start(_ j: Int) -> Int { Int(start) + j * Int(width) }
}

/// Every block's prose of one document, end to end: two bytes a scalar. A scalar past the Basic
/// Multilingual Plane (an emoji) is rare; its place holds a surrogate value, which no scalar has, and
/// the scalar itself is kept aside. Four bytes a scalar were the largest part of a large draft's memory.
public final class ProseStorage: @unchecked Sendable {
    // Written only while the document is built, by one thread; read-only once any `Prose` is handed out,
    // so every read need not pay for a dynamic exclusivity check (a tenth of a long paragraph's time).
    @exclusivity(unchecked) var units: [UInt16] = []
    /// Where each scalar past the plane sits in `units`, in order, and the scalar.
    @exclusivity(unchecked) var astralIndices: [Int32] = []
    @exclusivity(unchecked) var astralScalars: [Unicode.Scalar] = []
    @exclusivity(unchecked) var runs: [ProseRun] = []

    static let empty = ProseStorage()

    init(reserving scalars: Int = 0) {
        self.units.reserveCapacity(scalars)
    }

    var count: Int { units.count }

    /// The value `units` holds in place of a scalar past the plane.
    static let astralMark: UInt16 = 0xD800

    func append(_ s: Unicode.Scalar) {
        guard s.value > 0xFFFF else { units.append(UInt16(truncatingIfNeeded: s.value)); return }
        astralIndices.append(Int32(truncatingIfNeeded: units.count))
        astralScalars.append(s)
        units.append(Self.astralMark)
    }

    /// Drops the scalars from index `cut` on.
    func truncate(to cut: Int) {
        units.removeSubrange(cut...)
        while let last = astralIndices.last, Int(last) >= cut {
            astralIndices.removeLast()
            astralScalars.removeLast()
        }
    }

    func scalar(at a: Int) -> Unicode.Scalar { scalar(units[a], at: a) }

    /// The scalar the value stored at index `a` stands for: itself, or the scalar kept aside for `a`.
    @inline(__always)
    func scalar(_ u: UInt16, at a: Int) -> Unicode.Scalar {
        // A value that is not a surrogate is a scalar of the plane as it stands: the same 32 bits.
        u & 0xF800 == Self.astralMark ? astral(at: a) : unsafeBitCast(UInt32(u), to: Unicode.Scalar.self)
    }

    /// Whether a scalar past the plane sits in range `r` of `units`.
    func hasAstral(in r: Range<Int>) -> Bool {
        let i = firstAstral(from: r.lowerBound)
        return i < astralIndices.count && Int(astralIndices[i]) < r.upperBound
    }

    /// The scalar past the plane at index `a` (where `units` holds the mark).
    func astral(at a: Int) -> Unicode.Scalar { astralScalars[firstAstral(from: a)] }

    /// The place in `astralIndices` of the first scalar past the plane at index `a` or after, by bisection.
    private func firstAstral(from a: Int) -> Int {
        var lo = 0, hi = astralIndices.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(astralIndices[mid]) < a { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

/// Appends one block's prose to a storage, merging each scalar into the run it continues.
struct ProseWriter {
    let storage: ProseStorage
    let base: Int
    let runBase: Int

    init(storage: ProseStorage) {
        self.storage = storage
        self.base = storage.count
        self.runBase = storage.runs.count
    }

    var count: Int { storage.count - base }
    /// Where the last scalar ends, nil before the first.
    var lastEnd: Int? {
        guard count > 0, let run = storage.runs.last else { return nil }
        return run.start(storage.count - 1 - Int(run.first)) + Int(run.width)
    }

    mutating func append(_ s: Unicode.Scalar, _ start: Int, _ end: Int) {
        extendRun(start: start, width: max(0, end - start), count: 1)
        storage.append(s)
    }

    /// Source bytes that are ASCII and stand for themselves, one scalar each, copied in at once.
    mutating func appendASCII(_ bytes: [UInt8], _ run: Range<Int>) {
        guard !run.isEmpty else { return }
        extendRun(start: run.lowerBound, width: 1, count: run.count)
        // Room made in one step, then a plain loop over the bytes: appending a lazy map went through the
        // generic sequence path, and appending a scalar at a time checked the array each time.
        let start = storage.count
        storage.units.append(contentsOf: repeatElement(0, count: run.count))
        storage.units.withUnsafeMutableBufferPointer { dst in
            bytes.withUnsafeBufferPointer { b in
                var k = start
                for i in run { dst[k] = UInt16(b[i]); k += 1 }
            }
        }
    }

    /// Continues the last run when the new scalars follow on from it at the same width, else opens one.
    private func extendRun(start: Int, width: Int, count n: Int) {
        let at = storage.count
        if storage.runs.count > runBase, let last = storage.runs.last, Int(last.width) == width,
           last.start(at - Int(last.first)) == start {
            return
        }
        storage.runs.append(ProseRun(first: Int32(truncatingIfNeeded: at), start: Int32(truncatingIfNeeded: start),
                                     width: Int32(truncatingIfNeeded: width)))
    }

    mutating func truncate(to n: Int) {
        let cut = base + n
        storage.truncate(to: cut)
        while storage.runs.count > runBase, let last = storage.runs.last, Int(last.first) >= cut { storage.runs.removeLast() }
    }

    func finish() -> Prose {
        Prose(storage: storage, base: base, length: count, runBase: runBase, runCount: storage.runs.count - runBase)
    }
}
