/// A heading and what it governs. Section 0 is the preamble before the first heading (level 0).
public struct Section: Sendable {
    public let title: String
    /// Lower-case title without numbering or trailing punctuation ("2. Internal FAQ:" → "internal faq").
    public let key: String
    // Indices in 32 bits, -1 for none: a draft of a million headings holds a million sections.
    private let headingIndex: Int32
    private let depth: Int32
    private let parentIndex: Int32
    private var own: (Int32, Int32)
    private var all: (Int32, Int32)

    init(heading: Int?, level: Int, title: String, key: String, parent: Int?, ownUnits: Range<Int>, allUnits: Range<Int>) {
        self.title = title
        self.key = key
        self.headingIndex = heading.map { Int32(truncatingIfNeeded: $0) } ?? -1
        self.depth = Int32(truncatingIfNeeded: level)
        self.parentIndex = parent.map { Int32(truncatingIfNeeded: $0) } ?? -1
        self.own = (0, 0)
        self.all = (0, 0)
        self.ownUnits = ownUnits
        self.allUnits = allUnits
    }

    /// Unit index of the heading; nil for the preamble.
    public var heading: Int? { headingIndex < 0 ? nil : Int(headingIndex) }
    public var level: Int { Int(depth) }
    public var parent: Int? { parentIndex < 0 ? nil : Int(parentIndex) }
    /// Units directly under the heading, up to the next heading of any level.
    public internal(set) var ownUnits: Range<Int> {
        get { Int(own.0)..<Int(own.1) }
        set { own = (Int32(truncatingIfNeeded: newValue.lowerBound), Int32(truncatingIfNeeded: newValue.upperBound)) }
    }
    /// Units up to the next heading of the same or a higher level (subsections included).
    public internal(set) var allUnits: Range<Int> {
        get { Int(all.0)..<Int(all.1) }
        set { all = (Int32(truncatingIfNeeded: newValue.lowerBound), Int32(truncatingIfNeeded: newValue.upperBound)) }
    }

    /// Normalises a heading for matching against the names drafts use.
    package static func key(for title: String) -> String { asciiKey(title) ?? characterKey(title) }

    /// The general path, Character by Character.
    static func characterKey(_ title: String) -> String {
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

    /// Each ASCII byte as a key keeps it (a letter lowered; digits and "&", "/", "'", "?" as they are), or
    /// 0 for one that separates words: one read a byte where the tests were a branch apiece.
    static let keyBytes: [UInt8] = (0..<128).map { (b: Int) -> UInt8 in
        let c = UInt8(b)
        if c >= 0x41 && c <= 0x5A { return c + 32 }
        let kept = (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x26 || c == 0x2F || c == 0x27 || c == 0x3F
        return kept ? c : 0
    }

    /// The same key for a plain-ASCII title, on bytes: Characters cost a grapheme break each, and the
    /// anatomy asks for the keys of many units. nil sends other titles down the Character path.
    static func asciiKey(_ title: String) -> String? {
        // One read of the title's own bytes, lower-cased as they are read, and the key written straight
        // into the String's storage: two arrays and an append a byte were most of what a key cost.
        return title.withBytes { src -> String? in
            for c in src where c >= 0x80 || c == 0x0D { return nil }
            let n = src.count
            // Plain functions, not closures: a closure over `src`, used inside the stack buffer's closure
            // below, was boxed on the heap for every key.
            func lower(_ k: Int) -> UInt8 { let c = src[k]; return c >= 0x41 && c <= 0x5A ? c + 32 : c }
            func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
            func isLetter(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
            var i = 0
            if n >= 5, lower(0) == 0x70, lower(1) == 0x61, lower(2) == 0x72, lower(3) == 0x74, src[4] == 0x20 { i = 5 }
            var j = i, digits = false
            while j < n, isDigit(src[j]) || src[j] == 0x2E || src[j] == 0x29 || src[j] == 0x20 {
                if isDigit(src[j]) { digits = true }
                j += 1
            }
            if digits { i = j }
            if n - i > 2, isLetter(lower(i)), src[i + 1] == 0x2E || src[i + 1] == 0x29, src[i + 2] == 0x20 { i += 3 }
            // Written on the stack and made a String once: a String's own uninitialized storage is checked
            // and repaired as UTF-8 afterwards, which cost more than the key.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n - i) { out -> String in
                var count = 0, lastSpace = true
                let kept = Self.keyBytes
                for k in i..<n {
                    let c = kept[Int(src[k])]
                    if c != 0 {
                        out[count] = c; count += 1; lastSpace = false
                    } else if !lastSpace {
                        out[count] = 0x20; count += 1; lastSpace = true
                    }
                }
                while count > 0 && out[count - 1] == 0x20 { count -= 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: out[0..<count]), as: UTF8.self)
            }
        }
    }
}
