import DraftAnatomy
import LintCore
import Text

/// A narrative or written assessment that does not say what it is for makes the reader guess for pages.
struct PurposeUpFront: Rule {
    let description = RuleDescription(
        id: "structure/purpose-up-front",
        summary: "Narrative does not state its purpose, ask or prompt up front",
        rationale: """
            Narratives open with why they exist: the decision asked for, or in a written assessment the \
            prompt being answered. Readers judge every later paragraph against it.
            """,
        severity: .warning,
        profiles: [.narrative],
        options: [RuleOption("min-words", .int(150), "shorter drafts are notes and are not judged, unless the profile is chosen or the draft clearly is a narrative (a draft with no narrative section is not judged either)", gatesDraft: true)],
        scope: .document,
        triggering: [
            RuleExample("⟦# Bus Routing⟧\n\n## Background\n\nBuses in our district run 41 routes.\n\n## Details\n\nDrivers start at 6:10.\n" + String(repeating: "Each driver starts at 6:10 and ends at 9:00. ", count: 30) + "\n", profile: .narrative),
        ],
        nonTriggering: [
            RuleExample("# Bus Routing\n\n- **Author:** Ana Ruiz\n- **Status:** Draft\n\n## 1. Introduction\n\nBuses in our district run 41 routes.\n\nDrivers start at 6:10 and end at 9:00.\n\nThis memo seeks agreement on 3 new routes for the fall term.\n\n## Background\n\n" + (1...12).map { "Route \($0) carries \($0 * 3 + 20) pupils past \($0 + 4) stops." }.joined(separator: "\n\n") + "\n", profile: .narrative),
            RuleExample("# Bus Routing\n\n## Purpose\n\nThis document asks for $240,000 to re-plan 41 routes.\n", profile: .narrative),
            RuleExample("# Bus Routing\n\nWe propose re-planning our 41 routes by August 2027.\n", profile: .narrative),
        ])

    static let cues = PhraseSet(["purpose", "this document", "this paper", "this narrative", "we ask", "i ask", "we propose",
                       "i propose", "we recommend", "i recommend", "prompt", "the ask", "decision", "approve", "approval",
                       "asks for", "asks you", "proposes", "recommends", "goal of this", "we request", "i request", "seeks",
                       "this memo", "we are asking", "i am asking", "agree on", "agreement on"])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        guard draft.judgedAsNarrative(minWords: ctx.int("min-words")) else { return }
        let a = draft.anatomy
        if let p = a.narrativeParts[.purpose], p.labelled, p.marker <= 2 { return }
        // The first paragraphs of the writer's own (author and status lines aside), the first headings,
        // or a purpose or introduction section that opens the document must carry the ask.
        let prose = draft.units.indices.filter { !draft.units[$0].isHeading && !a.furniture.contains($0) }
        let headings = draft.units.indices.filter { draft.units[$0].isHeading }
        var early = Array(prose.prefix(3)) + Array(headings.prefix(2))
        if let p = a.narrativeParts[.purpose], p.labelled, headings.prefix(2).contains(p.marker) {
            early += draft.bodyUnits(of: p)
        }
        for i in early where draft.units[i].mentions(Self.cues) { return }
        ctx.report(draft.documentRange, "the document does not say up front what it asks for or answers",
                   help: "open with the ask: \"This document asks for … so that …\", or state the prompt")
    }
}
