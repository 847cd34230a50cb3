import DraftAnatomy
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
        /// A result that a plan may differ from ("missed refills fell 30%" against the goal's "cut them by
        /// 40%"): compared only with mentions of the same tense. An amount or a size is one figure in both.
        var tensed = false
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
        "build": "build", "rollout": "rollout", "migration": "migration",
    ]
    /// Words between an event and its size ("a survey of", "a beta with the").
    static let anchorLinks: WordSet = ["with", "of", "across", "among", "in", "covering", "the", "involving", "enrolled",
                                       "included", "includes", "recruited", "had", "has", "involved", "reached", "signed"]
    /// Plural nouns that are durations or units, not the things counted.
    static let notCounted: WordSet = ["days", "weeks", "months", "years", "hours", "minutes", "seconds", "times", "percent",
                                      "points", "dollars", "cents"]

    /// The value of a figure: "$50K" 50,000, "1,200" 1,200, "2.5M" 2,500,000, with "thousand" after it.
    static func magnitude(_ text: String, scale next: String?) -> Double? {
        guard let v = asciiMagnitude(text) ?? characterMagnitude(text) else { return nil }
        return v * (next.flatMap { scaleWords[$0] } ?? 1)
    }

    /// The figure's value by Characters: any script's digits and the currency signs.
    static func characterMagnitude(_ text: String) -> Double? {
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
        return v * multiplier
    }

    /// `magnitude` on the bytes of an ASCII figure, nearly every one: Characters and their number
    /// property cost a few hundred instructions a figure. nil: not ASCII (the general path decides);
    /// .some(nil): not a figure.
    static func asciiMagnitude(_ text: String) -> Double?? {
        var digits = [UInt8]()
        var multiplier = 1.0
        var seenDigit = false
        for b in text.utf8 {
            guard b < 0x80 else { return nil }
            if b >= 0x30 && b <= 0x39 { digits.append(b); seenDigit = true
            } else if b == 0x2E && seenDigit { digits.append(b)
            } else if b == 0x2C { continue
            } else if seenDigit {
                switch b {
                case 0x6B, 0x4B: multiplier = 1e3  // k K
                case 0x6D, 0x4D: multiplier = 1e6  // m M
                case 0x62, 0x42: multiplier = 1e9  // b B
                case 0x2B, 0x7E: break  // + ~
                default: return .some(nil)
                }
            } else if b != 0x24 && b != 0x7E && b != 0x2B { return .some(nil) }  // $ ~ +
        }
        guard let v = Double(String(decoding: digits, as: UTF8.self)) else { return .some(nil) }
        return .some(v * multiplier)
    }

    static func money(_ t: TokenList, _ k: Int) -> Bool {
        guard t[k].kind == .number else { return false }
        // Most figures open with a digit, which is no currency sign: told on the first byte.
        if let lead = t[k].key.utf8.first, lead < 0x30 || lead > 0x39, let first = t[k].key.unicodeScalars.first,
           InconsistentFigure.currencies.contains(first) { return true }
        return k + 1 < t.count && currencyWords.contains(t[k + 1])
    }

    /// The product's name as the press release launches it ("today launched Same-Day Payouts"): its
    /// capitalised words, lower-cased.
    static func productName(_ draft: Draft) -> Set<String> {
        for u in draft.anatomy.pressRelease where u < draft.units.count {
            let t = draft.units[u].tokens
            for k in t.indices where t[k].kind == .word && introductions.contains(t[k]) {
                var name = Set<String>()
                var j = k + 1
                while j < t.count, t[j].kind == .word, t[j].isFirstUpper, name.count < 4 { name.insert(t[j].key); j += 1 }
                if !name.isEmpty { return name }
            }
        }
        return []
    }
    static let introductions: WordSet = ["launched", "launches", "introduced", "introduces", "announced", "announces", "unveiled",
                                         "unveils", "released", "releases"]

    static func mentions(_ unit: ProseUnit, product: Set<String> = []) -> [Mention] {
        let t = unit.tokens
        // Every mention holds a figure, a launch date its day: a unit without a number has none.
        guard t.holds(.number) else { return [] }
        // Every size names its event within three words before the figure or four after it ("a pilot with
        // 12 stores", "the 30 bikes in the pilot"): looked for on the records, or the size patterns are not
        // asked of the figure.
        func nearEvent(_ k: Int) -> Bool {
            t.firstWord(in: anchorWords, from: Swift.max(0, k - 3), to: Swift.min(t.count, k + 5)) != nil
        }
        var out = [Mention]()
        for k in t.indices(of: .number) {
            if money(t, k) { amount(t, k).map { out.append($0) }
            } else if let m = (nearEvent(k) ? size(unit, k) : nil) ?? total(t, k) { out.append(m)
            } else if let m = percentChange(t, k) { out.append(m) }
        }
        // A launch date is a month and its day's number: a sentence without a number has none.
        for s in unit.sentences where t.holds(.number, in: s.tokens) {
            launchDate(t, s.tokens, product: product).map { out.append($0) }
        }
        return out
    }

    /// Verbs that date the launch: "today launched", "goes live on", "available from".
    /// Not "ships" or "opens": a part ships on its own date ("the export ships by October 31").
    static let launchWords: WordSet = ["launch", "launches", "launched", "launching", "live", "available", "availability"]
    static let platforms: WordSet = ["ios", "android"]
    static let monthOrder = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                             "october", "november", "december"]
    /// A launch of a stage, a region or a second wave has a date of its own.
    static let stageWords: WordSet = [
        "beta", "preview", "pilot", "trial", "phase", "wave", "early", "region", "regions", "country", "countries",
        "expand", "expands", "expansion", "next", "second", "later", "android", "ios", "web", "v2",
        "waitlist", "internal", "dogfood", "alpha", "international", "globally", "worldwide",
    ]

    /// "Castwell today launched Auto Chapters" under a dateline, "goes live on March 17, 2027": the day the
    /// product reaches customers, once per sentence: the first date after the launch word ("announced
    /// today, available on March 17"), else the last before it (the dateline's).
    /// A sentence that says "goes live" or "available" dates the product only when it names it ("Risk
    /// controls go live on February 10" dates a part); "launch" itself is the product's.
    private static func launchDate(_ t: TokenList, _ r: Range<Int>, product: Set<String>) -> Mention? {
        guard r.count >= 4, let live = t.firstWord(in: launchWords, from: r.lowerBound, to: r.upperBound) else { return nil }
        // "on iOS and Android" is everywhere, not a platform's own launch.
        let everyPlatform = t[r].contains { $0.key == "ios" } && t[r].contains { $0.key == "android" }
        // A stage named before the date gives it its own ("the Android beta opens on April 2"); one named
        // after it is what came before the launch ("goes live on April 22, following a 6-week pilot").
        func staged(before k: Int) -> Bool {
            t[r.lowerBound..<k].contains { $0.kind == .word && stageWords.contains($0) && !(everyPlatform && platforms.contains($0)) }
        }
        // "Risk controls go live on February 10, and the full launch is March 3": the launch's date.
        let launch = r.first { t[$0].kind == .word && t[$0].key.hasPrefix("launch") }
        guard launch != nil || t[r].contains(where: { $0.kind == .word && $0.isFirstUpper && product.contains($0.key) }) else { return nil }
        let verb = launch ?? live
        // The dateline's date dates the launch only when the sentence says "today".
        let today = t[r].contains { $0.kind == .word && $0.key == "today" }
        var before: Mention?
        for k in r where t[k].kind == .word && Draft.months.contains(t[k]) {
            guard k + 1 < r.upperBound, t[k + 1].kind == .number, let day = Int(t[k + 1].key), (1...31).contains(day),
                  let month = monthOrder.firstIndex(of: t[k].key) else { continue }
            var end = k + 2
            if end + 1 < r.upperBound, t[end].is(","), t[end + 1].kind == .number, t[end + 1].key.utf8.count == 4 { end += 2 }
            let m = Mention(key: "launch date", value: Double(month * 100 + day), shown: "", tokens: k..<end)
            // After the launch word, in the same clause and a few words on: "goes live for all accounts on
            // March 17". "We submitted it on January 12 and will hold the launch" dates something else.
            if k > verb {
                let between = (verb + 1)..<k
                guard between.count <= 9, !between.contains(where: { t[$0].kind == .symbol && (t[$0].is(",") || t[$0].is(";") || t[$0].is(":")) }),
                      !staged(before: k) else { return nil }
                return m
            }
            if today { before = m }
        }
        return staged(before: r.upperBound) ? nil : before
    }

    /// "$50K prize pool", "50K USD in prizes", "a prize pool of $50K".
    private static func amount(_ t: TokenList, _ k: Int) -> Mention? {
        var p = k + 1
        var scale: String?
        if p < t.count, scaleWords[t[p].key] != nil { scale = t[p].key; p += 1 }
        if p < t.count, currencyWords.contains(t[p]) { p += 1 }
        // The value is read only for an amount that is found: most money figures name no amount's noun.
        func found(_ key: String, _ tokens: Range<Int>) -> Mention? {
            guard let value = magnitude(t[k].key, scale: scale) else { return nil }
            return Mention(key: key, value: value, shown: t[k].key, tokens: tokens)
        }
        var nouns = [String]()
        if p < t.count, t[p].key == "in" { p += 1 }
        // After: one or two words, the last a money noun ("$50K prize pool": the head is "pool").
        for q in p..<min(p + 2, t.count) where t[q].kind == .word && moneyNouns.contains(t[q]) {
            var end = q + 1
            if end < t.count, t[end].kind == .word, moneyNouns.contains(t[end]) { end += 1 }
            nouns = (p..<end).map { t[$0].key }
            return found("money " + name(nouns), k..<end)
        }
        // "$8 booking fee": a fee named by its kind is one amount ("a late fee" is another).
        if p + 1 < t.count, t[p].kind == .word, !FunctionWords.all.contains(t[p]), t[p + 1].key == "fee" || t[p + 1].key == "fees" {
            return found("money " + t[p].key + " fee", k..<(p + 2))
        }
        // Before: "<noun> of $50K", the noun one or two words back.
        if k >= 2, t[k - 1].key == "of", t[k - 2].kind == .word, moneyNouns.contains(t[k - 2]) {
            nouns = [t[k - 2].key]
            if k >= 3, t[k - 3].kind == .word, moneyNouns.contains(t[k - 3]) { nouns.insert(t[k - 3].key, at: 0) }
            return found("money " + name(nouns), (k - nouns.count - 1)..<(k + 1))
        }
        return nil
    }

    /// "a beta with 12 teams", "a survey of 1,200 shoppers", "we interviewed 40 nurses", "the 30 bikes in
    /// the pilot", "our 24-bike pilot".
    private static func size(_ u: ProseUnit, _ k: Int) -> Mention? {
        let t = u.tokens
        // Every number token of a draft comes here: the shape is checked on kinds and hashed keys first,
        // and the value is read only for a size that is found.
        guard t[k].key.lastUTF8 != 0x25 else { return nil }
        func found(_ event: String, _ noun: String, _ tokens: Range<Int>, _ shown: String) -> Mention? {
            guard let value = magnitude(t[k].key, scale: nil) else { return nil }
            return Mention(key: event + " " + stem(noun), value: value, shown: shown, tokens: tokens)
        }
        // "our 24-bike pilot": the figure, a hyphen, the counted noun, the event; "a 12-week pilot": the
        // event's length, one figure too.
        if k + 3 < t.count, t[k + 1].kind == .symbol, t[k + 1].is("-") || t[k + 1].is("‑"),
           t[k + 2].kind == .word, let event = self.event(t[k + 3]) {
            if counted(t[k + 2].key) { return found(event, t[k + 2].key, k..<(k + 4), t[k].key) }
            if spanWords.contains(t[k + 2]), let span = spans[t[k + 2].key] {
                return found(event, "length in " + span, k..<(k + 4), t[k].key)
            }
        }
        // "the pilot ran for 10 weeks", "the beta lasted 6 weeks".
        if k >= 3, k + 1 < t.count, spanWords.contains(t[k + 1]), let span = spans[t[k + 1].key] {
            var a = k - 1
            if t[a].key == "for" { a -= 1 }
            if a >= 1, lasting.contains(t[a]), let event = self.event(t[a - 1]) {
                return found(event, "length in " + span, (a - 1)..<(k + 2), t[k].key + " " + u.text(k + 1))
            }
        }
        // "40 pilot nurses", "400 survey respondents": the event names the group.
        if k + 2 < t.count, let event = self.event(t[k + 1]), t[k + 2].kind == .word, t[k + 2].key.hasSuffix("s"),
           counted(t[k + 2].key) {
            return found(event, t[k + 2].key, k..<(k + 3), t[k].key)
        }
        // "the 30 bikes in the pilot": the definite article makes it the whole set, not a part of it.
        if k >= 1, t[k - 1].key == "the", k + 1 < t.count, t[k + 1].kind == .word, counted(t[k + 1].key) {
            var p = k + 2
            // "the 230 learners I surveyed"
            if p + 1 < t.count, t[p].key == "i" || t[p].key == "we", let event = self.event(t[p + 1]),
               event == "survey" || event == "interview" {
                return found(event, t[k + 1].key, k..<(p + 2), t[k].key)
            }
            if p < t.count, wholeLinks.contains(t[p]) {
                p += 1
                if p < t.count, determiners.contains(t[p]) { p += 1 }
                if p < t.count, let event = self.event(t[p]), event != "interview" {
                    return found(event, t[k + 1].key, k..<(p + 1), t[k].key + " " + u.text(k + 1))
                }
            }
        }
        guard k >= 1 else { return nil }
        var a = k - 1
        var links = 0
        while a >= 0, links < 2, anchorLinks.contains(t[a]) { a -= 1; links += 1 }
        guard a >= 0, let event = self.event(t[a]) else { return nil }
        // "surveyed 400 customers" needs no link; "a beta 12 teams" is not English. "The pilot enrolled 210
        // wearers" links with its verb.
        guard links > 0 || event == "survey" || event == "interview" else { return nil }
        // The counted noun: the first plural word within three words after the figure ("a beta with 2,000
        // Fire TV households").
        for q in (k + 1)..<min(k + 4, t.count) {
            guard t[q].kind == .word else { return nil }
            if t[q].key.hasSuffix("s"), counted(t[q].key) {
                return found(event, t[q].key, a..<(q + 1), t[k].key + " " + u.text(q))
            }
        }
        return nil
    }

    /// A rate stated as a level ("complaints reached 1,300 a month") or as where a change starts
    /// ("complaints fell from 1,100 a month to 380"), keyed by the noun before its verb and its period, so
    /// a story's Situation and Result can be compared.
    static func levels(_ unit: ProseUnit) -> [Mention] {
        let t = unit.tokens
        var out = [Mention]()
        for k in t.indices(of: .number) where k >= 2 && k + 2 < t.count {
            guard rateLinks.contains(t[k + 1]), t[k + 2].kind == .word, let period = ratePeriods[t[k + 2].key] else { continue }
            var v = k - 1
            if t[v].key == "from" || t[v].key == "at" { v -= 1 }
            guard v >= 1, t[v].kind == .word else { continue }
            let verb = t[v].key
            let startsChange = t[k - 1].key == "from" && (directions[verb] != nil || verb == "went")
            let isLevel = t[k - 1].key != "from" && levelVerbs.contains(t[v]) && (t[k - 1].key != "at" || verb == "stood" || verb == "ran")
            guard startsChange || isLevel else { continue }
            let noun = v - 1
            guard t[noun].kind == .word, !FunctionWords.all.contains(t[noun]), t[noun].key.characterCount > 3,
                  let value = magnitude(t[k].key, scale: nil) else { continue }
            out.append(Mention(key: "rate " + stem(t[noun].key) + " " + period, value: value, shown: t[k].key,
                               tokens: noun..<(k + 3)))
        }
        return out
    }
    static let rateLinks: WordSet = ["a", "per", "each", "every"]
    static let ratePeriods: [String: String] = ["day": "day", "week": "week", "month": "month", "year": "year", "quarter": "quarter"]
    static let levelVerbs: WordSet = ["reached", "hit", "averaged", "was", "were", "stood", "ran", "totaled", "totalled"]

    /// "all 340 of its stores", "all 12 depots": the whole set, which a draft gives once.
    private static func total(_ t: TokenList, _ k: Int) -> Mention? {
        guard k >= 1, t[k - 1].key == "all", t[k].key.lastUTF8 != 0x25 else { return nil }
        var q = k + 1
        if q + 1 < t.count, t[q].key == "of", owners.contains(t[q + 1]) { q += 2 }
        for p in q..<min(q + 3, t.count) {
            guard t[p].kind == .word, !FunctionWords.all.contains(t[p]) else { return nil }
            if t[p].key.hasSuffix("s"), counted(t[p].key), let value = magnitude(t[k].key, scale: nil) {
                var m = Mention(key: "total " + stem(t[p].key), value: value, shown: t[k].key, tokens: (k - 1)..<(p + 1))
                m.tensed = true
                return m
            }
        }
        return nil
    }
    static let owners: WordSet = ["its", "our", "their", "the", "your"]

    /// Verbs and nouns of a change by their direction: "fell", "a reduction in", "fewer" are down.
    static let directions: [String: String] = {
        var d = [String: String]()
        for w in ["fell", "fall", "falls", "dropped", "drop", "drops", "declined", "decline", "declines", "decreased",
                  "decrease", "decreases", "shrank", "shrinks", "cut", "cuts", "reduced", "reduce", "reduces", "lowered",
                  "lower", "lowers", "slashed", "reduction", "fewer", "less", "savings", "dip"] { d[w] = "down" }
        for w in ["rose", "rise", "rises", "grew", "grow", "grows", "increased", "increase", "increases", "climbed",
                  "climbs", "jumped", "jumps", "raised", "raise", "raises", "boosted", "boost", "boosts", "improved",
                  "improve", "improves", "lifted", "lifts", "gain", "growth", "more", "uplift"] { d[w] = "up" }
        return d
    }()
    static let directionWords = WordSet(directions.keys)
    /// Nouns after "a 30% ___ in": the change itself.
    static let changeNouns: WordSet = ["reduction", "drop", "cut", "decrease", "decline", "fall", "dip", "savings",
                                       "increase", "rise", "gain", "growth", "jump", "uplift", "improvement"]
    /// Words between a subject and its verb: "refills have fallen", "tickets will drop".
    static let auxiliaries: WordSet = ["has", "have", "had", "will", "would", "should", "could", "can", "may", "might",
                                       "did", "does", "do"]

    /// A change given as a percentage, tied to what changed: "missed refills fell 30%", "cut missed refills
    /// by 30%", "a 30% reduction in missed refills", "30% fewer missed refills". The key is the direction
    /// and the head noun of what changed; a phrase that names no noun is not a mention.
    private static func percentChange(_ t: TokenList, _ k: Int) -> Mention? {
        var end = k + 1
        if t[k].key.lastUTF8 == 0x25 {
        } else if end < t.count, t[end].key == "percent" { end += 1 } else { return nil }
        func content(_ i: Int) -> Bool {
            i >= 0 && i < t.count && t[i].kind == .word && !FunctionWords.all.contains(t[i]) && !directionWords.contains(t[i])
                && t[i].key.characterCount > 2
        }
        // The value is read only for a change that is found: most percentages are no change of a noun, and
        // reading one (its "%" filtered out by Characters) cost hundreds of instructions.
        func found(_ direction: String, _ noun: Int, _ tokens: Range<Int>) -> Mention? {
            guard let value = magnitude(String(t[k].key.filter { $0 != "%" }), scale: nil) else { return nil }
            var m = Mention(key: "change " + direction + " " + stem(t[noun].key), value: value, shown: t[k].key,
                            tokens: tokens)
            m.tensed = true
            return m
        }
        // After the figure: "a 30% reduction in missed refills", "30% fewer missed refills".
        if end < t.count, t[end].kind == .word, directionWords.contains(t[end]), let direction = directions[t[end].key] {
            var p = end + 1
            if changeNouns.contains(t[end]) {
                guard p < t.count, t[p].key == "in" else { return nil }
                p += 1
                if p < t.count, determiners.contains(t[p]) { p += 1 }
            } else if t[end].key == "fewer" {
            } else if t[end].key == "more" || t[end].key == "less" {
                // "30% more likely" or "30% less often" compares a manner, not a count.
                guard p < t.count, t[p].key.hasSuffix("s") || t[p].key == "time" || t[p].key == "money" else { return nil }
            } else {
                return nil
            }
            // The head noun: the first plural of up to three words ("missed refills came…"), else the last
            // of a phrase that ends within them ("wait time.").
            var last = p
            while last < t.count, last < p + 3, content(last) { last += 1 }
            guard last > p else { return nil }
            let head = (p..<last).first { t[$0].key.hasSuffix("s") }
                ?? (last == t.count || !content(last) ? last - 1 : nil)
            guard let head else { return nil }
            return found(direction, head, k..<(head + 1))
        }
        // Before it: "<noun> fell (by) 30%", "cut <noun phrase> by 30%".
        var v = k - 1
        let by = v >= 0 && t[v].key == "by"
        if by { v -= 1 }
        guard v >= 1 else { return nil }
        if t[v].kind == .word, directionWords.contains(t[v]), let direction = directions[t[v].key] {
            var s = v - 1
            while s >= 0, auxiliaries.contains(t[s]) { s -= 1 }
            guard content(s) else { return nil }
            // The span takes the noun's modifier too: "Missed refills fell 25%".
            return found(direction, s, (content(s - 1) ? s - 1 : s)..<end)
        }
        // A transitive verb with its object between: "cut missed refills by 30%".
        guard by, content(v) else { return nil }
        var a = v - 1
        while a >= 0, v - a <= 3, content(a) || determiners.contains(t[a]) { a -= 1 }
        // "cut", not "a cut": a noun's object is not its own ("a cut in fees by 30%" is rare and ambiguous).
        guard a >= 0, t[a].kind == .word, directionWords.contains(t[a]), let direction = directions[t[a].key],
              a == 0 || !(t[a - 1].key == "a" || t[a - 1].key == "the") else { return nil }
        return found(direction, v, a..<end)
    }

    static let anchorWords = WordSet(anchors.keys)
    /// Units of an event's length, by their singular.
    static let spans: [String: String] = ["day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
                                          "months": "month"]
    /// The same words, asked by a token's hash first: every figure of a draft asks.
    static let spanWords = WordSet(spans.keys)
    static let lasting: WordSet = ["ran", "runs", "lasted", "lasts", "took", "takes", "take"]
    static let wholeLinks: WordSet = ["in", "of", "during", "across", "from"]
    static let determiners: WordSet = ["the", "our", "this", "that"]

    /// The event a token names ("surveyed" a survey), by a hashed lookup first.
    static func event(_ t: borrowing Token) -> String? {
        guard t.kind == .word, anchorWords.contains(t) else { return nil }
        return anchors[t.key]
    }

    /// A noun a pilot's size may count: not a duration or a unit ("a 6-week pilot").
    private static func counted(_ key: String) -> Bool { key.characterCount > 2 && !notCounted.contains(key) && !notCounted.contains(key + "s") }

    /// "bikes" and "bike" are one noun.
    private static func stem(_ key: String) -> String { key.characterCount > 3 && key.endsWith("s") ? String(key.dropLast()) : key }

    /// The head noun names the amount ("prize pool", "pool of"); "prizes" and "prize" are one noun.
    private static func name(_ words: [String]) -> String {
        guard let last = words.last else { return "" }
        return last.hasSuffix("s") ? String(last.dropLast()) : last
    }
}
