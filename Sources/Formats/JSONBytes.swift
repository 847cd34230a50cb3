import Text

/// Writes the lint JSON straight into UTF-8 bytes. Files with thousands of findings made the
/// `JSONValue` tree (an enum, an array of pairs and a String per field) a tenth of a whole run; this
/// writes the same text, byte for byte, without building anything in between.
struct JSONBytes: ~Copyable {
    // The bytes written, in memory of their own: an array's append tested that the array was not shared
    // and had room, and called through the general copy, for every key, value and separator (a hundred
    // instructions each, a finding's JSON a few dozen of them). Not copyable, so no count of references is
    // kept either.
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    /// The bytes written so far, as an array (one copy).
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { write($0) }
    }

    mutating func pad(_ level: Int) {
        for _ in 0..<level { write(0x20); write(0x20) }
    }

    mutating func int(_ n: Int) { writeDecimal(n) }

    /// `"key": ` at an indentation level.
    mutating func key(_ k: StaticString, _ level: Int) {
        pad(level)
        write(0x22)
        raw(k)
        raw("\": ")
    }

    /// A JSON string with the same escapes as `JSONValue.quote` (control characters, U+2028/2029).
    mutating func string(_ s: String) {
        s.withBytes { string(utf8: $0) }
    }

    /// A rule id's category (its part before the "/") as a JSON string, written from the id's bytes:
    /// `Diagnostic.category` made a String of it for each finding, for seven hundred instructions.
    mutating func category(of rule: String) {
        rule.withBytes { u in string(utf8: UnsafeBufferPointer(rebasing: u[..<(u.firstIndex(of: 0x2F) ?? u.count)])) }
    }

    /// `string` on UTF-8 bytes.
    mutating func string(utf8 u: UnsafeBufferPointer<UInt8>) {
        write(0x22)
        var i = 0
        let n = u.count
        var run = 0
        while i < n {
            // Eight plain bytes at a time: most of a message is plain ASCII.
            i = JSONBytes.plainRun(u, from: i)
            guard i < n else { break }
            let b = u[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 { i += 1; continue }
            if b == 0xE2 {
                guard i + 2 < n, u[i + 1] == 0x80, u[i + 2] == 0xA8 || u[i + 2] == 0xA9 else { i += 1; continue }
                write(UnsafeBufferPointer(rebasing: u[run..<i]))
                raw(u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                i += 3
                run = i
                continue
            }
            write(UnsafeBufferPointer(rebasing: u[run..<i]))
            switch b {
            case 0x22: raw("\\\"")
            case 0x5C: raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            default:
                raw("\\u00")
                write(Self.hex[Int(b >> 4)])
                write(Self.hex[Int(b & 15)])
            }
            i += 1
            run = i
        }
        write(UnsafeBufferPointer(rebasing: u[run..<n]))
        write(0x22)
    }

    /// The index of the first byte at or after `i` that is not plain ASCII copied as it is (a control
    /// character, `"`, `\` or a byte past ASCII), or where the last whole eight bytes end: each word of
    /// eight is tested at once, the rest is left to the byte loop.
    static func plainRun(_ u: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        guard let base = u.baseAddress else { return i }
        var i = i
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= u.count {
            let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            // A byte below 0x20, a byte equal to `"` or `\`, or a byte with its high bit set: the classic
            // tests for a zero byte (x - 1 borrows into the high bit) on w, w ^ '"', w ^ '\'.
            let control = (w &- ones &* 0x20) & ~w & highs
            let quote = ((w ^ (ones &* 0x22)) &- ones) & ~(w ^ (ones &* 0x22)) & highs
            let slash = ((w ^ (ones &* 0x5C)) &- ones) & ~(w ^ (ones &* 0x5C)) & highs
            guard (control | quote | slash | (w & highs)) == 0 else { return i }
            i += 8
        }
        return i
    }

    /// Makes room for `n` more bytes, at least doubling.
    mutating func reserve(_ n: Int) {
        guard count + n > capacity else { return }
        (base, capacity) = base.moved(count: count, capacity: capacity, toHold: count + n)
    }

    @inline(__always)
    mutating func write(_ b: UInt8) {
        if count == capacity { reserve(1) }
        base[count] = b
        count += 1
    }

    @inline(__always)
    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
        let n = bytes.count
        reserve(n)
        // Most writes are a separator or a key of a few bytes: copied here, not through a call to memcpy,
        // eight bytes at a time (the first eight and the last eight, which may overlap), where a byte at a
        // time cost three instructions a byte.
        if n >= 8 && n <= 16 {
            let to = UnsafeMutableRawPointer(base + count), at = UnsafeRawPointer(from)
            to.storeBytes(of: at.loadUnaligned(as: UInt64.self), as: UInt64.self)
            (to + (n - 8)).storeBytes(of: (at + (n - 8)).loadUnaligned(as: UInt64.self), as: UInt64.self)
        } else if n < 8 {
            for k in 0..<n { (base + count + k).initialize(to: from[k]) }
        } else {
            (base + count).initialize(from: from, count: n)
        }
        count += n
    }

    /// An integer's decimal digits, written from the last.
    mutating func writeDecimal(_ n: Int) {
        if n < 0 { write(0x2D) }
        var v = n.magnitude
        var digits = 1
        var rest = v / 10
        while rest > 0 { digits += 1; rest /= 10 }
        reserve(digits)
        var at = count + digits
        repeat {
            at -= 1
            base[at] = 0x30 + UInt8(truncatingIfNeeded: v % 10)
            v /= 10
        } while v > 0
        count += digits
    }
}
