import Markdown

/// Finds the parts of a draft: first by the headings and lead-ins writers use, then, for unlabelled
/// press releases, by what each paragraph does (a dateline, a quote with an attribution, a URL).
struct AnatomyFinder {
    let units: [ProseUnit]
    let sections: [Section]
    let document: Document

    func find() -> Anatomy {
        var a = Anatomy()
        findFAQs(&a)
        let prEnd = a.faqSections.values.compactMap { sections[$0].heading }.min() ?? units.count
        a.pressRelease = 0..<prEnd
        a.isRFCVariant = sections.contains { $0.key.includes("working backwards") } && !a.faqSections.isEmpty
        findLabelledParts(&a)
        findPressRelease(&a)
        StarFinder(units: units, sections: sections, document: document).find(&a)
        return a
    }

    // MARK: FAQ

    private func findFAQs(_ a: inout Anatomy) {
        for (si, s) in sections.enumerated() where s.heading != nil {
            guard let kind = PartNames.faqKind(s.key) else { continue }
            // A general "FAQ" with External/Internal subsections keeps them as the kinds.
            if a.faqSections[kind] == nil { a.faqSections[kind] = si }
        }
        // A general FAQ stands for the external one when no external FAQ is named.
        for (kind, si) in a.faqSections.sorted(by: { $0.value < $1.value }) {
            let s = sections[si]
            let nestedKinds = sections.indices.filter { j in
                j != si && sections[j].parent == si && PartNames.faqKind(sections[j].key) != nil
            }
            if kind == .general && !nestedKinds.isEmpty { continue }
            collectItems(in: s.allUnits, kind: kind, section: si, into: &a)
        }
    }

    private func collectItems(in range: Range<Int>, kind: Anatomy.FAQKind, section: Int, into a: inout Anatomy) {
        var questions = [(unit: Int, q: Range<Int>, inline: Range<Int>?)]()
        for i in range {
            let u = units[i]
            if u.isHeading {
                if PartNames.faqKind(Section.key(for: u.text)) != nil { continue }
                questions.append((i, 0..<u.prose.count, nil))
            } else if let (q, inline) = leadInQuestion(i) {
                questions.append((i, q, inline))
            }
        }
        for (n, q) in questions.enumerated() {
            let stop = n + 1 < questions.count ? questions[n + 1].unit : range.upperBound
            var answers = [Int]()
            var j = q.unit + 1
            while j < stop {
                // A following heading that is not a question ends the answer.
                if units[j].isHeading { break }
                answers.append(j)
                j += 1
            }
            let firstBlock = units[q.unit].block + 1
            let endBlock = stop < units.count ? units[stop].block : document.blocks.count
            let blocks = firstBlock..<max(firstBlock, endBlock)
            let extras = blocks.filter { [.table, .codeBlock].contains(document.blocks[$0].kind) }
            a.faqItems.append(.init(question: q.unit, questionRange: q.q, answerUnits: answers, inlineAnswer: q.inline,
                                    faq: kind, answerBlocks: blocks, answerExtras: extras))
        }
    }

    /// A paragraph that opens with a question lead-in: `**Q: …?**`, `**…?**`, `Q:`, `Q1.`, `Question:`.
    /// Returns the question's scalar range and any answer written in the same paragraph.
    private func leadInQuestion(_ i: Int) -> (Range<Int>, Range<Int>?)? {
        let u = units[i]
        guard let first = u.sentences.first, !u.tokens.isEmpty else { return nil }
        let t0 = u.tokens[0]
        let blockStart = document.blocks[u.block].range.lowerBound
        let src = document.source.bytes
        let bold = blockStart + 1 < src.count && ((src[blockStart] == 0x2A && src[blockStart + 1] == 0x2A) || (src[blockStart] == 0x5F && src[blockStart + 1] == 0x5F))
        let qLabel = t0.kind == .word && (t0.key == "q" || t0.key == "question" || (t0.key.hasPrefix("q") && t0.key.dropFirst().allSatisfy(\.isNumber)))
            && u.tokens.count > 1 && (u.tokens[1].text == ":" || u.tokens[1].text == ".")
        let qNumber = t0.kind == .word && t0.key.count >= 2 && t0.key.first == "q" && t0.key.dropFirst().allSatisfy(\.isNumber)
        let endsWithQuestion = u.tokens[first.tokens].last?.text == "?"
        guard qLabel || qNumber || (bold && endsWithQuestion) else { return nil }
        // The question runs to the first "?" (or the first line break); the rest, if any, is its answer.
        var qEnd = first.range.upperBound
        if let mark = u.tokens.firstIndex(where: { $0.text == "?" }) {
            qEnd = u.tokens[mark].range.upperBound
        }
        var rest = qEnd
        while rest < u.prose.count && (u.prose.scalars[rest] == " " || u.prose.scalars[rest] == "*" || u.prose.scalars[rest] == "\t") { rest += 1 }
        let inline: Range<Int>? = rest < u.prose.count ? rest..<u.prose.count : nil
        return (0..<qEnd, inline)
    }

    // MARK: labelled parts

    private func findLabelledParts(_ a: inout Anatomy) {
        for s in sections {
            guard let heading = s.heading else { continue }
            let units = heading..<s.allUnits.upperBound
            if let part = PartNames.match(s.key, in: PartNames.prIndex), a.prParts[part] == nil {
                a.prParts[part] = .init(marker: heading, units: units, labelled: true)
            }
            if let part = PartNames.match(s.key, in: PartNames.narrativeIndex), a.narrativeParts[part] == nil {
                a.narrativeParts[part] = .init(marker: heading, units: units, labelled: true)
            }
        }
    }

