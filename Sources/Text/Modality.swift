/// When "could", "might" or "would" is not doubt about a claim: a condition and what follows from it
/// ("if the cache misses, the call would take 2 s"), a counterfactual ("it would require a new API"),
/// or a risk, whose right form is a modal ("the migration could drop writes"). Hedge rules ask here, so
/// the single-hedge and stacked-hedge findings agree on what a hedge is.
public enum Modality {
    /// Words that open a condition, an alternative or a counterfactual in the same sentence.
    static let conditions: WordSet = [
        "if", "unless", "otherwise", "instead", "without", "alternatively", "whether", "else", "suppose",
        "supposing", "assuming", "imagine", "hypothetically", "rather", "even", "hindsight", "next",
    ]
    /// "would" followed by one of these states the consequence of a case: "it would require a new API".
    /// Only "would": "hosting could cost $30,000" doubts an estimate.
    static let consequences: WordSet = [
        "require", "requires", "need", "mean", "involve", "entail", "break", "cause", "result", "introduce",
        "add", "force", "lead", "leave", "cost", "take", "have", "lose", "miss", "fail", "duplicate", "conflict",
        "confuse", "expose", "block", "delay", "increase", "complicate", "prevent", "overwrite", "drop",
    ]
    /// Words that make a sentence a statement of risk.
    static let riskWords: WordSet = [
        "risk", "risks", "risky", "fail", "fails", "failure", "failures", "break", "breaks", "breaking", "broken",
        "outage", "outages", "lose", "loss", "losses", "delay", "delays", "slip", "downside", "downsides",
        "drawback", "drawbacks", "concern", "concerns", "confuse", "confusion", "confusing", "regression",
        "regressions", "churn", "abuse", "misuse", "attack", "attacks", "leak", "leaks", "error", "errors", "bug",
        "bugs", "miss", "misses", "missed", "late", "incompatible", "conflict", "conflicts", "problem", "problems", "issue", "issues", "harm", "damage",
        "danger", "dangerous", "threat", "vulnerable", "vulnerability", "exposure", "expensive", "costly",
        "overhead", "burden", "mistake", "mistakes", "wrong", "unexpected", "unintended", "disrupt", "disruption",
        "degrade", "degraded", "slower", "overload", "throttle", "throttled", "exceed", "exceeds", "limit",
        "limits", "lock-in", "deprecated", "deprecate", "downtime", "worse", "hurt", "compromise",
    ]
    static let modals: WordSet = ["could", "might", "may", "would", "can"]

    /// True when the modal at token `i` sits in a condition, an alternative or a consequence of one.
    public static func isHypothetical(_ tokens: TokenList, sentence: Range<Int>, at i: Int) -> Bool {
        isHypothetical(tokens, sentence: sentence, at: i, conditionStart: conditionStart(tokens, sentence: sentence))
    }

    /// The same, given the sentence's `conditionStart`: a caller with many modals in one sentence works
    /// that out once, not once for each.
    public static func isHypothetical(_ tokens: TokenList, sentence: Range<Int>, at i: Int, conditionStart: Int) -> Bool {
        if conditionStart < i { return true }
        // "so I could reach them", "so that we can": a purpose, not a doubt.
        for j in max(sentence.lowerBound, i - 3)..<i where tokens[j].key == "so" {
            if j + 1 < i, ["i", "we", "you", "they", "that", "he", "she", "it"].contains(tokens[j + 1].key) { return true }
        }
        var n = i + 1
        while n < sentence.upperBound, tokens[n].kind == .word,
              ["not", "also", "then", "still"].contains(tokens[n].key) || tokens[n].key.hasSuffix("ly") { n += 1 }
        guard n < sentence.upperBound, tokens[n].kind == .word else { return false }
        guard tokens[i].key == "would" else { return false }
        if consequences.contains(tokens[n]) { return true }
        // "would be possible / required / needed / a breaking change"
        if tokens[n].key == "be", n + 1 < sentence.upperBound {
            let after = tokens[n + 1].key
            return ["possible", "required", "needed", "necessary", "impossible", "difficult", "hard", "breaking"].contains(after)
        }
        return false
    }

