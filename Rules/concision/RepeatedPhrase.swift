import PRFAQKit

/// Doubled words are typos; a phrase said three times is padding the reader has already read.
struct RepeatedPhrase: Rule {
    let description = RuleDescription(
        id: "concision/repeated-phrase",
        summary: "Doubled words and phrases repeated across the document",
        rationale: """
            "the the" is a slip a reviewer will notice first. A five-word phrase used three or more times \
            is usually padding: say it once, then refer to it.
            """,
        severity: .warning,
        options: [RuleOption("phrase-words", .int(5), "words in a repeated phrase"),
                  RuleOption("max-repeats", .int(2), "times a phrase may appear")],
        triggering: [
            RuleExample("We ship ⟦the the⟧ order on Monday."),
            RuleExample("Parents rebuild their weekly grocery list. Teachers rebuild their weekly grocery list. Drivers ⟦rebuild their weekly grocery list⟧."),
        ],
        nonTriggering: [
            RuleExample("We ship the order on Monday, and we ship the refund on Tuesday."),
        ])

    static let stop: Set<String> = ["the", "a", "an", "of", "to", "in", "and", "or", "for", "on", "at", "by", "with",
                                    "is", "are", "was", "were", "be", "it", "that", "this", "we", "our", "i", "you"]

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let n = max(ctx.int("phrase-words"), 2)
        let maxRepeats = ctx.int("max-repeats")
        var seen = [Int: Int]()
        for unit in draft.units where !unit.isHeading {
            let toks = unit.tokens
            // Doubled word: the same word twice with only a space between ("that that" is English: skip it).
            for k in 1..<max(toks.count, 1) where toks[k].kind == .word && toks[k - 1].kind == .word
                && toks[k].key == toks[k - 1].key && toks[k].key != "that" && toks[k].key != "had"
                && toks[k].range.lowerBound == toks[k - 1].range.upperBound + 1 {
                ctx.report(unit.sourceRange(tokens: (k - 1)..<(k + 1)), "\"\(toks[k].text)\" is doubled",
                           help: "delete one", fix: Fix(range: unit.sourceRange(tokens: (k - 1)..<(k + 1)), replacement: toks[k - 1].text))
            }
            for s in unit.sentences {
                let words = Array(s.tokens).filter { toks[$0].kind == .word }
                guard words.count >= n else { continue }
                var i = 0
                while i + n <= words.count {
                    let idx = Array(words[i..<(i + n)])
                    // Contiguous words only, with at least two that carry meaning, none a name.
                    let contiguous = zip(idx, idx.dropFirst()).allSatisfy { $1 == $0 + 1 }
                    let content = idx.filter { !Self.stop.contains(toks[$0].key) }.count
                    let named = idx.contains { toks[$0].isFirstUpper && $0 != s.tokens.lowerBound }
                    guard contiguous, content >= 2, !named else { i += 1; continue }
                    // A hash of the words stands for the phrase; the text is built only to report it.
                    var hasher = Hasher()
                    for k in idx { hasher.combine(toks[k].key) }
                    let hash = hasher.finalize()
                    seen[hash, default: 0] += 1
                    if seen[hash] == maxRepeats + 1, let a = idx.first, let b = idx.last {
                        let key = idx.map { toks[$0].key }.joined(separator: " ")
                        ctx.report(unit.sourceRange(tokens: a..<(b + 1)), "\"\(key)\" appears \(maxRepeats + 1) times; say it once",
                                   help: "name it once, then refer back: \"the list\", \"it\"", severity: .suggestion)
                        i += n
                        continue
                    }
                    i += 1
                }
            }
        }
    }
}
