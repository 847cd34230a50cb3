import DraftAnatomy
import Foundation
import Markdown

/// Inline suppression read from HTML comments in the draft:
/// `<!-- prfaq-disable [RULE …] -->`, `<!-- prfaq-enable [RULE …] -->`, `<!-- prfaq-disable-next-line [RULE …] -->`,
/// and, as ESLint users expect, `<!-- prfaq-disable-line [RULE …] -->` for findings on the comment's own line
/// (what the editor's "disable for this line" inserts: a comment at the end of the line leaves the
/// paragraph whole, where a comment line above it would split it).
struct Directives {
    enum Kind { case disable, enable, disableNextLine, disableLine }
    struct Directive {
        let kind: Kind
        /// Empty means every rule.
        let rules: [String]
        let line: Int
        /// For disable-next-line: the line it covers.
        var target: Int
        let range: Range<Int>
        /// Byte range of each named rule id inside the comment.
        let ruleRanges: [Range<Int>]
    }

    private(set) var items: [Directive] = []
    /// Lookups built once, so each finding costs a hash lookup and two binary searches, however many
    /// comments the draft has.
    private var byTargetLine: [Int: [Int]] = [:]
    private var bySameLine: [Int: [Int]] = [:]
    /// disable/enable events per rule id ("" for every rule), in document order.
    private var events: [String: [(line: Int, index: Int)]] = [:]

    /// Whether "<!--" occurs anywhere: memchr to each "<", then three bytes compared.
    static func hasComment(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return false }
            var p = 0
            while p + 4 <= buf.count, let hit = memchr(base + p, 0x3C, buf.count - p) {
                p = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if p + 4 <= buf.count, buf[p + 1] == 0x21, buf[p + 2] == 0x2D, buf[p + 3] == 0x2D { return true }
                p += 1
            }
            return false
        }
    }

    init(draft: Draft) {
        let doc = draft.document
        let src = doc.source
        // Most drafts have no comment at all: then there is nothing to read and no code to map.
        guard Self.hasComment(src.bytes) else { return }
        var excluded = [Range<Int>]()
        for b in doc.blocks where b.kind == .codeBlock { excluded.append(b.range) }
        for u in draft.units {
            // The scalars read out once, not each through a search for its run.
            let prose = u.prose
            let opaque = prose.withScalars { s in s.indices.filter { s[$0] == Prose.opaque } }
            for i in opaque {
                let r = prose.starts[i]..<prose.ends[i]
                if r.lowerBound < src.bytes.count && src.bytes[r.lowerBound] == 0x60 { excluded.append(r) }
            }
        }
        if let fm = doc.frontMatter { excluded.append(fm.range) }
        excluded.sort { $0.lowerBound < $1.lowerBound }
        // Code never holds directives; ranges do not overlap, so the last one starting at or before p decides.
        func isExcluded(_ p: Int) -> Bool {
            var lo = 0, hi = excluded.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if excluded[mid].lowerBound <= p { lo = mid + 1 } else { hi = mid }
            }
            return lo > 0 && excluded[lo - 1].contains(p)
        }
        let bytes = src.bytes
        let open: [UInt8] = Array("<!--".utf8)
        var p = 0
        while p + 4 <= bytes.count {
            // Jump to the next "<" (memchr), then look for the rest of "<!--".
            guard let lt = bytes.withUnsafeBufferPointer({ buf in
                buf.baseAddress.flatMap { base in memchr(base + p, 0x3C, buf.count - p).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } }
            }) else { break }
            p = lt
            guard p + 4 <= bytes.count, bytes[p..<(p + 4)].elementsEqual(open) else { p += 1; continue }
            var q = p + 4
            while q + 3 <= bytes.count && !(bytes[q] == 0x2D && bytes[q + 1] == 0x2D && bytes[q + 2] == 0x3E) { q += 1 }
            let end = min(q + 3, bytes.count)
            defer { p = end }
            if isExcluded(p) { continue }
            // Words of the comment with their byte ranges: the directive, then rule ids.
            var words = [(String, Range<Int>)]()
            var w = p + 4
            let stop = min(q, bytes.count)
            while w < stop {
                while w < stop, [0x20, 0x0A, 0x09, 0x0D, 0x2C].contains(bytes[w]) { w += 1 }
                let start = w
                while w < stop, ![0x20, 0x0A, 0x09, 0x0D, 0x2C].contains(bytes[w]) { w += 1 }
                if w > start { words.append((src.text(start..<w), start..<w)) }
            }
            guard let head = words.first?.0 else { continue }
            let kind: Kind
            switch head {
            case "prfaq-disable": kind = .disable
            case "prfaq-enable": kind = .enable
            case "prfaq-disable-next-line": kind = .disableNextLine
            case "prfaq-disable-line": kind = .disableLine
            default: continue
            }
            let line = src.line(ofByte: p)
            let endLine = src.line(ofByte: max(p, end - 1))
            items.append(Directive(kind: kind, rules: words.dropFirst().map(\.0), line: line,
                                   target: Self.nextNonBlankLine(after: endLine, in: src), range: p..<end,
                                   ruleRanges: words.dropFirst().map(\.1)))
        }
        for (i, d) in items.enumerated() {
            switch d.kind {
            case .disableNextLine: byTargetLine[d.target, default: []].append(i)
            case .disableLine: bySameLine[d.line, default: []].append(i)
            case .disable, .enable:
                for key in d.rules.isEmpty ? [""] : d.rules { events[key, default: []].append((d.line, i)) }
            }
        }
    }

    private static func nextNonBlankLine(after line: Int, in src: SourceFile) -> Int {
        var l = line + 1
        while l <= src.lineCount && src.lineText(l).allSatisfy({ $0 == " " || $0 == "\t" }) { l += 1 }
        return l
    }

    /// Every rule id named in a directive, with where it is written.
    var namedRules: [(id: String, range: Range<Int>)] {
        items.flatMap { d in zip(d.rules, d.ruleRanges).map { ($0, $1) } }
    }

    /// The directive that silences a finding of `rule` on `line`, if any: a next-line or same-line comment
    /// for it, or else the last disable/enable before it that names it (or every rule), when that is a disable.
    func suppressor(rule: String, line: Int) -> Int? {
        // Most drafts have no directive: every finding asked four tables and built a list to learn that.
        guard !items.isEmpty else { return nil }
        let applies = { (i: Int) in self.items[i].rules.isEmpty || self.items[i].rules.contains(rule) }
        if let i = byTargetLine[line]?.first(where: applies) { return i }
        if let i = bySameLine[line]?.first(where: applies) { return i }
        let named = events[rule].flatMap { Self.last(in: $0, atOrBefore: line) }
        let every = events[""].flatMap { Self.last(in: $0, atOrBefore: line) }
        let i = max(named ?? -1, every ?? -1)
        guard i >= 0, items[i].kind == .disable else { return nil }
        return i
    }

    /// Index of the last event on or before `line` (events are sorted by line).
    private static func last(in list: [(line: Int, index: Int)], atOrBefore line: Int) -> Int? {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].line <= line { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? list[lo - 1].index : nil
    }

    func suppresses(rule: String, line: Int) -> Bool { suppressor(rule: rule, line: line) != nil }
}
