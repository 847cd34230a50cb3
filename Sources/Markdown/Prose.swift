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

    /// The scalars read out into `scratch` (room for at least `count`), for a caller that reads block
    /// after block: one buffer for all, where `withScalars` takes a heap block for each block past a
    /// kilobyte (the run-time check that would allow the stack says no on these threads).
    public func scalars(into scratch: UnsafeMutableBufferPointer<Unicode.Scalar>) -> UnsafeBufferPointer<Unicode.Scalar> {
        precondition(scratch.count >= count)
        let out = UnsafeMutableBufferPointer(rebasing: scratch[0..<count])
        decode(0..<count, into: out)
        return UnsafeBufferPointer(out)
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
        let run = storage.runs[runIndex(a)]
        return (run, a - Int(run.first))
    }

    /// The index in the storage's runs of this block's run that holds storage scalar `a`, by bisection.
    func runIndex(_ a: Int) -> Int {
        let runs = storage.runs
        var lo = Int(runBase), hi = Int(runBase + runCount)
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if Int(runs[mid].first) <= a { lo = mid } else { hi = mid }
        }
        return lo
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

    /// Writes the scalars of range `r` into `out` (of `r.count`), a run at a time: a run read from the
    /// source is its bytes widened, a kept run its two-byte values widened, with no test per scalar.
    @usableFromInline func decode(_ r: Range<Int>, into out: UnsafeMutableBufferPointer<Unicode.Scalar>) {
        guard !r.isEmpty, runCount > 0, let to = out.baseAddress else { return }
        var a = Int(base) + r.lowerBound
        let end = a + r.count, blockEnd = Int(base + length), top = Int(runBase + runCount)
        var ri = runIndex(a)
        var k = 0
        storage.runs.withUnsafeBufferPointer { runs in
            storage.source.withUnsafeBufferPointer { source in
                storage.units.withUnsafeBufferPointer { units in
                    to.withMemoryRebound(to: UInt32.self, capacity: r.count) { wide in
                        while a < end, ri < top {
                            let run = runs[ri]
                            let m = min(ri + 1 < top ? Int(runs[ri + 1].first) : blockEnd, end) - a
                            let j = a - Int(run.first)
                            if run.isSourced, let from = source.baseAddress.map({ $0 + Int(run.start) + j }) {
                                for t in 0..<m { wide[k &+ t] = UInt32(from[t]) }
                            } else if let from = units.baseAddress.map({ $0 + run.unitBase + j }) {
                                let u = run.unitBase + j
                                if storage.hasAstral(in: u..<(u + m)) {
                                    for t in 0..<m { to[k &+ t] = storage.scalar(from[t], at: u &+ t) }
                                } else {
                                    for t in 0..<m { wide[k &+ t] = UInt32(from[t]) }
                                }
                            }
                            k += m; a += m; ri += 1
                        }
                    }
                }
            }
        }
    }

    /// The scalar at index `k`: from the source when its run is read from there, else as kept.
    func scalar(_ k: Int) -> Unicode.Scalar {
        let (run, j) = locate(k)
        if run.isSourced { return Unicode.Scalar(storage.source[Int(run.start) + j]) }
        return storage.scalar(at: run.unitBase + j)
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
        public subscript(i: Int) -> Unicode.Scalar { prose.scalar(i) }
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
/// text is one run of width 1 per line, a line break a run of width 0. Sixteen bytes a run instead of
/// eight bytes a scalar: a large draft's prose took three times its size in offsets alone.
///
/// A run of width 1 whose scalars are its source bytes (ASCII that stands for itself, nearly all prose)
/// is read from the source and keeps nothing; any other run keeps its scalars in `ProseStorage.units`.
struct ProseRun: Sendable {
    /// Index in the storage's scalars of the run's first scalar.
    var first: Int32
    var start: Int32
    var width: Int32
    /// Where the run's scalars start in `ProseStorage.units`; for a run read from the source, bit-inverted
    /// (so negative), where the next kept scalar goes: what a truncation cuts `units` back to.
    var unit: Int32

    func start(_ j: Int) -> Int { Int(start) + j * Int(width) }
    var isSourced: Bool { unit < 0 }
    var unitBase: Int { Int(unit < 0 ? ~unit : unit) }
}

/// Every block's prose of one document, end to end. Where the prose is the source's own ASCII bytes it is
/// read from the source, which the draft holds anyway; only the other scalars are kept, two bytes each
/// (a line break's space, a decoded escape or entity, a code span, a letter past ASCII). A scalar past
/// the Basic Multilingual Plane (an emoji) is rare; its place holds a surrogate value, which no scalar
/// has, and the scalar itself is kept aside. Four bytes a scalar, then two, were the largest part of a
/// large draft's memory.
public final class ProseStorage: @unchecked Sendable {
    // Written only while the document is built, by one thread; read-only once any `Prose` is handed out,
    // so every read need not pay for a dynamic exclusivity check (a tenth of a long paragraph's time).
    /// The document's bytes, which runs of width 1 are read from.
    let source: [UInt8]
    /// The scalars not read from the source, in order.
    @exclusivity(unchecked) var units: [UInt16] = []
    /// Where each scalar past the plane sits in `units`, in order, and the scalar.
    @exclusivity(unchecked) var astralIndices: [Int32] = []
    @exclusivity(unchecked) var astralScalars: [Unicode.Scalar] = []
    @exclusivity(unchecked) var runs: [ProseRun] = []
    /// How many scalars, kept or read from the source.
    @exclusivity(unchecked) private(set) var count = 0

    static let empty = ProseStorage()

    init(source: [UInt8] = []) {
        self.source = source
    }

    /// The value `units` holds in place of a scalar past the plane.
    static let astralMark: UInt16 = 0xD800

    /// Counts scalars appended, `keep`ing one that is not read from the source.
    func append(count n: Int, keep s: Unicode.Scalar? = nil) {
        count += n
        guard let s else { return }
        guard s.value > 0xFFFF else { units.append(UInt16(truncatingIfNeeded: s.value)); return }
        astralIndices.append(Int32(truncatingIfNeeded: units.count))
        astralScalars.append(s)
        units.append(Self.astralMark)
    }

    /// Drops the scalars from index `cut` on, of which those kept start at `units` index `keptCut`.
    func truncate(to cut: Int, keptTo keptCut: Int) {
        count = cut
        units.removeSubrange(keptCut...)
        while let last = astralIndices.last, Int(last) >= keptCut {
            astralIndices.removeLast()
            astralScalars.removeLast()
        }
    }

    func scalar(at u: Int) -> Unicode.Scalar { scalar(units[u], at: u) }

    /// The scalar the value kept at `units` index `u` stands for: itself, or the scalar kept aside for `u`.
    @inline(__always)
    func scalar(_ v: UInt16, at u: Int) -> Unicode.Scalar {
        // A value that is not a surrogate is a scalar of the plane as it stands: the same 32 bits.
        v & 0xF800 == Self.astralMark ? astral(at: u) : unsafeBitCast(UInt32(v), to: Unicode.Scalar.self)
    }

    /// Whether a scalar past the plane sits in range `r` of `units`.
    func hasAstral(in r: Range<Int>) -> Bool {
        let i = firstAstral(from: r.lowerBound)
        return i < astralIndices.count && Int(astralIndices[i]) < r.upperBound
    }

    /// The scalar past the plane at `units` index `u` (where `units` holds the mark).
    func astral(at u: Int) -> Unicode.Scalar { astralScalars[firstAstral(from: u)] }

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
    /// How many scalars the storage kept before this block's.
    let unitBase: Int

    init(storage: ProseStorage) {
        self.storage = storage
        self.base = storage.count
        self.runBase = storage.runs.count
        self.unitBase = storage.units.count
    }

    var count: Int { storage.count - base }
    /// Where the last scalar ends, nil before the first.
    var lastEnd: Int? {
        guard count > 0, let run = storage.runs.last else { return nil }
        return run.start(storage.count - 1 - Int(run.first)) + Int(run.width)
    }

    /// A scalar that source bytes `start..<end` stand for: read back from the source when it is the one
    /// byte there, else kept.
    mutating func append(_ s: Unicode.Scalar, _ start: Int, _ end: Int) {
        let width = max(0, end - start)
        let sourced = width == 1 && start < storage.source.count && UInt32(storage.source[start]) == s.value
        extendRun(start: start, width: width, sourced: sourced)
        storage.append(count: 1, keep: sourced ? nil : s)
    }

    /// Source bytes that are ASCII and stand for themselves, one scalar each: a run read from the source,
    /// nothing kept.
    mutating func appendASCII(_ run: Range<Int>) {
        guard !run.isEmpty else { return }
        extendRun(start: run.lowerBound, width: 1, sourced: true)
        storage.append(count: run.count)
    }

    /// Continues the last run when the new scalars follow on from it at the same width and are read the
    /// same way, else opens one.
    private func extendRun(start: Int, width: Int, sourced: Bool) {
        let at = storage.count
        if storage.runs.count > runBase, let last = storage.runs.last, Int(last.width) == width,
           last.isSourced == sourced, last.start(at - Int(last.first)) == start {
            return
        }
        let unit = Int32(truncatingIfNeeded: storage.units.count)
        storage.runs.append(ProseRun(first: Int32(truncatingIfNeeded: at), start: Int32(truncatingIfNeeded: start),
                                     width: Int32(truncatingIfNeeded: width), unit: sourced ? ~unit : unit))
    }

    mutating func truncate(to n: Int) {
        let cut = base + n
        while storage.runs.count > runBase, let last = storage.runs.last, Int(last.first) >= cut { storage.runs.removeLast() }
        var kept = unitBase
        if storage.runs.count > runBase, let last = storage.runs.last {
            kept = last.isSourced ? last.unitBase : last.unitBase + (cut - Int(last.first))
        }
        storage.truncate(to: cut, keptTo: kept)
    }

    func finish() -> Prose {
        Prose(storage: storage, base: base, length: count, runBase: runBase, runCount: storage.runs.count - runBase)
    }
}
