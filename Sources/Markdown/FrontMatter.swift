/// YAML front matter: not CommonMark, never prose. It is blanked (not removed) before parsing so cmark's
/// line numbers stay the file's line numbers.
public struct FrontMatter: Sendable {
    /// The YAML between the fences.
    public let yaml: String
    /// Byte range of the whole front matter, fences included.
    public let range: Range<Int>
    /// 1-based line of the first YAML line (the one after the opening fence).
    public let firstLine: Int

    /// Finds front matter: the file opens with a `---` line and a later `---` or `...` line closes it.
    static func find(in source: SourceFile) -> FrontMatter? {
        guard source.lineCount >= 2, isFence(source, line: 1, allowDots: false) else { return nil }
        for line in 2...source.lineCount where isFence(source, line: line, allowDots: true) {
            let yamlStart = source.lineStarts[1]
            let yamlEnd = source.lineStarts[line - 1]
            let end = line < source.lineCount ? source.lineStarts[line] : source.bytes.count
            return FrontMatter(yaml: source.text(yamlStart..<yamlEnd), range: 0..<end, firstLine: 2)
        }
        return nil
    }

    private static func isFence(_ source: SourceFile, line: Int, allowDots: Bool) -> Bool {
        let start = source.lineStarts[line - 1]
        var end = source.lineContentEnd(line)
        while end > start && (source.bytes[end - 1] == 0x20 || source.bytes[end - 1] == 0x09) { end -= 1 }
        guard end - start == 3 else { return false }
        let b = source.bytes[start..<end]
        return b.elementsEqual([0x2D, 0x2D, 0x2D]) || (allowDots && b.elementsEqual([0x2E, 0x2E, 0x2E]))
    }
}
