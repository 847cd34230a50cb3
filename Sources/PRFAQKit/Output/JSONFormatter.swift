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
        (first ? "\n    " : ",\n    ") + Self.fileObject(r).render(indent: 2)
    }

    public func footer(_ s: Summary) -> String {
        let summary = JSONValue.object([("files", .int(s.files)), ("errors", .int(s.errors)),
                                        ("warnings", .int(s.warnings)), ("suggestions", .int(s.suggestions))])
        return (s.files > 0 ? "\n  ]" : "]") + ",\n  \"summary\": " + summary.render(indent: 1) + "\n}\n"
    }

    static func fileObject(_ r: FileResult) -> JSONValue {
        if let e = r.error { return .object([("path", .string(r.path)), ("error", .string(e))]) }
        return .object([
            ("path", .string(r.path)),
            ("profile", r.profile.map { .string($0.rawValue) } ?? .null),
            ("diagnostics", .array(r.diagnostics.map(Self.object))),
        ])
    }

    public static func object(_ d: Diagnostic) -> JSONValue {
        var o: [(String, JSONValue)] = [
            ("rule", .string(d.rule)), ("category", .string(d.category)), ("severity", .string(d.severity.rawValue)),
            ("message", .string(d.message)),
            ("line", .int(d.start.line)), ("column", .int(d.start.column)),
            ("endLine", .int(d.end.line)), ("endColumn", .int(d.end.column)),
        ]
        if let h = d.help { o.append(("help", .string(h))) }
        if let fix = d.fix, let p = d.fixPositions {
            o.append(("fix", .object([("replacement", .string(fix.replacement)), ("line", .int(p.0.line)),
                                      ("column", .int(p.0.column)), ("endLine", .int(p.1.line)), ("endColumn", .int(p.1.column))])))
        }
        return .object(o)
    }

    /// Serialises Foundation values (used by `rules` and `stats`, where key order is not a contract).
    public static func serialize(_ v: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: v, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
              let s = String(data: data, encoding: .utf8) else { return "{}" }
        return s
    }
}
