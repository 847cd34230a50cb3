import Markdown
import Text

/// Finds FAQ sections by their label and the question/answer pairs inside them. An FAQ heading is a
/// label ("Internal FAQ", "Frequently asked questions"), never a title that merely contains "faq"
/// ("PR/FAQ: Reorder"). An answer runs until the next question at the same or a higher level, so the
/// sub-headings a writer puts under a question are part of its answer.
struct FAQFinder {
    let units: [ProseUnit]
    let sections: [Section]
    let document: Document

    /// One FAQ: where it starts and ends (units after its heading), its kind, and its heading's section.
    struct Region {
        let section: Int
        let kind: Anatomy.FAQKind
        let units: Range<Int>
    }

    func find(_ a: inout Anatomy) {
        var found = regions()
        // Questions written as "**Q: …?**" or "Q:" lines with no FAQ heading above them are an FAQ all the same.
        if found.isEmpty, let first = units.indices.first(where: { !units[$0].isHeading && leadInQuestion($0) != nil }),
           units.indices.filter({ $0 >= first && !units[$0].isHeading && leadInQuestion($0) != nil }).count >= 2 {
            found = [Region(section: units[first].section, kind: .general, units: first..<units.count)]
        }
        for r in found {
            if a.faqSections[r.kind] == nil { a.faqSections[r.kind] = r.section }
            a.faqRegions.append(r.units)
            collectItems(in: r, into: &a)
        }
        // A single unlabelled FAQ whose questions are also the business's own (cost, risk, owners) serves
        // as the internal FAQ too: many teams keep one FAQ.
        if a.faqSections[.internal] == nil, a.faqSections[.general] != nil {
            a.generalFAQCoversInternal = a.faqItems.filter { $0.faq == .general && isInternalQuestion($0) }.count >= 2
        }
    }

    // MARK: regions

    private func regions() -> [Region] {
        var out = [Region]()
        var covered = 0
        for (si, s) in sections.enumerated() {
            guard let heading = s.heading, heading >= covered, let kind = PartNames.faqKind(s.key) else { continue }
            var end = s.allUnits.upperBound
            // "## FAQ" followed by "## 1. Why …?" questions at its own level: the questions continue it.
            var next = si + 1
            while next < sections.count, let h = sections[next].heading, h == end,
                  sections[next].level == s.level, isQuestionText(units[h]) {
                end = sections[next].allUnits.upperBound
                next += 1
            }
            covered = end
            // Sub-labels split the FAQ: a "### Internal FAQ" heading or an "Internal FAQ" line in it.
            var mine = [Region]()
            var start = heading + 1, current = kind, currentSection = si
            for k in start..<max(start, end) {
                guard let sub = subLabel(units[k]) else { continue }
                if k > start { mine.append(Region(section: currentSection, kind: current, units: start..<k)) }
                current = sub
                if units[k].isHeading { currentSection = units[k].section }
                start = k + 1
            }
            mine.append(Region(section: currentSection, kind: current, units: start..<max(start, end)))
            out += mine
            // Questions after a design section ("## Internal FAQ", "## Interfaces", then more "### …?"
            // questions): a later section at the FAQ's level whose sub-headings ask continues the FAQ.
            var later = next
            while later < sections.count {
                let t = sections[later]
                guard let th = t.heading else { later += 1; continue }
                if t.level < s.level || PartNames.faqKind(t.key) != nil { break }
                if t.level == s.level, asksMostly(later) {
                    out.append(Region(section: later, kind: current, units: (th + 1)..<t.allUnits.upperBound))
                    covered = max(covered, t.allUnits.upperBound)
                }
                later += 1
            }
        }
        return out
    }

    /// Whether a section's own sub-headings are mostly questions (at least two, and at least half).
    private func asksMostly(_ si: Int) -> Bool {
        // Children follow their parent and end where it ends.
        let end = sections[si].allUnits.upperBound
        var children = [Int]()
        var j = si + 1
        while j < sections.count, let h = sections[j].heading, h < end {
            if sections[j].parent == si { children.append(h) }
            j += 1
        }
        let asking = children.filter { isQuestionText(units[$0]) }.count
        return asking >= 2 && asking * 2 >= children.count
    }

    /// An FAQ label inside an FAQ: a heading, or a short line alone ("Internal FAQ", "**Customer questions**").
    private func subLabel(_ u: ProseUnit) -> Anatomy.FAQKind? {
        guard !u.inList, u.wordCount <= 5, !u.isQuestion else { return nil }
        return PartNames.faqKind(Section.key(for: u.text))
    }

    // MARK: items

