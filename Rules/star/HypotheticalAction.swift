import DraftAnatomy
import LintCore
import Text

/// "I would…" answers a different question: what you might do. A STAR Action is evidence only when it
/// happened, so the interviewer discounts every hypothetical.
struct HypotheticalAction: Rule {
    let description = RuleDescription(
        id: "star/hypothetical-action",
        summary: "A hypothetical (\"I would\", \"we could\") in the Action",
        rationale: """
            Interviewers look for what you did, because past behaviour predicts future behaviour; what you \
            would or could do is not evidence. Tell the Action in the past tense, as it happened, and keep \
            reflections for the Learning.
            """,
        severity: .suggestion,
        profiles: [.star],
        triggering: [
            RuleExample("## Situation\n\nOur clinic lost 18% of booked visits to no-shows in 2024.\n\n## Task\n\nI owned the no-show rate.\n\n## Action\n\nI set up text reminders 24 hours before each visit. ⟦I would⟧ also call every patient who did not confirm, and ⟦I'd⟧ check the list each morning.\n\n## Result\n\nNo-shows fell from 18% to 7% in one quarter.\n", profile: .star),
            RuleExample("# Stories\n\n## Ownership\n\n### Situation\n\nOur build broke twice a week in 2023.\n\n### Task\n\nI owned the fix.\n\n### Action\n\nI split the build into 4 stages.\n\n### Result\n\nFailures fell from 8 a month to 1.\n\n## Frugality\n\n### Situation\n\nOur team had $5,000 for travel.\n\n### Task\n\nI owned the budget.\n\n### Action\n\n⟦I would⟧ move reviews to video calls.\n\n### Result\n\nTravel cost fell from $5,000 to $3,100.\n", profile: .star),
        ],
        nonTriggering: [
            // Parts on consecutive lines: the Learning's "I would" is not in the Action.
            RuleExample("# Ownership\n\n**S:** In 2024 the team missed 3 of 5 deadlines.\n**T:** I owned the fix.\n**A:** I set weekly reviews.\n**R:** The team met 5 of 5.\n**L:** Next time I would start in week one.\n", profile: .star),
            RuleExample("## Situation\n\nOur clinic lost 18% of booked visits to no-shows in 2024.\n\n## Task\n\nI owned the no-show rate.\n\n## Action\n\nI set up text reminders so I could reach patients 24 hours before each visit. I could not reach 30 of them, so I'd already asked the front desk to call them.\n\n## Result\n\nNo-shows fell from 18% to 7% in one quarter.\n\n## Learning\n\nNext time I would start the reminders in week one.\n", profile: .star),
        ])

    static let subjects: WordSet = ["i", "we"]
    static let modals: WordSet = ["would", "could", "might"]
    /// "so I could…", "that we could…", "if I could…" narrate a past purpose or question, not a hypothetical.
    static let purpose: WordSet = ["so", "that", "if", "whether", "until", "how", "what", "where", "when"]
    /// After "I'd", these mean "I had" ("I'd already asked"), which is past, not hypothetical.
    static let hadMarkers: WordSet = [
        "already", "never", "just", "been", "had", "done", "gone", "seen", "built", "made", "led", "written", "run",
        "taken", "set", "sent", "told", "found", "given", "spent", "left", "kept", "got", "gotten", "heard", "known",
    ]

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        for story in StarStory.stories(draft) {
            ctx.story = story.title
            check(story, draft, &ctx)
        }
        ctx.story = nil
    }

    private func check(_ story: Anatomy.Story, _ draft: Draft, _ ctx: inout RuleContext) {
        for (i, quoted, scalars) in StarStory.actionUnits(story, draft) {
            let u = draft.units[i]
            let toks = u.tokens
            for (k, t) in toks.enumerated() where t.kind == .word && !quoted[k] && StarStory.inside(t, scalars) {
                let next = k + 1 < toks.count && toks[k + 1].kind == .word ? toks[k + 1] : nil
                if t.key == "i'd" || t.key == "we'd" {
                    if let n = next, Self.isHad(n.key) { continue }
                    ctx.report(u.sourceRange(tokens: k..<(k + 1)), StarStory.say(Self.message(u.text(k)), story), help: Self.help)
                    continue
                }
                guard Self.subjects.contains(t), let n = next, Self.modals.contains(n), !quoted[k + 1] else { continue }
                // Past ability or purpose ("I could not", "so I could") is narration, not a hypothetical.
                if n.key != "would" {
                    if k + 2 < toks.count, toks[k + 2].key == "not" || toks[k + 2].key == "n't" { continue }
                    if k > 0, Self.purpose.contains(toks[k - 1]) { continue }
                }
                let phrase = u.text(k) + " " + u.text(k + 1)
                ctx.report(u.sourceRange(tokens: k..<(k + 2)), StarStory.say(Self.message(phrase), story), help: Self.help)
            }
        }
    }

    static func isHad(_ key: String) -> Bool {
        if hadMarkers.contains(key) { return true }
        // A past participle in -ed ("I'd asked"), but not a base verb that ends so ("I'd need").
        return key.endsWith("ed") && !key.endsWith("eed") && key.characterCount > 3
    }

    static func message(_ phrase: String) -> String {
        "\"\(phrase)\" is a hypothetical; the Action must say what you did, in the past tense"
    }

    static let help = "e.g. \"I would call every patient\" → \"I called the 40 patients who had not confirmed\""
}
