import Text

/// Quotes in a press release, and who speaks them: someone of the launching organisation (the leader quote)
/// or anyone else (the customer quote).
extension PressReleaseFinder {
    /// A paragraph with a quotation and an attribution: "said", "says", "added", or a dash and a name
    /// after the closing mark (`“…” — Ana Ruiz, nurse`), or a block quote closed by such a dash line.
    func isQuote(_ i: Int) -> Bool {
        let u = units[i]
        guard !u.isHeading else { return false }
        // The scans over every scalar read the block's buffer: through `Prose.scalars`, each read was a call.
        let marks = u.prose.withScalars { s -> (first: Int, opens: Bool, close: Int?)? in
            guard let first = s.firstIndex(where: { $0 == "“" || $0 == "\"" || $0 == "”" }) else { return nil }
            return (first, s[..<first].allSatisfy { $0 == " " || $0 == "*" || $0 == "_" },
                    s.lastIndex(where: { $0 == "”" || $0 == "\"" }))
        }
        guard let marks else { return false }
        let s = u.prose.scalars
        let firstMark = marks.first
        let hasMark = true
        // The quotation opens the paragraph, or the speaker is named first ("Ana Ruiz said: “…”"); a
        // paragraph that only mentions a word in quotes is no quote.
        let opens = marks.opens
        // A quotation that does not open the paragraph is a quote when its speaker is named first; the
        // "said" words found on the records.
        guard opens else {
            var from = 0
            while let k = u.tokens.firstWord(in: Self.saidWords, from: from, to: min(20, u.tokens.count)) {
                if u.tokens[k].range.upperBound <= firstMark,
                   u.tokens[(k + 1)...].prefix(3).contains(where: { $0.is(":") || $0.range.lowerBound == firstMark }) { return true }
                from = k + 1
            }
            return false
        }
        // Read on the records: a paragraph's tokens made one by one were most of this test.
        if u.tokens.firstWord(in: Self.saidWords, from: 0) != nil { return true }
        if hasMark, let close = marks.close, close > 0 {
            var k = close + 1
            while k < s.count, s[k] == " " || s[k] == "," || s[k] == "*" { k += 1 }
            if k < s.count, s[k] == "—" || s[k] == "–" || s[k] == "-" || s[k] == "~" { return true }
            // “…” Jenny Park, event manager, Northwind.
            let after = u.tokens.lazy.filter { $0.range.lowerBound >= k }
            if let t = after.first, t.kind == .word, t.isFirstUpper, after.prefix(5).contains(where: { $0.is(",") }) { return true }
        }
        // A block quote whose own last line, or the next paragraph in the quote, is "— Name, Role".
        if u.inQuote && hasMark, i + 1 < units.count, units[i + 1].inQuote, let t = units[i + 1].tokens.first,
           (t.isDash || t.is("~")), units[i + 1].wordCount <= 15 { return true }
        if u.inQuote, let dash = u.tokens.lastIndex(where: { $0.is("—") || $0.is("–") }), dash > 3,
           u.tokens[dash...].lazy.filter({ $0.kind == .word }).count <= 12, hasMark { return true }
        return false
    }

    static let saidWords: WordSet = ["said", "says", "explains", "explained", "added", "adds", "noted", "notes",
                                         "shared", "shares", "commented", "comments", "according"]

    /// Words that name the launching organisation: the summary's subject — the first capitalised name
    /// after the dateline ("Ponte, the payments app, today launched") and the name right before the launch
    /// verb ("the Green Software Foundation released") — with the initials of each ("gsf").
    func organisationWords(_ a: Anatomy) -> Set<String> {
        guard let m = a.prParts[.summary]?.marker, m < units.count else { return [] }
        let t = units[m].tokens
        var out = Set<String>()
        func isName(_ k: Int) -> Bool {
            t[k].kind == .word && t[k].isFirstUpper && !Draft.months.contains(t[k]) && !Self.commonCapitals.contains(t[k])
        }
        func take(_ run: [String]) {
            out.formUnion(run)
            // A closure, not a key path: applied through the run-time key path call, each word cost a
            // thousand instructions.
            if run.count >= 2 { out.insert(String(run.compactMap { $0.first })) }
        }
        // After the dateline.
        var k = (t.prefix(20).lastIndex { $0.is("—") || $0.is("–") }).map { $0 + 1 } ?? 0
        while k < t.count, !isName(k), !t[k].is(".") { k += 1 }
        var run = [String]()
        while k < t.count, isName(k) || (!run.isEmpty && t[k].keyIsText && ["of", "for", "and", "&", "."].contains(t[k].key) && k + 1 < t.count && isName(k + 1)) {
            if t[k].kind == .word && isName(k) { run.append(t[k].key) }
            k += 1
        }
        take(run)
        // Before the launch verb.
        if let verb = t.firstIndex(where: { $0.kind == .word && Self.announceVerbs.contains($0) }) {
            var j = verb - 1
            while j >= 0, t[j].kind == .word, !t[j].isFirstUpper, t[j].key.hasSuffix("ly") || ["today", "has", "have", "now"].contains(t[j].key) { j -= 1 }
            run = []
            while j >= 0, isName(j) || t[j].is(".") { if isName(j) { run.insert(t[j].key, at: 0) }; j -= 1 }
            take(run)
        }
        return out
    }

    static let commonCapitals: WordSet = ["the", "today", "a", "an", "in", "on", "at", "this", "our", "we", "new",
                                          "with", "for", "and", "to", "now", "launches", "launch", "announces",
                                          "introducing", "introduces"]

