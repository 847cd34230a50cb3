/// Maps cmark's inline literals back onto the block's source bytes.
///
/// cmark 0.30 gives inline positions that drift (tabs in continuation lines, autolinks) and literals that
/// differ from the source (entities and escapes decoded), so positions are taken from the source: each
/// literal is matched against the bytes at cmark's hint, else at the first place after the cursor where
/// it matches, escapes and entities included. The cursor only moves forward, which keeps this linear.
struct ProseAligner {
    let bytes: [UInt8]
    var cursor: Int
    let limit: Int
    var prose: ProseWriter

    /// Aligns against the storage's source, which the prose of plain ASCII is read back from.
    init(start: Int, limit: Int, storage: ProseStorage) {
        self.bytes = storage.source
        self.cursor = start
        self.limit = min(limit, bytes.count)
        self.prose = ProseWriter(storage: storage)
    }

    // MARK: text

    mutating func appendText(_ literal: [UInt8], hint: Int?) {
        guard !literal.isEmpty else { return }
        if let h = hint, h >= cursor, h < limit, tryMatch(literal, at: h) { return }
        var p = cursor
        let first = literal[0]
        while p < limit {
            let b = bytes[p]
            if b == first || b == 0x5C || b == 0x26, tryMatch(literal, at: p) { return }
            p += 1
        }
        appendUnaligned(literal)
    }

    /// Matches the whole literal contiguously at `p`; on success records every scalar and moves the cursor.
    private mutating func tryMatch(_ lit: [UInt8], at p: Int) -> Bool {
        let mark = prose.count
        var q = p
        var i = 0
        while i < lit.count {
            guard q < limit else { prose.truncate(to: mark); return false }
            let b = bytes[q]
            // Plain ASCII that matches byte for byte, nearly all prose, needs none of the checks below:
            // measure the run, then append it in one go.
            if b == lit[i] && b < 0x80 && b != 0x5C && b != 0x26 {
                let n = bytes.withUnsafeBufferPointer { src in
                    lit.withUnsafeBufferPointer { l in Self.plainRun(src, q + 1, l, i + 1, limit) }
                }
                let e = q + 1 + n, j = i + 1 + n
                prose.appendASCII(q..<e)
                q = e; i = j
                continue
            }
            let len = Self.scalarLength(lit[i])
            if b == 0x5C, q + 1 < limit, Self.isASCIIPunctuation(bytes[q + 1]), lit[i] == bytes[q + 1], len == 1 {
                prose.append(Unicode.Scalar(lit[i]), q, q + 2)
                q += 2; i += 1
                continue
            }
            if b == 0x26, let e = entityEnd(at: q) {
                let width = e - q
                if i + width <= lit.count, lit[i..<(i + width)].elementsEqual(bytes[q..<e]) {
                    for k in 0..<width { prose.append(Unicode.Scalar(lit[i + k]), q + k, q + k + 1) }
                    q = e; i += width
                } else {
                    prose.append(Self.decodeScalar(lit, i, len), q, e)
                    q = e; i += len
                }
                continue
            }
            if q + len <= limit && bytes[q..<(q + len)].elementsEqual(lit[i..<(i + len)]) {
                prose.append(Self.decodeScalar(lit, i, len), q, q + len)
                q += len; i += len
                continue
            }
            prose.truncate(to: mark)
            return false
        }
        cursor = q
        return true
    }

