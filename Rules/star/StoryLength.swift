import DraftAnatomy
import LintCore

/// A STAR answer is spoken, and interviewers expect about two minutes; past three, they stop listening
/// and start interrupting.
struct StoryLength: Rule {
    let description = RuleDescription(
        id: "star/story-length",
        summary: "The story takes too long to tell",
        rationale: """
            A STAR answer should take about two minutes to say, which is about 300 words at a speaking pace \
            of 150 words a minute. A longer answer crowds out the follow-up questions, where most of the \
            evaluation happens. Cut the Situation to what the listener needs and keep one example per step.
            """,
        severity: .warning,
        profiles: [.star],
        options: [RuleOption("max-words", .int(450), "most words the Situation, Task, Action, Result and Learning may hold")],
        scope: .document,
        triggering: [
            RuleExample(StoryLength.longStory, profile: .star),
        ],
        nonTriggering: [
            RuleExample("## Situation\n\nOur clinic lost 18% of booked visits to no-shows in 2024.\n\n## Task\n\nI owned the no-show rate.\n\n## Action\n\nI set up text reminders 24 hours before each visit.\n\n## Result\n\nNo-shows fell from 18% to 7% in one quarter.\n", profile: .star),
        ])

    /// A realistic story of about 480 words, its first line marked: every part is sound, it is just too
    /// long to say in two minutes.
    static let longStory = """
        ⟦## Situation⟧

        In 2024 I managed operations for Lakeside Physical Therapy, a group of nine clinics in Minneapolis and St. Paul. No-shows were our largest cost: 18% of booked visits went unused, and each empty slot cost the group $140. Patients booked their next visit at the front desk, often six or eight weeks out. The clinics sent no reminders, and the front desk had no time to call. Two therapists asked to cut their hours because their days were full of gaps.

        ## Task

        I owned clinic utilization. The clinic director asked me to bring the no-show rate under 10% by the end of the quarter without adding front desk staff.

        ## Action

        First, I pulled twelve months of appointment data from the scheduling system and sorted the 41,000 visits by booking lead time, weekday, hour and clinic. Visits booked three weeks or further out made up 62% of the no-shows. Monday mornings stood out too: 27% of Monday 8:00 visits went unused.

        I compared three reminder vendors and chose the one that could send texts from our scheduling system without a new login for staff. I set up text reminders at 72 hours and at 24 hours before each visit. I rewrote the reminder so patients replied C to confirm or R to reschedule, and I tested four versions of the wording with 200 patients at the Uptown clinic.

        I called the patients who did not confirm myself for the first two weeks, so I could hear why they missed visits. Most said they had forgotten, and 30 said the 8:00 slot clashed with school drop-off. I moved the Monday 8:00 slots to returning patients, who missed them least.

        I wrote a one-page script for the front desk and trained the staff at all nine clinics in one week. I set up a weekly no-show report for each clinic lead and reviewed it with them every Friday. When the Eagan clinic's rate stayed at 15%, I visited it and found that its reminders went to landlines, so I asked the vendor to switch those patients to calls.

        I also asked the billing team to flag patients with three missed visits, and I called each of them to offer an evening slot or a video visit. Eleven of the 14 patients I reached chose a new time, and three moved their care to a clinic nearer their home.

        ## Result

        No-shows fell from 18% to 7% within the quarter, and the group recovered about $310,000 a year in visits that had gone unused. Both therapists kept their full hours, and the front desk spent 6 fewer hours a week on calls.

        ## Learning

        I learned to listen to the people who miss the service before I change it. The calls showed me the school drop-off problem, which no report did. Now I call ten customers before I design any fix.

        """

    /// Speaking pace used for the estimate, in words a minute.
    static let pace = 150.0

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let limit = ctx.int("max-words")
        guard limit > 0 else { return }
        for story in StarStory.stories(draft) {
            // Parts do not overlap: each runs to the next label.
            let words = story.parts.values.reduce(0) { $0 + StarStory.words($1, in: draft) }
            guard words > limit else { continue }
            ctx.story = story.title
            ctx.report(draft.lineRange(of: story),
                       StarStory.say("the story runs \(words) words, about \(Self.minutes(words)) spoken at 150 words a minute; keep it to \(limit) words or fewer", story),
                       help: "aim for about 300 words (two minutes): keep one sentence of context and one example per step")
        }
        ctx.story = nil
    }

    /// "3.2 minutes", to one decimal.
    static func minutes(_ words: Int) -> String {
        let tenths = Int((Double(words) / pace * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) minutes"
    }
}
