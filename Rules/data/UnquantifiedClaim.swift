import DraftAnatomy
import LintCore
import Text

/// "Improves delivery" promises a change without saying how much; the reader cannot weigh it.
struct UnquantifiedClaim: Rule {
    let description = RuleDescription(
        id: "data/unquantified-claim",
        summary: "A claimed change with no figure in the sentence",
        rationale: """
            Verbs and comparatives of change ("improved", "reduces", "lower", "increase") claim a result. \
            Without a figure in the same sentence the reader cannot judge it, and a Bar Raiser will ask \
            "by how much, against what?". A comparative counts where it modifies what follows ("lower \
            costs"); an instruction ("Reduce emissions.") or a denial ("cannot improve") claims nothing, and \
            a figure in the sentence before counts; "would increase" states a case, which the hedge rules judge. Where the draft weighs risks and alternatives (a Cons or \
            Alternatives section, a "Pros:" list), comparisons are the point and are not reported.
            """,
        severity: .suggestion,
        options: [RuleOption("words", .strings(UnquantifiedClaim.defaultWords), "words that claim a change")],
        triggering: [
            RuleExample("Assigning seats at booking is ⟦cheaper⟧ than fixing them at the gate.", profile: .narrative),
            RuleExample("Learners reach their first song in ⟦less⟧ time than with the song library.", profile: .narrative),
            RuleExample("Onboarding fell from 6 weeks to 9 days. The portal was also ⟦simpler⟧ for shop owners than the old spreadsheet.", profile: .star),
            RuleExample("The new checkout ⟦improves⟧ conversion for mobile shoppers."),
            RuleExample("Support tickets ⟦decreased⟧ after the launch."),
            RuleExample("Your productivity as a developer will ⟦increase⟧ with quicker feedback."),
            RuleExample("With the new form we ⟦reduced⟧ support tickets."),
            RuleExample("# Reorder Brings Back Your Weekly Groceries\n\n**SEATTLE** — May 3, 2027 — Pantry Pal launches Reorder today.\n\nReorder builds your weekly order in ⟦less⟧ time than any grocery app.\n\n## FAQ\n\n### What does it cost?\n\nIt is free.\n", profile: .prfaq),
        ],
        nonTriggering: [
            RuleExample("Records arrive faster than it is configured to process them, and it is easier than ever to see.", profile: .narrative),
            RuleExample("Assigning seats at booking costs $0.40 a booking, cheaper than the $6 a gate swap costs.", profile: .narrative),
            RuleExample("The new checkout raised mobile conversion from 2.1% to 2.6%."),
            RuleExample("The backlog was growing faster than our ability to review it.", profile: .narrative),
            RuleExample("Doctors see more patients than nurses do in the first week of a rollout.", profile: .narrative),
            RuleExample("How will we reduce support tickets?"),
            RuleExample("Reduce the carbon your software emits. You can't improve what you don't measure."),
            RuleExample("Teams rarely know it is an option to reduce emissions, or a strategy for reducing them."),
            RuleExample("As the machine learning application grows rapidly, owners ask for help."),
            RuleExample("Adding every module would dramatically increase the package size."),
            RuleExample("Higher level constructs sit on a lower layer of generated code."),
            RuleExample("In phase 2 we improve how the resolver reads intrinsic functions."),
            RuleExample("We pay the farmers who grow and pick our apples within 7 days."),
            RuleExample("We scaled security without increasing headcount; it takes fewer steps than the 2025 form."),
            RuleExample("Waits fell from 9 to 4 days. Savings come from fewer rounds, and the tool does less when idle."),
            RuleExample("## Alternatives considered\n\nA shared queue.\n\nPros:\n\n- Lower maintenance\n"),
        ])

    static let defaultWords = [
        "improve", "improves", "improved", "improving", "increase", "increases", "increased", "increasing",
        "reduce", "reduces", "reduced", "reducing", "decrease", "decreases", "decreased", "decreasing",
        "boost", "boosts", "boosted", "cheaper", "quicker", "slower", "lower", "higher", "greater", "fewer",
        "less", "dramatically", "drastically", "grow", "grows", "grew",
    ]

