import Foundation
import LintCore
import Text

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
        String(decoding: fileChunks(r, first: first).joined(), as: UTF8.self)
    }

    /// The file's object as UTF-8 bytes in pieces, written out one after another: a big draft's findings
    /// run to tens of megabytes, and joining the pieces held every byte twice (with the room a growing
    /// buffer leaves, up to four times).
    public func fileChunks(_ r: FileResult, first: Bool) -> [[UInt8]] {
        var chunks = [[UInt8]]()
        var w = JSONBytes(capacity: 512)
        w.raw(first ? "\n    " : ",\n    ")
        Self.write(r, &w, flushing: { done in chunks.append(done) })
        chunks.append(w.bytes)
        return chunks
    }

    public func footer(_ s: Summary) -> String {
        let summary = JSONValue.object([("files", .int(s.files)), ("errors", .int(s.errors)),
                                        ("warnings", .int(s.warnings)), ("suggestions", .int(s.suggestions))])
        return (s.files > 0 ? "\n  ]" : "]") + ",\n  \"summary\": " + summary.render(indent: 1) + "\n}\n"
    }

    /// One file's object at indentation level 2, the same text `JSONValue.render(indent: 2)` gave. The
    /// findings are rendered in slices; `flushing` takes what is written so far and each slice as they
    /// come, so the caller decides whether they are joined.
    static func write(_ r: FileResult, _ w: inout JSONBytes, flushing: ([UInt8]) -> Void) {
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
            let ds = r.diagnostics
            func write(_ range: Range<Int>, into part: inout JSONBytes) {
                // Each finding read in place: read from the array, each was copied, a retain and a release
                // of each of its strings.
                ds.withUnsafeBufferPointer { d in
                    for i in range {
                        part.pad(4)
                        Self.write(d[i], &part)
                        part.raw(i + 1 < d.count ? ",\n" : "\n")
                    }
                }
            }
            let render = { (range: Range<Int>) -> [UInt8] in
                var part = JSONBytes(capacity: range.count * 480)
                write(range, into: &part)
                return part.bytes
            }
            if ds.count < Parallel.findings {
                // Written where they go, with room made for them first: rendered apart and appended, each
                // finding's bytes were copied twice more.
                w.reserve(ds.count * 480)
                write(ds.indices, into: &w)
            } else {
                // A big draft's findings are rendered in slices on all cores, handed on in order.
                flushing(w.bytes)
                w = JSONBytes(capacity: 64)
                let n = Parallel.width
                for part in Parallel.map(n, { render((ds.count * $0 / n)..<(ds.count * ($0 + 1) / n)) }) { flushing(part) }
            }
            w.raw("      ]")
        }
        w.raw("\n    }")
    }

    /// One diagnostic's object at indentation level 4 (fields in the contract's order).
    private static func write(_ d: borrowing Diagnostic, _ w: inout JSONBytes) {
        w.raw(Prefix.rule); w.string(d.rule)
        w.raw(Prefix.category); w.category(of: d.rule)
        w.raw(Prefix.severity)
        switch d.severity {
        case .suggestion: w.raw(Prefix.suggestion)
        case .warning: w.raw(Prefix.warning)
        case .error: w.raw(Prefix.error)
        }
        w.raw(Prefix.message); w.string(d.message)
        w.raw(Prefix.line); w.int(d.start.line)
        w.raw(Prefix.column); w.int(d.start.column)
        w.raw(Prefix.endLine); w.int(d.end.line)
        w.raw(Prefix.endColumn); w.int(d.end.column)
        if let h = d.help { w.raw(Prefix.help); w.string(h) }
        if let s = d.story { w.raw(Prefix.story); w.string(s) }
        if !d.related.isEmpty {
            w.raw(Prefix.related)
            for (k, r) in d.related.enumerated() {
                w.raw(k == 0 ? "\n" : ",\n"); w.pad(6)
                w.raw(Prefix.relatedMessage); w.string(r.message)
                w.raw(Prefix.relatedLine); w.int(r.start.line)
                w.raw(Prefix.relatedColumn); w.int(r.start.column)
                w.raw(Prefix.relatedEndLine); w.int(r.end.line)
                w.raw(Prefix.relatedEndColumn); w.int(r.end.column)
                w.raw(Prefix.relatedClose)
            }
            w.raw(Prefix.relatedEnd)
        }
        if let fix = d.fix, let p = d.fixPositions {
            w.raw(Prefix.fix); w.string(fix.replacement)
            w.raw(Prefix.fixLine); w.int(p.0.line)
            w.raw(Prefix.fixColumn); w.int(p.0.column)
            w.raw(Prefix.fixEndLine); w.int(p.1.line)
            w.raw(Prefix.fixEndColumn); w.int(p.1.column)
            w.raw(Prefix.fixClose)
        }
        w.raw(Prefix.close)
    }

    /// Everything between a diagnostic's values: separators, indentation and keys, as literals in the
    /// binary (built at run time, each was a lazily made array, and every read of one asked whether it
    /// was made yet: a dozen times a finding). The severities are their JSON strings: escaping a name
    /// again for every finding cost two hundred instructions.
    private enum Prefix {
        static var rule: StaticString { "{\n          \"rule\": " }
        static var category: StaticString { ",\n          \"category\": " }
        static var severity: StaticString { ",\n          \"severity\": " }
        static var suggestion: StaticString { "\"suggestion\"" }
        static var warning: StaticString { "\"warning\"" }
        static var error: StaticString { "\"error\"" }
        static var message: StaticString { ",\n          \"message\": " }
        static var line: StaticString { ",\n          \"line\": " }
        static var column: StaticString { ",\n          \"column\": " }
        static var endLine: StaticString { ",\n          \"endLine\": " }
        static var endColumn: StaticString { ",\n          \"endColumn\": " }
        static var help: StaticString { ",\n          \"help\": " }
        static var story: StaticString { ",\n          \"story\": " }
        static var fix: StaticString { ",\n          \"fix\": {\n            \"replacement\": " }
        static var fixLine: StaticString { ",\n            \"line\": " }
        static var fixColumn: StaticString { ",\n            \"column\": " }
        static var fixEndLine: StaticString { ",\n            \"endLine\": " }
        static var fixEndColumn: StaticString { ",\n            \"endColumn\": " }
        static var related: StaticString { ",\n          \"related\": [" }
        static var relatedMessage: StaticString { "{\n              \"message\": " }
        static var relatedLine: StaticString { ",\n              \"line\": " }
        static var relatedColumn: StaticString { ",\n              \"column\": " }
        static var relatedEndLine: StaticString { ",\n              \"endLine\": " }
        static var relatedEndColumn: StaticString { ",\n              \"endColumn\": " }
        static var relatedClose: StaticString { "\n            }" }
        static var relatedEnd: StaticString { "\n          ]" }
        static var fixClose: StaticString { "\n          }" }
        static var close: StaticString { "\n        }" }
    }

    /// Serialises Foundation values (used by `rules` and `stats`, where key order is not a contract).
    public static func serialize(_ v: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: v, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
              let s = String(data: data, encoding: .utf8) else { return "{}" }
        return s
    }
}
