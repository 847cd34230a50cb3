import DraftAnatomy
import LintCore

/// Interviewers often close with "what would you do differently?"; a story that already answers it shows
/// the candidate learns from what they do.
struct NoLearning: Rule {
    let description = RuleDescription(
        id: "star/no-learning",
        summary: "The story has no closing Learning",
        rationale: """
            A closing learning turns one result into a habit the interviewer can expect again, and it answers \
            the usual follow-up ("what would you do differently?") before it is asked. One or two sentences \
            are enough: what you learned and what you now do because of it.
            """,
        severity: .suggestion,
        profiles: [.star],
        scope: .document,
        triggering: [
            RuleExample("⟦## Situation⟧\n\nOur clinic lost 18% of booked visits to no-shows in 2024.\n\n## Task\n\nI owned the no-show rate.\n\n## Action\n\nI set up text reminders 24 hours before each visit.\n\n## Result\n\nNo-shows fell from 18% to 7% in one quarter.\n", profile: .star),
            RuleExample("# Stories\n\n## Ownership\n\n### Situation\n\nOur build broke twice a week in 2023.\n\n### Task\n\nI owned the fix.\n\n### Action\n\nI split the build into 4 stages.\n\n### Result\n\nFailures fell from 8 a month to 1.\n\n### Learning\n\nI learned to measure before I fix.\n\n⟦## Frugality⟧\n\n### Situation\n\nOur team had $5,000 for travel.\n\n### Task\n\nI owned the budget.\n\n### Action\n\nI moved 3 reviews to video calls.\n\n### Result\n\nTravel cost fell from $5,000 to $3,100.\n", profile: .star),
        ],
        nonTriggering: [
            RuleExample("## Situation\n\nOur clinic lost 18% of booked visits to no-shows in 2024.\n\n## Task\n\nI owned the no-show rate.\n\n## Action\n\nI set up text reminders 24 hours before each visit.\n\n## Result\n\nNo-shows fell from 18% to 7% in one quarter.\n\n## Learning\n\nI learned to ask patients how they want to be reached. I now test a change in one clinic first.\n", profile: .star),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        for story in StarStory.stories(draft) {
            let parts = story.parts
            // Only a complete, labelled story is judged: a missing core part is structure/missing-section's
            // finding, and an unlabelled story gets one finding, to label its parts.
            guard !story.isUnlabelled, StarStory.core.allSatisfy({ parts[$0] != nil }), parts[.learning] == nil else { continue }
            ctx.story = story.title
            ctx.report(draft.lineRange(of: story), StarStory.say("the story ends at the Result; add what you learned", story),
                       help: "add \"## Learning\": e.g. \"I learned to test a change in one clinic first, and I now do that for every rollout.\"")
        }
        ctx.story = nil
    }
}
