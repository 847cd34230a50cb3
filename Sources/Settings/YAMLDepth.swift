/// Yams composes YAML recursively, so a document nested thousands of levels deep (`[[[[…`) overflows the
/// stack. Configurations and rule packs are shallow; anything nested past `limit` is refused before
/// composing, with an error that names the file and line.
///
/// The scan reads YAML's own lexical rules, so nothing can hide nesting from it: a comment starts at a
/// `#` after a space or at a line's start and runs to the line's end (a quote inside it opens nothing);
/// a quoted scalar starts only where a scalar can start (after `: `, `- `, `[`, `{`, `,` or at the
/// line's start; "it's" opens nothing), a double-quoted one honours `\"`, and both may span lines.
enum YAMLDepth {
    static let limit = 64

    /// The 1-based line where nesting first exceeds the limit, or nil.
    static func tooDeep(_ text: String, limit: Int = limit) -> Int? {
        var depth = 0, line = 1
        var quote: UInt8? = nil
        var escaped = false, comment = false
        var lineStart = true, dashes = 0, indent = 0
        // The byte just before, and the last one that was not a space or a tab.
        var before: UInt8 = 0x0A, lastSolid: UInt8 = 0x0A
        for b in text.utf8 {
            defer { before = b }
            if b == 0x0A {
                line += 1; lineStart = true; dashes = 0; indent = 0; comment = false
                if quote == nil { lastSolid = 0x0A }
                continue
            }
            if comment { continue }
            if let q = quote {
                if escaped { escaped = false } else if q == 0x22 && b == 0x5C { escaped = true } else if b == q { quote = nil; lastSolid = b }
                continue
            }
            let blank = b == 0x20 || b == 0x09
            defer { if !blank { lastSolid = b } }
            switch b {
            case 0x23 where before == 0x0A || before == 0x20 || before == 0x09:
                comment = true
            case 0x22, 0x27:
                if Self.scalarStarts.contains(lastSolid) { quote = b }
                lineStart = false
            case 0x5B, 0x7B:
                depth += 1
                if depth > limit { return line }
                lineStart = false
            case 0x5D, 0x7D: depth = max(0, depth - 1); lineStart = false
            case 0x2D where lineStart:
                // "- - - - x": each dash opens a nested block sequence.
                dashes += 1
                if dashes > limit { return line }
            case 0x20 where lineStart:
                indent += 1
                if indent > 4 * limit { return line }
            default:
                if !blank { lineStart = false }
            }
        }
        return nil
    }

    /// Bytes after which (spaces aside) a quoted scalar can begin.
    static let scalarStarts: Set<UInt8> = [0x0A, 0x3A, 0x2D, 0x5B, 0x7B, 0x2C, 0x3F]
}
