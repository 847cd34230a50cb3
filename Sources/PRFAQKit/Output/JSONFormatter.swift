import Foundation

/// The contract's JSON document; one valid document whatever happens to single files.
public struct JSONFormatter {
    public init() {}

    public func format(_ results: [FileResult]) -> String {
        var files = [[String: Any]]()
        for r in results {
            var f: [String: Any] = ["path": r.path]
            if let e = r.error {
                f["error"] = e
            } else {
                f["profile"] = r.profile?.rawValue ?? NSNull()
                f["diagnostics"] = r.diagnostics.map(Self.object)
            }
            files.append(f)
        }
        let s = Summary(results)
        let root: [String: Any] = [
            "version": 1,
            "files": files,
            "summary": ["files": s.files, "errors": s.errors, "warnings": s.warnings, "suggestions": s.suggestions],
        ]
        return Self.serialize(root) + "\n"
    }

    static func object(_ d: Diagnostic) -> [String: Any] {
        var o: [String: Any] = [
            "rule": d.rule, "category": d.category, "severity": d.severity.rawValue, "message": d.message,
            "line": d.start.line, "column": d.start.column, "endLine": d.end.line, "endColumn": d.end.column,
        ]
        if let h = d.help { o["help"] = h }
        if let fix = d.fix, let p = d.fixPositions {
            o["fix"] = ["replacement": fix.replacement, "line": p.0.line, "column": p.0.column,
                        "endLine": p.1.line, "endColumn": p.1.column] as [String: Any]
        }
        return o
    }

    public static func serialize(_ v: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: v, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
              let s = String(data: data, encoding: .utf8) else { return "{}" }
        return s
    }
}
