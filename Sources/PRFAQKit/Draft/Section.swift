/// A heading and what it governs. Section 0 is the preamble before the first heading (level 0).
public struct Section: Sendable {
    /// Unit index of the heading; nil for the preamble.
    public let heading: Int?
    public let level: Int
    public let title: String
    /// Lower-case title without numbering or trailing punctuation ("2. Internal FAQ:" → "internal faq").
    public let key: String
    public let parent: Int?
    /// Units directly under the heading, up to the next heading of any level.
    public internal(set) var ownUnits: Range<Int>
    /// Units up to the next heading of the same or a higher level (subsections included).
    public internal(set) var allUnits: Range<Int>

    /// Normalises a heading for matching against the names drafts use.
    static func key(for title: String) -> String {
        var s = Substring(String(title.lowercased().map { $0 == "’" ? "'" : $0 }))
        // Leading numbering: "1.", "2)", "IV.", "A.", "Part 3:".
        if s.hasPrefix("part ") { s = s.dropFirst(5) }
        let numbering = s.prefix { $0.isNumber || $0 == "." || $0 == ")" || $0 == " " }
        if !numbering.isEmpty && numbering.contains(where: { $0.isNumber }) { s = s.dropFirst(numbering.count) }
        if s.count > 2, let first = s.first, first.isLetter, s.dropFirst().first == "." || s.dropFirst().first == ")",
           s.dropFirst(2).first == " " { s = s.dropFirst(3) }
        var out = ""
        var lastSpace = true
        for ch in s {
            if ch.isLetter || ch.isNumber || ch == "&" || ch == "/" || ch == "'" || ch == "?" {
                out.append(ch); lastSpace = false
            } else if !lastSpace {
                out.append(" "); lastSpace = true
            }
        }
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }
}
