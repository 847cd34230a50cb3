import Markdown

/// Finds the press release and its parts. A document has a press release only when something says so: a
/// press-release heading, a dateline, an attributed quote, or press-release part labels. "Everything
/// before the first FAQ" is not one: in an RFC that span is a README or a design.
struct PressReleaseFinder {
    let units: [ProseUnit]
    let sections: [Section]
    let document: Document
    /// Units that are metadata or template furniture (author lines, status, callouts), not the writer's prose.
    let furniture: Set<Int>
    /// Words written capitalised inside sentences of the headline and summary: names, not verbs.
    var names = Set<String>()

    mutating func find(_ a: inout Anatomy) {
        // The first FAQ starts at its heading, or at its first question when it has none.
        let firstFAQ = a.faqRegions.map { r in r.lowerBound > 0 && units[r.lowerBound - 1].isHeading ? r.lowerBound - 1 : r.lowerBound }.min() ?? units.count
        var region: Range<Int>
        var evidence = [String]()
        if let h = pressReleaseHeading(before: firstFAQ) {
            a.pressReleaseHeading = h
            region = (h + 1)..<regionEnd(after: h, firstFAQ: firstFAQ)
            evidence.append("a press-release heading (line \(line(h)))")
        } else {
            region = 0..<firstFAQ
        }
        let body = region.filter { !units[$0].isHeading && !furniture.contains($0) }

        // Labelled parts: "## Customer Quote" headings and "Customer Quote:" lead-ins.
        var labels = 0
        for i in region where !furniture.contains(i) {
            if let (part, marker) = label(i), a.prParts[part] == nil {
                let end = units[i].isHeading ? sections[units[i].section].allUnits.upperBound : i + 1
                a.prParts[part] = .init(marker: marker, units: i..<max(end, marker + 1), labelled: true)
                labels += 1
            }
            // "Leader's Quote: …" on a later line of a paragraph written without blank lines.
            guard !units[i].isHeading, units[i].tokens.contains(where: { $0.text == ":" }) else { continue }
            let lines = lineStarts(units[i])
            for (n, start) in lines.enumerated().dropFirst() {
                let end = n + 1 < lines.count ? lines[n + 1] : units[i].prose.count
                guard let part = leadIn(units[i], from: start), a.prParts[part] == nil else { continue }
                a.prParts[part] = .init(marker: i, units: i..<(i + 1), labelled: true, span: start..<end)
                labels += 1
            }
        }
        if labels >= 2 { evidence.append("\(labels) press-release part labels") }

        // A dateline opens the release: look only at its first paragraphs.
        let dateline = body.prefix(a.pressReleaseHeading == nil ? 6 : 10).first { isDateline(units[$0]) }
        let quotes = body.filter { isQuote($0) }
        let announce = body.prefix(6).first { announces(units[$0]) }
        if let d = dateline { evidence.append("a dateline (line \(line(d)))") }
        if let q = quotes.first { evidence.append("an attributed quote (line \(line(q)))") }
        if let n = announce, dateline == nil { evidence.append("a launch announcement (line \(line(n)))") }

        // A headline over a launch told as news ("Today we are releasing …", "… is available now").
        let leadUnits = region.filter { !furniture.contains($0) && !isGenericTitle(units[$0]) }
        // The launch must come right under the headline (and its subheading): a CHANGELOG line that
        // announces a feature further down an RFC is not a press release.
        var launch: Int?
        if let h = leadUnits.first, units[h].isHeading || isEmphasisLine(h),
           let next = body.first(where: { $0 > h && !isEmphasisLine($0) }), launches(units[next]),
           (h + 1..<next).filter({ units[$0].isHeading }).count <= 1 {
            launch = next
        }
        let headed = launch != nil
        if let n = launch, headed { evidence.append("a headline over a launch announcement (line \(line(n)))") }
        // Without a heading, a launch announcement alone is not enough: RFCs announce things too.
        let found = a.pressReleaseHeading != nil || dateline != nil || labels >= 2 || (!quotes.isEmpty && announce != nil) || headed
        a.pressReleaseSignalled = found
        // A document with no FAQ and no sign of a release is read whole as one (a bare press release, or
        // a draft forced to the PR/FAQ profile); with FAQs and no sign, it has none.
        guard found || a.faqSections.isEmpty else { return }
        a.hasPressRelease = true
        a.pressRelease = region
        a.pressReleaseEvidence = evidence
        a.datelineFound = dateline != nil
        a.datelineUnit = dateline
        if let d = dateline { a.datelineLacks = lacks(units[d]) }
        // "FOR RELEASE — SEPTEMBER 2026" above the release gives the date: the dateline then lacks only its city.
        let datedReleaseLine = region.contains { furniture.contains($0) && AnatomyFinder.isReleaseLine(units[$0]) && lacks(units[$0]) != "date" }
        if datedReleaseLine {
            if a.datelineLacks == "date" { a.datelineLacks = nil }
            if dateline == nil { a.datelineFound = true; a.datelineLacks = "city" }
        }

        func set(_ part: Anatomy.PRPart, _ unit: Int, span: Range<Int>? = nil) {
            if a.prParts[part] == nil { a.prParts[part] = .init(marker: unit, units: unit..<(unit + 1), labelled: false, span: span) }
        }

        // Headline and subheading: the first heading, bold line or line of the release, then the next.
        // A dateline on its own line above the headline ("**Seattle, WA — April 18, 2026**") is not it.
        var lead = [Int]()
        for i in leadUnits where lead.count < 2 && !(isDateline(units[i]) && isBareDateline(units[i])) { lead.append(i) }
        if let h = lead.first, a.prParts[.headline] == nil, !isDateline(units[h]), !isQuote(h), !units[h].inList {
            let lines = lineStarts(units[h])
            let firstLineWords = units[h].tokens.filter { $0.range.lowerBound < (lines.count > 1 ? lines[1] : Int.max) && $0.kind != .symbol }.count
            if !units[h].isHeading, (2...3).contains(lines.count), firstLineWords <= 20 {
                // "Headline\nSubheading" written as one paragraph, a line each.
                set(.headline, h, span: 0..<lines[1])
                set(.subheading, h, span: lines[1]..<(lines.count > 2 ? lines[2] : units[h].prose.count))
            } else if units[h].isHeading || units[h].wordCount <= 20 || isEmphasisLine(h) {
                set(.headline, h)
                if lead.count > 1 {
                    let s = lead[1]
                    if !isDateline(units[s]) && !isQuote(s) && !announces(units[s]) && units[s].wordCount <= 45
                        && (units[s].isHeading || units[s].sentences.count <= 2) && !units[s].inList {
                        set(.subheading, s)
                    }
                }
            }
        }

        // Summary: the dateline paragraph; a dateline on its own line opens the paragraph after it; else
        // the paragraph that announces the launch.
        let top = [a.prParts[.headline]?.marker, a.prParts[.subheading]?.marker].compactMap { $0 }.max() ?? -1
        if let d = dateline {
            // A dateline on its own line: the summary is the next paragraph past the headline.
            let next = body.first { $0 > max(d, top) && !isQuote($0) }
            set(.summary, isBareDateline(units[d]) ? (next ?? d) : d)
        } else if let n = announce ?? launch {
            set(.summary, n)
        } else if a.pressReleaseHeading != nil, let n = body.first(where: { $0 > top && !isQuote($0) && !units[$0].inList && !units[$0].inQuote }) {
            // Under a press-release heading, the paragraph after the headline is the summary, dated or not.
            set(.summary, n)
        }

        // Quotes: the launching company's people give the leader quote, anyone else the customer quote.
        let org = organisationWords(a)
        var leader: Int?, customer: Int?, unsure = [Int]()
        for q in quotes {
            switch speaker(q, org: org) {
            case .leader: if leader == nil { leader = q }
            case .customer: if customer == nil { customer = q }
            case .unknown: unsure.append(q)
            }
        }
        // A speaker the release introduced earlier as its customer ("Raj Sam, a DevOps engineer, reviews a
        // dozen changes a day …") gives the customer quote.
        if customer == nil, let q = unsure.first(where: { introducedEarlier($0, in: body) }) {
            customer = q
            unsure.removeAll { $0 == q }
        }
        // Speakers the attribution does not place ("said [NAME, TITLE]", "said the author") fill the
        // slots left, leader first, as releases order them.
        for q in unsure {
            if leader == nil { leader = q } else if customer == nil, q != leader { customer = q }
        }
        if let q = leader { set(.leaderQuote, q) }
        if let q = customer { set(.customerQuote, q) }

        // Product and company names ("Visit Notes", "Tap to Dispute"): a sentence that opens with one is
        // not an instruction.
        names = nameWords([a.prParts[.headline]?.marker, a.prParts[.summary]?.marker].compactMap { $0 })
        // Problem and solution: a release tells them in the first two paragraphs after the summary; getting
        // started by its cue words.
        let summary = a.prParts[.summary]?.marker ?? -1
        let quoteSet = Set(quotes)
        let after = body.filter { $0 > summary && !quoteSet.contains($0) && !units[$0].inQuote }
        let starts = Set(after.filter { tellsHowToStart(units[$0]) })
        let acts = Set(after.filter { isCallToAction(units[$0]) })
        let told = after.filter { !units[$0].inList && !acts.contains($0) && !starts.contains($0) }
        if let p = told.first { set(.problem, p) }
        if told.count > 1 { set(.solution, told[1]) }
        if let p = after.first(where: starts.contains) { set(.gettingStarted, p) }
        // Call to action: after the summary, where to go — a link, a price, "available", "visit", "sign up".
        // It closes the release, so it comes after the problem ("hard to contact" is not a call to action).
        let problem = a.prParts[.problem]?.marker ?? -1
        if let p = after.last(where: { $0 != problem && acts.contains($0) }) {
            set(.callToAction, p)
        }
    }

