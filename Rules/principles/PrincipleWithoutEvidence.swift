import DraftAnatomy
import LintCore
import Text

/// "I live Customer Obsession" is a claim; "I called the 60 schools myself" is evidence. Bar Raisers
/// credit a Leadership Principle only through what the writer did, so a name with no action or figure
/// nearby is decoration.
struct PrincipleWithoutEvidence: Rule {
    let description = RuleDescription(
        id: "principles/named-without-evidence",
        summary: "A Leadership Principle named with no action or figure to show it",
        rationale: """
            Naming a principle proves nothing; interviewers and reviewers look for the behaviour behind it. \
            Where a paragraph names one, it should also say what you did ("I rebuilt…", "I called…") or give \
            a figure. Otherwise cut the name and let the story show the principle.
            """,
        severity: .suggestion,
        triggering: [
            RuleExample("My manager says I live ⟦Customer Obsession⟧ and ⟦Bias for Action⟧ every day."),
            RuleExample("## Why me\n\nThe team trusts me because ⟦Ownership⟧ is my strongest principle.\n"),
        ],
        nonTriggering: [
            RuleExample("I showed Ownership when I rebuilt the pipeline in 3 days."),
            RuleExample("# Dive Deep: The Abandoned Checkouts\n\nI pulled 14 days of session logs and found the frozen card form.\n"),
            RuleExample("*Prompt: Tell me about a time you showed Customer Obsession.*"),
        ])

    /// Irregular past tenses a story's actions use; regular ones end in "-ed".
    static let irregularPast: WordSet = [
        "built", "rebuilt", "led", "wrote", "rewrote", "ran", "made", "took", "set", "cut", "sent", "met", "told",
        "chose", "drove", "gave", "found", "brought", "sold", "spoke", "won", "began", "did", "got", "kept", "held",
        "left", "paid", "put", "read", "saw", "spent", "stood", "taught", "went", "bought", "caught", "fought",
        "sought", "split", "shut", "hit", "let", "knew", "grew", "drew", "threw", "came", "became", "felt", "dealt",
        "meant", "heard", "said", "flew", "rode", "rose", "shipped", "sat", "sped", "swore", "understood", "wound",
        "overcame", "undertook", "oversaw", "withdrew", "forgave", "shook", "woke",
    ]
    /// Present-tense verbs that happen to end in "-ed".
    static let notPast: WordSet = ["need", "needs", "feed", "proceed", "succeed", "exceed", "embed", "bleed", "breed", "heed", "speed", "seed"]

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        // Each unit's evidence and each sentence's prompt are read once: a paragraph that names
        // principles thousands of times made a scan of the paragraph per name quadratic.
        var evidenced = [Int: Bool]()
        var prompts = [SentenceKey: Bool]()
        func hasEvidence(_ i: Int) -> Bool {
            if let known = evidenced[i] { return known }
            let found = Self.hasEvidence(draft.units[i])
            evidenced[i] = found
            return found
        }
        for m in LeadershipPrinciples.named(in: draft) {
            guard m.unit < draft.units.count else { continue }
            let u = draft.units[m.unit]
            let key = SentenceKey(unit: m.unit, sentence: u.sentenceIndex(containing: m.tokens.lowerBound))
            let prompt = prompts[key] ?? Self.isPrompt(u, sentence: key.sentence)
            prompts[key] = prompt
            if prompt { continue }
            // "## Ownership" or "## Frugality" alone titles a topic (who owns what, what it costs).
            if u.isHeading && m.tokens.count == 1 && u.tokens.filter({ $0.kind == .word }).count == 1 { continue }
            // A heading names what the text under it must show; a paragraph must show it itself.
            var evidence = [m.unit]
            if u.isHeading {
                let s = draft.section(of: m.unit)
                if s.heading == m.unit { evidence += Array(s.allUnits) }
            }
            if evidence.contains(where: { $0 < draft.units.count && hasEvidence($0) }) { continue }
            ctx.report(u.sourceRange(tokens: m.tokens),
                       "\"\(m.name)\" is named but not shown; show it with what was done and a figure, or cut the name",
                       help: "e.g. \"I called each of the 60 schools myself and stayed on until attendance worked\" instead of naming Customer Obsession")
        }
    }

    /// A first-person action ("I rebuilt", "I then called") or a figure anywhere in the unit.
    static func hasEvidence(_ u: ProseUnit) -> Bool {
        if u.sentences.contains(where: { u.hasFigure($0) }) { return true }
        let toks = u.tokens
        for (k, t) in toks.enumerated() where t.kind == .word && (t.key == "i" || t.key == "i've") {
            var j = k + 1
            while j < toks.count && j <= k + 3 {
                if toks[j].kind == .word && isPast(toks[j].key) { return true }
                j += 1
            }
        }
        return false
    }

    static func isPast(_ key: String) -> Bool {
        if irregularPast.contains(key) { return true }
        return key.characterCount > 3 && key.endsWith("ed") && !notPast.contains(key)
    }

    struct SentenceKey: Hashable {
        let unit: Int
        let sentence: Int?
    }

    /// An interview prompt or question names a principle to ask for it, not to claim it:
    /// "Prompt: Tell me about a time you showed Customer Obsession." or "…Ownership?".
    static func isPrompt(_ u: ProseUnit, sentence: Int?) -> Bool {
        if let first = u.tokens.first(where: { $0.kind == .word }),
           ["prompt", "question", "q"].contains(first.key) { return true }
        guard let si = sentence else { return false }
        let toks = u.tokens[u.sentences[si].tokens]
        if toks.last?.is("?") == true { return true }
        return zip(toks, toks.dropFirst()).contains { $0.key == "tell" && $1.key == "me" }
    }
}
