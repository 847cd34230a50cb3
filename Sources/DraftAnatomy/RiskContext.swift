import Text

/// The units that weigh risks, drawbacks and alternatives: under a heading that says so, in the answer
/// to a question that asks so, or in a list led in by "Cons:" or "Pros:". There "may" and "could" are
/// how a risk is rightly stated, and comparisons are the point of a pros-and-cons list.
enum RiskContext {
    static let headingWords: [String] = [
        "risk", "risks", "cons", "drawback", "drawbacks", "downside", "downsides", "disadvantage", "disadvantages",
        "trade-off", "trade-offs", "tradeoff", "tradeoffs", "concern", "concerns", "alternative", "alternatives",
        "limitation", "limitations", "mitigation", "mitigations", "threat", "threats", "what could go wrong",
        "why should we not", "why not", "rejected", "considered", "caveats", "challenges", "pros",
        "advantages", "pros and cons", "go wrong", "not do this", "could this fail", "might this fail", "can this fail",
        "would this fail", "failure modes", "failure mode",
    ]
    /// The names as word sequences, and the words they start with for a quick first test.
    static let phrases: [[String]] = headingWords.map { $0.split(separator: " ").map(String.init) }
    static let firstWords = WordSet(phrases.map { $0[0] })
    /// The names by their first word: a word that starts some is compared with those alone, not all.
    static let byFirstWord = Dictionary(grouping: phrases, by: { $0[0] })

    static func units(units: [ProseUnit], sections: [Section], anatomy: Anatomy) -> Set<Int> {
        var out = Set<Int>()
        // A key's words split on its bytes: splitting by Character cost a grapheme break a letter.
        for s in sections.dropFirst()
        where names(s.key.utf8.split { $0 == 0x20 || $0 == 0x2F || $0 == 0x3F }.map { String(decoding: $0, as: UTF8.self) }) {
            out.formUnion(s.allUnits)
        }
        for item in anatomy.faqItems where item.question < units.count {
            let q = units[item.question]
            if names(q.tokens, where: { item.questionRange.contains(q.tokens[$0].range.lowerBound) }) {
                out.formUnion(item.answerUnits)
            }
        }
        // "Cons:" / "**Drawbacks**" and the list right after it.
        var i = 0
        while i < units.count {
            let u = units[i]
            if !u.inList, u.wordCount <= 4, names(u.tokens, where: { _ in true }) {
                var j = i + 1
                while j < units.count, units[j].inList { out.insert(j); j += 1 }
                i = j
                continue
            }
            i += 1
        }
        return out
    }

    /// `names` asked of the word tokens that `include` takes, read in place: the keys were copied into an
    /// array first, for every question and every short line of a draft.
    static func names(_ t: TokenList, where include: (Int) -> Bool) -> Bool {
        func isWord(_ k: Int) -> Bool { t[k].kind == .word && include(k) }
        for i in t.indices where isWord(i) && firstWords.contains(t[i]) {
            for p in byFirstWord[t[i].key] ?? [] {
                // The phrase's later words against the next words taken, one by one.
                var j = i, m = 1
                while m < p.count {
                    j += 1
                    while j < t.count, !isWord(j) { j += 1 }
                    guard j < t.count, t[j].key == p[m] else { break }
                    m += 1
                }
                if m == p.count { return true }
            }
        }
        return false
    }

    /// True when the words hold one of the names as a run of whole words.
    static func names(_ words: [String]) -> Bool {
        for i in words.indices where firstWords.contains(words[i]) {
            for p in byFirstWord[words[i]] ?? [] where i + p.count <= words.count {
                if (1..<p.count).allSatisfy({ words[i + $0] == p[$0] }) { return true }
            }
        }
        return false
    }
}
