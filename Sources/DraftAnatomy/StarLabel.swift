import Markdown
import Text

/// A place where the writer names a STAR part: a heading, a lead-in at the start of a paragraph or list
/// item, or a lead-in on a later line of a paragraph whose lines are all labelled.
struct StarLabel {
    let part: Anatomy.StarPart
    let unit: Int
    /// Scalar offset of the labelled line inside the unit (0 for a heading or a paragraph's first line).
    let offset: Int
    /// The heading's level, nil for a lead-in.
    let headingLevel: Int?
}

/// Reads labels the many ways candidates write them: `### Situation`, `**Situation:**`, `**Situation.**`, `**Situation**`
/// alone on a line, `S:`, `**S (Situation):**`, `S - Situation`, `- **S** — …`, `### ✅ **S - Situation**`,
/// `Situation/Context:`, `Action(s):`, `Result(s)/Outcome/Impact`. A word that merely starts a sentence
/// ("Action items for…", "A lot of…") is not a label: a label ends the line, or is followed by a colon,
/// a dash or the end of its bold.
struct StarLabelReader {
    let units: [ProseUnit]
    let sections: [Section]
    let document: Document

    func labels() -> [StarLabel] {
        var out = [StarLabel]()
        var afterQuestion = false
        for (i, u) in units.enumerated() where !u.tokens.isEmpty {
            if case .heading(let level) = u.kind {
                afterQuestion = false
                guard !u.inList, !u.inQuote else { continue }
                if let part = headingPart(i) { out.append(StarLabel(part: part, unit: i, offset: 0, headingLevel: level)) }
                continue
            }
            forEachLine(u) { offset, first, end in
                // "**Q**: What is DevOps?" then "**A**: DevOps is …": a question's answer, not an Action; nor is
                // an "A:" line that asks ("**A**: Why do we use TDD?").
                let word = u.tokens[first..<end].first { $0.kind == .word }
                defer { afterQuestion = word?.is("Q") == true }
                if word?.is("A") == true, afterQuestion || u.tokens[first..<end].last?.is("?") == true { return }
                if let part = read(u, from: first, to: end, wholeLine: false) {
                    out.append(StarLabel(part: part, unit: i, offset: offset, headingLevel: nil))
                }
            }
        }
        // An Action right before the Situation of a story that has its own Action later, in one section,
        // is no Action ("* **A**: What are the benefits of OOP." under a question heading, then S, T, A, R).
        let section = { (l: StarLabel) in self.units[l.unit].section }
        return out.indices.compactMap { k in
            let l = out[k]
            guard l.part == .action, l.headingLevel == nil, k + 1 < out.count, out[k + 1].part == .situation,
                  section(out[k + 1]) == section(l),
                  out[(k + 2)...].prefix(while: { section($0) == section(l) }).contains(where: { $0.part == .action }) else { return l }
            return nil
        }
    }

    private func headingPart(_ i: Int) -> Anatomy.StarPart? {
        let key = sections[units[i].section].heading == i ? sections[units[i].section].key : Section.key(for: units[i].text)
        // Two Characters at least, found with one step past the first: `count` walked every Character.
        if let first = key.indices.first, key.index(after: first) < key.endIndex,
           let part = PartNames.match(key, in: PartNames.starIndex) { return part }
        return read(units[i], from: 0, to: units[i].tokens.count, wholeLine: true)
    }

    /// Each line of a paragraph, in order: its scalar offset and its token range. cmark joins consecutive
    /// lines into one paragraph, and their breaks survive in the prose as spaces of zero width. Handed to
    /// `body` as found: most paragraphs are one line, and lists of the lines cost two arrays a paragraph.
    /// Inlined: called with a closure that captures the reader, it copied the reader (a retain of each of
    /// its references) for every paragraph.
    @inline(__always)
    private func forEachLine(_ u: ProseUnit, _ body: (_ offset: Int, _ first: Int, _ end: Int) -> Void) {
        let p = u.prose
        let breaks = p.zeroWidthScalars()
        guard breaks.contains(where: { $0 + 1 < p.count && p.scalars[$0] == " " }) else {
            body(0, 0, u.tokens.count)
            return
        }
        var starts = [0]
        for k in breaks where k + 1 < p.count && p.scalars[k] == " " { starts.append(k + 1) }
        var t = 0
        for (n, s) in starts.enumerated() {
            while t < u.tokens.count && u.tokens[t].range.lowerBound < s { t += 1 }
            let next = n + 1 < starts.count ? starts[n + 1] : p.count
            var e = t
            while e < u.tokens.count && u.tokens[e].range.lowerBound < next { e += 1 }
            if e > t { body(s, t, e) }
        }
    }

