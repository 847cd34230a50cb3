import DraftAnatomy
import LintCore
import Text

/// "Keep wait times below 5" makes the reader guess: 5 minutes, 5 hours, 5 days?
struct NumberWithoutUnit: Rule {
    let description = RuleDescription(
        id: "data/number-without-unit",
        summary: "A threshold or score with no unit (\"below 5\", \"a score of 7\")",
        rationale: """
            A threshold or a score without its unit reads as precise and says nothing: "below 5" could be \
            minutes, days or percent, and "a score of 7" needs its scale. The writer knows the unit; the \
            reader has to guess it, and two readers guess differently.
            """,
        severity: .warning,
        profiles: [.prfaq, .narrative, .star],
        triggering: [
            RuleExample("We will keep the average wait ⟦below 5⟧ by June 2027.", profile: .narrative),
            RuleExample("Pilot stores reached ⟦a score of 7⟧.", profile: .narrative),
            RuleExample("Median sync delay fell ⟦from 14 to 2⟧.", profile: .star),
            RuleExample("Each session stays ⟦under 20⟧ so it fits into a lunch break.", profile: .narrative),
            RuleExample("The bar for launch: keep false triggers ⟦under 2⟧.", profile: .narrative),
        ],
        nonTriggering: [
            RuleExample("We will keep the average wait below 5 minutes by June 2027.", profile: .narrative),
            RuleExample("Pilot stores reached a score of 7 out of 10, up from 5.", profile: .narrative),
            RuleExample("Pilot stores reached a score of 7/10.", profile: .narrative),
            RuleExample("Free delivery for orders over 35 dollars, and for children under 5.", profile: .narrative),
            RuleExample("Wait times fell from 9 to 4 minutes; errors stayed below 2% and under 3 per 1,000 orders.", profile: .narrative),
            RuleExample("It supports Python 3.9 and above, and Node 18 or later.", profile: .narrative),
            RuleExample("The shares add up to 100.", profile: .narrative),
            RuleExample("Seats are free for a passenger under 13 and for members over 65.", profile: .narrative),
            RuleExample("Quality: at most 1 in 200 sessions ends in a clinic visit.", profile: .narrative),
            RuleExample("Seating calls: 2,250 a month in 2025. Target: under 600 by day 90.", profile: .narrative),
            RuleExample("Support tickets fall from 1,930 in 2026 to under 600 in the year after release.", profile: .narrative),
            RuleExample("By June 30, 2027, pages per on-call week fall from 61 to 15.", profile: .narrative),
            RuleExample("Median sync delay fell from 14 to 2 minutes, and from 9 to 3 seconds at night.", profile: .star),
            RuleExample("Alert me when pending orders per available rider go above 2, and never batch frozen items.", profile: .narrative),
            RuleExample("Phrases like \"you'll be back above 700 in no time\" sound like a promise, so the assistant never says them.", profile: .narrative),
        ])