    // MARK: the region

    /// "## Press Release", "PR", "The press release", "1. Press Release", "📰 PRESS RELEASE".
    private func pressReleaseHeading(before limit: Int) -> Int? {
        var generic: Int?
        for s in sections where s.heading != nil {
            guard let h = s.heading, h < limit else { break }
            let words = s.key.split(separator: " ").map(String.init).filter { !Self.prFiller.contains($0) }
            if words == ["press", "release"] || words == ["pr"] || words == ["news", "release"] { return h }
            // "## PRFAQ" as a section (not the document's title) holds the release when nothing names it.
            if s.level >= 2, words == ["prfaq"] || words == ["pr/faq"] || words == ["pr", "faq"], generic == nil { generic = h }
        }
        return generic
    }

    static let prFiller: Set<String> = ["the", "a", "our", "draft", "mock", "sample", "example", "working", "backwards", "external"]

    /// The release runs to the first FAQ or the next heading at its heading's level or higher; a headline
    /// written as a higher heading right under it ("## Press Release" then "# Acme Launches …") is inside.
    private func regionEnd(after h: Int, firstFAQ: Int) -> Int {
        let level = headingLevel(h)
        var j = h + 1
        if j < units.count, units[j].isHeading { j += 1 }
        while j < min(firstFAQ, units.count) {
            if units[j].isHeading, !units[j].inQuote, !units[j].inList, headingLevel(j) <= level { return j }
            j += 1
        }
        return min(firstFAQ, units.count)
    }

