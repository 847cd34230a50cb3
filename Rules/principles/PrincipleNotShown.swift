import DraftAnatomy
import LintCore
import Text

/// A story filed under "Customer Obsession" that never meets a customer shows some other principle. The
/// interviewer scores the principle the story shows, not the one in its title.
struct PrincipleNotShown: Rule {
    let description = RuleDescription(
        id: "principles/not-shown",
        summary: "A story filed under a Leadership Principle that shows none of it",
        rationale: """
            A story bank files each story under the principle it proves. The interviewer listens for that \
            principle in what you did: a customer for Customer Obsession, data you read for Dive Deep, money \
            saved for Frugality, a disagreement for Have Backbone. A story that shows none of it is filed \
            under the wrong principle, or needs the moment that shows it.
            """,
        severity: .suggestion,
        profiles: [.star],
        scope: .document,
        triggering: [
            RuleExample("⟦## Frugality: Shipping the portal⟧\n\n**Situation:** In 2024 we signed 30 workshops as partners.\n\n**Task:** I owned the portal launch.\n\n**Action:** I asked my director for two contract engineers and got approval for $96,000.\n\n**Result:** The portal shipped on time and carried $1.2 million in orders.\n", profile: .star),
            RuleExample("⟦## Customer Obsession⟧\n\n**Situation:** Our build took 40 minutes in 2025.\n\n**Task:** I owned the build.\n\n**Action:** I split the test suite into 8 shards and cached the dependencies.\n\n**Result:** Builds fell from 40 to 9 minutes.\n", profile: .star),
        ],
        nonTriggering: [
            RuleExample("## Frugality\n\n**Situation:** Our build farm ran at $41,000 a month in 2025.\n\n**Task:** I owned the build.\n\n**Action:** I moved the nightly jobs to spot machines.\n\n**Result:** The farm now runs for under $12,000 a month.\n", profile: .star),
            RuleExample("## Customer Obsession\n\n**Situation:** Our build took 40 minutes in 2025.\n\n**Task:** I owned the build.\n\n**Action:** I called 12 customers whose releases waited on it and split the test suite into 8 shards.\n\n**Result:** Builds fell from 40 to 9 minutes.\n", profile: .star),
        ])

    /// What each principle looks like in an Action or Result: words a listener would take as showing it.
    /// Only principles whose evidence is this plain are judged; Earn Trust, Ownership, Bias for Action and
    /// the rest show in too many ways to list (our own good story banks tripped a broader list).
    static let evidence: [String: PhraseSet] = [
        "Customer Obsession": PhraseSet(["customer", "customers", "user", "users", "client", "clients", "patient", "patients",
                                        "shopper", "shoppers", "parent", "parents", "student", "students", "buyer", "buyers",
                                        "member", "members", "guest", "guests", "seller", "sellers", "driver", "drivers",
                                        "complaint", "complaints", "feedback", "survey", "interviewed", "called"]),
        "Dive Deep": PhraseSet(["data", "logs", "log", "metrics", "dashboard", "dashboards", "analysis", "analyzed", "analysed",
                               "query", "queries", "traced", "root cause", "dug", "pulled", "sampled", "audit", "audited",
                               "researched", "studied", "investigated", "compared", "benchmarked", "profiled", "reproduced",
                               "examined", "inspected", "measured"]),
        "Frugality": PhraseSet(["cost", "costs", "budget", "saved", "dollars", "cheaper", "spend", "spent", "reused", "without hiring",
                               "free", "license", "licence"]),
        "Have Backbone; Disagree and Commit": PhraseSet(["disagreed", "disagree", "pushed back", "objected", "challenged",
                                                        "argued", "committed", "escalated", "said no", "raised"]),
    ]

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        // A file that is one story is titled by its first heading ("# Dive Deep: The Abandoned Carts").
        let first = draft.units.indices.first { draft.units[$0].isHeading }
        for story in draft.anatomy.stories {
            guard let heading = story.heading ?? first else { continue }
            let title = story.title ?? draft.units[heading].text
            let named = Self.evidence.keys.filter { title.localizedCaseInsensitiveContains(Self.shortName($0)) }
            guard named.count == 1, let principle = named.first, let cues = Self.evidence[principle] else { continue }
            // The whole story, not the Action alone: "$5,000 for travel" in the Situation and "moved the
            // reviews to video calls" in the Action show Frugality together.
            let parts = [Anatomy.StarPart.situation, .task, .action, .result].compactMap { story.parts[$0] }
            guard !parts.isEmpty else { continue }
            let shown = parts.contains { part in
                draft.spokenScalars(of: part).contains { i, r in
                    cues.occurs(in: draft.units[i], within: r)
                        || (principle == "Frugality" && Self.thrift(draft.units[i], within: r))
                }
            }
            if shown { continue }
            ctx.story = story.title
            ctx.report(draft.lineRange(ofUnit: heading),
                       StarStory.say("filed under \(principle), but the story shows none of it", story),
                       help: Self.help[principle] ?? "tell the moment that shows the principle, or file the story under the one it shows")
            ctx.story = nil
        }
    }

    /// Words that make an amount a saving: "saved $41,000 a month", "for only €300", "within the $5,000".
    static let savingWords: WordSet = ["saved", "save", "saves", "saving", "savings", "cut", "cuts", "under", "within",
                                       "less", "cheaper", "instead", "without", "reduced", "reduce", "lower", "lowered",
                                       "avoided", "avoid", "free", "only", "just", "negotiated", "down", "fell", "dropped"]

    /// Money is Frugality's evidence when its sentence saves it: "saved $41,000 a month", "for only €300".
    /// Money spent or earned ("approval for $96,000 of contractors", "$1.2 million in orders") shows
    /// another principle.
    static func thrift(_ unit: ProseUnit, within r: Range<Int>) -> Bool {
        let t = unit.tokens
        for s in unit.sentences where unit.hasWord(savingWords, in: s) {
            if s.tokens.contains(where: { t[$0].kind == .number && r.contains(t[$0].range.lowerBound)
                && t[$0].key.unicodeScalars.first.map(InconsistentFigure.currencies.contains) == true }) { return true }
        }
        return false
    }

    /// The part of a name a title uses ("Have Backbone" for "Have Backbone; Disagree and Commit").
    static func shortName(_ name: String) -> String { String(name.split(separator: ";").first ?? Substring(name)) }

    static let help: [String: String] = [
        "Customer Obsession": "name the customer and what you did for them: \"I called the 12 customers whose releases waited\"",
        "Dive Deep": "say what you looked at yourself: the logs, the query, the sample, and what it showed",
        "Frugality": "say what it cost and what you did without: \"without a new hire, for $3,000\"",
        "Have Backbone; Disagree and Commit": "tell the disagreement: what you said, to whom, and how you committed after",
    ]
}
