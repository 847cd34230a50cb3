/// Yams composes YAML recursively, so a document nested thousands of levels deep (`[[[[…`) overflows the
/// stack. Configurations and rule packs are shallow; anything nested past `limit` is refused before
/// composing, with an error that names the file and line.
enum YAMLDepth {
    static let limit = 64

    /// The 1-based line where nesting first exceeds the limit, or nil.
    static func tooDeep(_ text: String, limit: Int = limit) -> Int? {
        var depth = 0, line = 1
        var quote: UInt8? = nil
        var lineStart = true, dashes = 0, indent = 0
        for b in text.utf8 {
            if b == 0x0A {
                line += 1; lineStart = true; dashes = 0; indent = 0
                if quote == 0x27 { quote = nil }  // single-quoted scalars do not span lines here
                continue
            }
            if let q = quote {
                if b == q { quote = nil }
                continue
            }
            switch b {
            case 0x22, 0x27: quote = b; lineStart = false
            case 0x5B, 0x7B:
                depth += 1
                if depth > limit { return line }
                lineStart = false
            case 0x5D, 0x7D: depth = max(0, depth - 1); lineStart = false
            case 0x23 where lineStart: lineStart = false  // a comment line
            case 0x2D where lineStart:
                // "- - - - x": each dash opens a nested block sequence.
                dashes += 1
                if dashes > limit { return line }
            case 0x20 where lineStart:
                indent += 1
                if indent > 4 * limit { return line }
            default:
                lineStart = false
            }
        }
        return nil
    }
}