    private func headingLevel(_ i: Int) -> Int { if case .heading(let l) = units[i].kind { return l }; return 7 }

    private func line(_ unit: Int) -> Int { document.source.line(ofByte: document.blocks[units[unit].block].range.lowerBound) }

    // MARK: labels

    /// A heading that names a part ("## Customer Quote") or a paragraph that opens with its label
    /// ("Leader's Quote: …", "**Call to Action:** …"). Returns the part and the unit that holds its text.
    private func label(_ i: Int) -> (Anatomy.PRPart, Int)? {
        let u = units[i]
        if u.isHeading {
            guard let p = PartNames.match(Section.key(for: u.text), in: PartNames.prIndex) else { return nil }
            return (p, i)
        }
        if let p = leadIn(u, from: 0) { return (p, i) }
        // "**The problem.** Teams …", "**Getting started** takes two minutes": a bold run that names a part.
        if let run = boldRun(u), let p = PartNames.match(Section.key(for: run), in: PartNames.prIndex) ?? Self.leadInNames[Section.key(for: run)],
           run.split(separator: " ").count <= 4 {
            return (p, i)
        }
        // "**Customer Quote**" alone on a line labels the paragraph after it.
        guard u.wordCount <= 4, i + 1 < units.count, !u.tokens.contains(where: { $0.text == ":" }),
              let p = PartNames.match(Section.key(for: u.text), in: PartNames.prIndex) else { return nil }
        return (p, i + 1)
    }

    /// The text of the bold run a paragraph opens with ("**The problem.**" → "The problem."), if any.
    private func boldRun(_ u: ProseUnit) -> String? {
        let r = document.blocks[u.block].range
        let b = document.source.bytes
        guard r.count > 4, b[r.lowerBound] == 0x2A, b[r.lowerBound + 1] == 0x2A else { return nil }
        var k = r.lowerBound + 2
        while k + 1 < r.upperBound, k < r.lowerBound + 80 {
            if b[k] == 0x2A && b[k + 1] == 0x2A { return String(decoding: b[(r.lowerBound + 2)..<k], as: UTF8.self) }
            if b[k] == 0x0A { return nil }
            k += 1
        }
        return nil
    }