    /// Comparatives: a claim only when they modify what follows ("lower costs", not "does less when").
    static let comparatives: WordSet = ["cheaper", "quicker", "slower", "lower", "higher", "greater", "fewer", "less", "more"]
    /// The base forms: first in a sentence they give an instruction or a goal ("Reduce emissions."), not a result.
    static let imperatives: WordSet = ["improve", "increase", "reduce", "decrease", "boost", "grow", "lower"]
    /// Before the word, these deny or merely allow the change ("you can't improve what you don't measure").
    static let negations: WordSet = ["not", "can't", "cannot", "never", "won't", "don't", "doesn't", "didn't", "no", "can", "without"]

    static let ranks: WordSet = ["level", "levels", "order", "tier", "tiers", "layer", "layers", "priority", "bound", "case"]
    static let hypothetical: WordSet = ["would", "could", "might", "may"]
    static let doers: WordSet = ["we", "i", "you", "they", "we'll", "i'll", "you'll", "they'll"]
    static let relatives: WordSet = ["who", "that"]
    static let purposes: WordSet = ["in", "by", "for", "of", "at", "on", "towards", "toward", "about"]
    static let circumstances: WordSet = ["as", "when", "if", "while", "whether", "unless", "once"]

    /// Comparatives that claim the product wins: outside the press release they count when a "than"
    /// names what they beat ("cheaper than fixing them at the gate", "in less time than a spreadsheet").
    static let winning: WordSet = ["cheaper", "faster", "quicker", "sooner", "easier", "less", "fewer", "simpler", "safer",
                                   "smoother"]

    /// "Assigning seats at booking is cheaper than fixing them at the gate": a win claimed over a named
    /// alternative with no figure in the sentence (which the caller has checked). The token of the
    /// comparative, or nil.
    static let notAlternatives: WordSet = ["it", "they", "we", "you", "he", "she", "i", "ever", "before", "usual", "expected",
                                           "necessary", "needed", "required", "possible", "planned"]

    static let racing: WordSet = ["growing", "grows", "grew", "grown", "rising", "rises", "rose", "increasing", "increases",
                                  "increased", "spreading", "spreads", "piling"]

    static func unmeasuredComparison(_ t: TokenList, _ quoted: QuoteList, _ r: Range<Int>) -> Int? {
        var next = r.lowerBound
        while let k = t.firstWord(in: winning, from: next, to: r.upperBound) {
            next = k + 1
            if quoted[k] { continue }
            // "debt was growing faster than our ability to address it": a race the problem wins, not a
            // win claimed for the product.
            if k > r.lowerBound, racing.contains(t[k - 1]) { continue }
            var j = k + 1
            // "less time than", "fewer steps than"
            if t[k].key == "less" || t[k].key == "fewer" {
                guard j < r.upperBound, t[j].kind == .word, !FunctionWords.all.contains(t[j]) else { continue }
                j += 1
            } else if j + 1 < r.upperBound, t[j].key == "for" {
                // "simpler for box office staff than surge pricing": who it is simpler for, then the rival.
                var q = j + 1
                while q < min(j + 5, r.upperBound), t[q].kind == .word, t[q].key != "than" { q += 1 }
                if q < r.upperBound, t[q].key == "than" { j = q }
            }
            // "faster than it is configured to process" states a condition; "easier than ever" and "less
            // effort than before" compare with the past, not with an alternative.
            guard j + 1 < r.upperBound, t[j].key == "than", t[j + 1].kind == .word, !notAlternatives.contains(t[j + 1]) else { continue }
            return k
        }
        return nil
    }

