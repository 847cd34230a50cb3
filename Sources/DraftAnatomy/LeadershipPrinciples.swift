import Text

/// The 16 Leadership Principles (DOMAIN.md §4), and where a draft names them.
public enum LeadershipPrinciples {
    public static let names = [
        "Customer Obsession", "Ownership", "Invent and Simplify", "Are Right, A Lot", "Learn and Be Curious",
        "Hire and Develop the Best", "Insist on the Highest Standards", "Think Big", "Bias for Action", "Frugality",
        "Earn Trust", "Dive Deep", "Have Backbone; Disagree and Commit", "Deliver Results",
        "Strive to be Earth's Best Employer", "Success and Scale Bring Broad Responsibility",
    ]

    public struct Mention {
        public let name: String
        public let unit: Int
        public let tokens: Range<Int>
    }

    /// Word keys of each name, punctuation dropped ("are right a lot").
    static let keyed: [(String, [String])] = names.map { name in
        (name, name.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }).map { Tokenizer.lower(String($0)) })
    }

    /// The names by their first word, so most tokens are dismissed with one lookup.
    static let byFirst: [String: [(String, [String])]] = Dictionary(grouping: keyed, by: { $0.1[0] })
    /// The same first words, asked by token hash before the dictionary hashes the key again.
    static let firstWords = WordSet(keyed.map { $0.1[0] })

    /// Mentions written with capitals, as names are ("Ownership", not "ownership of the code").
    public static func named(in draft: Draft) -> [Mention] { draft.principleMentions }

    static func named(in units: [ProseUnit]) -> [Mention] {
        var out = [Mention]()
        // Read once, not at every capital (each read of a static checks that it is made).
        let firstWords = Self.firstWords
        for (ui, u) in units.enumerated() {
            let tokens = u.tokens
            var i = 0
            // From capital to capital: every name starts with one.
            while let capital = tokens.firstCapital(from: i) {
                i = capital
                var matched = false
                guard firstWords.contains(tokens[i]), let candidates = byFirst[tokens[i].key] else { i += 1; continue }
                for (name, words) in candidates {
                    var k = i, w = 0
                    while k < tokens.count && w < words.count {
                        let t = tokens[k]
                        if t.kind == .symbol && (t.is(",") || t.is(";")) { k += 1; continue }
                        guard t.kind == .word, t.key == words[w] else { break }
                        k += 1; w += 1
                    }
                    if w == words.count, tokens[i].isFirstUpper {
                        // Single-word names need a capital mid-sentence to count as the principle.
                        if words.count == 1 && u.sentences.contains(where: { $0.tokens.lowerBound == i }) && !u.isHeading { continue }
                        out.append(Mention(name: name, unit: ui, tokens: i..<k))
                        i = k
                        matched = true
                        break
                    }
                }
                if !matched { i += 1 }
            }
        }
        return out
    }
}
