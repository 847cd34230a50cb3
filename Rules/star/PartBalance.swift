import DraftAnatomy
import LintCore

/// Interviewers budget about two minutes per answer; a story that spends them on the Situation leaves no
/// time for the Action, which is what gets scored.
struct PartBalance: Rule {
    let description = RuleDescription(
        id: "star/part-balance",
        summary: "The Action is too short, or the Situation too long, for the story",
        rationale: """
            A strong STAR answer spends about 20% on the Situation, 10% on the Task, 60% on the Action and \
            10% on the Result. Interviewers score the Action; a long Situation uses the time the Action needs. \
            Cut background to what the listener needs to follow, and spend the words on what you did.
            """,
        severity: .suggestion,
        profiles: [.star],
        options: [
            RuleOption("min-action-share", .double(0.4), "smallest share of the story's words the Action may have", range: RuleOption.shares),
            RuleOption("max-situation-share", .double(0.4), "largest share of the story's words the Situation may have", range: RuleOption.shares),
            RuleOption("min-words", .int(120), "stories shorter than this are not weighed", gatesDraft: true),
        ],
        scope: .document,
        triggering: [
            RuleExample("⟦## Situation⟧\n\nIn 2024 I managed operations for Lakeside Physical Therapy, a group of nine clinics in Minneapolis. No-shows cost the group $140 for every empty slot, and 18% of booked visits went unused. Patients booked their next visit at the front desk, often six or eight weeks out, and nobody reminded them. The therapists were frustrated, and two of them asked to cut their hours because their days were full of gaps. The front desk had no time to call patients, and the booking system could not send texts. The director had tried a cancellation fee in 2023, and patients complained about it.\n\n## Task\n\nI owned clinic utilization, with a goal of under 10% no-shows.\n\n⟦## Action⟧\n\nI set up text reminders 48 hours before each visit and called the patients who did not confirm.\n\n## Result\n\nNo-shows fell from 18% to 7% in one quarter.\n", profile: .star),
        ],
        nonTriggering: [
            RuleExample("## Situation\n\nIn 2024 I managed operations for nine physical therapy clinics. 18% of booked visits went unused, at $140 per empty slot.\n\n## Task\n\nI owned clinic utilization, with a goal of under 10% no-shows.\n\n## Action\n\nI pulled twelve months of visit data and found that visits booked three weeks out were missed most. I set up text reminders 72 and 24 hours before each visit, and patients replied C to confirm or R to reschedule. I called each patient who did not confirm, and I moved the Monday 8:00 slots to returning patients. I trained the front desk staff at all nine clinics on the new script in one week, and I reviewed the no-show report with each clinic lead every Friday.\n\n## Result\n\nNo-shows fell from 18% to 7% in one quarter, which saved $210,000 a year.\n", profile: .star),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        for story in StarStory.stories(draft) {
            ctx.story = story.title
            check(story, draft, &ctx)
        }
        ctx.story = nil
    }

    private func check(_ story: Anatomy.Story, _ draft: Draft, _ ctx: inout RuleContext) {
        let parts = story.parts
        var words = [Anatomy.StarPart: Int]()
        for p in StarStory.core {
            guard let part = parts[p] else { return }
            words[p] = StarStory.words(part, in: draft)
        }
        let total = words.values.reduce(0, +)
        guard total >= max(1, ctx.int("min-words")) else { return }
        let minAction = ctx.double("min-action-share"), maxSituation = ctx.double("max-situation-share")
        if let action = parts[.action], let n = words[.action], Double(n) < minAction * Double(total) {
            ctx.report(draft.lineRange(of: action),
                       StarStory.say("the Action is \(Self.percent(n, total)) of the story (\(n) of \(total) words); give it about 60%", story),
                       help: "add the steps you took, one sentence each, and cut background from the Situation")
        }
        if let situation = parts[.situation], let n = words[.situation], Double(n) > maxSituation * Double(total) {
            ctx.report(draft.lineRange(of: situation),
                       StarStory.say("the Situation is \(Self.percent(n, total)) of the story (\(n) of \(total) words); keep it near 20%", story),
                       help: "keep who, where, when and the problem with its figure, e.g. \"18% of visits went unused\"; cut the rest")
        }
    }

    static func percent(_ n: Int, _ total: Int) -> String {
        "\(Int((Double(n) * 100 / Double(max(total, 1))).rounded()))%"
    }
}