    static let defaultSet = WordSet(defaultWords)

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        // The default list's set is built once, not once a draft.
        let configured = ctx.strings("words")
        let words = configured == Self.defaultWords ? Self.defaultSet : WordSet(configured)
        // Pros and cons of alternatives compare by nature: "lower maintenance" is the point of the list.
        let pressRelease = draft.anatomy.pressRelease
        for (ui, unit) in draft.units.enumerated() where !unit.isHeading && !draft.riskUnits.contains(ui) {
            // A press release that compares ("in less time than today's tools") makes the claim a customer
            // reads first; there the comparison needs its number too.
            let inRelease = pressRelease.contains(ui)
            let t = unit.tokens
            // Whether the sentence before has a figure, kept from its own turn: each sentence is read for
            // figures once, not again as the next one's predecessor.
            var previousHasFigure = false
            for s in unit.sentences {
                let hasFigure = unit.hasFigure(s)
                defer { previousHasFigure = hasFigure }
                if unit.asks(s) || hasFigure { continue }
                // "Waits fell from 9 to 4 days. Savings come from fewer rounds": the figure was just given. A
                // win over a named alternative is a claim of its own ("Onboarding fell from 6 weeks to 9 days.
                // The portal was also simpler than the old spreadsheet.").
                let afterFigure = previousHasFigure
                let first = s.tokens.first { t[$0].kind == .word }
                /// Whether the claim word at `k` claims a change here.
                func claims(_ k: Int) -> Bool {
                    if k == first, Self.imperatives.contains(t[k]) { return false }
                    // "we improve how we resolve functions": the work the team does, not a result it claims.
                    if k > s.tokens.lowerBound, Self.imperatives.contains(t[k]), Self.doers.contains(t[k - 1]) { return false }
                    // "the people who grow and cook our food": what someone does for a living, not a change.
                    if k > s.tokens.lowerBound, Self.imperatives.contains(t[k]), Self.relatives.contains(t[k - 1]) { return false }
                    if (max(s.tokens.lowerBound, k - 2)..<k).contains(where: { Self.negations.contains(t[$0]) }) { return false }
                    // "adding them would increase the size": the consequence of a case, not a result claimed.
                    if (max(s.tokens.lowerBound, k - 3)..<k).contains(where: { Self.hypothetical.contains(t[$0]) }) { return false }
                    // "an option to reduce emissions", "a strategy for reducing them": a purpose, not a result.
                    if k > s.tokens.lowerBound, t[k - 1].key == "to", !t[k].key.hasSuffix("ed") { return false }
                    if k > s.tokens.lowerBound, t[k].key.hasSuffix("ing"), Self.purposes.contains(t[k - 1]) { return false }
                    // "as their company grows": a circumstance, not the draft's claim; the clause runs back to a comma.
                    var j = k - 1
                    while j >= s.tokens.lowerBound, !(t[j].kind == .symbol && (t[j].is(",") || t[j].is(";"))) {
                        // "as a developer" names a role; "as their company grows" sets a circumstance.
                        if Self.circumstances.contains(t[j]), !(t[j].key == "as" && j + 1 < k && ["a", "an"].contains(t[j + 1].key)) { return false }
                        j -= 1
                    }
                    // "higher-level constructs", "a lower tier": a rank, not a change.
                    if k + 1 < s.tokens.upperBound, Self.ranks.contains(t[k + 1]) { return false }
                    if Self.comparatives.contains(t[k]) {
                        return FunctionWords.contentWordFollows(t, sentence: s.tokens, after: k)
                            && (inRelease || !FunctionWords.comparedAfter(t, sentence: s.tokens, at: k))
                    }
                    return true
                }
                // The claim words found on the records; the set's filter turns the others away unread.
                var claim: Int?
                var from = s.tokens.lowerBound
                while !afterFigure, let k = t.firstWord(in: words, from: from, to: s.tokens.upperBound) {
                    if claims(k) { claim = k; break }
                    from = k + 1
                }
                guard let k = claim ?? Self.unmeasuredComparison(t, unit.quotedTokens, s.tokens) else { continue }
                ctx.report(unit.sourceRange(tokens: k..<(k + 1)), "\"\(unit.text(k))\" claims a change with no figure; say by how much",
                           help: "e.g. \"from 4.1 to 2.3 days\" or \"by 18% vs. 2025\"")
            }
        }
    }
}