    /// True when the sentence states a risk, where "may" and "could" are the honest form.
    /// Where the sentence's first condition starts ("if", "unless", "even if", "rather than", "next
    /// time"…); the sentence's end when it sets none.
    public static func conditionStart(_ tokens: TokenList, sentence: Range<Int>) -> Int {
        // The set read once, not through its lazy initialiser's check for every word (here and below).
        let conditions = Self.conditions
        for j in sentence where tokens[j].kind == .word && conditions.contains(tokens[j]) {
            // "even if", "rather than", "next time": these count only in those pairs.
            let k = tokens[j].key
            if k == "even" || k == "rather" || k == "next" {
                guard j + 1 < tokens.count else { continue }
                let next = tokens[j + 1].key
                // "even though" concedes a fact; it sets no condition.
                if (k == "even" && next == "if") || (k == "rather" && next == "than") || (k == "next" && next == "time") { return j }
                continue
            }
            return j
        }
        return sentence.upperBound
    }

    public static func statesRisk(_ tokens: TokenList, sentence: Range<Int>) -> Bool {
        let riskWords = Self.riskWords
        return sentence.contains { tokens[$0].kind == .word && riskWords.contains(tokens[$0]) }
    }

    /// Words that make a sentence a commitment to a future act.
    /// Verbs in the present that schedule ("launches", "starts") and words that promise ("will",
    /// "available"). Bare "launch" or "release" is often a noun in a past account ("soon after launch").
    static let committing: WordSet = [
        "will", "shall", "won't", "we'll", "they'll", "it'll", "you'll", "planning", "targets", "commits",
        "committed", "launches", "launching", "ships", "shipping", "available", "availability", "roadmap",
        "delivers", "releases", "releasing", "coming", "starts", "begins", "finishes", "completes",
    ]
    /// Who promises: the writer's side, a team, or the customer who is promised something.
    static let promisers: WordSet = ["we", "we'll", "i", "i'll", "our", "us", "team", "teams", "you", "you'll", "customers", "users"]
    /// What a launch delivers: these promise without a person.
    static let delivering: WordSet = ["available", "availability", "launches", "launching", "ships", "shipping", "releases",
                                      "releasing", "roadmap", "coming", "support", "supports", "rollout"]

    /// Words that take the promise out of a sentence.
    static let uncommitted: WordSet = ["potentially", "possibly", "might", "may", "could", "maybe", "perhaps", "consider",
                                       "considering", "considered", "if", "unless", "whether", "optionally"]
    /// These promise only with "to" after them: "we plan to", "we aim to", "going to".
    static let committingBeforeTo: WordSet = ["plan", "plans", "aim", "aims", "intend", "intends", "expect", "expects", "going"]

    /// True when the sentence promises something ("we will ship", "available in", "launches"), so a
    /// vague time in it is a date no one can hold; "going to" counts as "will".
    public static func commits(_ tokens: TokenList, sentence: Range<Int>, inPlan: Bool = false) -> Bool {
        // "We could potentially add it in the future": a possibility, not a promise.
        if sentence.contains(where: { tokens[$0].kind == .word && uncommitted.contains(tokens[$0]) }) { return false }
        // A promise has someone who makes it ("we will", "the team plans to") or something customers get
        // ("available", "launches"); "the stack will eventually be deleted" describes a process.
        var promised = false, promiser = inPlan
        for j in sentence where tokens[j].kind == .word {
            if committing.contains(tokens[j]) { promised = true }
            if committingBeforeTo.contains(tokens[j]), j + 1 < sentence.upperBound, tokens[j + 1].key == "to" { promised = true }
            if promisers.contains(tokens[j]) || delivering.contains(tokens[j]) { promiser = true }
        }
        return promised && promiser
    }

    /// True for the modals a risk or a condition is rightly written with.
    public static func isModal(_ t: borrowing Token) -> Bool { modals.contains(t) }
}
