import Markdown
import Text

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
            region = (headlineAbove(h) ?? (h + 1))..<regionEnd(after: h, firstFAQ: firstFAQ)
            evidence.append("a press-release heading (line \(line(h)))")
        } else {
            region = 0..<firstFAQ
        }
        let body = region.filter { !units[$0].isHeading && !furniture.contains($0) }

        let labels = labelledParts(in: region, into: &a)
        if labels >= 2 { evidence.append("\(labels) press-release part labels") }

        // A dateline opens the release: look only at its first paragraphs.
        let dateline = body.prefix(a.pressReleaseHeading == nil ? 6 : 10).first { isDateline(units[$0]) }
        let quotes = body.filter { isQuote($0) }
        let announce = body.prefix(6).first { announces(units[$0]) }
        if let d = dateline { evidence.append("a dateline (line \(line(d)))") }
        if let q = quotes.first { evidence.append("an attributed quote (line \(line(q)))") }
        if let n = announce, dateline == nil { evidence.append("a launch announcement (line \(line(n)))") }
        let leadUnits = region.filter { !furniture.contains($0) && !isGenericTitle(units[$0]) }
        let launch = launchUnderHeadline(leadUnits, body)
        if let n = launch { evidence.append("a headline over a launch announcement (line \(line(n)))") }

        // Without a heading, a launch announcement alone is not enough: RFCs announce things too.
        let found = a.pressReleaseHeading != nil || dateline != nil || labels >= 2 || (!quotes.isEmpty && announce != nil) || launch != nil
        a.pressReleaseSignalled = found
        // A document with no FAQ and no sign of a release is read whole as one (a bare press release, or
        // a draft forced to the PR/FAQ profile); with FAQs and no sign, it has none.
        guard found || a.faqSections.isEmpty else { return }
        a.hasPressRelease = true
        a.pressRelease = region
        a.pressReleaseEvidence = evidence
        readDateline(dateline, in: region, into: &a)
        findHeadline(leadUnits, into: &a)
        findSummary(dateline: dateline, announce: announce ?? launch, body: body, into: &a)
        findQuotes(quotes, body: body, into: &a)
        // Product and company names ("Visit Notes", "Tap to Dispute"): a sentence that opens with one is
        // not an instruction.
        names = nameWords([a.prParts[.headline]?.marker, a.prParts[.summary]?.marker].compactMap { $0 })
        findBodyParts(body, quotes: Set(quotes), into: &a)
    }

    /// Sets a part found by content, unless a label already placed it.
    private func set(_ part: Anatomy.PRPart, _ unit: Int, span: Range<Int>? = nil, in a: inout Anatomy) {
        if a.prParts[part] == nil { a.prParts[part] = .init(marker: unit, units: unit..<(unit + 1), labelled: false, span: span) }
    }

    /// Labelled parts: "## Customer Quote" headings and "Customer Quote:" lead-ins, also on later lines of a
    /// paragraph written without blank lines. Returns how many it found.
    private func labelledParts(in region: Range<Int>, into a: inout Anatomy) -> Int {
        var labels = 0
        for i in region where !furniture.contains(i) {
            if let (part, marker) = label(i), a.prParts[part] == nil {
                let end = units[i].isHeading ? sections[units[i].section].allUnits.upperBound : i + 1
                labels += 1
                // A template heading left empty names the part without writing it: still missing.
                let written = !units[i].isHeading || ((i + 1)..<end).contains { !units[$0].isHeading && units[$0].wordCount > 0 }
                if written { a.prParts[part] = .init(marker: marker, units: i..<max(end, marker + 1), labelled: true) }
            }
            guard !units[i].isHeading, units[i].tokens.firstSymbol(":", from: 0) != nil else { continue }
            let lines = lineStarts(units[i])
            for (n, start) in lines.enumerated().dropFirst() {
                let end = n + 1 < lines.count ? lines[n + 1] : units[i].prose.count
                guard let part = leadIn(units[i], from: start), a.prParts[part] == nil else { continue }
                a.prParts[part] = .init(marker: i, units: i..<(i + 1), labelled: true, span: start..<end)
                labels += 1
            }
        }
        return labels
    }

    /// A launch told as news right under the headline and its subheading ("Today we are releasing …"): a
    /// CHANGELOG line that announces a feature further down an RFC is not a press release.
    private func launchUnderHeadline(_ leadUnits: [Int], _ body: [Int]) -> Int? {
        guard let h = leadUnits.first, units[h].isHeading || isEmphasisLine(h),
              let next = body.first(where: { $0 > h && !isEmphasisLine($0) }), launches(units[next]),
              (h + 1..<next).filter({ units[$0].isHeading }).count <= 1 else { return nil }
        return next
    }

    private func readDateline(_ dateline: Int?, in region: Range<Int>, into a: inout Anatomy) {
        a.datelineFound = dateline != nil
        a.datelineUnit = dateline
        if let d = dateline { a.datelineLacks = lacks(units[d]) }
        // "FOR RELEASE — SEPTEMBER 2026" above the release gives the date: the dateline then lacks only its city.
        let datedReleaseLine = region.contains { furniture.contains($0) && AnatomyFinder.isReleaseLine(units[$0]) && lacks(units[$0]) != "date" }
        if datedReleaseLine {
            if a.datelineLacks == "date" { a.datelineLacks = nil }
            if dateline == nil { a.datelineFound = true; a.datelineLacks = "city" }
        }
    }

    /// The headline is the first heading, bold line or line of the release, the subheading the next; a
    /// dateline on its own line above them ("**Seattle, WA — April 18, 2026**") is neither.
    private func findHeadline(_ leadUnits: [Int], into a: inout Anatomy) {
        var lead = [Int]()
        for i in leadUnits where lead.count < 2 && !(isDateline(units[i]) && isBareDateline(units[i])) { lead.append(i) }
        guard let h = lead.first, a.prParts[.headline] == nil, !isDateline(units[h]), !isQuote(h), !units[h].inList else { return }
        let lines = lineStarts(units[h])
        let firstLineWords = units[h].tokens.lazy.filter { $0.range.lowerBound < (lines.count > 1 ? lines[1] : Int.max) && $0.kind != .symbol }.count
        if !units[h].isHeading, (2...3).contains(lines.count), firstLineWords <= 20 {
            // "Headline\nSubheading" written as one paragraph, a line each.
            set(.headline, h, span: 0..<lines[1], in: &a)
            set(.subheading, h, span: lines[1]..<(lines.count > 2 ? lines[2] : units[h].prose.count), in: &a)
        } else if units[h].isHeading || units[h].wordCount <= 20 || isEmphasisLine(h) {
            set(.headline, h, in: &a)
            guard lead.count > 1 else { return }
            let s = lead[1]
            // A heading that labels a part or prompts the writer ("Summarize the product …") is no subheading.
            let prompt = units[s].isHeading && (label(s) != nil || units[s].tokens.first.map { AnatomyFinder.instructionVerbs.contains($0.key) } == true)
            if !prompt && !isDateline(units[s]) && !isQuote(s) && !announces(units[s]) && units[s].wordCount <= 45
                && (units[s].isHeading || units[s].sentences.count <= 2) && !units[s].inList {
                set(.subheading, s, in: &a)
            }
        }
    }

    /// The summary is the dateline paragraph; after a dateline on its own line, the next paragraph past
    /// the headline; else the paragraph that announces the launch; under a press-release heading, the
    /// paragraph after the headline, dated or not.
    private func findSummary(dateline: Int?, announce: Int?, body: [Int], into a: inout Anatomy) {
        let top = [a.prParts[.headline]?.marker, a.prParts[.subheading]?.marker].compactMap { $0 }.max() ?? -1
        if let d = dateline {
            let next = body.first { $0 > max(d, top) && !isQuote($0) }
            set(.summary, isBareDateline(units[d]) ? (next ?? d) : d, in: &a)
        } else if let n = announce {
            set(.summary, n, in: &a)
        } else if a.pressReleaseHeading != nil, let n = body.first(where: { $0 > top && !isQuote($0) && !units[$0].inList && !units[$0].inQuote }) {
            set(.summary, n, in: &a)
        }
    }

    /// The launching organisation's people give the leader quote, anyone else the customer quote.
    private func findQuotes(_ quotes: [Int], body: [Int], into a: inout Anatomy) {
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
        let quoteSet = Set(quotes)
        if customer == nil, let q = unsure.first(where: { introducedEarlier($0, in: body, quotes: quoteSet) }) {
            customer = q
            unsure.removeAll { $0 == q }
        }
        // Speakers the attribution does not place ("said [NAME, TITLE]", "said the author") fill the
        // slots left, leader first, as releases order them.
        for q in unsure {
            if leader == nil { leader = q } else if customer == nil, q != leader { customer = q }
        }
        if let q = leader { set(.leaderQuote, q, in: &a) }
        if let q = customer { set(.customerQuote, q, in: &a) }
    }

    /// Problem and solution are the first two paragraphs after the summary that neither say how to start
    /// nor where to go; the call to action is the last that says where to go, after the problem.
    private func findBodyParts(_ body: [Int], quotes: Set<Int>, into a: inout Anatomy) {
        let summary = a.prParts[.summary]?.marker ?? -1
        let after = body.filter { $0 > summary && !quotes.contains($0) && !units[$0].inQuote }
        let starts = Set(after.filter { tellsHowToStart(units[$0]) })
        let acts = Set(after.filter { isCallToAction(units[$0]) })
        let told = after.filter { !units[$0].inList && !acts.contains($0) && !starts.contains($0) }
        if let p = told.first { set(.problem, p, in: &a) }
        if told.count > 1 { set(.solution, told[1], in: &a) }
        if let p = after.first(where: starts.contains) { set(.gettingStarted, p, in: &a) }
        let problem = a.prParts[.problem]?.marker ?? -1
        if let p = after.last(where: { $0 != problem && acts.contains($0) }) { set(.callToAction, p, in: &a) }
    }

    // MARK: the region

    /// "## Press Release", "PR", "The press release", "1. Press Release", "📰 PRESS RELEASE".
    func pressReleaseHeading(before limit: Int) -> Int? {
        var generic: Int?
        for s in sections where s.heading != nil {
            guard let h = s.heading, h < limit else { break }
            // Every name below has "pr" or "news" in it: most headings leave here, before their words are split.
            guard s.key.includes("pr") || s.key.includes("news") else { continue }
            let words = s.key.split(separator: " ").map(String.init).filter { !Self.prFiller.contains($0) }
            if words == ["press", "release"] || words == ["pr"] || words == ["news", "release"] { return h }
            // "## PRFAQ" as a section (not the document's title) holds the release when nothing names it.
            if s.level >= 2, words == ["prfaq"] || words == ["pr/faq"] || words == ["pr", "faq"], generic == nil { generic = h }
        }
        return generic
    }

    /// "# Larkspur Customers Skip the Pickup Line", an italic subheading, then "## Press Release" and the
    /// dateline: the heading above the press-release heading (at its level or higher, under a title such
    /// as "# PRFAQ" if any) is its headline when the release opens straight with its dateline and nothing
    /// but that heading and a subheading sits above it.
    func headlineAbove(_ h: Int) -> Int? {
        // A document title that names the document ("# PRFAQ") may sit above the headline.
        let above = (0..<h).filter { !furniture.contains($0) && !isGenericTitle(units[$0]) }
        guard let title = above.first, above.count <= 2, units[title].isHeading, headingLevel(title) <= headingLevel(h),
              above.count == 1 || isEmphasisLine(above[1]) || units[above[1]].isHeading
                || (units[above[1]].wordCount <= 15 && units[above[1]].sentences.count == 1),
              let opening = ((h + 1)..<units.count).first(where: { !furniture.contains($0) }), isDateline(units[opening])
        else { return nil }
        // A dateline on a line of its own, then a heading: the release has its headline inside.
        if isBareDateline(units[opening]), let next = ((opening + 1)..<units.count).first(where: { !furniture.contains($0) }),
           units[next].isHeading { return nil }
        return title
    }

    static let prFiller: Set<String> = ["the", "a", "our", "draft", "mock", "sample", "example", "working", "backwards", "external"]

    /// The release runs to the first FAQ or the next heading at its heading's level or higher; a headline
    /// written as a higher heading right under it ("## Press Release" then "# Acme Launches …") is inside.
    func regionEnd(after h: Int, firstFAQ: Int) -> Int {
        let level = headingLevel(h)
        var j = h + 1
        if j < units.count, units[j].isHeading { j += 1 }
        while j < min(firstFAQ, units.count) {
            if units[j].isHeading, !units[j].inQuote, !units[j].inList, headingLevel(j) <= level { return j }
            j += 1
        }
        return min(firstFAQ, units.count)
    }

    func headingLevel(_ i: Int) -> Int { if case .heading(let l) = units[i].kind { return l }; return 7 }

    func line(_ unit: Int) -> Int { document.line(ofBlock: units[unit].block) }

    // MARK: labels

    /// A heading that names a part ("## Customer Quote") or a paragraph that opens with its label
    /// ("Leader's Quote: …", "**Call to Action:** …"). Returns the part and the unit that holds its text.
    func label(_ i: Int) -> (Anatomy.PRPart, Int)? {
        let u = units[i]
        if u.isHeading {
            // A section's heading has its key made already, from its text without the spaces or tabs at
            // either end: the same key when there are none.
            let p = u.prose
            func blank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }
            let padded = p.count == 0 || blank(p.scalars[0]) || blank(p.scalars[p.count - 1])
            let key = sections[u.section].heading == i && !padded ? sections[u.section].key : Section.key(for: u.text)
            guard let p = PartNames.match(key, in: PartNames.prIndex) ?? Self.templatePrompt(key) else { return nil }
            return (p, i)
        }
        if let p = leadIn(u, from: 0) { return (p, i) }
        // "**The problem.** Teams …", "**Getting started** takes two minutes": a bold run that names a part.
        if let run = boldRun(u), let p = PartNames.match(Section.key(for: run), in: PartNames.prIndex) ?? Self.leadInNames[Section.key(for: run)],
           run.split(separator: " ").count <= 4 {
            return (p, i)
        }
        // "**Customer Quote**" alone on a line labels the paragraph after it.
        guard u.wordCount <= 4, i + 1 < units.count, u.tokens.firstSymbol(":", from: 0) == nil,
              let p = PartNames.match(Section.key(for: u.text), in: PartNames.prIndex) else { return nil }
        return (p, i + 1)
    }

    /// The text of the bold run a paragraph opens with ("**The problem.**" → "The problem."), if any.
    func boldRun(_ u: ProseUnit) -> String? {
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
    func leadIn(_ u: ProseUnit, from start: Int) -> Anatomy.PRPart? {
        // The first six tokens from `start`: tokens are in order, so they are the six from the first that
        // starts there, read in place (gathered into an array, they were an allocation a paragraph).
        let t = u.tokens
        var first = 0
        while first < t.count, t[first].range.lowerBound < start { first += 1 }
        guard let colon = (first..<min(t.count, first + 6)).first(where: { t[$0].is(":") }), colon > first else { return nil }
        let name = Section.key(for: u.prose.string(start..<t[colon].range.lowerBound))
        return PartNames.match(name, in: PartNames.prIndex) ?? Self.leadInNames[name]
    }

    /// The press-release template's own prompts as headings: "Quote an Amazon leader to capture the
    /// value …", "Include customer testimonials", "Describe the opportunity or problem".
    static func templatePrompt(_ key: String) -> Anatomy.PRPart? {
        // Every prompt named below holds one of these; most headings hold none, and leave before the split.
        guard key.includes("quote") || key.includes("testimonial") || key.includes("call to action") || key.includes("opportunity") else {
            return nil
        }
        let words = Set(key.split(separator: " ").map(String.init))
        guard words.count >= 3 else { return nil }
        if words.contains("quote") || words.contains("quotes") {
            if words.contains("leader") || words.contains("leadership") || words.contains("executive") { return .leaderQuote }
            if words.contains("customer") || words.contains("customers") { return .customerQuote }
        }
        if words.contains("testimonial") || words.contains("testimonials") { return .customerQuote }
        if key.includes("call to action") { return .callToAction }
        if words.contains("opportunity") && words.contains("problem") { return .problem }
        return nil
    }

    static let leadInNames: [String: Anatomy.PRPart] = [
        "intro paragraph": .summary, "summary paragraph": .summary, "customer problems": .problem,
        "problem": .problem, "leader's quote": .leaderQuote, "leaders quote": .leaderQuote, "quote": .leaderQuote,
        "customer quotes": .customerQuote, "title": .headline, "subtitle": .subheading, "sub title": .subheading,
        "closing": .callToAction, "how to get started": .gettingStarted, "customer's job to be done": .gettingStarted,
        "job to be done": .gettingStarted, "customer experience": .gettingStarted,
    ]

    func isGenericTitle(_ u: ProseUnit) -> Bool {
        guard u.isHeading else { return false }
        let key = Section.key(for: u.text)
        return Self.genericTitles.contains(key) || key.hasSuffix(" pr/faq") || key.hasSuffix(" prfaq") || key.hasSuffix(" pr faq")
            || key.hasPrefix("pr/faq ") || key.hasPrefix("prfaq ") || Self.documentEndings.contains { key.hasSuffix($0) }
    }

    /// "Kilnbook: Press Release and FAQ": a title that names the document, not the news.
    static let documentEndings = [" press release and faq", " press release & faq", " press release and faqs",
                                  " press release and frequently asked questions", " press release/faq", " press release / faq",
                                  " press release faq"]

    static let genericTitles: Set<String> = ["press release", "pr/faq", "prfaq", "pr faq", "working backwards",
                                             "the press release", "draft", "press release draft", "pr", "pr faq draft"]
}