    /// The part a "Label:" at a scalar offset of a paragraph names.
    private func leadIn(_ u: ProseUnit, from start: Int) -> Anatomy.PRPart? {
        let tokens = u.tokens.filter { $0.range.lowerBound >= start }
        guard let colon = tokens.prefix(6).firstIndex(where: { $0.text == ":" }), colon > 0 else { return nil }
        let name = Section.key(for: u.prose.string(start..<tokens[colon].range.lowerBound))
        return PartNames.match(name, in: PartNames.prIndex) ?? Self.leadInNames[name]
    }

    static let leadInNames: [String: Anatomy.PRPart] = [
        "intro paragraph": .summary, "summary paragraph": .summary, "customer problems": .problem,
        "problem": .problem, "leader's quote": .leaderQuote, "leaders quote": .leaderQuote, "quote": .leaderQuote,
        "customer quotes": .customerQuote, "title": .headline, "subtitle": .subheading, "sub title": .subheading,
        "closing": .callToAction, "how to get started": .gettingStarted, "customer's job to be done": .gettingStarted,
        "job to be done": .gettingStarted, "customer experience": .gettingStarted,
    ]

    private func isGenericTitle(_ u: ProseUnit) -> Bool {
        guard u.isHeading else { return false }
        let key = Section.key(for: u.text)
        return Self.genericTitles.contains(key) || key.hasSuffix(" pr/faq") || key.hasSuffix(" prfaq") || key.hasSuffix(" pr faq")
            || key.hasPrefix("pr/faq ") || key.hasPrefix("prfaq ")
    }

    static let genericTitles: Set<String> = ["press release", "pr/faq", "prfaq", "pr faq", "working backwards",
                                             "the press release", "draft", "press release draft", "pr", "pr faq draft"]

