import DraftAnatomy
import LintCore
import Markdown

/// The draft rendered by cmark with every finding marked in place.
///
/// Before rendering, private-use characters (sentinels) go into a copy of the source at each finding's
/// byte range: U+E000 + id at the start and U+E001 at the end of an in-place finding, U+E002 + id for a
/// badge, where the id character is U+E100 + the finding's number. They are neither whitespace nor
/// punctuation, so cmark parses the draft as before; in its HTML they become `<mark>` and `<sup>` elements.
/// Draft text reaches the page only through cmark's escaped, safe-mode output.
public enum ReportMarkup {
    static let startMark: UInt32 = 0xE000
    static let endMark: UInt32 = 0xE001
    static let badgeMark: UInt32 = 0xE002
    static let idBase: UInt32 = 0xE100

    static func isPrivateUse(_ v: UInt32) -> Bool { v >= 0xE000 && v <= 0xF8FF }

    public struct Rendered {
        /// The draft as HTML, findings marked.
        public let html: String
        /// Where each finding ended up (by number), after any fallback.
        public let placements: [Int: ReportModel.Finding.Placement]
        /// How many times the whole draft went through cmark: the cost, bounded whatever the draft.
        public var renders = 1
    }

    /// Renders the draft, marking findings where the model placed them. When sentinels would change how
    /// cmark reads a block (a shortcut reference link whose label holds one, say), that block's findings
    /// become badges, or go to the panel, so the rendered draft is always exactly cmark's own rendering.
    public static func render(_ model: ReportModel, draft: Draft) -> Rendered {
        let bytes = draft.source.bytes
        let plain = HTMLRenderer.render(bytes)
        var placements = [Int: ReportModel.Finding.Placement]()
        for f in model.findings { placements[f.number] = f.placement }
        let byNumber = Dictionary(uniqueKeysWithValues: model.findings.map { ($0.number, $0) })

        // A draft that already holds private-use characters would confuse the sentinels: no marks then.
        if String(decoding: bytes, as: UTF8.self).unicodeScalars.contains(where: { isPrivateUse($0.value) }) {
            for k in placements.keys { placements[k] = .panel }
            return Rendered(html: plain, placements: placements)
        }

        // Each attempt renders the whole draft, so the search for blocks that need a safer place gets a
        // fixed number of them: the report stays linear in the draft however many findings and links
        // it holds. Blocks left when they run out show their findings in the panel.
        var rendersLeft = maxRenders
        func attempt(_ p: [Int: ReportModel.Finding.Placement]) -> String? {
            rendersLeft -= 1
            let html = HTMLRenderer.render(insert(into: bytes, placements: p, byNumber: byNumber, draft: draft))
            return strip(html) == plain ? html : nil
        }

        var html = attempt(placements)
        if html == nil {
            // Find the blocks whose sentinels change the parse and give their findings a safer place.
            var units = Set<Int>()
            for p in placements.values {
                switch p {
                case .inline(let u), .badge(let u): units.insert(u)
                case .panel: break
                }
            }
            func own(_ group: Set<Int>) -> [Int: ReportModel.Finding.Placement] {
                placements.filter {
                    switch $0.value {
                    case .inline(let u), .badge(let u): return group.contains(u)
                    case .panel: return false
                    }
                }
            }
            // Halving finds the few blocks at fault in a few renders each, not one render per block.
            var bad = [Int]()
            func search(_ group: ArraySlice<Int>) {
                guard rendersLeft > 0 else { return bad.append(contentsOf: group) }
                if attempt(own(Set(group))) != nil { return }
                guard group.count > 1 else { return bad.append(contentsOf: group) }
                let mid = group.startIndex + group.count / 2
                search(group[..<mid])
                search(group[mid...])
            }
            search(units.sorted()[...])
            for u in bad {
                let own = own([u])
                guard rendersLeft > own.count + 2 else {
                    for k in own.keys { placements[k] = .panel }
                    continue
                }
                // Keep in place each mark that is harmless on its own; the others become badges.
                var demoted = own
                for (k, v) in own where v == .inline(unit: u) && attempt([k: v]) == nil { demoted[k] = .badge(unit: u) }
                if attempt(demoted) == nil {
                    for (k, v) in own where v == .inline(unit: u) { demoted[k] = .badge(unit: u) }
                }
                let safe = attempt(demoted) != nil
                for (k, v) in own { placements[k] = safe ? (demoted[k] ?? v) : .panel }
            }
            html = attempt(placements)
            if html == nil {
                for k in placements.keys { placements[k] = .panel }
                html = plain
            }
        }
        return Rendered(html: rewrite(html ?? plain, byNumber: byNumber, placements: &placements), placements: placements,
                        renders: 1 + maxRenders - rendersLeft)
    }

    /// Renders of the whole draft one report may spend looking for safe places for its marks.
    static let maxRenders = 48

    // MARK: sentinels in the source

