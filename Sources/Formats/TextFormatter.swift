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
        var out = [UInt8]()
        out.reserveCapacity(min(chunkBytes, 1024 + r.diagnostics.count * 256))
        let path = Self.visible(r.path)
        // Findings come sorted, so those on one line are neighbours: the line is read once for all of
        // them, not once each (10,000 findings on one long line made the text output quadratic).
        var lineNo = 0
        var line = [Unicode.Scalar]()
        for d in r.diagnostics {
            if d.start.line != lineNo {
                lineNo = d.start.line
                line = Self.shown(src.lineText(lineNo))
            }
            diagnostic(d, path: path, line: line, into: &out) { Self.shown(src.lineText($0)) }
            if out.count >= chunkBytes {
                chunks.append(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        if !out.isEmpty { chunks.append(out) }
        return chunks
    }

    /// A source line as shown: tabs as spaces, control characters as pictures.
    static func shown(_ text: String) -> [Unicode.Scalar] {
        var out = [Unicode.Scalar]()
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars { out.append(c == "\t" ? " " : visible(c)) }
        return out
    }

    /// Scalars of a source line shown at most, and how many of them before the span.
    static let maxExcerpt = 200
    static let excerptLead = 60

    /// One finding; `full` is its start line as shown (see `shown`), `path` the file's name as shown.
    /// `lineText` gives another line as shown, for the notes of a finding that points at a second place.
    /// Written as bytes: building it as strings cost a quarter of a million instructions a finding.
    func diagnostic(_ d: Diagnostic, path: String, line full: [Unicode.Scalar], into out: inout [UInt8],
                    lineText: (Int) -> [Unicode.Scalar] = { _ in [] }) {
        let colour = d.severity == .error ? "1;31" : d.severity == .warning ? "1;33" : "1;36"
        location(path, d.start, into: &out)
        out.append(0x20)
        paint(d.severity.rawValue, colour, into: &out)
        out.append(contentsOf: ": ".utf8)
        out.append(contentsOf: Self.visible(d.message).utf8)
        out.append(0x20)
        paint("[\(d.rule)]", "2", into: &out)
        out.append(0x0A)
        let gutter = max(Self.digits(d.start.line), 5)
        excerpt(full, start: d.start, end: d.end, gutter: gutter, colour: colour, into: &out)
        if let help = d.help {
            Self.spaces(gutter, into: &out)
            out.append(contentsOf: " = ".utf8)
            paint("help:", "1", into: &out)
            out.append(0x20)
            out.append(contentsOf: Self.visible(help).utf8)
            out.append(0x0A)
        }
        if let fix = d.fix {
            Self.spaces(gutter, into: &out)
            out.append(contentsOf: " = ".utf8)
            paint("fix:", "1", into: &out)
            out.append(contentsOf: (fix.replacement.isEmpty ? " delete it" : " replace with \"\(fix.replacement)\"").utf8)
            out.append(contentsOf: " (prfaq lint --fix)\n".utf8)
        }
        // The other place, as clang shows it: a note with its own line and carets.
        for r in d.related {
            location(path, r.start, into: &out)
            out.append(0x20)
            paint("note", "1;32", into: &out)
            out.append(contentsOf: ": ".utf8)
            out.append(contentsOf: Self.visible(r.message).utf8)
            out.append(0x0A)
            excerpt(r.start.line == d.start.line ? full : lineText(r.start.line), start: r.start, end: r.end,
                    gutter: max(Self.digits(r.start.line), 5), colour: "1;32", into: &out)
        }
    }

    /// "path:line:column:", in bold when coloured.
    private func location(_ path: String, _ p: Position, into out: inout [UInt8]) {
        if color { out.append(contentsOf: "\u{1B}[1m".utf8) }
        out.append(contentsOf: path.utf8)
        out.append(0x3A)
        out.appendDecimal(p.line)
        out.append(0x3A)
        out.appendDecimal(p.column)
        out.append(0x3A)
        if color { out.append(contentsOf: "\u{1B}[0m".utf8) }
    }

    /// The source line with its gutter and the carets under the span.
    private func excerpt(_ full: [Unicode.Scalar], start: Position, end: Position, gutter: Int, colour: String,
                         into out: inout [UInt8]) {
        let startCol = start.column
        let endCol = end.line == start.line ? max(end.column, startCol + 1) : full.count + 1
        // Long lines show a window around the span (as rustc does): N findings on a 1 MB line must not
        // print N megabytes.
        // On a terminal the window is what fits beside the gutter, with room for the two ellipses.
        let window = columns.map { max(20, min(Self.maxExcerpt, $0 - gutter - 3 - 2)) } ?? Self.maxExcerpt
        let lead = min(Self.excerptLead, window / 3)
        var from = 0, to = full.count
        if full.count > window {
            from = max(0, min(startCol - 1 - lead, full.count - window))
            to = min(full.count, from + window)
        }
        Self.spaces(gutter - Self.digits(start.line), into: &out)
        out.appendDecimal(start.line)
        out.append(contentsOf: " | ".utf8)
        if from > 0 { Self.utf8("…", into: &out) }
        for i in from..<to { Self.utf8(full[i], into: &out) }
        if to < full.count { Self.utf8("…", into: &out) }
        out.append(0x0A)
        Self.spaces(gutter, into: &out)
        out.append(contentsOf: " | ".utf8)
        // Pad with the display width of what precedes the span, so carets line up under wide characters.
        if from > 0 { out.append(0x20) }
        for i in from..<max(from, min(startCol - 1, to)) { Self.spaces(Self.width(full[i]), into: &out) }
        if color { out.append(contentsOf: "\u{1B}[\(colour)m".utf8) }
        var marked = false
        for i in (startCol - 1)..<max(startCol, min(endCol - 1, to)) {
            let w = i < full.count ? max(Self.width(full[i]), 0) : 1
            out.append(marked ? 0x7E : 0x5E)
            marked = true
            for _ in 0..<max(w - 1, 0) { out.append(0x7E) }
        }
        if !marked { out.append(0x5E) }
        if color { out.append(contentsOf: "\u{1B}[0m".utf8) }
        out.append(0x0A)
    }

    private static func spaces(_ n: Int, into out: inout [UInt8]) {
        for _ in 0..<max(n, 0) { out.append(0x20) }
    }

    private static func digits(_ n: Int) -> Int {
        var n = n, d = 1
        if n < 0 { n = -n; d += 1 }
        while n >= 10 { n /= 10; d += 1 }
        return d
    }

    private static func utf8(_ s: Unicode.Scalar, into out: inout [UInt8]) {
        if s.isASCII { out.append(UInt8(truncatingIfNeeded: s.value)); return }
        UTF8.encode(s) { out.append($0) }
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

    private func paint(_ s: String, _ code: String, into out: inout [UInt8]) {
        if color { out.append(contentsOf: "\u{1B}[\(code)m".utf8) }
        out.append(contentsOf: s.utf8)
        if color { out.append(contentsOf: "\u{1B}[0m".utf8) }
    }

    /// Terminal columns a scalar takes: 0 for combining marks and joiners, 2 for wide ones (CJK, emoji).
    static func width(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        // Below the combining marks every scalar but the soft hyphen is one column: no property lookup.
        if v < 0x300 { return v == 0xAD ? 0 : 1 }
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
