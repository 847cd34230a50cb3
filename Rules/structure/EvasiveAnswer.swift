import DraftAnatomy
import LintCore
import Text

/// Amazon answers a yes/no question in one of four ways: yes, no, a number, or "we don't know yet; we
/// will know by DATE". "It depends" and "potentially" make the reader ask again.
struct EvasiveAnswer: Rule {
    let description = RuleDescription(
        id: "structure/evasive-answer",
        summary: "A yes/no question answered with a hedge instead of yes, no, a number or a date",
        rationale: """
            A question that can be answered yes or no gets one of four answers: yes, no, a number, or "we \
            don't know yet; we will know by DATE". An answer that opens with "it depends", "potentially" or \
            "we hope so" and never says which leaves the reader to guess, and the meeting asks again.
            """,
        severity: .warning,
        profiles: [.prfaq, .narrative],
        scope: .document,
        triggering: [
            RuleExample("# Reorder\n\n## FAQ\n\n### Will Reorder work for households that share one account?\n\n⟦Potentially⟧. Shared accounts raise questions about whose staples to track, and we are looking into the options.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## FAQ\n\n**Can stores opt out?** ⟦It depends⟧ on the store's contract with us.\n", profile: .prfaq),
            RuleExample("# Chapters\n\n## FAQ\n\n**Q: Can I edit the chapters before the episode is published?**\n\n⟦A: The chapter editor on the episode page gives you full control over your episode.⟧ We will keep adding to it.\n", profile: .prfaq),
            RuleExample("# Halden\n\n## FAQ\n\n### Will Remote Adjust work with my older Halden hearing aids?\n\n⟦Remote Adjust is designed around the current Halden lineup, and your audiologist can talk you through the options.⟧\n", profile: .prfaq),
            RuleExample("# Parts\n\n## FAQ\n\n**Does this need new hires?**\n\n⟦We will staff it the way we staff every platform project, with the right mix of people from across the organization.⟧\n", profile: .prfaq),
            RuleExample("# Kilnbook\n\n## FAQ\n\n### Can members cancel at any time?\n\n⟦Kilnbook fits into the membership each studio already offers.⟧ Studio owners set the terms that suit their community.\n", profile: .prfaq),
            RuleExample("# Forecast\n\n## FAQ\n\n### Can I use Forecast offline?\n\n⟦Forecast was designed around the way bakeries work today, and the team is looking closely at how owners use it in shops with patchy connections.⟧\n", profile: .prfaq),
        ],
        nonTriggering: [
            RuleExample("# Cat\n\n## FAQ\n\n**Q: Can I use this in production?**\n\nA: Cat is built for local development. For production, consider a managed cluster.\n", profile: .prfaq),
            RuleExample("# Kilnbook\n\n## FAQ\n\n### Can members cancel at any time?\n\nMembers cancel from the app, and the studio refunds the rest of the month.\n", profile: .prfaq),
            RuleExample("# Chapters\n\n## FAQ\n\n**Q: Can I edit the chapters before the episode is published?**\n\nA: You edit them on the episode page until you press Publish.\n", profile: .prfaq),
            RuleExample("# Assert\n\n## FAQ\n\n### Is this feature available in version 2?\n\nThe module is available in both versions, like the other modules.\n", profile: .prfaq),
            RuleExample("# Plan\n\n## FAQ\n\n### Can you remind me of the mission?\n\nMission: build a trusted network of people and tools for green software.\n\n### Will we meet live or can we work on our own time?\n\nThe best way is a weekly video call, staggered for time zones.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## FAQ\n\n### Will Reorder work for households that share one account?\n\nNot at launch. Each member keeps their own list; shared lists come in Q3 2027.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## FAQ\n\n### Can stores opt out?\n\nIt depends on the contract: stores on the 2025 contract can, which is 40 of our 260 stores.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## FAQ\n\n### Will shoppers pay for it?\n\nIt depends on the price test; we will know by June 30, 2027, when it ends.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## FAQ\n\n### How will we price it?\n\nIt depends on what the price test shows.\n", profile: .prfaq),
        ])

    /// Openings that hedge instead of answering.
    static let hedges = PhraseSet([
        "it depends", "that depends", "this depends", "depends on", "maybe", "possibly", "potentially", "perhaps",
        "hopefully", "probably", "likely", "we think so", "we believe so", "we hope so", "we hope", "ideally",
        "in theory", "in principle", "to some extent", "sort of", "kind of", "it's possible", "it is possible",
        "that's possible", "we'll see", "we will see", "time will tell", "good question", "great question",
        "that's a great question", "it's complicated", "it is complicated", "we are exploring", "we're exploring",
        "we are looking into", "we're looking into", "we are still evaluating", "we're still evaluating",
        "we are evaluating", "we're evaluating", "in some cases", "under certain circumstances",
        "it could", "it might", "it may", "we may", "we might", "we could", "could be", "might be",
    ])

