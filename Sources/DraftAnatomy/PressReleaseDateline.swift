import Text

/// Datelines: "SEATTLE — May 3, 2027 —" in the summary, on a line of its own, with hyphens, an ISO date or as
/// a template's code span, and which half of one is missing.
extension PressReleaseFinder {
    /// "SEATTLE — March 3, 2027 —", "Berlin, Germany – Jan 5, 2027 – Today…": a capitalised place, then a
    /// dash within a few words; either the place is in capitals or a second dash closes the date. A byline
    /// ("Kwame Mensah, Director — March 3, 2027") has neither. A date alone ("May 3, 2027 —") also counts.
    func isDateline(_ u: ProseUnit) -> Bool {
        // A template's dateline kept as code: `SEATTLE, WA — [TARGET GA DATE] —`.
        if !u.isHeading, let first = u.tokens.first, first.kind == .opaque {
            let code = document.source.text(u.prose.sourceRange(first.range))
            return code.includes("—") && code.unicodeScalars.filter({ $0.properties.isUppercase }).count >= 3
        }
        guard !u.isHeading, let first = u.tokens.first, first.kind == .word || first.kind == .number, first.isFirstUpper || first.kind == .number else { return false }
        // "**INTERNAL LAUNCH, October 16, 2026.** The team today launched …": a dated bold opening.
        if let run = boldRun(u) {
            let words = run.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            let month = words.contains { Draft.monthNames.contains($0.lowercased()) }
            let year = words.contains { Int($0).map { $0 >= 1990 && $0 <= 2099 } == true }
            if month && year && words.count <= 10 { return true }
        }
        // "2026-07-25 — …" arrives as five tokens; other numbers joined by hyphens are no date.
        let iso = Self.isISODate(u.tokens, at: 0)
        if u.tokens.count > 1, u.tokens[1].is("-"), first.kind == .number, !iso { return false }
        var dashes = 0, firstDash = -1, hasYear = false, hasMonth = false, titled = false
        if iso { hasYear = true; hasMonth = true }
        for (k, t) in u.tokens.prefix(20).enumerated() {
            if iso && k < 5 { continue }
            if t.kind == .number, let y = Int(t.key), y >= 1990 && y <= 2099 { hasYear = true }
            if t.kind == .word, Draft.months.contains(t), t.isFirstUpper || t.isAllCaps { hasMonth = true }
            if firstDash < 0, Self.titleWords.contains(t) { titled = true }
            guard k > 0 else { continue }
            // An em or en dash, "--", or a hyphen standing alone ("BOSTON, MA - August 21, 2025 -").
            if t.isDash {
                if firstDash < 0 { firstDash = k }
                if firstDash > 9 { return false }
                dashes += 1
                if t.is("-") { continue }
            }
            if t.is(".") || t.is("?") || t.is("!") { break }
        }
        // A dash after a capitalised place is a dateline when a date or a launch follows ("JSON Web Token –
        // a compact token" is a definition).
        if firstDash > 0 {
            let dated = hasMonth || hasYear
            let startsWithDate = (first.kind == .word && Draft.months.contains(first) || first.kind == .number) && hasYear
            // "Seattle, WA — April 18, 2026": a place and a full date; a byline names a role ("Director").
            let placeAndDate = hasMonth && hasYear && !titled
            return (first.isAllCaps && first.range.count > 1 && (dated || announces(u))) || (dashes >= 2 && dated) || startsWithDate || placeAndDate
        }
        // "SEATTLE, WA, May 3, 2027" alone on its line.
        return u.wordCount <= 8 && hasMonth && hasYear && first.isAllCaps
    }

    /// "2026-07-25", which the tokenizer gives as number, "-", number, "-", number.
    static func isISODate(_ t: TokenList, at k: Int) -> Bool {
        guard k + 4 < t.count, t[k].kind == .number, t[k].key.count == 4, t[k + 1].is("-"), t[k + 2].kind == .number,
              t[k + 2].key.count == 2, t[k + 3].is("-"), t[k + 4].kind == .number, t[k + 4].key.count == 2 else { return false }
        return true
    }

    /// The half of a dateline that is missing: "date" when no month or year comes before the text, "city"
    /// when it opens with the date.
    func lacks(_ u: ProseUnit) -> String? {
        let head = u.tokens.prefix(while: { !$0.is("—") && !$0.is("–") }).count
        let dashes = u.tokens.prefix(20).indices.filter { u.tokens[$0].isDash && !(Self.isISODate(u.tokens, at: 0) && $0 < 5) }
        // The dateline runs to its second dash ("SEATTLE — May 3, 2027 —"), or over its first dozen tokens.
        let span = u.tokens.prefix(max(head, dashes.count >= 2 ? dashes[1] : 12))
        let dated = span.contains { ($0.kind == .word && Draft.months.contains($0) && ($0.isFirstUpper || $0.isAllCaps)) || ($0.kind == .number && Int($0.key).map { $0 >= 1990 && $0 <= 2099 } == true) }
        guard let first = u.tokens.first, first.kind != .opaque else { return nil }
        if first.kind == .number || (first.kind == .word && Draft.months.contains(first)) { return "city" }
        return dated ? nil : "date"
    }

    /// A dateline on its own line ("SEATTLE — May 3, 2027 —" or "SEATTLE, WA, May 3, 2027"): the summary is
    /// the paragraph after it.
    func isBareDateline(_ u: ProseUnit) -> Bool {
        if u.wordCount <= 7 { return true }
        // "**FOR IMMEDIATE RELEASE — San Francisco, CA, June 7, 2026**": a line that ends with its year.
        if u.wordCount <= 12, let last = u.tokens.last(where: { $0.kind != .symbol }), last.kind == .number,
           last.key.utf8.count == 4 { return true }
        let head = u.tokens.prefix(20)
        guard let dash = head.lastIndex(where: { $0.isDash }) else { return false }
        return u.tokens[(dash + 1)...].lazy.filter { $0.kind != .symbol }.prefix(3).count < 3
    }
}
