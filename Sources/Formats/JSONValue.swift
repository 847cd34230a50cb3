/// A JSON value with ordered keys, so output reads in the contract's order (rule, category, …) and
/// golden files stay stable. Foundation's serializer cannot keep key order.
public indirect enum JSONValue: Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null

    public init(stringLiteral v: String) { self = .string(v) }
    public init(integerLiteral v: Int) { self = .int(v) }
    public init(booleanLiteral v: Bool) { self = .bool(v) }

    /// Pretty-printed with two-space indentation.
    public func render(indent: Int = 0) -> String {
        var out = ""
        write(&out, indent: indent)
        return out
    }

    /// Indentation strings, made once: building them per value was a tenth of JSON output time.
    private static let pads: [String] = (0..<32).map { String(repeating: "  ", count: $0) }
    private static func pad(_ n: Int) -> String { n < pads.count ? pads[n] : String(repeating: "  ", count: n) }

    private func write(_ out: inout String, indent: Int) {
        switch self {
        case .object(let kv):
            if kv.isEmpty { out += "{}"; return }
            let pad = Self.pad(indent + 1)
            out += "{\n"
            for (i, (k, v)) in kv.enumerated() {
                out += pad
                Self.quote(k, &out)
                out += ": "
                v.write(&out, indent: indent + 1)
                out += i + 1 < kv.count ? ",\n" : "\n"
            }
            out += Self.pad(indent)
            out += "}"
        case .array(let a):
            if a.isEmpty { out += "[]"; return }
            let pad = Self.pad(indent + 1)
            out += "[\n"
            for (i, v) in a.enumerated() {
                out += pad
                v.write(&out, indent: indent + 1)
                out += i + 1 < a.count ? ",\n" : "\n"
            }
            out += Self.pad(indent)
            out += "]"
        case .string(let s): Self.quote(s, &out)
        case .int(let n): out += String(n)
        case .double(let d): out += d.isFinite ? String(d) : "null"
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        }
    }

    /// Appends `s` as a JSON string, copying runs that need no escape in one go.
    static func quote(_ s: String, _ out: inout String) {
        out += "\""
        let u = s.utf8
        var runStart = u.startIndex
        var i = u.startIndex
        func flush(_ upTo: String.Index) {
            if runStart < upTo { out += s[runStart..<upTo] }
        }
        while i < u.endIndex {
            let b = u[i]
            var escape: String? = nil
            switch b {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x00..<0x20:
                let hex = String(b, radix: 16)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8/A9) break JavaScript parsers that read JSON.
                let n1 = u.index(after: i)
                if n1 < u.endIndex, u[n1] == 0x80 {
                    let n2 = u.index(after: n1)
                    if n2 < u.endIndex, u[n2] == 0xA8 || u[n2] == 0xA9 {
                        flush(i)
                        out += u[n2] == 0xA8 ? "\\u2028" : "\\u2029"
                        i = u.index(after: n2)
                        runStart = i
                        continue
                    }
                }
            default: break
            }
            if let e = escape {
                flush(i)
                out += e
                i = u.index(after: i)
                runStart = i
            } else {
                i = u.index(after: i)
            }
        }
        flush(u.endIndex)
        out += "\""
    }
}
