import DraftAnatomy
import LintCore
import Text

/// "What alternatives did you consider? N/A" tells the reader the question was never worked on: the
/// trade-off questions are the ones a decision turns on, and an answer that declines them is no answer.
struct EmptyAnswer: Rule {
    let description = RuleDescription(
        id: "tradeoffs/empty-answer",
        summary: "A trade-off question answered with \"N/A\", \"None\" or the question restated",
        rationale: """
            The questions about alternatives, drawbacks, cost, dependencies and scope are where leaders \
            decide. "N/A", "None" or a sentence that only repeats the question reads as "we did not look", \
            and the meeting will ask again. Every proposal has an alternative (if only doing nothing) and a \
            drawback; say which, even briefly. Questions count wherever the FAQ puts them.
            """,
        severity: .warning,
        profiles: [.prfaq, .narrative],
        scope: .document,
        triggering: [
            RuleExample("# Bikes\n\n## FAQ\n\n### Why not fund an existing nonprofit instead?\n\n⟦We looked at that option.⟧\n", profile: .narrative),
            RuleExample("# Reorder\n\n## Internal FAQ\n\n### What alternatives did we consider?\n\n⟦N/A⟧\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## Internal FAQ\n\n### Why should we not do this?\n\n⟦None.⟧\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## FAQ\n\n**Q: What does the launch depend on?**\n\n⟦None.⟧\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## Internal FAQ\n\n### What will it cost to run?\n\n⟦It depends.⟧\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## Internal FAQ\n\n### What are the drawbacks of this solution?\n\n⟦There are some drawbacks to this solution.⟧\n", profile: .prfaq),
            RuleExample("# Tip Payouts\n\n## Proposal\n\nStaff get tips the same day.\n\n## Dependencies\n\n⟦TBD.⟧\n", profile: .narrative),
        ],
        nonTriggering: [
            RuleExample("# Bikes\n\n## FAQ\n\n### Why not fund an existing nonprofit instead?\n\nWe looked at it, but the two local nonprofits run 6 bikes between them.\n", profile: .narrative),
            RuleExample("# Reorder\n\n## Internal FAQ\n\n### Why should we not do this?\n\nCarriers may miss the new windows in the first month, and support will field the complaints until slots settle.\n\n### What are the drawbacks?\n\nN/A\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## Internal FAQ\n\n### What alternatives did we consider?\n\nA weekly subscription; shoppers skipped it because it charged them for weeks they were away.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## Internal FAQ\n\n### Does the launch depend on the payments team?\n\nNo.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## Internal FAQ\n\n### Are there open issues to address later?\n\nN/A\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## Internal FAQ\n\n### What are the drawbacks of this solution?\n\nSee the open issues section below.\n", profile: .prfaq),
            RuleExample("# Tip Payouts\n\n## Proposal\n\nStaff get tips the same day.\n\n## Dependencies\n\nThe payroll team's settlement file, which it sends every night at 2 a.m.\n", profile: .narrative),
        ])

    /// Whole answers that decline the question. Matched against the entire answer, so "None of the
    /// carriers charge for it" is not one.
    static let declining: Set<String> = [
        "n/a", "na", "n.a", "not applicable", "none", "nothing", "nil", "no", "not yet", "none yet", "none so far",
        "none identified", "none known", "none that we know of", "none at this time", "not at this time", "-", "–", "—",
        "no alternatives", "no alternatives considered", "no drawbacks", "no dependencies", "no cost", "no costs",
        // Answers that defer without a date: "we do not know yet; we will by June 1" is an answer, these are not.
        "it depends", "depends", "to be determined", "to be decided", "unknown", "not sure", "not known",
        "tbd", "tba", "tbc", "to be confirmed", "to come", "coming soon", "later", "will update", "will add",
    ]
    /// The words that open a question answered by yes or no: "No." answers those.
    static let yesNoOpeners: WordSet = [
        "is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "shall", "has",
        "have", "had", "may", "might", "must",
    ]
    /// The areas in the order findings name them, each with what a real answer gives.
    static let areas: [(key: String, name: String, help: String)] = [
        ("risks", "risks or drawbacks", "name the biggest risk or drawback and what you will do about it"),
        ("alternatives", "alternatives", "name at least one alternative you weighed (even doing nothing) and why it lost"),
        ("cost", "cost", "give the cost in figures, or say when you will know it"),
        ("dependencies", "dependencies", "name the teams, services or partners this needs, or say why it needs none"),
        ("scope", "scope", "list what this will not do"),
    ]

