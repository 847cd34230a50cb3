import Text

/// Figures tied to the thing they measure, so two mentions of the same thing can be compared: money
/// with its noun ("a $50K prize pool", "a budget of $2M") and the size of a pilot, beta or survey
/// ("a beta with 12 teams", "we surveyed 400 customers"). Only forms that name one quantity: a count
/// that merely sits near "pilot" ("4 stores dropped out of the pilot") is a part, not the size.
enum FigureMentions {
    struct Mention {
        /// What is measured: "money pool", "beta teams".
        let key: String
        let value: Double
        /// The figure as written, for the message.
        let shown: String
        let tokens: Range<Int>
    }

    /// Money nouns that name one amount in a draft; "fee", "credit" or "cost" come in several kinds.
    static let moneyNouns: WordSet = ["prize", "prizes", "fund", "pool", "budget", "grant", "bounty", "award", "stipend",
                                      "investment", "headcount"]
    static let currencyWords: WordSet = ["usd", "dollars", "eur", "euros", "gbp", "pounds"]
    static let scaleWords: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9]

    /// Events whose size a draft states once: "a pilot with 12 stores".
    static let anchors: [String: String] = [
        "pilot": "pilot", "beta": "beta", "trial": "trial", "survey": "survey", "surveyed": "survey",
        "interviewed": "interview", "interviews": "interview", "study": "study", "preview": "preview",
    ]
    /// Words between an event and its size ("a survey of", "a beta with the").
    static let anchorLinks: WordSet = ["with", "of", "across", "among", "in", "covering", "the", "involving"]
    /// Plural nouns that are durations or units, not the things counted.
    static let notCounted: WordSet = ["days", "weeks", "months", "years", "hours", "minutes", "seconds", "times", "percent",
                                      "points", "dollars", "cents"]

    /// The value of a figure: "$50K" 50,000, "1,200" 1,200, "2.5M" 2,500,000, with "thousand" after it.
    static func magnitude(_ text: String, scale next: String?) -> Double? {
        var digits = ""
        var multiplier = 1.0
        var seenDigit = false
        for ch in text {
            if ch.isNumber { digits.append(ch); seenDigit = true
            } else if ch == "." && seenDigit { digits.append(ch)
            } else if ch == "," { continue
            } else if seenDigit {
                switch ch {
                case "k", "K": multiplier = 1e3
                case "m", "M": multiplier = 1e6
                case "b", "B": multiplier = 1e9
                case "+", "~": break
                default: return nil
                }
            } else if !"$€£¥₹~+".contains(ch) { return nil }
        }
        guard let v = Double(digits) else { return nil }
        return v * multiplier * (next.flatMap { scaleWords[$0] } ?? 1)
    }

    static func money(_ t: TokenList, _ k: Int) -> Bool {
        guard t[k].kind == .number else { return false }
        if let first = t[k].text.unicodeScalars.first, InconsistentFigure.currencies.contains(first) { return true }
        return k + 1 < t.count && currencyWords.contains(t[k + 1])
    }

    static func mentions(_ unit: ProseUnit) -> [Mention] {
        let t = unit.tokens
        var out = [Mention]()
        for k in t.indices where t[k].kind == .number {
            if money(t, k) { amount(t, k).map { out.append($0) } } else { size(t, k).map { out.append($0) } }
        }
        return out
    }

    /// "$50K prize pool", "50K USD in prizes", "a prize pool of $50K".
    private static func amount(_ t: TokenList, _ k: Int) -> Mention? {
        var p = k + 1
        var scale: String?
        if p < t.count, scaleWords[t[p].key] != nil { scale = t[p].key; p += 1 }
        if p < t.count, currencyWords.contains(t[p]) { p += 1 }
        guard let value = magnitude(t[k].text, scale: scale) else { return nil }
        var nouns = [String]()
        if p < t.count, t[p].key == "in" { p += 1 }
        // After: one or two words, the last a money noun ("$50K prize pool": the head is "pool").
        for q in p..<min(p + 2, t.count) where t[q].kind == .word && moneyNouns.contains(t[q]) {
            var end = q + 1
            if end < t.count, t[end].kind == .word, moneyNouns.contains(t[end]) { end += 1 }
            nouns = (p..<end).map { t[$0].key }
            return Mention(key: "money " + name(nouns), value: value, shown: t[k].text, tokens: k..<end)
        }
        // Before: "<noun> of $50K", the noun one or two words back.
        if k >= 2, t[k - 1].key == "of", t[k - 2].kind == .word, moneyNouns.contains(t[k - 2]) {
            nouns = [t[k - 2].key]
            if k >= 3, t[k - 3].kind == .word, moneyNouns.contains(t[k - 3]) { nouns.insert(t[k - 3].key, at: 0) }
            return Mention(key: "money " + name(nouns), value: value, shown: t[k].text, tokens: (k - nouns.count - 1)..<(k + 1))
        }
        return nil
    }

    /// "a beta with 12 teams", "a survey of 1,200 shoppers", "we interviewed 40 nurses", "the 30 bikes in
    /// the pilot", "our 24-bike pilot".
    private static func size(_ t: TokenList, _ k: Int) -> Mention? {
        guard let value = magnitude(t[k].text, scale: nil), !t[k].text.contains("%") else { return nil }
        // "our 24-bike pilot": the figure, a hyphen, the counted noun, the event.
        if k + 3 < t.count, t[k + 1].kind == .symbol, t[k + 1].text == "-" || t[k + 1].text == "‑",
           t[k + 2].kind == .word, let event = anchors[t[k + 3].key], counted(t[k + 2].key) {
            return Mention(key: event + " " + stem(t[k + 2].key), value: value, shown: t[k].text, tokens: k..<(k + 4))
        }
        // "the 30 bikes in the pilot": the definite article makes it the whole set, not a part of it.
        if k >= 1, t[k - 1].key == "the", k + 1 < t.count, t[k + 1].kind == .word, counted(t[k + 1].key) {
            var p = k + 2
            if p < t.count, ["in", "of", "during", "across", "from"].contains(t[p].key) {
                p += 1
                if p < t.count, ["the", "our", "this", "that"].contains(t[p].key) { p += 1 }
                if p < t.count, let event = anchors[t[p].key], event != "interview" {
                    return Mention(key: event + " " + stem(t[k + 1].key), value: value, shown: t[k].text + " " + t[k + 1].text,
                                   tokens: k..<(p + 1))
                }
            }
        }
        guard k >= 1 else { return nil }
        var a = k - 1
        var links = 0
        while a >= 0, links < 2, anchorLinks.contains(t[a]) { a -= 1; links += 1 }
        guard a >= 0, let event = anchors[t[a].key] else { return nil }
        // "surveyed 400 customers" needs no link; "a beta 12 teams" is not English.
        guard links > 0 || event == "survey" || event == "interview" else { return nil }
        // The counted noun: the first plural word within two words after the figure.
        for q in (k + 1)..<min(k + 3, t.count) {
            guard t[q].kind == .word else { return nil }
            if t[q].key.hasSuffix("s"), counted(t[q].key) {
                return Mention(key: event + " " + stem(t[q].key), value: value, shown: t[k].text + " " + t[q].text, tokens: a..<(q + 1))
            }
        }
        return nil
    }

    /// A noun a pilot's size may count: not a duration or a unit ("a 6-week pilot").
    private static func counted(_ key: String) -> Bool { key.count > 2 && !notCounted.contains(key) && !notCounted.contains(key + "s") }

    /// "bikes" and "bike" are one noun.
    private static func stem(_ key: String) -> String { key.count > 3 && key.hasSuffix("s") ? String(key.dropLast()) : key }

    /// The head noun names the amount ("prize pool", "pool of"); "prizes" and "prize" are one noun.
    private static func name(_ words: [String]) -> String {
        guard let last = words.last else { return "" }
        return last.hasSuffix("s") ? String(last.dropLast()) : last
    }
}
