import PRFAQKit

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
            RuleExample("⟦## Situation⟧\n\n" + StoryLength.padding + "\n\n## Task\n\nI owned the no-show rate.\n\n## Action\n\nI set up text reminders 24 hours before each visit.\n\n## Result\n\nNo-shows fell from 18% to 7% in one quarter.\n", profile: .star),
        ],
        nonTriggering: [
            RuleExample("## Situation\n\nOur clinic lost 18% of booked visits to no-shows in 2024.\n\n## Task\n\nI owned the no-show rate.\n\n## Action\n\nI set up text reminders 24 hours before each visit.\n\n## Result\n\nNo-shows fell from 18% to 7% in one quarter.\n", profile: .star),
        ])

    /// A Situation that keeps going: 16 sentences of 30 words, 480 words in all.
    static let padding = Array(repeating: "In 2024 I managed nine clinics in Minneapolis and St. Paul, where patients booked their next visit at the front desk six or eight weeks out and often forgot it.", count: 16).joined(separator: " ")

    /// Speaking pace used for the estimate, in words a minute.
    static let pace = 150.0

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let parts = draft.anatomy.starParts
        // Parts can nest (a lead-in inside a headed section), so count each unit once.
        var spoken = Set<Int>()
        for p in Anatomy.StarPart.allCases {
            guard let part = parts[p] else { continue }
            spoken.formUnion(StarStory.spokenUnits(part, in: draft))
        }
        let words = spoken.reduce(0) { $0 + draft.units[$1].wordCount }
        let limit = ctx.int("max-words")
        guard limit > 0, words > limit else { return }
        ctx.report(draft.lineRange(1),
                   "the story runs \(words) words, about \(Self.minutes(words)) spoken at 150 words a minute; keep it under \(limit) words",
                   help: "aim for about 300 words (two minutes): keep one sentence of context and one example per step")
    }

    /// "3.2 minutes", to one decimal.
    static func minutes(_ words: Int) -> String {
        let tenths = Int((Double(words) / pace * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) minutes"
    }
}
