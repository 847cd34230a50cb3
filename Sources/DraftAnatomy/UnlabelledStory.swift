import Text

/// A story told in order without labels: context, then what I was asked to do, then what I did, then the
/// result with its figure. Recognised only when every step is there, in that order, in the first person
/// singular, and short enough to be spoken: a narrative's "we" and its length keep it out.
struct UnlabelledStory {
    let units: [ProseUnit]

    /// Most spoken words a story told without labels may have (about four minutes).
    static let maxWords = 600

    /// The parts of the paragraphs in `range`, or nil when they do not tell a story in order.
    func parts(in range: Range<Int>) -> [Anatomy.StarPart: Anatomy.Part]? {
        let body = range.filter { !units[$0].isHeading && !units[$0].inQuote && units[$0].wordCount > 0 }
        guard body.count >= 4, body.reduce(0, { $0 + units[$1].wordCount }) <= Self.maxWords else { return nil }
        // A closing "I learned …" paragraph is the Learning, not the Result.
        let learned = body.indices.last.flatMap { opensWithLearning(units[body[$0]]) ? $0 : nil }
        guard let t = body.indices.dropFirst().first(where: { hasTaskCue(units[body[$0]]) }),
              let r = body.indices.last(where: { $0 > t + 1 && $0 != learned && hasResult(units[body[$0]]) }) else { return nil }
        let actions = body[(t + 1)..<r]
        guard actions.reduce(0, { $0 + singularI(units[$1]) }) >= 2 else { return nil }
        func part(_ from: Int, _ to: Int) -> Anatomy.Part { .init(marker: from, units: from..<to, labelled: false) }
        return [
            .situation: part(body[0], body[t]),
            .task: part(body[t], body[t + 1]),
            .action: part(body[t + 1], body[r]),
            .result: part(body[r], learned.map { body[$0] } ?? range.upperBound),
        ].merging(learned.map { [.learning: part(body[$0], range.upperBound)] } ?? [:]) { a, _ in a }
    }

    /// "I learned …", "The lesson …", "Since then I …", "Now I …", "Next time …".
    private func opensWithLearning(_ u: ProseUnit) -> Bool {
        let w = u.tokens.prefix(3).filter { $0.kind == .word }.map(\.key)
        guard let first = w.first else { return false }
        if first == "i", w.count > 1, ["learned", "learnt", "realized", "realised"].contains(w[1]) { return true }
        if ["lesson", "lessons", "learning", "learnings", "takeaway"].contains(first) { return true }
        if ["the", "my", "what"].contains(first), w.count > 1, ["lesson", "lessons", "learning", "takeaway", "i"].contains(w[1]) { return true }
        if first == "since" || first == "next" { return w.count > 1 && ["then", "time"].contains(w[1]) }
        return first == "now" && w.count > 1 && w[1] == "i"
    }

    /// In a bank, sections beside the labelled stories' sections (same level, same parent) that name no part
    /// but tell a story in order.
    func siblings(of stories: [Anatomy.Story], labels: [StarLabel], sections: [Section]) -> [Anatomy.Story] {
        let storySections = Set(stories.compactMap { $0.heading }.filter { units[$0].isHeading }.map { units[$0].section })
        guard !storySections.isEmpty else { return [] }
        let shapes = Set(storySections.map { "\(sections[$0].level)/\(sections[$0].parent ?? -1)" })
        let labelled = Set(labels.map(\.unit))
        var out = [Anatomy.Story]()
        for (si, s) in sections.enumerated() where !storySections.contains(si) {
            guard let h = s.heading, shapes.contains("\(s.level)/\(s.parent ?? -1)") else { continue }
            let r = h..<s.allUnits.upperBound
            guard !r.contains(where: { labelled.contains($0) }), let parts = parts(in: r) else { continue }
            out.append(Anatomy.Story(title: s.title, heading: h, units: r, parts: parts))
        }
        return out
    }

    /// A bank titled by Leadership Principle ("## Bias for Action", "## Dive Deep") whose sections tell
    /// first-person stories in prose: each section is a story even when it is not told in strict order.
    /// Needs two such sections, so one "Ownership" section in a narrative is not a story.
    /// The principles' names as section keys, made once: joined for every draft, they were most of what
    /// finding a draft's stories cost when it tells none.
    static let principleNames = Set(LeadershipPrinciples.keyed.map { $0.1.joined(separator: " ") })

