import DraftAnatomy
import LintCore
import Text

/// A Result without a figure leaves the interviewer to guess the impact, and they guess low.
struct UnquantifiedResult: Rule {
    let description = RuleDescription(
        id: "star/unquantified-result",
        summary: "The Result has no figure",
        rationale: """
            The Result is where the story proves it mattered, and an interviewer weighs it by its size. \
            "It went well" cannot be weighed; "no-shows fell from 18% to 7% in one quarter" can. Give at \
            least one number, with a unit and a baseline.
            """,
        severity: .warning,
        profiles: [.star],
        scope: .document,
        triggering: [
            RuleExample("## Situation\n\nOur clinic lost 18% of booked visits to no-shows in 2024.\n\n## Task\n\nI owned the no-show rate.\n\n## Action\n\nI set up text reminders 24 hours before each visit.\n\n⟦## Result⟧\n\nNo-shows dropped a lot, and the therapists were happy with the change.\n", profile: .star),
            RuleExample("# Stories\n\n## Ownership\n\n### Situation\n\nOur build broke twice a week in 2023.\n\n### Task\n\nI owned the fix.\n\n### Action\n\nI split the build into 4 stages.\n\n### Result\n\nFailures fell from 8 a month to 1.\n\n## Frugality\n\n### Situation\n\nOur team had $5,000 for travel.\n\n### Task\n\nI owned the budget.\n\n### Action\n\nI moved 3 reviews to video calls.\n\n⟦### Result⟧\n\nThe team spent less, and my director was pleased.\n", profile: .star),
        ],
        nonTriggering: [
            RuleExample("## Situation\n\nOur clinic lost 18% of booked visits to no-shows in 2024.\n\n## Task\n\nI owned the no-show rate.\n\n## Action\n\nI set up text reminders 24 hours before each visit.\n\n## Result\n\nNo-shows fell from 18% to 7% in one quarter.\n", profile: .star),
            RuleExample("## Situation\n\nOur clinic lost 18% of booked visits to no-shows in 2024.\n\n## Task\n\nI owned the no-show rate.\n\n## Action\n\nI set up text reminders 24 hours before each visit.\n\n## Result\n\nNo-shows fell by half within two months.\n", profile: .star),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        for story in StarStory.stories(draft) {
            guard let result = story.parts[.result], result.marker < draft.units.count else { continue }
            let measured = draft.spokenScalars(of: result).contains { (i, r) in
                draft.units[i].tokens.contains { StarStory.inside($0, r) && Self.isFigure($0) }
            }
            // A Result written as its heading alone ("### Result: cut costs 30%") is measured in the heading.
            if measured || (draft.units[result.marker].isHeading && draft.units[result.marker].tokens.contains(where: Self.isFigure)) { continue }
            ctx.story = story.title
            ctx.report(draft.lineRange(of: result), StarStory.say("the Result has no figure; say what changed, by how much", story),
                       help: "e.g. \"no-shows fell from 18% to 7% in one quarter\"")
        }
        ctx.story = nil
    }

    /// A number or a spelled figure ("half", "two"), but not a bare year: "in 2025" dates the result
    /// without measuring it, and `ProseUnit.hasFigure` would count it.
    static func isFigure(_ t: Token) -> Bool {
        (t.kind == .number && !isYear(t.key)) || (t.kind == .word && spelled.contains(t))
    }

    static func isYear(_ text: String) -> Bool {
        guard text.count == 4, let n = Int(text) else { return false }
        return (1900...2099).contains(n)
    }

    /// Spelled figures: those `NumberWords` counts for `hasFigure`, plus the changes a Result reports ("doubled", "halved").
    static let spelled: WordSet = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million",
        "billion", "half", "double", "doubled", "twice", "triple", "tripled", "quarter", "percent", "dozen",
        "halved",
    ]
}