    /// Words that give the answer after all: "It depends: yes for stores on the new contract".
    static let answers: WordSet = ["yes", "no", "not", "never", "none", "only", "yet", "nope", "yep", "yeah", "n/a", "na"]
    /// Words that answer only as the answer's first word: "Correct." answers, "the right mix" does not.
    static let openingAnswers: WordSet = ["correct", "right", "exactly", "absolutely", "sure", "definitely", "indeed",
                                          "certainly", "nothing", "always", "partly", "partially", "sometimes"]
    /// "Are there any open issues?" is answered by listing them, whatever the words.
    static let existential = PhraseSet(["are there", "is there", "were there", "was there", "will there be", "do we have any",
                                        "does it have any"])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        for item in draft.anatomy.faqItems where item.hasAnswer {
            let question = draft.units[item.question]
            // The opener first, from the tokens in place: most questions open with no auxiliary, and
            // their words need not be gathered.
            guard Self.opensYesOrNo(question, item.questionRange),
                  Self.asksYesOrNo(Self.words(question, item.questionRange)), question.isQuestion || item.inlineAnswer != nil
                    || question.prose.string(item.questionRange).contains("?") else { continue }
            // The answer: the question's own unit after the question, or its first paragraph.
            let unit: ProseUnit
            let tokens: Range<Int>
            if let inline = item.inlineAnswer {
                unit = question
                let first = question.tokens.firstIndex { $0.range.lowerBound >= inline.lowerBound } ?? question.tokens.count
                tokens = first..<question.tokens.count
            } else if let u = item.answerUnits.first, !draft.units[u].isHeading {
                unit = draft.units[u]
                tokens = 0..<unit.tokens.count
            } else { continue }
            // The whole answer may still give one of the four answers ("It depends: yes for stores on …").
            if Self.answersAfterAll(unit.tokens, tokens) { continue }
            if item.answerUnits.dropFirst().prefix(3).contains(where: { Self.answersAfterAll(draft.units[$0].tokens, 0..<draft.units[$0].tokens.count) }) { continue }
            if let opening = Self.hedgedOpening(unit.tokens, tokens) {
                ctx.report(unit.sourceRange(tokens: opening),
                           "\"\(draft.text(unit.sourceRange(tokens: opening)))\" does not answer a yes/no question",
                           help: "answer yes, no, with a number, or \"we don't know yet; we will know by DATE\", then explain")
                continue
            }
            // An answer that never takes up what was asked talks around it ("Can members cancel at any
            // time?" answered with how billing works); one that does is an implicit yes ("Members cancel
            // from the app").
            // A list, a question back ("Do we want to support X?") or "N/A" is its own kind of answer.
            guard !unit.inList, !Self.existential.occurs(in: question, within: item.questionRange),
                  unit.tokens[tokens].last(where: { $0.kind == .symbol })?.is("?") != true,
                  !unit.tokens[tokens].contains(where: { $0.is("/") }) else { continue }
            let predicate = Self.predicate(question, item.questionRange)
            guard !predicate.isEmpty else { continue }
            // "Can I use this in production?" … "For production, consider Elastic Cloud.": a redirect for the
            // very case asked about is a plain no.
            let asked = Set(Self.words(question, item.questionRange).filter { !FunctionWords.all.contains($0) }.map { Self.stem($0.key) })
            let answerUnits = item.inlineAnswer != nil ? [item.question] : Array(item.answerUnits.prefix(4))
            if answerUnits.contains(where: { Self.redirects(draft.units[$0], asked: asked) }) { continue }
            // "…looking at how owners use it" names the question inside a clause about studying it: no answer.
            let echoed = answerUnits.contains { u in
                let t = draft.units[u].tokens
                return t.indices.contains { k in
                    t[k].kind == .word && predicate.contains(Self.stem(t[k].key))
                        && !(max(0, k - 2)..<k).contains { Self.studied.contains(t[$0]) }
                }
            }
            guard !echoed, let first = unit.sentences.first(where: { $0.tokens.lowerBound >= tokens.lowerBound }) else { continue }
            ctx.report(unit.sourceRange(first), "this answer to a yes/no question never says yes, no, how many or by when",
                       help: "open with yes, no, a number, or \"we don't know yet; we will know by DATE\", then explain")
        }
    }

    /// The question's verb, as a stem: the first content word after its opener and subject ("Can members
    /// cancel at any time?" gives "cance"; "Will riders have to prove …?" gives "prove"). The nouns of a
    /// question come back in any answer about the topic; the verb comes back in an answer to it. Empty
    /// when the question is too short to say.
    static func predicate(_ q: ProseUnit, _ range: Range<Int>) -> Set<String> {
        let words = Self.words(q, range)
        guard words.count >= 3 else { return [] }
        let content = words.dropFirst().filter {
            !FunctionWords.all.contains($0) && !auxiliaries.contains($0) && ($0.key.characterCount >= 3 || $0.isFirstUpper)
        }
        // "Can I edit …?": a pronoun subject is no content word, so the verb comes first.
        if Self.pronouns.contains(words[1]) { return content.isEmpty ? [] : [stem(content[0].key)] }
        // "Will Remote Adjust work with …?": a name runs over its capitalised words.
        if let first = content.first, first.isFirstUpper {
            let rest = content.drop { $0.isFirstUpper }
            return rest.first.map { [stem($0.key)] } ?? []
        }
        guard content.count >= 2 else { return [] }
        return [stem(content[1].key)]
    }
    /// The question's words, without a "Q:" label.
    static func words(_ q: ProseUnit, _ range: Range<Int>) -> [Token] {
        let w = q.tokens.filter { $0.kind == .word && range.contains($0.range.lowerBound) }
        return w.first?.key == "q" ? Array(w.dropFirst()) : w
    }
    /// Whether the question's first word (after a "Q:" label) is one a yes/no question opens with: what
    /// `asksYesOrNo` asks first, without the words gathered.
    static func opensYesOrNo(_ q: ProseUnit, _ range: Range<Int>) -> Bool {
        let t = q.tokens
        var first: Int?
        for k in t.indices where t[k].kind == .word && range.contains(t[k].range.lowerBound) {
            if first == nil, t[k].key == "q" { first = -1; continue }
            first = k
            break
        }
        guard let first, first >= 0 else { return false }
        return EmptyAnswer.yesNoOpeners.contains(t[first])
    }
    static let pronouns: WordSet = ["i", "we", "you", "it", "they", "he", "she", "there"]
    /// Words that open a clause about the question rather than an answer to it: "how owners use it",
    /// "whether teams need it".
    static let studied: WordSet = ["how", "whether", "why", "if"]
    /// "Can you remind me of the mission?" asks for something; it is not a yes/no question.
    static let requests: WordSet = ["remind", "tell", "explain", "describe", "share", "give", "walk", "clarify", "summarize",
                                    "summarise", "list", "show", "outline", "elaborate", "confirm"]

    /// A question answered by yes or no: it opens with an auxiliary, offers no choice ("… or can we work
    /// asynchronously?") and is no polite request ("Can you tell me …?").
    static func asksYesOrNo(_ words: [Token]) -> Bool {
        guard let first = words.first, EmptyAnswer.yesNoOpeners.contains(first) else { return false }
        if words.contains(where: { $0.key == "or" }) { return false }
        if words.count >= 3, words[1].key == "you", requests.contains(words[2]) { return false }
        return true
    }
    /// Words between a subject and its verb: "have to", "need to", "be able to".
    static let auxiliaries: WordSet = ["have", "has", "need", "needs", "able", "going", "get", "got", "want", "still", "also",
                                       "ever", "really", "actually", "always", "now"]

    /// Five letters stand for a word and its forms: "cancel", "cancels", "cancelled".
    static func stem(_ key: String) -> String { String(key.prefix(5)) }

    /// The hedge the answer opens with, as a token range: it must start within its first three words.
    static func hedgedOpening(_ t: TokenList, _ r: Range<Int>) -> Range<Int>? {
        var start = r.lowerBound
        while start < r.upperBound, t[start].kind == .symbol { start += 1 }
        for s in start..<min(start + 3, r.upperBound) {
            guard t[s].kind == .word else { break }
            // The shortest phrase that starts here: the set finds phrases anywhere in a range, so a range
            // that matches only because of a later start is left to that start's turn.
            for len in 1...5 where s + len <= r.upperBound && hedges.occurs(t, s..<(s + len)) {
                if len > 1, hedges.occurs(t, (s + 1)..<(s + len)) { break }
                return s..<(s + len)
            }
        }
        return nil
    }

    /// A yes, a no, a figure or a date anywhere in the answer's paragraph.
    /// Verbs that send the reader elsewhere: "consider Elastic Cloud", "use the export instead".
    static let redirectVerbs: WordSet = ["consider", "use", "try", "choose", "pick", "see", "switch"]

    /// A sentence "For <what was asked>, consider/use …".
    static func redirects(_ unit: ProseUnit, asked: Set<String>) -> Bool {
        let t = unit.tokens
        for s in unit.sentences {
            let r = s.tokens
            guard r.count >= 4, t[r.lowerBound].key == "for" else { continue }
            var k = r.lowerBound + 1
            var named = false
            while k < r.upperBound, t[k].kind == .word {
                if asked.contains(stem(t[k].key)) { named = true }
                k += 1
            }
            guard named, k < r.upperBound, t[k].is(",") else { continue }
            if (k + 1..<min(k + 3, r.upperBound)).contains(where: { redirectVerbs.contains(t[$0]) }) { return true }
        }
        return false
    }

    static func answersAfterAll(_ t: TokenList, _ r: Range<Int>) -> Bool {
        if let first = r.first(where: { t[$0].kind == .word && t[$0].key != "a" }), openingAnswers.contains(t[first]) { return true }
        for k in r {
            if t[k].kind == .number { return true }
            if t[k].kind == .word, answers.contains(t[k]) || Draft.months.contains(t[k]) { return true }
            if t[k].kind == .word, t[k].key.endsWith("n't") || t[k].key.endsWith("n’t") { return true }
        }
        return false
    }
}
