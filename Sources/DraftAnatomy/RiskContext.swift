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
        for s in sections.dropFirst() where names(key: s.key) {
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

    /// The names' words as bytes, for section keys.
    static let phraseBytes: [[[UInt8]]] = phrases.map { $0.map { Array($0.utf8) } }

    /// `names` asked of a section key's words (split at spaces, "/" and "?"), on its bytes: a word is
    /// hashed as it is read, and only one that may start a name is compared. Split into Strings, a key
    /// cost thousands of instructions; splitting by Character cost a grapheme break a letter.
    static func names(key: String) -> Bool {
        return key.withBytes { b in
            func isSeparator(_ c: UInt8) -> Bool { c == 0x20 || c == 0x2F || c == 0x3F }
            /// The word starting at or after `i`, as a byte range.
            func word(from i: Int) -> Range<Int>? {
                var lo = i
                while lo < b.count, isSeparator(b[lo]) { lo += 1 }
                guard lo < b.count else { return nil }
                var hi = lo
                while hi < b.count, !isSeparator(b[hi]) { hi += 1 }
                return lo..<hi
            }
            func equals(_ r: Range<Int>, _ w: [UInt8]) -> Bool {
                r.count == w.count && zip(r, w).allSatisfy { b[$0] == $1 }
            }
            var next = word(from: 0)
            while let first = next {
                next = word(from: first.upperBound)
                guard firstWords.mayContain(hash: WordHash.of(UnsafeBufferPointer(rebasing: b[first]))) else { continue }
                for p in phraseBytes where equals(first, p[0]) {
                    var at = next, m = 1
                    while m < p.count, let w = at, equals(w, p[m]) { at = word(from: w.upperBound); m += 1 }
                    if m == p.count { return true }
                }
            }
            return false
        }
    }
}
