import Foundation

/// The contract's JSON document; one valid document whatever happens to single files.
public struct JSONFormatter {
    public init() {}

    public func format(_ results: [FileResult]) -> String {
        var out = header
        for (i, r) in results.enumerated() { out += file(r, first: i == 0) }
        return out + footer(Summary(results))
    }

    // The document in pieces, so `prfaq lint` can stream it file by file and hold only one file at a time.
    public var header: String { "{\n  \"version\": 1,\n  \"files\": [" }

    public func file(_ r: FileResult, first: Bool) -> String {
        var w = JSONBytes(capacity: 256 + r.diagnostics.count * 400)
        w.raw(first ? "\n    " : ",\n    ")
        Self.write(r, &w)
        return w.string
    }

    public func footer(_ s: Summary) -> String {
        let summary = JSONValue.object([("files", .int(s.files)), ("errors", .int(s.errors)),
                                        ("warnings", .int(s.warnings)), ("suggestions", .int(s.suggestions))])
        return (s.files > 0 ? "\n  ]" : "]") + ",\n  \"summary\": " + summary.render(indent: 1) + "\n}\n"
    }

    /// One file's object at indentation level 2, the same text `JSONValue.render(indent: 2)` gave.
    static func write(_ r: FileResult, _ w: inout JSONBytes) {
        w.raw("{\n")
        w.key("path", 3); w.string(r.path)
        if let e = r.error {
            w.raw(",\n"); w.key("error", 3); w.string(e)
            w.raw("\n    }")
            return
        }
        w.raw(",\n"); w.key("profile", 3)
        if let p = r.profile { w.string(p.rawValue) } else { w.raw("null") }
        w.raw(",\n"); w.key("diagnostics", 3)
        if r.diagnostics.isEmpty {
            w.raw("[]")
        } else {
            w.raw("[\n")
            for (i, d) in r.diagnostics.enumerated() {
                w.pad(4)
                write(d, &w)
                w.raw(i + 1 < r.diagnostics.count ? ",\n" : "\n")
            }
            w.raw("      ]")
        }
        w.raw("\n    }")
    }

    /// One diagnostic's object at indentation level 4 (fields in the contract's order).
    private static func write(_ d: Diagnostic, _ w: inout JSONBytes) {
        w.raw("{\n")
        w.key("rule", 5); w.string(d.rule); w.raw(",\n")
        w.key("category", 5); w.string(d.category); w.raw(",\n")
        w.key("severity", 5); w.string(d.severity.rawValue); w.raw(",\n")
        w.key("message", 5); w.string(d.message); w.raw(",\n")
        w.key("line", 5); w.int(d.start.line); w.raw(",\n")
        w.key("column", 5); w.int(d.start.column); w.raw(",\n")
        w.key("endLine", 5); w.int(d.end.line); w.raw(",\n")
        w.key("endColumn", 5); w.int(d.end.column)
        if let h = d.help { w.raw(",\n"); w.key("help", 5); w.string(h) }
        if let fix = d.fix, let p = d.fixPositions {
            w.raw(",\n"); w.key("fix", 5); w.raw("{\n")
            w.key("replacement", 6); w.string(fix.replacement); w.raw(",\n")
            w.key("line", 6); w.int(p.0.line); w.raw(",\n")
            w.key("column", 6); w.int(p.0.column); w.raw(",\n")
            w.key("endLine", 6); w.int(p.1.line); w.raw(",\n")
            w.key("endColumn", 6); w.int(p.1.column); w.raw("\n")
            w.pad(5); w.raw("}")
        }
        w.raw("\n"); w.pad(4); w.raw("}")
    }

    /// Serialises Foundation values (used by `rules` and `stats`, where key order is not a contract).
    public static func serialize(_ v: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: v, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
              let s = String(data: data, encoding: .utf8) else { return "{}" }
        return s
    }
}
