import DraftAnatomy
import LintCore
import Text

/// "Cut costs by 35%" means nothing until the reader knows 35% of what, and compared with when.
struct MissingBaseline: Rule {
    let description = RuleDescription(
        id: "data/missing-baseline",
        summary: "A change in %, x or bps with no baseline",
        rationale: """
            A relative change needs its baseline: "from 12% to 9%", "vs. 2025", "compared with the control". \
            Without it, a 35% cut may be 35 cents or 35 million, and a reviewer will ask. Each figure is \
            reported where it first appears: a draft that repeats "75%" in its FAQ has one baseline to add, \
            and a question that quotes the figure asks about it rather than claims it.
            """,
        severity: .warning,
        triggering: [
            RuleExample("The pilot cut support costs by ⟦35%⟧."),
            RuleExample("Refund requests fell ⟦45%⟧, and chargebacks dropped from 212 in 2024 to 64 in 2025."),
            RuleExample("Sellers list ⟦3x⟧ faster with the new form."),
            RuleExample("Our goal is to cut dose losses by ⟦70%⟧ by the end of 2028."),
            RuleExample("Teams saw ⟦75%⟧ fewer revisions. Is the 75% figure real? Yes: the 75% cut held for 12 weeks."),
        ],
        nonTriggering: [
            RuleExample("Refund requests fell 45%, compared with 2024."),
            RuleExample("The pilot cut support costs by 35%, from $2.0M to $1.3M a year."),
            RuleExample("Sellers list 3x faster than with the 2025 form."),
            RuleExample("61% of 2,140 respondents named price."),
            RuleExample("Conversion rose 2.1% to 2.6% in the pilot."),
            RuleExample("My task was to bring the no-show rate under 10% by the end of the quarter."),
            RuleExample("How did you measure the 35% cut in support costs?"),
            RuleExample("The canary grows traffic by a 10% growth factor every 20 minutes."),
            RuleExample("Teams cut review time from 12 hours to 3. Individual results: a 45-90% reduction."),
        ])

    static let changeWords: WordSet = [
        "up", "down", "cut", "cuts", "reduce", "reduces", "reduced", "reduction", "increase", "increases",
        "increased", "grow", "grows", "grew", "growth", "improve", "improves", "improved", "improvement", "boost",
        "boosts", "boosted", "drop", "drops", "dropped", "fell", "fall", "falls", "rise", "rises", "rose", "raise",
        "raises", "raised", "lift", "lifts", "lifted", "save", "saves", "saved", "savings", "lower", "higher", "faster",
        "slower", "more", "less", "fewer", "cheaper", "gain", "gains", "decline", "declined", "declines", "shrink",
        "shrank", "jump", "jumped", "jumps", "double", "doubled", "halve", "halved",
    ]
    static let baselineWords: WordSet = ["from", "vs", "vs.", "versus", "compared", "than", "baseline", "against",
                                             "relative", "previous", "prior", "last", "yoy", "control", "before", "was",
                                             "were", "benchmark"]

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        var reported = Set<String>()
        // Only a relative figure ("35%", "3x") is reported, and most units hold none: a unit's are found in
        // one walk over its numbers, then shared out to its sentences (which cover its tokens in order).
        var figures = [Int]()
        for unit in draft.units where !unit.isHeading {
            let t = unit.tokens
            figures.removeAll(keepingCapacity: true)
            for k in t.indices(of: .number) where Self.isRelative(t, k) { figures.append(k) }
            guard !figures.isEmpty else { continue }
            var next = 0
            for s in unit.sentences {
                let first = next
                while next < figures.count, figures[next] < s.tokens.upperBound { next += 1 }
                let relative = next - first
                guard relative > 0, !unit.asks(s) else { continue }
                // Two figures of one kind are usually the before and after ("2.1% to 2.6%").
                if relative >= 2, unit.hasWord(Self.to, in: s) { continue }
                // A baseline in the sentence usually belongs to the figure; past ", and" or ";" it belongs to
                // another clause ("Refunds fell 45%, and chargebacks dropped from 212 to 64").
                let baselineInSentence = unit.hasWord(Self.baselineWords, in: s)
                for k in figures[first..<next] {
                    if baselineInSentence, Self.clause(t, around: k, in: s.tokens).contains(where: { Self.baselineWords.contains(t[$0]) }) { continue }
                    let near = max(s.tokens.lowerBound, k - 4)..<min(s.tokens.upperBound, k + 4)
                    let byFigure = k > 0 && t[k - 1].key == "by"
                    guard byFigure || near.contains(where: { t[$0].kind == .word && Self.changeWords.contains(t[$0]) }) else { continue }
                    // "35% of customers" is a share, not a change; "a 10% growth factor" is a setting.
                    if k + 1 < t.count, t[k + 1].key == "of" { continue }
                    if (k + 1..<min(t.count, k + 3)).contains(where: { Self.settings.contains(t[$0]) }) { continue }
                    // "45-90% reduction": the end of a range of results, reported at most where the range is.
                    if k >= 2, t[k - 1].kind == .symbol, t[k - 1].is("-") || t[k - 1].is("–"), t[k - 2].kind == .number { continue }
                    guard reported.insert(t[k].key).inserted else { continue }
                    ctx.report(unit.sourceRange(tokens: k..<(k + 1)), "\"\(t[k].key)\" is a change with no baseline",
                               help: "say from what and to what: \"from $2.0M to $1.3M\", or against what: \"vs. 2025\"")
                }
            }
        }
    }

    static let to: WordSet = ["to"]
    static let settings: WordSet = ["factor", "threshold", "limit", "cap", "step", "steps", "increment", "increments", "interval",
                                    "weight", "ratio", "sampling", "quota", "setting", "parameter", "linear", "exponential"]
    static let units: WordSet = ["percent", "bps", "basis", "percentage", "×"]

    /// 35%, 3x, 3×, 40 bps, 12 percent, 5 percentage points.
    static func isRelative(_ t: TokenList, _ k: Int) -> Bool {
        // Suffixes on bytes: "%", "x", "X", or "×" (C3 97).
        let key = t[k].key
        if let last = key.lastUTF8, last == 0x25 || last == 0x78 || last == 0x58 || (last == 0x97 && key.utf8.dropLast().last == 0xC3) { return true }
        if k + 1 < t.count, units.contains(t[k + 1]) { return true }
        return false
    }

    /// The clause that holds token `k`: the sentence cut at ";" and at ", and" / ", but" / ", while".
    static let conjunctions: WordSet = ["and", "but", "while", "whereas"]

    static func clause(_ t: TokenList, around k: Int, in r: Range<Int>) -> Range<Int> {
        func cut(_ i: Int) -> Bool {
            guard t[i].kind == .symbol else { return false }
            if t[i].is(";") { return true }
            return t[i].is(",") && i + 1 < r.upperBound && conjunctions.contains(t[i + 1])
        }
        var lo = k, hi = k
        while lo > r.lowerBound, !cut(lo - 1) { lo -= 1 }
        while hi < r.upperBound, !cut(hi) { hi += 1 }
        return lo..<hi
    }
}
