/// The units that weigh risks, drawbacks and alternatives: under a heading that says so, in the answer
/// to a question that asks so, or in a list led in by "Cons:" or "Pros:". There "may" and "could" are
/// how a risk is rightly stated, and comparisons are the point of a pros-and-cons list.
enum RiskContext {
    static let headingWords: [String] = [
        "risk", "risks", "cons", "drawback", "drawbacks", "downside", "downsides", "disadvantage", "disadvantages",
        "trade-off", "trade-offs", "tradeoff", "tradeoffs", "concern", "concerns", "alternative", "alternatives",
        "limitation", "limitations", "mitigation", "mitigations", "threat", "threats", "what could go wrong",
        "why should we not", "why not", "rejected", "considered", "caveats", "challenges", "pros",
        "advantages", "pros and cons",
    ]

    static func units(units: [ProseUnit], sections: [Section], anatomy: Anatomy) -> Set<Int> {
        var out = Set<Int>()
        for s in sections.dropFirst() where names(s.key) {
            out.formUnion(s.allUnits)
        }
        for item in anatomy.faqItems {
            let q = units[item.question]
            let text = String(q.text.unicodeScalars.dropFirst(item.questionRange.lowerBound).prefix(item.questionRange.count)).lowercased()
            guard names(text) || text.contains("go wrong") || text.contains("not do this") else { continue }
            out.formUnion(item.answerUnits)
        }
        // "Cons:" / "**Drawbacks**" and the list right after it.
        var i = 0
        while i < units.count {
            let u = units[i]
            if !u.inList, u.wordCount <= 4, names(u.text.lowercased()) {
                var j = i + 1
                while j < units.count, units[j].inList { out.insert(j); j += 1 }
                i = j
                continue
            }
            i += 1
        }
        return out
    }

    /// True when a heading key or a short label names risks or alternatives (as a whole word).
    static func names(_ text: String) -> Bool {
        let words = text.split { !($0.isLetter || $0 == "-") }.map { String($0) }
        let joined = " " + words.joined(separator: " ") + " "
        return headingWords.contains { joined.contains(" " + $0 + " ") }
    }
}