    /// A copy of the source with sentinels inserted. At one offset: an end first, then badges, then a start.
    static func insert(into bytes: [UInt8], placements: [Int: ReportModel.Finding.Placement],
                       byNumber: [Int: ReportModel.Finding], draft: Draft) -> [UInt8] {
        var ends = Set<Int>(), badges = [Int: [Int]](), starts = [Int: Int]()
        func boundary(_ at: Int) -> Bool { at >= 0 && at <= bytes.count && (at == bytes.count || bytes[at] & 0xC0 != 0x80) }
        // A finding that overlaps an earlier mark ("would" inside "I would") is a badge; placed where that
        // mark ends rather than at the paragraph's start, the margin notes keep the findings' order.
        let marks = placements.compactMap { n, p -> Range<Int>? in
            if case .inline = p { return byNumber[n]?.diagnostic.range } else { return nil }
        }
        func after(_ start: Int) -> Int? {
            marks.filter { $0.lowerBound <= start && start < $0.upperBound }.map(\.upperBound).max()
        }
        for (n, p) in placements.sorted(by: { $0.key < $1.key }) {
            guard let f = byNumber[n] else { continue }
            switch p {
            case .inline:
                let r = f.diagnostic.range
                guard boundary(r.lowerBound), boundary(r.upperBound) else { continue }
                starts[r.lowerBound] = n
                ends.insert(r.upperBound)
            case .badge(let u):
                guard u < draft.units.count, let first = draft.units[u].prose.starts.first else { continue }
                let at = after(f.diagnostic.range.lowerBound).flatMap { boundary($0) ? $0 : nil } ?? first
                guard boundary(at) else { continue }
                badges[at, default: []].append(n)
            case .panel:
                break
            }
        }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + 6 * placements.count)
        for i in 0...bytes.count {
            if ends.contains(i) { append(endMark, to: &out) }
            for n in badges[i] ?? [] {
                append(badgeMark, to: &out)
                append(idBase + UInt32(n), to: &out)
            }
            if let n = starts[i] {
                append(startMark, to: &out)
                append(idBase + UInt32(n), to: &out)
            }
            if i < bytes.count { out.append(bytes[i]) }
        }
        return out
    }

    static func append(_ v: UInt32, to out: inout [UInt8]) {
        guard let s = Unicode.Scalar(v) else { return }
        out.append(contentsOf: Array(String(s).utf8))
    }

    /// The HTML without sentinels (to compare with the plain rendering).
    static func strip(_ html: String) -> String {
        var v = String.UnicodeScalarView()
        for s in html.unicodeScalars where !isPrivateUse(s.value) { v.append(s) }
        return String(v)
    }

    // MARK: sentinels in the HTML

    static let inlineTags: Set<String> = ["a", "em", "strong", "code", "img", "br", "span", "sup", "sub", "del", "s", "mark"]

    /// Replaces sentinels with marks, references, badges and margin notes (see `MarkWriter`); findings
    /// whose sentinels did not survive into the HTML go to the panel.
    static func rewrite(_ html: String, byNumber: [Int: ReportModel.Finding],
                        placements: inout [Int: ReportModel.Finding.Placement]) -> String {
        var writer = MarkWriter(byNumber: byNumber, capacity: html.utf8.count + byNumber.count * 300)
        let s = Array(html.unicodeScalars)
        var i = 0
        while i < s.count {
            let v = s[i].value
            if s[i] == "<" {
                i = writer.tag(in: s, at: i)
            } else if v == startMark || v == badgeMark {
                writer.sentinel(v, id: i + 1 < s.count ? s[i + 1].value : 0)
                i += 2
            } else if v == endMark {
                writer.finish()
                i += 1
            } else {
                if !isPrivateUse(v) { writer.text(s[i]) }
                i += 1
            }
        }
        let (out, shown) = writer.close()
        for (n, p) in placements where p != .panel && !shown.contains(n) { placements[n] = .panel }
        return out
    }

    /// "warning: MESSAGE [RULE]", the hover text of a mark or badge.
    static func title(_ d: Diagnostic) -> String { "\(d.severity.rawValue): \(d.message) [\(d.rule)]" }

    /// The margin note beside a finding (decorative for assistive technology: the reference links to the
    /// full entry in the panel, and the mark's title carries the same text).
    static func note(_ f: ReportModel.Finding) -> String {
        let d = f.diagnostic
        return "<span class=\"note f-\(d.severity.rawValue)\" aria-hidden=\"true\"><span class=\"n\">\(f.number)</span> "
            + "<span class=\"sev\">\(d.severity.rawValue)</span> \(ReportHTML.escape(d.message))</span>"
    }

    /// Lower-case element name of a tag and whether it closes ("" for comments and declarations).
    static func tagName(_ tag: String) -> (String, Bool) {
        var it = tag.unicodeScalars.dropFirst()
        var closing = false
        if it.first == "/" { closing = true; it = it.dropFirst() }
        var name = ""
        for u in it {
            if (u >= "a" && u <= "z") || (u >= "A" && u <= "Z") || (u >= "0" && u <= "9") { name.unicodeScalars.append(u) } else { break }
        }
        return (name.lowercased(), closing)
    }
}