    /// How many bytes from `src[e]` and `l[j]` on (short of `limit` in the source) agree and are plain
    /// ASCII, no backslash or ampersand: eight at a time while they last, then byte by byte. This reads
    /// every byte of prose; a byte at a time it was the largest part of building the tree.
    static func plainRun(_ src: UnsafeBufferPointer<UInt8>, _ e: Int, _ l: UnsafeBufferPointer<UInt8>, _ j: Int,
                         _ limit: Int) -> Int {
        guard let s = src.baseAddress, let t = l.baseAddress else { return 0 }
        let room = min(l.count - j, limit - e)
        var k = 0
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        while k + 8 <= room {
            let a = UnsafeRawPointer(s + e + k).loadUnaligned(as: UInt64.self)
            let b = UnsafeRawPointer(t + j + k).loadUnaligned(as: UInt64.self)
            // A byte that differs, is past ASCII, or is a backslash or an ampersand (a zero byte after
            // the XOR, found by the borrow into its high bit) ends the fast part.
            let slash = a ^ (ones &* 0x5C), amp = a ^ (ones &* 0x26)
            let zero = ((slash &- ones) & ~slash | (amp &- ones) & ~amp) & high
            guard a == b, a & high == 0, zero == 0 else { break }
            k += 8
        }
        while k < room {
            let c = s[e + k]
            guard c == t[j + k], c < 0x80, c != 0x5C, c != 0x26 else { break }
            k += 1
        }
        return k
    }

    /// Last resort when the literal cannot be found: keep the text, pinned at the cursor, so rules
    /// still see it; its spans are then approximate rather than wrong by a whole line.
    private mutating func appendUnaligned(_ lit: [UInt8]) {
        var i = 0
        while i < lit.count {
            let len = Self.scalarLength(lit[i])
            prose.append(Self.decodeScalar(lit, i, len), cursor, cursor)
            i += len
        }
    }

    // MARK: breaks and opaque inlines

    mutating func appendBreak() {
        let at = prose.lastEnd ?? cursor
        prose.append(" ", at, at)
    }

    /// A code span: the run of backticks that opens it through the matching closing run.
    mutating func appendCodeSpan(fallback: Range<Int>?) {
        var p = cursor
        while p < limit && bytes[p] != 0x60 { p += 1 }
        var n = 0
        while p + n < limit && bytes[p + n] == 0x60 { n += 1 }
        if n > 0 {
            var q = p + n
            while q < limit {
                if bytes[q] == 0x60 {
                    var m = 0
                    while q + m < limit && bytes[q + m] == 0x60 { m += 1 }
                    if m == n { appendOpaque(p..<(q + m)); return }
                    q += m
                } else {
                    q += 1
                }
            }
        }
        appendOpaque(fallback ?? cursor..<cursor)
    }

    /// Inline HTML reads as a space: `a<br>b` is two words, `<b>x</b>` is just `x`.
    mutating func appendInlineHTML(_ literal: [UInt8]) {
        let firstLine = Array(literal.prefix { $0 != 0x0A && $0 != 0x0D })
        guard let p = find(firstLine, from: cursor) else { return }
        var end = p + firstLine.count
        if firstLine.count < literal.count {
            var lastLine = Array(literal.reversed().prefix { $0 != 0x0A && $0 != 0x0D }.reversed())
            while let f = lastLine.first, f == 0x20 || f == 0x09 { lastLine.removeFirst() }
            if let q = find(lastLine, from: end) { end = q + lastLine.count }
        }
        prose.append(" ", p, p)
        cursor = end
    }

    /// `<scheme:...>` autolink; returns false when the link is not written that way.
    mutating func appendAutolink(text: [UInt8]) -> Bool {
        var p = cursor
        while p < limit && (bytes[p] == 0x20 || bytes[p] == 0x09) { p += 1 }
        guard p < limit, bytes[p] == 0x3C else { return false }
        var q = p + 1
        while q < limit && bytes[q] != 0x3E && bytes[q] != 0x0A { q += 1 }
        guard q < limit, bytes[q] == 0x3E else { return false }
        appendOpaque(p..<(q + 1))
        return true
    }