    func principleSections(sections: [Section], labels: [StarLabel], taken: [Anatomy.Story]) -> [Anatomy.Story] {
        let labelled = Set(labels.map(\.unit))
        let names = Self.principleNames
        var out = [Anatomy.Story]()
        for s in sections {
            guard let h = s.heading, s.level >= 2, names.contains(s.key) else { continue }
            let r = h..<s.allUnits.upperBound
            guard !r.contains(where: labelled.contains), !taken.contains(where: { $0.units.overlaps(r) }) else { continue }
            let body = r.filter { !units[$0].isHeading && units[$0].wordCount > 0 }
            let words = body.reduce(0) { $0 + units[$1].wordCount }
            guard body.count >= 3, words >= 60, words <= Self.maxWords * 2, body.reduce(0, { $0 + singularI(units[$1]) }) >= 3 else { continue }
            let parts = self.parts(in: r) ?? looseParts(body, end: r.upperBound)
            out.append(Anatomy.Story(title: s.title, heading: h, units: r, parts: parts))
        }
        return out.count >= 2 ? out : []
    }

    /// Context first, the result where it says so ("The results …", "As a result …") or last, the
    /// action between.
    private func looseParts(_ body: [Int], end: Int) -> [Anatomy.StarPart: Anatomy.Part] {
        let r = body.indices.dropFirst(max(2, body.count / 2)).first(where: { k in units[body[k]].tokens.prefix(6).contains { Self.resultCues.contains($0.key) } }) ?? body.count - 1
        func part(_ from: Int, _ to: Int) -> Anatomy.Part { .init(marker: from, units: from..<to, labelled: false) }
        guard r >= 2 else { return [.situation: part(body[0], body[1]), .result: part(body[r], end)] }
        return [.situation: part(body[0], body[1]), .action: part(body[1], body[r]), .result: part(body[r], end)]
    }

    static let resultCues: Set<String> = ["result", "results", "outcome", "outcomes", "impact", "ultimately", "eventually"]

    /// "My goal…", "I was asked to…", "I needed to…", "I owned…": the candidate's own task.
    private func hasTaskCue(_ u: ProseUnit) -> Bool {
        func cue(_ a: String, _ b: String, _ c: String) -> Bool {
            if a == "my", Self.taskNouns.contains(b) { return true }
            return a == "i" && (Self.taskVerbs.contains(b) || (b == "was" && Self.wasFollowers.contains(c)) || (b == "had" && c == "to"))
        }
        // A window of three words slides over the unit: no copy of a long paragraph's words.
        var a = "", b = "", seen = 0
        for t in u.tokens where t.kind == .word {
            if seen >= 2, cue(a, b, t.key) { return true }
            (a, b) = (b, t.key)
            seen += 1
        }
        return seen >= 2 && cue(a, b, "")
    }

    /// A paragraph with a figure that is not a year and a word of change: "fell from 18% to 7%".
    private func hasResult(_ u: ProseUnit) -> Bool {
        let figure = u.tokens.contains { $0.kind == .number && !Self.isYear($0.key) }
        return figure && u.tokens.contains { $0.kind == .word && Self.changeWords.contains($0) }
    }

    private func singularI(_ u: ProseUnit) -> Int { u.tokens.reduce(0) { $0 + ($1.key == "i" ? 1 : 0) } }

    static func isYear(_ text: String) -> Bool {
        guard text.count == 4, let n = Int(text) else { return false }
        return (1900...2099).contains(n)
    }

    static let taskNouns: WordSet = ["goal", "task", "job", "role", "mandate", "assignment", "target", "challenge"]
    static let taskVerbs: WordSet = ["needed", "owned", "agreed", "committed"]
    static let wasFollowers: Set<String> = ["asked", "tasked", "responsible", "charged", "expected", "accountable"]
    static let changeWords: WordSet = [
        "result", "resulted", "fell", "rose", "dropped", "grew", "cut", "saved", "increased", "reduced", "improved",
        "doubled", "halved", "raised", "lifted", "climbed", "shrank", "declined", "went", "reached", "outcome",
        "impact", "gained", "lowered", "recovered",
    ]
}