    private func collectItems(in r: Region, into a: inout Anatomy) {
        let range = r.units
        // The level questions are written at: the highest heading that asks something, else the highest
        // heading. Deeper headings belong to an answer; higher ones only group questions.
        let headings = range.filter { units[$0].isHeading && units[$0].section < sections.count }
        let levels = headings.map { level(units[$0]) }
        let asking = headings.filter { isQuestionText(units[$0]) }.map { level(units[$0]) }
        let qLevel = asking.min() ?? levels.min()
        let listQuestions = qLevel == nil

        var questions = [(unit: Int, q: Range<Int>, inline: Range<Int>?)]()
        var boundaries = [Int]()  // units that end an answer without being questions (group headings)
        for i in range {
            let u = units[i]
            if u.isHeading {
                let l = level(u)
                if let ql = qLevel, l == ql { questions.append((i, 0..<u.prose.count, nil)) }
                else if let ql = qLevel, l < ql { boundaries.append(i) }
            } else if let (q, inline) = leadInQuestion(i) {
                questions.append((i, q, inline))
            } else if listQuestions, u.inList, let (q, inline) = listQuestion(i) {
                questions.append((i, q, inline))
            }
        }
        let stops = Set(boundaries)
        for (n, q) in questions.enumerated() {
            var stop = n + 1 < questions.count ? questions[n + 1].unit : range.upperBound
            if let b = boundaries.first(where: { $0 > q.unit && $0 < stop }) { stop = b }
            var answers = [Int]()
            for j in (q.unit + 1)..<max(q.unit + 1, stop) where !stops.contains(j) {
                // A question written as a list item answers with the items nested under it.
                if units[q.unit].inList && !units[j].inList && listQuestions { break }
                if isPlaceholder(units[j]) { continue }
                answers.append(j)
            }
            let inline = q.inline.flatMap { isPlaceholder(units[q.unit], from: $0.lowerBound) ? nil : $0 }
            let firstBlock = units[q.unit].block + 1
            let endBlock = stop < units.count ? units[stop].block : document.blocks.count
            let blocks = firstBlock..<max(firstBlock, endBlock)
            let extras = blocks.filter { [.table, .codeBlock].contains(document.blocks[$0].kind) }
            a.faqItems.append(.init(question: q.unit, questionRange: q.q, answerUnits: answers, inlineAnswer: inline,
                                    faq: r.kind, answerBlocks: blocks, answerExtras: extras))
        }
    }

    private func level(_ u: ProseUnit) -> Int { if case .heading(let l) = u.kind { return l }; return 7 }

    /// A heading or line that asks: it ends with "?" (after any closing markup) or opens with a Q label.
    func isQuestionText(_ u: ProseUnit) -> Bool {
        if let last = u.tokens.last(where: { $0.kind != .symbol || $0.is("?") }), last.is("?") { return true }
        if u.isHeading && u.wordCount <= 40 && u.tokens.firstSymbol("?", from: 0) != nil { return true }
        guard let t0 = u.tokens.first, t0.kind == .word else { return false }
        if u.opensYesNoQuestion { return true }
        return (t0.key == "q" || isQNumber(t0.key)) && u.tokens.count > 1 && (u.tokens[1].is(":") || u.tokens[1].is("."))
    }

    private func isQNumber(_ key: String) -> Bool {
        key.first == "q" && key.characterCount >= 2 && key.dropFirst().allSatisfy(\.isNumber)
    }

    /// "TODO", "TBD", "?" and the like hold a place for an answer; they are not one.
    private func isPlaceholder(_ u: ProseUnit, from start: Int = 0) -> Bool {
        // Most answers are sentences: dismiss them before collecting anything.
        if start == 0 && u.wordCount > 3 { return false }
        // A template's "[[Answer.]]" is markdown/template-placeholder's to report, once for the draft.
        if u.prose.withScalars({ s in s.indices.dropLast().contains { s[$0] == "[" && s[$0 + 1] == "[" } }) { return false }
        // Four are enough to tell: more than three words is no placeholder.
        let words = Array(u.tokens.lazy.filter { $0.range.lowerBound >= start && $0.kind != .symbol }.prefix(4))
        if words.isEmpty { return u.tokens.allSatisfy { $0.is("?") || $0.is("-") || $0.is("…") || $0.is(".") } }
        guard words.count <= 3 else { return false }
        let first = words[0].key
        if words.count == 1, ["a", "answer"].contains(first) { return true }
        return Self.placeholders.contains(first) || (words.count >= 2 && ["a", "answer"].contains(first) && Self.placeholders.contains(words[1].key))
    }

    static let placeholders: Set<String> = ["todo", "tbd", "tbc", "tba", "fixme", "xxx", "pending"]