    /// Whether the speaker's name (the capitalised words after "said") appears in a paragraph before the quote.
    /// `quotes`: the body's quotes (`isQuote`), found once for every quote asked about.
    func introducedEarlier(_ q: Int, in body: [Int], quotes: Set<Int>) -> Bool {
        let t = units[q].tokens
        guard let said = t.lastIndex(where: { Self.saidWords.contains($0) }) else { return false }
        let name = t[(said + 1)...].prefix(while: { $0.kind == .word && $0.isFirstUpper }).map(\.key)
        guard name.count >= 1, name.count <= 3 else { return false }
        // The name's first word is looked for by its hash: comparing every word's key cost a string
        // comparison a word of the release.
        let first = WordHash.of(name[0])
        return body.contains { p in
            guard p < q, !quotes.contains(p) else { return false }
            let tokens = units[p].tokens, hashes = units[p].keyHashes
            return tokens.indices.contains { k in
                hashes[k] == first && k + name.count <= tokens.count && name.indices.allSatisfy { tokens[k + $0].key == name[$0] }
            }
        }
    }

    enum Speaker { case leader, customer, unknown }

    /// Whether a quote's speaker belongs to the launching organisation: the attribution names it, or a
    /// leader's title and no other organisation.
    func speaker(_ q: Int, org: Set<String>) -> Speaker {
        let u = units[q]
        // The attribution: the words outside the quotation marks. The scalars between tokens are read
        // from the block's buffer: through `Prose.scalars`, each read was a search for its run.
        var outside = [Token]()
        u.prose.withScalars { s in
            var inside = false
            var straight = false
            var k = 0
            for t in u.tokens {
                while k < t.range.lowerBound && k < s.count {
                    if s[k] == "“" { inside = true } else if s[k] == "”" { inside = false } else if s[k] == "\"" { straight.toggle() }
                    k += 1
                }
                if t.is("“") { inside = true; k = t.range.upperBound; continue }
                if t.is("”") { inside = false; k = t.range.upperBound; continue }
                if t.is("\"") { straight.toggle(); k = t.range.upperBound; continue }
                k = t.range.upperBound
                if !inside && !straight { outside.append(t) }
            }
        }
        if u.inQuote, q + 1 < units.count, units[q + 1].inQuote, let t = units[q + 1].tokens.first, (t.isDash || t.is("~")) {
            outside += units[q + 1].tokens
        }
        // "said [NAME, TITLE]": a template's placeholder places nobody.
        if outside.contains(where: { $0.is("[") }) { return .unknown }
        let words = outside.filter { $0.kind == .word && !Self.saidWords.contains($0) }
        // "Role at Company": the launching company's people lead, anyone else's are customers.
        if let at = words.firstIndex(where: { $0.key == "at" || $0.key == "from" }), at + 1 < words.count, words[at + 1].isFirstUpper {
            return org.contains(words[at + 1].key) ? .leader : .customer
        }
        // "a principal engineer at an early-adopter organization": someone at an unnamed other one.
        if let at = words.firstIndex(where: { $0.key == "at" || $0.key == "from" }), at + 1 < words.count,
           words[at + 1].key == "a" || words[at + 1].key == "an" { return .customer }
        let titled = words.contains { Self.titleWords.contains($0) }
        let namesOrg = words.contains { org.contains($0.key) && !Self.titleWords.contains($0) }
        if namesOrg && titled { return .leader }
        // "a Mapleridge client", "a city worker and Lakeshore member": one of many customers. "the Kith
        // developer" is the organisation's own.
        let customerNoun = words.indices.contains { k in
            guard CustomerWords.all.contains(words[k]), !org.contains(words[k].key), !["team", "teams"].contains(words[k].key) else { return false }
            return !words[max(0, k - 2)..<k].contains { $0.key == "the" || $0.key == "our" }
        }
        if !titled && customerNoun { return .customer }
        // A part of the attribution after the name that names another organisation without a title
        // ("Mr. Lee, CTO, Acme Corp.", "Sarah Hsu, Goldman Sachs"): a customer.
        var segment = [Token]()
        var segments = [[Token]]()
        for t in outside {
            if t.is(",") { if !segment.isEmpty { segments.append(segment) }; segment = [] } else { segment.append(t) }
        }
        if !segment.isEmpty { segments.append(segment) }
        for seg in segments.dropFirst() where !seg.contains(where: { Self.titleWords.contains($0) }) {
            // Capitalised words after "of" name a department or the body served ("Presiding Judge of the
            // Court"), not another organisation.
            guard !seg.contains(where: { $0.key == "of" }) else { continue }
            let names = seg.filter { $0.kind == .word && $0.isFirstUpper && !Self.honorifics.contains($0) }
            if !names.isEmpty && !names.contains(where: { org.contains($0.key) }) { return .customer }
        }
        if titled || namesOrg { return .leader }
        return .unknown
    }

    static let honorifics: WordSet = ["mr", "mrs", "ms", "dr", "prof", "sir", "dame"]

    static let titleWords: WordSet = ["ceo", "cto", "cfo", "coo", "cpo", "vp", "vice", "president", "founder",
                                      "co-founder", "cofounder", "director", "head", "chair", "co-chair", "chairman",
                                      "chief", "gm", "general", "executive", "svp", "evp", "lead", "leader", "officer",
                                      "principal", "chairwoman", "chairperson", "superintendent", "dean", "mayor",
                                      "commissioner", "provost", "partner", "author", "maintainer", "spokesperson",
                                      "spokeswoman", "spokesman", "judge", "clerk", "minister", "secretary", "governor",
                                      "senator", "captain", "chancellor", "rector", "treasurer", "creator", "inventor"]
}