    /// The part a line's label names, if the line opens with one.
    func read(_ u: ProseUnit, from first: Int, to end: Int, wholeLine: Bool) -> Anatomy.StarPart? {
        let t = u.tokens
        var i = first
        // Emoji, bullets and numbering before the label ("✅", "•", "1.").
        while i < end, t[i].kind == .symbol || t[i].kind == .number, !t[i].is(":") { i += 1 }
        guard i < end, t[i].kind == .word else { return nil }
        let labelStart = i
        var part: Anatomy.StarPart
        var letter = false
        // A letter label is one capital: its key differs from its text, which is read only then.
        if t[i].range.count == 1, !t[i].keyIsText, let p = Self.letters[u.text(i)] {
            // "S", "S - Situation", "S (Situation)"; "S-Situation" is one token.
            part = p
            letter = true
            i += 1
            // "S - Situation" names the part after the letter; in "**R** — Impact was small" the word after
            // the dash is the answer, so the name counts only where the label ends after it.
            if i + 1 < end, t[i].isDash, Self.part(t[i + 1]) == p,
               i + 2 == end || t[i + 2].is(":") || t[i + 2].isDash || closesBold(u, t[i + 1]) {
                i += 2
                letter = false
            } else if i + 2 < end, t[i].is("("), Self.part(t[i + 1]) == p, t[i + 2].is(")") {
                i += 3
                letter = false
            }
        } else if let p = Self.hyphenated(t[i]) {
            part = p
            i += 1
        } else {
            if Self.articles.contains(t[i]), i + 1 < end { i += 1 }
            if let (p, n) = Self.phrase(t, at: i, end: end) {
                part = p
                i += n
            } else if let p = Self.part(t[i]) {
                part = p
                i += 1
            } else {
                return nil
            }
            // "Action(s)", "(what I did)", "/Context", "/Outcome/Impact", "Lessons Learned".
            if i < end, t[i].key == "learned" || t[i].key == "learnt", part == .learning { i += 1 }
            var extras = 0
            while i < end && extras < 4 {
                extras += 1
                if t[i].is("("), let close = (i + 1..<min(end, i + 8)).first(where: { t[$0].is(")") }) {
                    i = close + 1
                } else if (t[i].is("/") || t[i].is("&")) && i + 1 < end && t[i + 1].kind == .word {
                    i += 2
                } else {
                    break
                }
            }
        }
        let bold = isBold(u, t[labelStart])
        if i == end {
            // A line that is only the label: a heading, or bold ("**Situation**"); a bare letter must be bold.
            return wholeLine || bold || !letter ? part : nil
        }
        if t[i].is(":") { return part }
        // "**Situation.** In 2024…": a bold label closed by a full stop.
        if t[i].is("."), bold, closesBold(u, t[i]) { return part }
        if t[i].isDash { return !letter || bold || wholeLine ? part : nil }
        // "**Situation** Our clinic…": the bold closes right after the label.
        if bold, closesBold(u, t[i - 1]) { return part }
        return nil
    }

    private func isBold(_ u: ProseUnit, _ tok: Token) -> Bool {
        let at = u.prose.sourceRange(tok.range).lowerBound
        let b = document.source.bytes
        return at > 0 && at - 1 < b.count && (b[at - 1] == 0x2A || b[at - 1] == 0x5F)
    }

    private func closesBold(_ u: ProseUnit, _ tok: Token) -> Bool {
        let at = u.prose.sourceRange(tok.range).upperBound
        let b = document.source.bytes
        return at < b.count && (b[at] == 0x2A || b[at] == 0x5F)
    }


    static let letters: [String: Anatomy.StarPart] = ["S": .situation, "T": .task, "A": .action, "R": .result, "L": .learning]

    /// Words that name a part on their own. "Goal", "Background" and "Problem" name parts of other
    /// documents too, so they count only after a slash ("Task/Goal").
    static let words: [String: Anatomy.StarPart] = [
        "situation": .situation, "context": .situation,
        "task": .task, "tasks": .task,
        "action": .action, "actions": .action,
        "result": .result, "results": .result, "outcome": .result, "outcomes": .result, "impact": .result,
        "learning": .learning, "learnings": .learning, "lesson": .learning, "lessons": .learning,
        "reflection": .learning, "reflections": .learning, "takeaway": .learning, "takeaways": .learning,
    ]
    /// The same words, asked by a token's hash first: the first word of every line of a draft asks.
    static let partWords = WordSet(words.keys)
    static func part(_ t: Token) -> Anatomy.StarPart? { partWords.contains(t) ? words[t.key] : nil }

    /// Asked of every line's first word: by hash, where a set of Strings hashed each key again.
    static let articles: WordSet = ["the", "my"]

    /// "What I did", "What I learned".
    static func phrase(_ t: TokenList, at i: Int, end: Int) -> (Anatomy.StarPart, Int)? {
        guard i + 2 < end else { return nil }
        guard t[i].key == "what", t[i + 1].key == "i" else { return nil }
        switch t[i + 2].key {
        case "did": return (.action, 3)
        case "learned", "learnt": return (.learning, 3)
        default: return nil
        }
    }

    /// "S-Situation", which the tokenizer keeps as one word.
    static func hyphenated(_ t: Token) -> Anatomy.StarPart? {
        let k = t.key
        // On the bytes first (every word of a line's lead-in comes here): a letter of S, T, A, R or L, then
        // the hyphen. Only then are the Characters read.
        var bytes = k.utf8.makeIterator()
        guard let letter = bytes.next(), let dash = bytes.next(), dash == 0x2D,
              [0x73, 0x74, 0x61, 0x72, 0x6C].contains(letter | 0x20) else { return nil }
        guard k.count > 2, let dash = k.firstIndex(of: "-"), k.distance(from: k.startIndex, to: dash) == 1,
              let p = letters[String(k[k.startIndex]).uppercased()] else { return nil }
        return words[String(k[k.index(after: dash)...])] == p ? p : nil
    }
}