    // MARK: press release by content

    private func findPressRelease(_ a: inout Anatomy) {
        let pr = a.pressRelease
        var body = [Int]()
        var firstHeading: Int? = nil
        for i in pr {
            if units[i].isHeading {
                if firstHeading == nil, !Self.genericTitles.contains(Section.key(for: units[i].text)),
                   PartNames.match(Section.key(for: units[i].text), in: PartNames.prIndex) == nil {
                    firstHeading = i
                }
            } else if !units[i].inList {
                body.append(i)
            }
        }
        func set(_ part: Anatomy.PRPart, _ unit: Int) {
            if a.prParts[part] == nil { a.prParts[part] = .init(marker: unit, units: unit..<(unit + 1), labelled: false) }
        }
        if let h = firstHeading { set(.headline, h) }
        // Dateline: "CITY — DATE —" within the first few words of a paragraph.
        var datelineUnit: Int? = nil
        for i in body where isDateline(units[i]) { datelineUnit = i; break }
        if let d = datelineUnit {
            a.datelineFound = true
            set(.summary, d)
        }
        // Subheading: between the headline and the dateline, a heading or a short paragraph.
        if a.prParts[.subheading] == nil, let h = a.prParts[.headline]?.marker {
            let next = h + 1
            if next < pr.upperBound, next != datelineUnit, units[next].wordCount <= 45,
               !(units[next].isHeading && PartNames.match(Section.key(for: units[next].text), in: PartNames.prIndex) != nil) {
                set(.subheading, next)
            }
        }
        // Quotes: the first attributed quote is the leader's, a later one the customer's.
        let quotes = body.filter { isQuoteParagraph(units[$0]) }
        let quoteSet = Set(quotes)
        if let q = quotes.first { set(.leaderQuote, q) }
        if quotes.count > 1, let q = quotes.dropFirst().first(where: { $0 != a.prParts[.leaderQuote]?.marker }) { set(.customerQuote, q) }
        // Problem and solution: the first paragraphs after the dateline with their cue words.
        let afterSummary = body.filter { $0 > (datelineUnit ?? -1) && !quoteSet.contains($0) }
        if let p = afterSummary.first(where: { has(units[$0], Self.problemCues) }) { set(.problem, p) }
        if let p = afterSummary.first(where: { $0 > (a.prParts[.problem]?.marker ?? -1) && has(units[$0], Self.solutionCues) }) { set(.solution, p) }
        if let p = afterSummary.first(where: { has(units[$0], Self.startCues) }) { set(.gettingStarted, p) }
        if let p = afterSummary.last(where: { hasURL(units[$0]) || has(units[$0], Self.actionCues) }) { set(.callToAction, p) }
    }

    static let genericTitles: Set<String> = ["press release", "pr/faq", "prfaq", "pr faq", "working backwards",
                                             "the press release", "draft", "press release draft"]
    static let problemCues: WordSet = ["problem", "problems", "struggle", "struggles", "frustrated", "frustrating",
                                           "frustration", "today", "spend", "spent", "waste", "wastes", "wasted",
                                           "can't", "cannot", "unable", "pain", "hard", "difficult", "wait", "waiting",
                                           "miss", "missed", "lose", "lost", "until", "currently", "manually"]
    static let solutionCues: WordSet = ["now", "introducing", "introduces", "launch", "launches", "launched",
                                            "lets", "helps", "allows", "with", "new", "announced", "announces"]
    static let startCues: WordSet = ["started", "start", "sign", "download", "install", "open", "setup", "set", "enable", "works"]
    static let actionCues: WordSet = ["visit", "available", "learn", "sign", "order", "download", "today"]

    private func has(_ u: ProseUnit, _ cues: WordSet) -> Bool { u.tokens.contains { $0.kind == .word && cues.contains($0) } }
    private func hasURL(_ u: ProseUnit) -> Bool { u.tokens.contains { $0.kind == .opaque && ($0.text.includes("://") || $0.text.hasPrefix("www.")) } || u.prose.scalars.contains(Prose.opaque) }

    /// "SEATTLE — March 3, 2027 —", "Berlin, Germany – Jan 5, 2027 – Today…": a capitalised place, then a
    /// dash within a few words; either the place is in capitals or a second dash closes the date. A byline
    /// ("Kwame Mensah, Director — March 3, 2027") has neither.
    func isDateline(_ u: ProseUnit) -> Bool {
        guard !u.isHeading, let first = u.tokens.first, first.kind == .word, first.isFirstUpper else { return false }
        var dashes = 0
        var firstDash = -1
        for (k, t) in u.tokens.prefix(20).enumerated() where k > 0 {
            let isDash = t.text == "—" || t.text == "–" || (t.text == "-" && k + 1 < u.tokens.count && u.tokens[k + 1].text == "-")
            if isDash {
                if firstDash < 0 { firstDash = k }
                if firstDash > 8 { return false }
                dashes += 1
                if t.text == "-" { continue }
            }
            if t.text == "." || t.text == "?" || t.text == "!" { break }
        }
        guard firstDash > 0 else { return false }
        return first.isAllCaps && first.text.unicodeScalars.count > 1 || dashes >= 2
    }

    /// A paragraph with a quotation and an attribution ("said", "says") — a press-release quote.
    func isQuoteParagraph(_ u: ProseUnit) -> Bool {
        guard !u.isHeading else { return false }
        let hasQuote = u.prose.scalars.contains("“") || u.prose.scalars.contains("\"")
        let attributed = u.tokens.contains { $0.key == "said" || $0.key == "says" || $0.key == "explains" || $0.key == "explained" }
        return hasQuote && attributed
    }
}
