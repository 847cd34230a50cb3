import DraftAnatomy
import LintCore
import Text

/// A behavioural interview assesses the candidate, not the team: "we" in the Action hides who did what.
struct WeInsteadOfI: Rule {
    let description = RuleDescription(
        id: "star/we-instead-of-i",
        summary: "\"We\" in the Action where the interviewer needs what you did",
        rationale: """
            The interviewer scores the candidate, not the team, and cannot credit an action nobody owns. \
            "We" in the Action hides your part; say "I" and name what you did, and mention the team where \
            it matters ("I asked two engineers to…"). Only a "we" that does something in a main clause is \
            reported: "as we learned", "the fixes we'd made" and "we were short of staff" are circumstances.
            """,
        severity: .warning,
        profiles: [.star],
        options: [RuleOption("max-we", .int(0), "how many \"we\" the Action may hold before each one is reported")],
        triggering: [
            RuleExample("## Situation\n\nOur clinic lost 18% of booked visits to no-shows in 2024.\n\n## Task\n\nI owned the no-show rate.\n\n## Action\n\nFirst, ⟦we⟧ pulled twelve months of visit data.\n\n⟦We⟧ added text reminders 24 hours before each visit.\n\n## Result\n\nNo-shows fell from 18% to 7% in one quarter.\n", profile: .star),
            RuleExample("# Stories\n\n## Ownership\n\n### Situation\n\nOur build broke twice a week in 2023.\n\n### Task\n\nI owned the fix.\n\n### Action\n\nI split the build into 4 stages.\n\n### Result\n\nFailures fell from 8 a month to 1.\n\n## Frugality\n\n### Situation\n\nOur team had $5,000 for travel.\n\n### Task\n\nI owned the budget.\n\n### Action\n\n⟦We⟧ moved 3 reviews to video calls.\n\n### Result\n\nTravel cost fell from $5,000 to $3,100.\n", profile: .star),
        ],
        nonTriggering: [
            // Parts on consecutive lines: the Situation's "we" is not in the Action.
            RuleExample("# Ownership\n\n**S:** In 2024 we missed 3 of 5 deadlines.\n**T:** I owned the fix.\n**A:** I set weekly reviews.\n**R:** The team met 5 of 5.\n", profile: .star),
            RuleExample("## Situation\n\nOur clinic lost 18% of booked visits.\n\n## Task\n\nI owned the no-show rate.\n\n## Action\n\nI met the leads weekly as we learned more, and I kept the fixes we'd made. We were short of staff, so I hired two nurses.\n\n## Result\n\nNo-shows fell from 18% to 7% in one quarter.\n", profile: .star),
            RuleExample("## Situation\n\nOur clinic lost 18% of booked visits to no-shows in 2024, and we had no reminders.\n\n## Task\n\nI owned the no-show rate.\n\n## Action\n\nI pulled twelve months of visit data. I set up text reminders 24 hours before each visit. The director said, “We should have done this years ago.”\n\n## Result\n\nNo-shows fell from 18% to 7% in one quarter, and we kept the reminders.\n", profile: .star),
        ])

    /// "We" and its contractions: "we've", "we'd" and "we're" hide the actor just as well.
    static let forms: WordSet = ["we", "we've", "we'd", "we're", "we'll"]

    /// Words after which "we" opens a main clause: the candidate's own account of what was done.
    static let clauseOpeners: WordSet = ["and", "then", "first", "next", "finally", "together", "but", "so", "later", "afterwards"]
    /// After "we", these describe a state or the team's norm ("we were short of time", "we all commit").
    static let states: WordSet = ["was", "were", "wasn't", "weren't", "are", "aren't", "is", "needed", "need", "wanted",
                                  "knew", "all", "both", "each", "had", "hadn't", "didn't", "couldn't", "lacked"]

    /// True when "we" at token `k` is the subject of an act in a main clause: at a sentence or clause
    /// start, not in "as we learned" or "the fixes we'd made", and not before a state ("we were").
    static func actsHere(_ u: ProseUnit, _ k: Int) -> Bool {
        let t = u.tokens
        if k + 1 < t.count, t[k + 1].kind == .word, states.contains(t[k + 1]) { return false }
        let starts = u.sentences.contains { $0.tokens.lowerBound == k }
        if starts || k == 0 { return true }
        let prev = t[k - 1]
        if prev.kind == .symbol { return !prev.is("'") && !prev.is("’") }
        return clauseOpeners.contains(prev)
    }

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        for story in StarStory.stories(draft) {
            ctx.story = story.title
            check(story, draft, &ctx)
        }
        ctx.story = nil
    }

    private func check(_ story: Anatomy.Story, _ draft: Draft, _ ctx: inout RuleContext) {
        var found = [(unit: Int, token: Int)]()
        for (i, quoted, scalars) in StarStory.actionUnits(story, draft) {
            let u = draft.units[i]
            for (k, t) in u.tokens.enumerated() where t.kind == .word && Self.forms.contains(t) && !quoted[k] && StarStory.inside(t, scalars) {
                if Self.actsHere(u, k) { found.append((i, k)) }
            }
        }
        guard found.count > max(0, ctx.int("max-we")) else { return }
        // One finding per paragraph, at its first "we": four findings with one help in one paragraph were
        // noise, and the writer rewrites the paragraph, not the word.
        var k = 0
        while k < found.count {
            let (i, first) = found[k]
            var n = 0
            while k < found.count, found[k].unit == i { n += 1; k += 1 }
            let word = draft.units[i].text(first)
            let times = n == 1 ? "" : " (\(n) times in this paragraph)"
            ctx.report(draft.units[i].sourceRange(tokens: first..<(first + 1)),
                       StarStory.say("\"\(word)\" in the Action\(times) hides your part; the interviewer needs what you did, so say \"I\"", story),
                       help: "e.g. \"I pulled twelve months of visit data\" instead of \"we pulled…\"")
        }
    }
}