    // MARK: content

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
        if u.tokens.count > 1, u.tokens[1].text == "-", first.kind == .number, !iso { return false }
        var dashes = 0, firstDash = -1, hasYear = false, hasMonth = false, titled = false
        if iso { hasYear = true; hasMonth = true }
        for (k, t) in u.tokens.prefix(20).enumerated() {
            if iso && k < 5 { continue }
            if t.kind == .number, let y = Int(t.text), y >= 1990 && y <= 2099 { hasYear = true }
            if t.kind == .word, Draft.months.contains(t), t.isFirstUpper || t.isAllCaps { hasMonth = true }
            if firstDash < 0, Self.titleWords.contains(t.key) { titled = true }
            guard k > 0 else { continue }
            // An em or en dash, "--", or a hyphen standing alone ("BOSTON, MA - August 21, 2025 -").
            let isDash = t.text == "—" || t.text == "–" || t.text == "-"
            if isDash {
                if firstDash < 0 { firstDash = k }
                if firstDash > 9 { return false }
                dashes += 1
                if t.text == "-" { continue }
            }
            if t.text == "." || t.text == "?" || t.text == "!" { break }
        }
        // A dash after a capitalised place is a dateline when a date or a launch follows ("JSON Web Token –
        // a compact token" is a definition).
        if firstDash > 0 {
            let dated = hasMonth || hasYear
            let startsWithDate = (first.kind == .word && Draft.months.contains(first) || first.kind == .number) && hasYear
            // "Seattle, WA — April 18, 2026": a place and a full date; a byline names a role ("Director").
            let placeAndDate = hasMonth && hasYear && !titled
            return (first.isAllCaps && first.text.unicodeScalars.count > 1 && (dated || announces(u))) || (dashes >= 2 && dated) || startsWithDate || placeAndDate
        }
        // "SEATTLE, WA, May 3, 2027" alone on its line.
        return u.wordCount <= 8 && hasMonth && hasYear && first.isAllCaps
    }

    /// "2026-07-25", which the tokenizer gives as number, "-", number, "-", number.
    static func isISODate(_ t: [Token], at k: Int) -> Bool {
        guard k + 4 < t.count, t[k].kind == .number, t[k].text.count == 4, t[k + 1].text == "-", t[k + 2].kind == .number,
              t[k + 2].text.count == 2, t[k + 3].text == "-", t[k + 4].kind == .number, t[k + 4].text.count == 2 else { return false }
        return true
    }

    /// The half of a dateline that is missing: "date" when no month or year comes before the text, "city"
    /// when it opens with the date.
    private func lacks(_ u: ProseUnit) -> String? {
        let head = u.tokens.prefix(while: { $0.text != "—" && $0.text != "–" }).count
        let dashes = u.tokens.prefix(20).indices.filter { ["—", "–", "-"].contains(u.tokens[$0].text) && !(Self.isISODate(u.tokens, at: 0) && $0 < 5) }
        // The dateline runs to its second dash ("SEATTLE — May 3, 2027 —"), or over its first dozen tokens.
        let span = u.tokens.prefix(max(head, dashes.count >= 2 ? dashes[1] : 12))
        let dated = span.contains { ($0.kind == .word && Draft.months.contains($0) && ($0.isFirstUpper || $0.isAllCaps)) || ($0.kind == .number && Int($0.text).map { $0 >= 1990 && $0 <= 2099 } == true) }
        guard let first = u.tokens.first, first.kind != .opaque else { return nil }
        if first.kind == .number || (first.kind == .word && Draft.months.contains(first)) { return "city" }
        return dated ? nil : "date"
    }

    /// A dateline on its own line ("SEATTLE — May 3, 2027 —" or "SEATTLE, WA, May 3, 2027"): the summary is
    /// the paragraph after it.
    private func isBareDateline(_ u: ProseUnit) -> Bool {
        if u.wordCount <= 7 { return true }
        let head = u.tokens.prefix(20)
        guard let dash = head.lastIndex(where: { $0.text == "—" || $0.text == "–" || $0.text == "-" }) else { return false }
        return u.tokens[(dash + 1)...].filter { $0.kind != .symbol }.count < 3
    }

    /// A paragraph with a quotation and an attribution: "said", "says", "added", or a dash and a name
    /// after the closing mark (`“…” — Ana Ruiz, nurse`), or a block quote closed by such a dash line.
    func isQuote(_ i: Int) -> Bool {
        let u = units[i]
        guard !u.isHeading else { return false }
        let s = u.prose.scalars
        guard let firstMark = s.firstIndex(where: { $0 == "“" || $0 == "\"" || $0 == "”" }) else { return false }
        let hasMark = true
        // The quotation opens the paragraph, or the speaker is named first ("Ana Ruiz said: “…”"); a
        // paragraph that only mentions a word in quotes is no quote.
        let opens = s[..<firstMark].allSatisfy { $0 == " " || $0 == "*" || $0 == "_" }
        let saidFirst = u.tokens.prefix(20).enumerated().contains { k, t in
            Self.saidWords.contains(t.key) && t.range.upperBound <= firstMark
                && u.tokens[(k + 1)...].prefix(3).contains { $0.text == ":" || $0.range.lowerBound == firstMark }
        }
        guard opens || saidFirst else { return false }
        if u.tokens.contains(where: { Self.saidWords.contains($0.key) }) { return true }
        if hasMark, let close = s.lastIndex(where: { $0 == "”" || $0 == "\"" }), close > 0 {
            var k = close + 1
            while k < s.count, s[k] == " " || s[k] == "," || s[k] == "*" { k += 1 }
            if k < s.count, ["—", "–", "-", "~"].contains(s[k]) { return true }
            // “…” Jenny Park, event manager, Northwind.
            let after = u.tokens.filter { $0.range.lowerBound >= k }
            if let t = after.first, t.kind == .word, t.isFirstUpper, after.prefix(5).contains(where: { $0.text == "," }) { return true }
        }
        // A block quote whose own last line, or the next paragraph in the quote, is "— Name, Role".
        if u.inQuote && hasMark, i + 1 < units.count, units[i + 1].inQuote, let t = units[i + 1].tokens.first,
           ["—", "–", "-", "~"].contains(t.text), units[i + 1].wordCount <= 15 { return true }
        if u.inQuote, let dash = u.tokens.lastIndex(where: { ["—", "–"].contains($0.text) }), dash > 3,
           u.tokens[dash...].filter({ $0.kind == .word }).count <= 12, hasMark { return true }
        return false
    }

    static let saidWords: Set<String> = ["said", "says", "explains", "explained", "added", "adds", "noted", "notes",
                                         "shared", "shares", "commented", "comments", "according"]

    /// Words that name the launching organisation: the summary's subject — the first capitalised name
    /// after the dateline ("Ponte, the payments app, today launched") and the name right before the launch
    /// verb ("the Green Software Foundation released") — with the initials of each ("gsf").
    private func organisationWords(_ a: Anatomy) -> Set<String> {
        guard let m = a.prParts[.summary]?.marker, m < units.count else { return [] }
        let t = units[m].tokens
        var out = Set<String>()
        func isName(_ k: Int) -> Bool {
            t[k].kind == .word && t[k].isFirstUpper && !Draft.months.contains(t[k]) && !Self.commonCapitals.contains(t[k].key)
        }
        func take(_ run: [String]) {
            out.formUnion(run)
            if run.count >= 2 { out.insert(String(run.compactMap(\.first))) }
        }
        // After the dateline.
        var k = (t.prefix(20).lastIndex { $0.text == "—" || $0.text == "–" }).map { $0 + 1 } ?? 0
        while k < t.count, !isName(k), t[k].text != "." { k += 1 }
        var run = [String]()
        while k < t.count, isName(k) || (!run.isEmpty && ["of", "for", "and", "&", "."].contains(t[k].text) && k + 1 < t.count && isName(k + 1)) {
            if t[k].kind == .word && isName(k) { run.append(t[k].key) }
            k += 1
        }
        take(run)
        // Before the launch verb.
        if let verb = t.firstIndex(where: { $0.kind == .word && Self.announceVerbs.contains($0) }) {
            var j = verb - 1
            while j >= 0, t[j].kind == .word, !t[j].isFirstUpper, t[j].key.hasSuffix("ly") || ["today", "has", "have", "now"].contains(t[j].key) { j -= 1 }
            run = []
            while j >= 0, isName(j) || t[j].text == "." { if isName(j) { run.insert(t[j].key, at: 0) }; j -= 1 }
            take(run)
        }
        return out
    }

    static let commonCapitals: Set<String> = ["the", "today", "a", "an", "in", "on", "at", "this", "our", "we", "new",
                                              "with", "for", "and", "to", "now", "launches", "launch", "announces",
                                              "introducing", "introduces"]

    /// Whether a quote's speaker belongs to the launching organisation: the attribution names it, or a
    /// leader's title and no other organisation.
    /// Whether the speaker's name (the capitalised words after "said") appears in a paragraph before the quote.
    private func introducedEarlier(_ q: Int, in body: [Int]) -> Bool {
        let t = units[q].tokens
        guard let said = t.lastIndex(where: { Self.saidWords.contains($0.key) }) else { return false }
        let name = t[(said + 1)...].prefix(while: { $0.kind == .word && $0.isFirstUpper }).map(\.key)
        guard name.count >= 1, name.count <= 3 else { return false }
        return body.contains { p in
            guard p < q, !isQuote(p) else { return false }
            let keys = units[p].tokens.map(\.key)
            return keys.indices.contains { k in k + name.count <= keys.count && Array(keys[k..<(k + name.count)]) == name }
        }
    }

    enum Speaker { case leader, customer, unknown }

    private func speaker(_ q: Int, org: Set<String>) -> Speaker {
        let u = units[q]
        let s = u.prose.scalars
        // The attribution: the words outside the quotation marks.
        var outside = [Token]()
        var inside = false
        var straight = false
        var k = 0
        for t in u.tokens {
            while k < t.range.lowerBound && k < s.count {
                if s[k] == "“" { inside = true } else if s[k] == "”" { inside = false } else if s[k] == "\"" { straight.toggle() }
                k += 1
            }
            if t.text == "“" { inside = true; k = t.range.upperBound; continue }
            if t.text == "”" { inside = false; k = t.range.upperBound; continue }
            if t.text == "\"" { straight.toggle(); k = t.range.upperBound; continue }
            k = t.range.upperBound
            if !inside && !straight { outside.append(t) }
        }
        if u.inQuote, q + 1 < units.count, units[q + 1].inQuote, let t = units[q + 1].tokens.first, ["—", "–", "-", "~"].contains(t.text) {
            outside += units[q + 1].tokens
        }
        // "said [NAME, TITLE]": a template's placeholder places nobody.
        if outside.contains(where: { $0.text == "[" }) { return .unknown }
        let words = outside.filter { $0.kind == .word && !Self.saidWords.contains($0.key) }
        // "Role at Company": the launching company's people lead, anyone else's are customers.
        if let at = words.firstIndex(where: { $0.key == "at" || $0.key == "from" }), at + 1 < words.count, words[at + 1].isFirstUpper {
            return org.contains(words[at + 1].key) ? .leader : .customer
        }
        let titled = words.contains { Self.titleWords.contains($0.key) }
        let namesOrg = words.contains { org.contains($0.key) && !Self.titleWords.contains($0.key) }
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
            if t.text == "," { if !segment.isEmpty { segments.append(segment) }; segment = [] } else { segment.append(t) }
        }
        if !segment.isEmpty { segments.append(segment) }
        for seg in segments.dropFirst() where !seg.contains(where: { Self.titleWords.contains($0.key) }) {
            // Capitalised words after "of" name a department or the body served ("Presiding Judge of the
            // Court"), not another organisation.
            guard !seg.contains(where: { $0.key == "of" }) else { continue }
            let names = seg.filter { $0.kind == .word && $0.isFirstUpper && !Self.honorifics.contains($0.key) }
            if !names.isEmpty && !names.contains(where: { org.contains($0.key) }) { return .customer }
        }
        if titled || namesOrg { return .leader }
        return .unknown
    }

    static let honorifics: Set<String> = ["mr", "mrs", "ms", "dr", "prof", "sir", "dame"]

    static let titleWords: Set<String> = ["ceo", "cto", "cfo", "coo", "cpo", "vp", "vice", "president", "founder",
                                          "co-founder", "cofounder", "director", "head", "chair", "co-chair", "chairman",
                                          "chief", "gm", "general", "executive", "svp", "evp", "lead", "leader", "officer",
                                          "principal", "chairwoman", "chairperson", "superintendent", "dean", "mayor",
                                          "commissioner", "provost", "partner", "author", "maintainer", "spokesperson",
                                          "spokeswoman", "spokesman", "judge", "clerk", "minister", "secretary", "governor",
                                          "senator", "captain", "chancellor", "rector", "treasurer"]

    private func announces(_ u: ProseUnit) -> Bool {
        guard !u.isHeading, u.wordCount >= 8 else { return false }
        for (k, t) in u.tokens.enumerated() where t.kind == .word {
            if Self.announceVerbs.contains(t.key) { return true }
            if (t.key == "is" || t.key == "are"), k + 1 < u.tokens.count, ["available", "launching"].contains(u.tokens[k + 1].key) { return true }
            if t.key == "now" && k + 1 < u.tokens.count && u.tokens[k + 1].key == "available" { return true }
        }
        return false
    }

    /// A launch told as news in the paragraph's first sentence: a launch verb with "today" or "now"
    /// ("Today we are releasing Ailly", "Today, Acme announced …", "… is available now").
    private func launches(_ u: ProseUnit) -> Bool {
        guard !u.isHeading, let first = u.sentences.first else { return false }
        let words = u.tokens[first.tokens].filter { $0.kind == .word }
        guard words.contains(where: { $0.key == "today" || $0.key == "now" }) else { return false }
        return words.contains { Self.announceVerbs.contains($0) || Self.launchForms.contains($0) || $0.key == "available" }
    }

    static let launchForms: WordSet = ["announce", "announcing", "launch", "launching", "release", "releasing",
                                       "introduce", "introducing", "unveil", "unveiling", "publish", "publishing", "ship",
                                       "shipping", "ships", "shipped", "open", "opening"]

    /// A paragraph set off by emphasis as a whole: "**Acme Launches …**" or "*Teams ship in a day*".
    private func isEmphasisLine(_ i: Int) -> Bool {
        let u = units[i]
        guard !u.isHeading, !u.inList, u.sentences.count <= 3 else { return false }
        let r = document.blocks[u.block].range
        let b = document.source.bytes
        var end = r.upperBound
        while end > r.lowerBound, [0x20, 0x0A, 0x0D, 0x09].contains(b[end - 1]) { end -= 1 }
        guard end - r.lowerBound > 2 else { return false }
        let open = b[r.lowerBound], close = b[end - 1]
        return (open == 0x2A || open == 0x5F) && (close == 0x2A || close == 0x5F)
    }

    static let announceVerbs: WordSet = ["announced", "announces", "launched", "launches", "released", "releases",
                                         "introduced", "introduces", "unveiled", "unveils", "published", "publishes",
                                         "debuted", "debuts", "opened", "opens"]

    static let startCues: WordSet = ["start", "sign", "download", "install", "open", "setup", "set", "enable", "tap", "scan",
                                     "create", "connect", "choose", "log", "begin"]
    static let actionCues: WordSet = ["visit", "learn", "sign", "order", "download", "register", "join", "apply",
                                      "subscribe", "contact", "try", "reserve", "book", "update", "get", "go", "call",
                                      "email", "find", "ask", "read", "request", "install", "start", "buy"]

    /// Where to go next: a link, "is available", or a sentence that opens with the action ("Visit …",
    /// "Sign up …", "To learn more, …"). "The visit" or "contact" inside a sentence is no call to action.
    private func isCallToAction(_ u: ProseUnit) -> Bool {
        if hasURL(u) || u.tokens.contains(where: { $0.key == "available" }) { return true }
        // "Commons is live for the team today."
        for k in u.tokens.indices.dropFirst() where u.tokens[k].key == "live" && ["is", "are", "goes", "went"].contains(u.tokens[k - 1].key) { return true }
        return u.sentences.contains { s in
            let words = u.tokens[s.tokens].filter { $0.kind == .word }
            guard let first = words.first else { return false }
            if names.contains(first.key) { return false }
            return Self.actionCues.contains(first) || (first.key == "to" && words.dropFirst().first.map { Self.actionCues.contains($0) } == true)
        }
    }

    /// "To get started, …", "Getting started takes …", or a sentence that opens with the first step ("Open
    /// the app …", "Download …"). "Branches open 52 hours a week" is not how to start.
    private func tellsHowToStart(_ u: ProseUnit) -> Bool {
        let t = u.tokens
        for k in t.indices.dropLast() where t[k].key == "started" || t[k + 1].key == "started" {
            if (t[k].key == "get" || t[k].key == "getting") && t[k + 1].key == "started" { return true }
        }
        return u.sentences.contains { s in
            // The sentence's first two words, without collecting them.
            var first: Token?, second: Token?
            for k in s.tokens where t[k].kind == .word {
                if first == nil { first = t[k] } else { second = t[k]; break }
            }
            guard let first else { return false }
            if first.key == "to", let second { return Self.startCues.contains(second) }
            return Self.startCues.contains(first) && !names.contains(first.key)
        }
    }

    private func nameWords(_ units: [Int]) -> Set<String> {
        var out = Set<String>()
        for i in units where i < self.units.count {
            let u = self.units[i]
            for s in u.sentences {
                for k in s.tokens.dropFirst() where u.tokens[k].kind == .word && u.tokens[k].isFirstUpper && !u.isHeading {
                    out.insert(u.tokens[k].key)
                }
            }
        }
        return out
    }

    private func has(_ u: ProseUnit, _ cues: WordSet) -> Bool { u.tokens.contains { $0.kind == .word && cues.contains($0) } }
    /// A link, written with a scheme or bare ("shop.example/app", "www.acme.com").
    private func hasURL(_ u: ProseUnit) -> Bool {
        if u.prose.scalars.contains("/"), u.prose.string.split(separator: " ").contains(where: Self.looksLikeAddress) { return true }
        return hasSchemeURL(u)
    }

    /// "host.tld/path": a dot between letters before the first slash.
    static func looksLikeAddress(_ chunk: Substring) -> Bool {
        guard let slash = chunk.firstIndex(of: "/"), slash > chunk.startIndex else { return false }
        let host = chunk[..<slash]
        guard let dot = host.lastIndex(of: "."), dot > host.startIndex else { return false }
        let tld = host[host.index(after: dot)...]
        return tld.count >= 2 && tld.allSatisfy { $0.isLetter } && host[..<dot].last?.isLetter == true
    }

    /// Links arrive as opaque tokens (autolinks, link targets) or as words ("www.acme.com", "acme.io").
    private func hasSchemeURL(_ u: ProseUnit) -> Bool {
        u.tokens.contains { t in
            t.kind == .opaque && (t.text.includes("://") || t.text.hasPrefix("www."))
                || t.kind == .word && (t.key.hasPrefix("www") || t.key.hasSuffix(".com") || t.key.hasSuffix(".org") || t.key.hasSuffix(".io"))
        } || u.prose.scalars.contains(Prose.opaque)
    }

    /// Scalar offsets where each source line of a paragraph starts (line breaks arrive as spaces).
    private func lineStarts(_ u: ProseUnit) -> [Int] {
        var out = [0]
        var last = document.source.line(ofByte: u.prose.sourceRange(0..<min(1, u.prose.count)).lowerBound)
        for t in u.tokens {
            let l = document.source.line(ofByte: u.prose.sourceRange(t.range).lowerBound)
            if l != last { out.append(t.range.lowerBound); last = l }
        }
        return out
    }
}
