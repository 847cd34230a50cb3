import LintCore
import Markdown

/// The compiler-style text format: header, source line with gutter, caret underline, help.
public struct TextFormatter {
    public var color: Bool
    /// The terminal's width: a long source line is cut to a window around the span that fits it, so the
    /// carets stay under their words instead of wrapping. nil (a pipe, a file) keeps a wider window.
    public var columns: Int?
    public init(color: Bool, columns: Int? = nil) {
        self.color = color
        self.columns = columns
    }

    public func format(_ results: [FileResult]) -> String {
        results.map(file).joined() + Summary(results).line + "\n"
    }

    /// One file's findings (streamed by `prfaq lint` as each file is done).
    public func file(_ r: FileResult) -> String { String(decoding: fileChunks(r).joined(), as: UTF8.self) }

    /// The same as UTF-8 in pieces of about `chunkBytes`, written out one after another: whole, a file
    /// with 100,000 findings held its text twice over (a string, then its bytes), plus the room a growing
    /// string leaves.
    public func fileChunks(_ r: FileResult, chunkBytes: Int = 512 * 1024) -> [[UInt8]] {
        guard r.error == nil, let src = r.source else { return [] }
        var chunks = [[UInt8]]()
        var out = ""
        // Findings come sorted, so those on one line are neighbours: the line is read once for all of
        // them, not once each (10,000 findings on one long line made the text output quadratic).
        var lineNo = 0
        var line = [Unicode.Scalar]()
        for d in r.diagnostics {
            if d.start.line != lineNo {
                lineNo = d.start.line
                line = src.lineText(lineNo).unicodeScalars.map { $0 == "\t" ? " " : Self.visible($0) }
            }
            out += diagnostic(d, path: r.path, line: line) {
                src.lineText($0).unicodeScalars.map { $0 == "\t" ? " " : Self.visible($0) }
            }
            if out.utf8.count >= chunkBytes {
                chunks.append(Array(out.utf8))
                out = ""
            }
        }
        if !out.isEmpty { chunks.append(Array(out.utf8)) }
        return chunks
    }

    /// Scalars of a source line shown at most, and how many of them before the span.
    static let maxExcerpt = 200
    static let excerptLead = 60

    /// One finding; `full` is its start line as shown: tabs as spaces, control characters as pictures.
    /// `lineText` gives another line as shown, for the notes of a finding that points at a second place.
    func diagnostic(_ d: Diagnostic, path: String, line full: [Unicode.Scalar],
                    lineText: (Int) -> [Unicode.Scalar] = { _ in [] }) -> String {
        let colour = d.severity == .error ? "1;31" : d.severity == .warning ? "1;33" : "1;36"
        let sev = paint(d.severity.rawValue, colour)
        var s = "\(paint("\(Self.visible(path)):\(d.start.line):\(d.start.column):", "1")) \(sev): \(Self.visible(d.message)) \(paint("[\(d.rule)]", "2"))\n"
        let gutter = String(repeating: " ", count: max(String(d.start.line).count, 5))
        s += excerpt(full, start: d.start, end: d.end, gutter: gutter, colour: colour)
        if let help = d.help { s += "\(gutter) = \(paint("help:", "1")) \(Self.visible(help))\n" }
        if let fix = d.fix {
            let what = fix.replacement.isEmpty ? "delete it" : "replace with \"\(fix.replacement)\""
            s += "\(gutter) = \(paint("fix:", "1")) \(what) (prfaq lint --fix)\n"
        }
        // The other place, as clang shows it: a note with its own line and carets.
        for r in d.related {
            s += "\(paint("\(Self.visible(path)):\(r.start.line):\(r.start.column):", "1")) \(paint("note", "1;32")): \(Self.visible(r.message))\n"
            let noteGutter = String(repeating: " ", count: max(String(r.start.line).count, 5))
            s += excerpt(r.start.line == d.start.line ? full : lineText(r.start.line), start: r.start, end: r.end,
                         gutter: noteGutter, colour: "1;32")
        }
        return s
    }

    /// The source line with its gutter and the carets under the span.
    private func excerpt(_ full: [Unicode.Scalar], start: Position, end: Position, gutter: String, colour: String) -> String {
        let lineNo = String(start.line)
        let startCol = start.column
        let endCol = end.line == start.line ? max(end.column, startCol + 1) : full.count + 1
        // Long lines show a window around the span (as rustc does): N findings on a 1 MB line must not
        // print N megabytes.
        // On a terminal the window is what fits beside the gutter, with room for the two ellipses.
        let window = columns.map { max(20, min(Self.maxExcerpt, $0 - gutter.count - 3 - 2)) } ?? Self.maxExcerpt
        let lead = min(Self.excerptLead, window / 3)
        var from = 0, to = full.count
        if full.count > window {
            from = max(0, min(startCol - 1 - lead, full.count - window))
            to = min(full.count, from + window)
        }
        var shown = String.UnicodeScalarView()
        if from > 0 { shown.append("…") }
        shown.append(contentsOf: full[from..<to])
        if to < full.count { shown.append("…") }
        var s = "\(String(repeating: " ", count: gutter.count - lineNo.count))\(lineNo) | \(String(shown))\n"
        // Pad with the display width of what precedes the span, so carets line up under wide characters.
        var pad = from > 0 ? " " : ""
        for i in from..<max(from, min(startCol - 1, to)) { pad += Self.width(full[i]) == 2 ? "  " : (Self.width(full[i]) == 0 ? "" : " ") }
        var mark = ""
        for i in (startCol - 1)..<max(startCol, min(endCol - 1, to)) {
            let w = i < full.count ? max(Self.width(full[i]), 0) : 1
            mark += String(repeating: mark.isEmpty ? "^" : "~", count: 1) + String(repeating: "~", count: max(w - 1, 0))
        }
        if mark.isEmpty { mark = "^" }
        s += "\(gutter) | \(pad)\(paint(mark, colour))\n"
        return s
    }

    /// A control character from a draft or a file name never reaches the terminal raw: an ESC in a draft
    /// could erase its own findings. C0 controls show as their Unicode pictures (ESC as ␛, U+241B), DEL as
    /// ␡ and C1 controls as U+FFFD; each stays one column wide, so carets keep their place.
    static func visible(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x20 { return Unicode.Scalar(0x2400 + v) ?? s }
        if v == 0x7F { return "\u{2421}" }
        if v >= 0x80 && v <= 0x9F { return "\u{FFFD}" }
        return s
    }

    static func visible(_ s: String) -> String {
        // Most text has no control character: the bytes say so without building anything.
        var plain = true
        var previous: UInt8 = 0
        for b in s.utf8 {
            if b < 0x20 || b == 0x7F || (previous == 0xC2 && b >= 0x80 && b <= 0x9F) { plain = false; break }
            previous = b
        }
        if plain { return s }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s.unicodeScalars.map { visible($0) })
        return String(out)
    }

    private func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

    /// Terminal columns a scalar takes: 0 for combining marks and joiners, 2 for wide ones (CJK, emoji).
    static func width(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v == 0x200D || (v >= 0xFE00 && v <= 0xFE0F) { return 0 }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (v >= 0x1100 && v <= 0x115F) || (v >= 0x2E80 && v <= 0xA4CF) || (v >= 0xAC00 && v <= 0xD7A3) ||
            (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFE30 && v <= 0xFE4F) || (v >= 0xFF00 && v <= 0xFF60) ||
            (v >= 0xFFE0 && v <= 0xFFE6) || (v >= 0x1F300 && v <= 0x1FAFF) || (v >= 0x20000 && v <= 0x3FFFD) {
            return 2
        }
        return 1
    }
}
