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
        w.append(Prefix.rule); w.string(d.rule)
        w.append(Prefix.category); w.category(of: d.rule)
        w.append(Prefix.severity)
        switch d.severity {
        case .suggestion: w.append(Prefix.suggestion)
        case .warning: w.append(Prefix.warning)
        case .error: w.append(Prefix.error)
        }
        w.append(Prefix.message); w.string(d.message)
        w.append(Prefix.line); w.int(d.start.line)
        w.append(Prefix.column); w.int(d.start.column)
        w.append(Prefix.endLine); w.int(d.end.line)
        w.append(Prefix.endColumn); w.int(d.end.column)
        if let h = d.help { w.append(Prefix.help); w.string(h) }
        if let s = d.story { w.append(Prefix.story); w.string(s) }
        if !d.related.isEmpty {
            w.append(Prefix.related)
            for (k, r) in d.related.enumerated() {
                w.raw(k == 0 ? "\n" : ",\n"); w.pad(6)
                w.append(Prefix.relatedMessage); w.string(r.message)
                w.append(Prefix.relatedLine); w.int(r.start.line)
                w.append(Prefix.relatedColumn); w.int(r.start.column)
                w.append(Prefix.relatedEndLine); w.int(r.end.line)
                w.append(Prefix.relatedEndColumn); w.int(r.end.column)
                w.append(Prefix.relatedClose)
            }
            w.append(Prefix.relatedEnd)
        }
        if let fix = d.fix, let p = d.fixPositions {
            w.append(Prefix.fix); w.string(fix.replacement)
            w.append(Prefix.fixLine); w.int(p.0.line)
            w.append(Prefix.fixColumn); w.int(p.0.column)
            w.append(Prefix.fixEndLine); w.int(p.1.line)
            w.append(Prefix.fixEndColumn); w.int(p.1.column)
            w.append(Prefix.fixClose)
        }
        w.append(Prefix.close)
    }

    /// Everything between a diagnostic's values, made once: separators, indentation and keys.
    private enum Prefix {
        static func key(_ k: String, _ level: Int, first: Bool = false) -> [UInt8] {
            Array(((first ? "{\n" : ",\n") + String(repeating: "  ", count: level) + "\"" + k + "\": ").utf8)
        }
        static let rule = key("rule", 5, first: true)
        static let category = key("category", 5)
        static let severity = key("severity", 5)
        /// Each severity as its JSON string: escaping its name again for every finding cost two hundred
        /// instructions.
        static let suggestion = Array("\"suggestion\"".utf8)
        static let warning = Array("\"warning\"".utf8)
        static let error = Array("\"error\"".utf8)
        static let message = key("message", 5)
        static let line = key("line", 5)
        static let column = key("column", 5)
        static let endLine = key("endLine", 5)
        static let endColumn = key("endColumn", 5)
        static let help = key("help", 5)
        static let story = key("story", 5)
        static let fix = Array((",\n" + String(repeating: "  ", count: 5) + "\"fix\": {\n" + String(repeating: "  ", count: 6)
                                + "\"replacement\": ").utf8)
        static let fixLine = key("line", 6)
        static let fixColumn = key("column", 6)
        static let fixEndLine = key("endLine", 6)
        static let fixEndColumn = key("endColumn", 6)
        static let related = Array((",\n" + String(repeating: "  ", count: 5) + "\"related\": [").utf8)
        static let relatedMessage = key("message", 7, first: true)
        static let relatedLine = key("line", 7)
        static let relatedColumn = key("column", 7)
        static let relatedEndLine = key("endLine", 7)
        static let relatedEndColumn = key("endColumn", 7)
        static let relatedClose = Array(("\n" + String(repeating: "  ", count: 6) + "}").utf8)
        static let relatedEnd = Array(("\n" + String(repeating: "  ", count: 5) + "]").utf8)
        static let fixClose = Array(("\n" + String(repeating: "  ", count: 5) + "}").utf8)
        static let close = Array(("\n" + String(repeating: "  ", count: 4) + "}").utf8)
    }

    /// Serialises Foundation values (used by `rules` and `stats`, where key order is not a contract).
    public static func serialize(_ v: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: v, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
              let s = String(data: data, encoding: .utf8) else { return "{}" }
        return s
    }
}