    /// One-word comparisons before a threshold.
    static let comparators: WordSet = ["below", "under", "above", "over", "exceed", "exceeds", "beneath"]
    /// Two-word comparisons, by their second word and the first words it may follow.
    static let pairs: [String: Set<String>] = [
        "least": ["at"], "most": ["at"], "than": ["less", "more", "fewer", "greater", "lower", "higher"], "to": ["up"],
    ]
    /// Their second words, asked by a token's hash first: the word before every figure is asked.
    static let pairSeconds = WordSet(pairs.keys)
    /// Quantities measured in a unit, not counted: "delay", "wait", "score".
    static let measured: WordSet = ["delay", "delays", "time", "times", "wait", "waits", "latency", "duration", "length",
                                    "speed", "distance", "weight", "temperature", "score", "scores", "rating", "ratings",
                                    "size", "lag", "turnaround", "response", "load", "usage", "consumption", "throughput",
                                    "period", "window", "interval", "timeout", "deadline"]
    /// Nouns whose value needs a scale ("a score of 7").
    static let scored: WordSet = ["score", "rating", "nps", "csat", "grade", "index"]
    /// What may follow a threshold whose unit is missing: the sentence goes on without naming one.
    static let afterBare: WordSet = ["by", "in", "within", "for", "and", "or", "on", "at", "across", "after", "before",
                                     "during", "when", "while", "if", "until", "throughout", "every", "each", "so",
                                     "because", "since", "which", "unless", "to"]
    /// People a threshold may be an age of: "children under 5", "customers over 65".
    static let aged: WordSet = ["children", "kids", "child", "people", "adults", "users", "customers", "patients",
                                "anyone", "everyone", "those", "members", "drivers", "students", "age", "aged", "ages"]

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        for unit in draft.units where !unit.isHeading && !unit.inQuote { check(unit, draft, &ctx) }
    }

    private func check(_ unit: ProseUnit, _ draft: Draft, _ ctx: inout RuleContext) {
        let t = unit.tokens
        for s in unit.sentences {
            // A number inside quotation marks is someone's words ("you'll be back above 700 in no time"),
            // quoted to make a point about them, not the writer's threshold.
            for k in t.indices(of: .number, in: s.tokens) where Self.isBare(t[k].key) && !unit.quotedTokens[k] {
                guard let from = Self.lead(t, k, s.tokens) else { continue }
                // "Seating calls. Baseline: 2,250 a month. Target: under 600.": a labelled target follows the
                // baseline that gave its unit.
                if s.tokens.count > 2, t[s.tokens.lowerBound].kind == .word, t[s.tokens.lowerBound + 1].is(":"),
                   unit.tokens[0..<s.tokens.lowerBound].contains(where: { $0.kind == .number }) { continue }
                // The unit missing: the sentence ends or goes on with a function word.
                let next = k + 1
                if next < s.tokens.upperBound {
                    let n = t[next]
                    let ends = n.kind == .symbol && [".", ",", ";", ":", ")", "!", "?"].contains(n.key)
                        && !(n.is(",") && next + 1 < s.tokens.upperBound && t[next + 1].kind == .number)
                    guard ends || (n.kind == .word && Self.afterBare.contains(n)) else { continue }
                    // "at most 1 in 200 sessions", "fewer than 1 in 1,000 requests": a ratio names its unit last.
                    if n.kind == .word, n.key == "in" || n.key == "of" || n.key == "per", next + 1 < s.tokens.upperBound,
                       t[next + 1].kind == .number { continue }
                    // "5 or 6 minutes", "4 and 5 stars": the unit comes after the second figure.
                    if n.kind == .word, n.key == "or" || n.key == "and", next + 1 < s.tokens.upperBound,
                       t[next + 1].kind == .number { continue }
                }
                let range = unit.sourceRange(tokens: from..<(k + 1))
                ctx.report(range, "\"\(draft.text(range))\" has no unit: \(t[k].key) what?",
                           help: "name the unit or the scale: \"below 5 minutes\", \"7 out of 10\"")
            }
        }
    }

    /// Digits only (with a decimal point): "5", "4.5". "5%", "$5", "3x", "1,000" and "2027" carry their unit
    /// or are years; a version ("3.9") is left to the caller's context.
    /// Read on the key's bytes, with no number parsed: every figure of a draft is asked, and the generic
    /// walk over its UTF-8 view and a `Double` made of it cost six hundred instructions a figure.
    static func isBare(_ s: String) -> Bool {
        s.withBytes { u in
            var dots = 0, digits = 0, value = 0
            for b in u {
                if b == 0x2E { dots += 1; continue }
                guard b >= 0x30 && b <= 0x39 else { return false }
                digits += 1
                if digits <= 4 { value = value * 10 + Int(b - 0x30) }
            }
            // A digit is needed (a lone "." is no figure); a four-digit whole number from 1900 to 2100 is a year.
            guard dots <= 1, digits > 0 else { return false }
            return !(dots == 0 && digits == 4 && (1900...2100).contains(value))
        }
    }

    /// A person or people, by name: an age follows them ("a passenger under 13"). Not by an -er ending:
    /// "false triggers under 2" are things.
    static func isPerson(_ t: borrowing Token) -> Bool { CustomerWords.all.contains(t) || people.contains(t) }
    static let people: WordSet = [
        "passenger", "passengers", "person", "persons", "adult", "adults", "guest", "guests", "infant", "infants",
        "toddler", "toddlers", "teen", "teens", "senior", "seniors", "player", "players", "athlete", "athletes",
        "applicant", "applicants", "participant", "participants", "someone", "traveller", "travellers", "pupil", "pupils",
        "boy", "boys", "girl", "girls", "son", "sons", "daughter", "daughters", "baby", "babies", "dependents",
    ]

    /// Where the comparison starts, when the figure at `k` is a threshold or a score; nil otherwise.
    static func lead(_ t: TokenList, _ k: Int, _ r: Range<Int>) -> Int? {
        guard k > r.lowerBound, t[k - 1].kind == .word else { return nil }
        let before = t[k - 1]
        var from: Int?
        if comparators.contains(before) {
            from = k - 1
        } else if pairSeconds.contains(before), let firsts = pairs[before.key], k - 2 >= r.lowerBound, firsts.contains(t[k - 2].key) {
            // "the shares add up to 100" is a sum, not a threshold.
            if before.key == "to", k - 3 >= r.lowerBound, ["add", "adds", "added", "adding"].contains(t[k - 3].key) { return nil }
            from = k - 2
        } else if before.key == "to", k - 2 >= r.lowerBound, t[k - 2].kind == .number, isBare(t[k - 2].key),
                  k - 3 >= r.lowerBound, t[k - 3].key == "from" {
            // "delay fell from 14 to 2.": neither figure carries a unit, and what changed is measured, not
            // counted ("pages fall from 61 to 15" counts pages).
            guard (max(r.lowerBound, k - 9)..<(k - 3)).contains(where: { measured.contains(t[$0]) }) else { return nil }
            from = k - 3
        } else if before.key == "of", k - 2 >= r.lowerBound, scored.contains(t[k - 2]) {
            from = k - 2
            if k - 3 >= r.lowerBound, t[k - 3].key == "a" || t[k - 3].key == "an" { from = k - 3 }
        }
        guard let start = from else { return nil }
        // "pending orders per available rider goes above 2": a ratio named before the threshold is its unit.
        if (max(r.lowerBound, start - 6)..<start).contains(where: { t[$0].key == "per" }) { return nil }
        // "tickets fall from 1,930 to under 600": the change's start fixes what is counted.
        if (max(r.lowerBound, start - 8)..<start).contains(where: { t[$0].key == "from" && $0 + 1 < start && t[$0 + 1].kind == .number }) { return nil }
        // "children under 5", "a passenger under 13", "aged over 65": an age, which needs no unit.
        if start > r.lowerBound, t[start - 1].kind == .word, aged.contains(t[start - 1]) || isPerson(t[start - 1]) { return nil }
        // "Python 3.9 and above", "Node 18 or later" never reach here; a version after a name does not either.
        return start
    }
}
