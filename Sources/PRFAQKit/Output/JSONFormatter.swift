import Foundation

/// The contract's JSON document; one valid document whatever happens to single files.
public struct JSONFormatter {
    public init() {}

    public func format(_ results: [FileResult]) -> String {
        let files: [JSONValue] = results.map { r in
            if let e = r.error { return .object([("path", .string(r.path)), ("error", .string(e))]) }
            return .object([
                ("path", .string(r.path)),
                ("profile", r.profile.map { .string($0.rawValue) } ?? .null),
                ("diagnostics", .array(r.diagnostics.map(Self.object))),
            ])
        }
        let s = Summary(results)
        let root = JSONValue.object([
            ("version", 1),
            ("files", .array(files)),
            ("summary", .object([("files", .int(s.files)), ("errors", .int(s.errors)),
                                 ("warnings", .int(s.warnings)), ("suggestions", .int(s.suggestions))])),
        ])
        return root.render() + "\n"
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
