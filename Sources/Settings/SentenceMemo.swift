import Text

/// Facts about the sentence a match sits in, worked out once per sentence while a unit's matches are
/// checked (they come in order, so only the current sentence is kept). Each fact reads the whole
/// sentence; asked again for every match, a long sentence with many matches made a check quadratic
/// (30,000 emphasised words in one paragraph took seconds, twice as many four times as long).
struct SentenceMemo {
    let unit: ProseUnit
    private var sentence = -1
    private var asks: Bool?
    private var risk: Bool?
    private var condition: Int?
    private var commits: Bool?
    private var lastExplainer: Int?
    /// Parenthesis depth just before token `depthAt` of the current sentence.
    private var depth = 0
    private var depthAt = -1

    init(_ unit: ProseUnit) { self.unit = unit }

    private mutating func enter(_ s: Int) {
        guard s != sentence else { return }
        sentence = s
        asks = nil; risk = nil; condition = nil; commits = nil; lastExplainer = nil
        depth = 0; depthAt = -1
    }

    private func range(_ s: Int) -> Range<Int> { unit.sentences[s].tokens }

    mutating func asks(_ s: Int) -> Bool {
        enter(s)
        if let a = asks { return a }
        let a = unit.asks(unit.sentences[s])
        asks = a
        return a
    }

    mutating func statesRisk(_ s: Int) -> Bool {
        enter(s)
        if let r = risk { return r }
        let r = Modality.statesRisk(unit.tokens, sentence: range(s))
        risk = r
        return r
    }

    mutating func isHypothetical(_ s: Int, at i: Int) -> Bool {
        enter(s)
        let c = condition ?? Modality.conditionStart(unit.tokens, sentence: range(s))
        condition = c
        return Modality.isHypothetical(unit.tokens, sentence: range(s), at: i, conditionStart: c)
    }

    mutating func commits(_ s: Int, inPlan: Bool) -> Bool {
        enter(s)
        if let c = commits { return c }
        let c = Modality.commits(unit.tokens, sentence: range(s), inPlan: inPlan)
        commits = c
        return c
    }

    /// Whether an explanation (":", "(", "—", "such as", "for example"…) follows token `from` in the sentence.
    mutating func explainedAfter(_ s: Int, from: Int) -> Bool {
        enter(s)
        let last = lastExplainer ?? PhraseMatcher.lastExplainer(unit.tokens, range(s))
        lastExplainer = last
        return last >= from
    }

    /// True inside "( … )" before token `i`: an aside, "(and other services in the future)", promises nothing.
    mutating func inParentheses(_ s: Int, at i: Int) -> Bool {
        enter(s)
        let lower = range(s).lowerBound
        if depthAt < lower || depthAt > i { depth = 0; depthAt = lower }
        let t = unit.tokens
        while depthAt < i {
            if t[depthAt].kind == .symbol {
                if t[depthAt].is("(") { depth += 1 } else if t[depthAt].is(")") { depth = max(0, depth - 1) }
            }
            depthAt += 1
        }
        return depth > 0
    }
}