    /// `![alt](dest)`: opaque, alt text included (an image is not read as prose).
    mutating func appendImage(fallback: Range<Int>?) {
        var p = cursor
        while p + 1 < limit && !(bytes[p] == 0x21 && bytes[p + 1] == 0x5B) { p += 1 }
        guard p + 1 < limit else { appendOpaque(fallback ?? cursor..<cursor); return }
        cursor = p + 2
        var depth = 1
        var q = cursor
        while q < limit && depth > 0 {
            switch bytes[q] {
            case 0x5C: q += 1
            case 0x5B: depth += 1
            case 0x5D: depth -= 1
            default: break
            }
            q += 1
        }
        cursor = max(cursor, q - 1)
        let end = skipLinkTail()
        appendOpaque(p..<end)
    }

    /// After a link's text: skips `]` and the destination `(url "title")` or label `[ref]`, which are never prose.
    @discardableResult
    mutating func skipLinkTail() -> Int {
        var p = cursor
        while p < limit && bytes[p] != 0x5D { p += 1 }
        guard p < limit else { return cursor }
        p += 1
        if p < limit && bytes[p] == 0x28 {
            var depth = 1
            var q = p + 1
            var quote: UInt8? = nil
            while q < limit && depth > 0 {
                let b = bytes[q]
                if let qt = quote {
                    if b == 0x5C { q += 1 } else if b == qt { quote = nil }
                } else {
                    switch b {
                    case 0x5C: q += 1
                    case 0x22, 0x27: quote = b
                    case 0x28: depth += 1
                    case 0x29: depth -= 1
                    default: break
                    }
                }
                q += 1
            }
            p = min(q, limit)
        } else if p < limit && bytes[p] == 0x5B {
            var q = p + 1
            while q < limit && bytes[q] != 0x5D { q += (bytes[q] == 0x5C ? 2 : 1) }
            p = min(q + 1, limit)
        }
        cursor = p
        return p
    }

    private mutating func appendOpaque(_ r: Range<Int>) {
        prose.append(Prose.opaque, r.lowerBound, r.upperBound)
        cursor = max(cursor, r.upperBound)
    }

    // MARK: helpers

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first else { return nil }
        var p = start
        while p + needle.count <= limit {
            if bytes[p] == first && bytes[p..<(p + needle.count)].elementsEqual(needle) { return p }
            p += 1
        }
        return nil
    }

    /// End (exclusive) of an HTML entity at `q` in the forms cmark decodes, or nil.
    private func entityEnd(at q: Int) -> Int? {
        var p = q + 1
        guard p < limit else { return nil }
        if bytes[p] == 0x23 {
            p += 1
            let hex = p < limit && (bytes[p] == 0x78 || bytes[p] == 0x58)
            if hex { p += 1 }
            let start = p
            while p < limit && p - start < 8 && (Self.isDigit(bytes[p]) || (hex && Self.isHex(bytes[p]))) { p += 1 }
            guard p > start, p < limit, bytes[p] == 0x3B else { return nil }
            return p + 1
        }
        let start = p
        while p < limit && p - start < 32 && (Self.isAlpha(bytes[p]) || (p > start && Self.isDigit(bytes[p]))) { p += 1 }
        guard p - start >= 2, p < limit, bytes[p] == 0x3B else { return nil }
        return p + 1
    }

    static func scalarLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead >= 0xF0 { return 4 }
        if lead >= 0xE0 { return 3 }
        if lead >= 0xC0 { return 2 }
        return 1
    }

    static func decodeScalar(_ b: [UInt8], _ i: Int, _ len: Int) -> Unicode.Scalar {
        guard i + len <= b.count else { return "\u{FFFD}" }
        var v: UInt32
        switch len {
        case 1: v = UInt32(b[i])
        case 2: v = UInt32(b[i] & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
        case 3: v = UInt32(b[i] & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
        default: v = UInt32(b[i] & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
        }
        return Unicode.Scalar(v) ?? "\u{FFFD}"
    }

    static func isASCIIPunctuation(_ b: UInt8) -> Bool {
        (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
    }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66) }
    static func isAlpha(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
}