    /// Every area's cues in one set, each with its area's place in `areas`.
    static let allCues = InternalFAQCoverage.AreaCues(areas.map(\.key))

    /// The first area (by place in `areas`) whose cues occur in the unit (in a scalar range of it): one walk
    /// over its tokens for all the areas, where asking each area's cues walked them again.
    static func area(in unit: ProseUnit, within scalars: Range<Int>? = nil) -> Int? {
        var first: Int?
        allCues.set.occurrences(in: unit, within: scalars) { item in
            let a = allCues.area[item]
            if first.map({ a < $0 }) ?? true { first = a }
            return a > 0
        }
        return first
    }

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let items = draft.anatomy.faqItems
        let areas = items.map { item in
            Self.area(in: draft.units[item.question], within: item.questionRange)
        }
        // "What are the drawbacks? N/A" under a "Why should we not do this?" that names them repeats a
        // question already answered: the area was considered, so there is nothing to say.
        var answeredElsewhere = Set<Int>()
        for (k, item) in items.enumerated() {
            if let a = areas[k], Self.answerWords(item, draft) >= Self.substantial { answeredElsewhere.insert(a) }
        }
        for (k, item) in items.enumerated() where item.hasAnswer && item.answerExtras.isEmpty {
            let question = draft.units[item.question]
            guard let a = areas[k], !answeredElsewhere.contains(a) else { continue }
            let area = Self.areas[a]
            guard let (text, range, tokens) = answer(item, draft) else { continue }
            let plain = Self.normalized(text)
            var declines = Self.declining.contains(plain)
            // "Are there open issues? N/A" says no, and no is an answer to a yes/no question.
            let first = question.tokens.first { $0.kind == .word && $0.range.lowerBound >= item.questionRange.lowerBound }
            if let first, Self.yesNoOpeners.contains(first) { declines = false }
            // A risk question dismissed with "none" is the softball rule's finding.
            if declines, ["no", "none", "nothing", "nil"].contains(plain),
               SoftballRiskAnswer.questionCues.occurs(in: question, within: item.questionRange) { declines = false }
            if declines {
                ctx.report(range, "\"\(text.trimmingCharacters(in: .whitespacesAndNewlines))\" answers a question about \(area.name); a reviewer reads it as not considered",
                           help: area.help)
            } else if restates(tokens, question, item.questionRange) {
                ctx.report(range, "this answer repeats the question about \(area.name) without answering it", help: area.help)
            } else if area.key == "alternatives", Self.shrugs(tokens) {
                ctx.report(range, "this answer says the alternative was weighed, not why it lost", help: area.help)
            }
        }
        checkSections(draft, skipping: answeredElsewhere, &ctx)
    }

    /// A narrative's "## Dependencies" or "## Alternatives considered" section whose whole body is "TBD"
    /// or "None" declines the question the heading asks, as an FAQ answer would.
    private func checkSections(_ draft: Draft, skipping answered: Set<Int>, _ ctx: inout RuleContext) {
        let faq = Set(draft.anatomy.faqSections.values)
        let questions = Set(draft.anatomy.faqItems.map(\.question))
        for (i, sec) in draft.sections.enumerated() where !faq.contains(i) {
            guard let h = sec.heading, h < draft.units.count, !questions.contains(h),
                  let a = Self.area(in: draft.units[h]),
                  !answered.contains(a) else { continue }
            let body = sec.allUnits.filter { $0 != h }
            guard body.count == 1, let u = body.first, !draft.units[u].isHeading, draft.units[u].tokens.count <= 16 else { continue }
            let plain = Self.normalized(draft.units[u].text)
            // A risk section that says "None" is the softball rule's finding.
            guard Self.declining.contains(plain), !(Self.areas[a].key == "risks" && ["no", "none", "nothing", "nil"].contains(plain))
            else { continue }
            ctx.report(draft.blockRange(ofUnit: u),
                       "\"\(draft.units[u].text)\" is all the section on \(Self.areas[a].name) says; a reviewer reads it as not considered",
                       help: Self.areas[a].help)
        }
    }

    /// "We looked at that option.": weighed, but with no reason, figure or comparison to say why it lost.
    static func shrugs(_ words: [String]) -> Bool {
        guard words.count <= 8, words.contains(where: { weighed.contains($0) }) else { return false }
        return !words.contains { reasons.contains($0) || $0.first?.isNumber == true }
    }
    static let weighed: Set<String> = ["looked", "considered", "explored", "discussed", "evaluated", "reviewed", "thought",
                                       "investigated", "assessed", "weighed", "studied"]
    static let reasons: Set<String> = ["because", "since", "but", "as", "so", "too", "cost", "costs", "lost", "than", "instead",
                                       "slower", "worse", "cheaper", "expensive", "risky", "chose", "rejected", "prefer",
                                       "preferred", "would", "could", "while", "whereas"]

    /// Words of an answer that count as having answered its area somewhere.
    static let substantial = 12

    static func answerWords(_ item: Anatomy.FAQItem, _ draft: Draft) -> Int {
        let inline = item.inlineAnswer.map { r in draft.units[item.question].tokens.filter { r.contains($0.range.lowerBound) && $0.kind != .symbol }.count } ?? 0
        return inline + item.answerUnits.reduce(0) { $0 + draft.units[$1].wordCount }
    }

    /// The answer's text, its source range and its tokens' keys; nil when it is long enough that neither
    /// check could apply (both look at a handful of words).
    private func answer(_ item: Anatomy.FAQItem, _ draft: Draft) -> (String, Range<Int>, [String])? {
        if let inline = item.inlineAnswer, item.answerUnits.isEmpty {
            let unit = draft.units[item.question]
            let tokens = unit.tokens.filter { inline.contains($0.range.lowerBound) }
            guard tokens.count <= 16 else { return nil }
            return (unit.prose.string(inline), unit.prose.sourceRange(inline), tokens.filter { $0.kind != .symbol }.map(\.key))
        }
        guard item.inlineAnswer == nil, item.answerUnits.count == 1, let u = item.answerUnits.first else { return nil }
        let unit = draft.units[u]
        guard unit.tokens.count <= 16 else { return nil }
        return (unit.text, draft.blockRange(ofUnit: u), unit.tokens.filter { $0.kind != .symbol }.map(\.key))
    }

    /// Lower case, trailing full stops and surrounding space dropped: "None." and "none" are one answer.
    static func normalized(_ s: String) -> String {
        var t = s.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        while t.count > 1, t.hasSuffix(".") { t.removeLast() }
        return t.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// An answer of a few words whose content words all come from the question: "There are some
    /// drawbacks to this solution." Numbers and any new content word make it an answer.
    private func restates(_ answer: [String], _ question: ProseUnit, _ range: Range<Int>) -> Bool {
        let content = answer.filter { !FunctionWords.all.contains($0) && !Self.filler.contains($0) }
        guard !content.isEmpty, content.count <= 6 else { return false }
        guard !content.contains(where: { $0.first?.isNumber == true || NumberWords.all.contains($0) }) else { return false }
        let asked = Set(question.tokens.filter { range.contains($0.range.lowerBound) }.map { Self.stem($0.key) })
        return content.allSatisfy { asked.contains(Self.stem($0)) }
    }

    /// Words that add nothing to a restated question: "there are some drawbacks to consider".
    static let filler: Set<String> = ["there", "some", "several", "few", "many", "considered", "consider", "certain"]

    /// "drawbacks" and "drawback", "alternatives" and "alternative" are one word here.
    static func stem(_ w: String) -> String { w.count > 3 && w.hasSuffix("s") ? String(w.dropLast()) : w }
}