    /// A paragraph that opens with a question lead-in: `**Q: …?**`, `**…?**`, `Q:`, `Q1.`, `Question:`.
    /// Returns the question's scalar range and any answer written in the same paragraph.
    private func leadInQuestion(_ i: Int) -> (Range<Int>, Range<Int>?)? {
        let u = units[i]
        guard let first = u.sentences.first, !u.tokens.isEmpty, !u.isHeading else { return nil }
        let t0 = u.tokens[0]
        let blockStart = document.blocks[u.block].range.lowerBound
        let src = document.source.bytes
        let bold = blockStart + 1 < src.count && ((src[blockStart] == 0x2A && src[blockStart + 1] == 0x2A) || (src[blockStart] == 0x5F && src[blockStart + 1] == 0x5F))
        let qLabel = t0.kind == .word && (t0.key == "q" || t0.key == "question" || isQNumber(t0.key))
            && u.tokens.count > 1 && (u.tokens[1].is(":") || u.tokens[1].is("."))
        let endsWithQuestion = u.tokens[first.tokens].last?.is("?") == true
        // "**1. How is it priced?**", "**C1. Who owns it?**": numbering splits the first sentence, so a
        // bold lead-in asks when a "?" closes its bold run.
        let boldAsks = bold && (endsWithQuestion || boldRunAsks(u))
        guard qLabel || boldAsks else { return nil }
        return split(u, first)
    }

    private func boldRunAsks(_ u: ProseUnit) -> Bool {
        let r = document.blocks[u.block].range
        let b = document.source.bytes
        var k = r.lowerBound + 2
        while k + 1 < r.upperBound, k < r.lowerBound + 400 {
            if b[k] == 0x2A && b[k + 1] == 0x2A || b[k] == 0x5F && b[k + 1] == 0x5F { return b[k - 1] == 0x3F }
            k += 1
        }
        return false
    }

    /// A list item that asks ("1. How does billing work?"), answered in the item or by the items under it.
    private func listQuestion(_ i: Int) -> (Range<Int>, Range<Int>?)? {
        let u = units[i]
        guard let first = u.sentences.first, u.tokens[first.tokens].last?.is("?") == true else { return nil }
        return split(u, first)
    }

    /// The question runs to its first "?" (or the first sentence); the rest, if any, is its answer.
    private func split(_ u: ProseUnit, _ first: Sentence) -> (Range<Int>, Range<Int>?) {
        var qEnd = first.range.upperBound
        if let mark = u.tokens.firstSymbol("?", from: 0) { qEnd = u.tokens[mark].range.upperBound }
        var rest = qEnd
        while rest < u.prose.count && (u.prose.scalars[rest] == " " || u.prose.scalars[rest] == "*" || u.prose.scalars[rest] == "_" || u.prose.scalars[rest] == "\t") { rest += 1 }
        // "A:" opens the answer; it is not part of it.
        if rest + 1 < u.prose.count, u.prose.scalars[rest] == "A" || u.prose.scalars[rest] == "a", u.prose.scalars[rest + 1] == ":" {
            rest += 2
            while rest < u.prose.count && u.prose.scalars[rest] == " " { rest += 1 }
        }
        return (0..<qEnd, rest < u.prose.count ? rest..<u.prose.count : nil)
    }

    /// A question the business asks itself rather than a customer: who owns it, what it costs us, its
    /// risks, resources, milestones, how success is measured.
    private func isInternalQuestion(_ item: Anatomy.FAQItem) -> Bool {
        let asked = units[item.question].tokens.lazy.filter { $0.kind == .word && $0.range.upperBound <= item.questionRange.upperBound }
        if asked.contains(where: { Self.internalCues.contains($0) }) { return true }
        // "What are we not building?", "What's deliberately not being built?": the scope question.
        return asked.contains { $0.key == "not" } && asked.contains { ["build", "built", "building", "doing"].contains($0.key) }
    }

    static let internalCues: WordSet = [
        "we", "our", "us", "team", "teams", "owner", "owners", "owns", "own", "responsible", "budget", "cost",
        "costs", "risk", "risks", "resources", "resource", "milestones", "milestone", "timeline", "dependencies",
        "depend", "legal", "members", "member", "invest", "investment", "headcount", "staff", "funding", "fund",
        "approve", "approval", "deliverables", "success", "measure", "metrics", "kpi", "kpis", "participant",
        "participants", "stakeholders", "competitors", "competition", "revenue", "profit", "margin",
        "instead", "alternative", "alternatives", "drawback", "drawbacks", "downside", "downsides",
        "roadmap", "tradeoff", "tradeoffs", "trade-off", "trade-offs",
    ]
}

extension ProseUnit {
    /// "### Does it work offline": a heading that opens like a yes/no question asks one, "?" or not.
    public var opensYesNoQuestion: Bool {
        guard isHeading, wordCount >= 3, wordCount <= 14, tokens.count > 1, tokens[0].kind == .word, tokens[1].kind == .word
        else { return false }
        return Self.yesNoOpeners.contains(tokens[0]) && Self.subjects.contains(tokens[1])
    }

    static let yesNoOpeners: WordSet = ["does", "do", "is", "are", "can", "will", "should", "could", "would", "has", "have"]
    /// The subject right after the verb makes the question: "Does it work", "Can I cancel", not "Is Now Live".
    static let subjects: WordSet = ["it", "i", "we", "you", "they", "this", "the", "my", "our", "your", "there", "anyone", "everyone"]
}
