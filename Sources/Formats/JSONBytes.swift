/// Writes the lint JSON straight into UTF-8 bytes. Files with thousands of findings made the
/// `JSONValue` tree (an enum, an array of pairs and a String per field) a tenth of a whole run; this
/// writes the same text, byte for byte, without building anything in between.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
    /// Bytes copied as they are: everything but control characters, `"`, `\` and 0xE2 (which may start
    /// U+2028 or U+2029). One table load a byte instead of four comparisons.
    private static let plain: [Bool] = (0..<256).map { b in b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 }

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ b: [UInt8]) { bytes.append(contentsOf: b) }

    mutating func pad(_ level: Int) {
        for _ in 0..<level { bytes.append(0x20); bytes.append(0x20) }
    }

    mutating func int(_ n: Int) { bytes.appendDecimal(n) }

    /// `"key": ` at an indentation level.
    mutating func key(_ k: StaticString, _ level: Int) {
        pad(level)
        bytes.append(0x22)
        raw(k)
        raw("\": ")
    }

    /// A JSON string with the same escapes as `JSONValue.quote` (control characters, U+2028/2029).
    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { u in
            bytes.append(0x22)
            var i = 0
            let n = u.count
            var run = 0
            let plain = Self.plain
            while i < n {
                let b = u[i]
                if plain[Int(b)] { i += 1; continue }
                if b == 0xE2 {
                    guard i + 2 < n, u[i + 1] == 0x80, u[i + 2] == 0xA8 || u[i + 2] == 0xA9 else { i += 1; continue }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<i]))
                    raw(u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    i += 3
                    run = i
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<i]))
                switch b {
                case 0x22: raw("\\\"")
                case 0x5C: raw("\\\\")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                default:
                    raw("\\u00")
                    bytes.append(Self.hex[Int(b >> 4)])
                    bytes.append(Self.hex[Int(b & 15)])
                }
                i += 1
                run = i
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<n]))
            bytes.append(0x22)
        }
    }
}
