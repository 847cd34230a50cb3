import PRFAQKit

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
        options: [RuleOption("min-words", .int(150), "shorter drafts are notes and are not judged, unless the profile is chosen or the draft clearly is a narrative (a draft with no narrative section is not judged either)")],
        scope: .document,
        triggering: [
            RuleExample("⟦# Bus Routing⟧\n\n## Background\n\nBuses in our district run 41 routes.\n\n## Details\n\nDrivers start at 6:10.\n" + String(repeating: "Each driver starts at 6:10 and ends at 9:00. ", count: 30) + "\n", profile: .narrative),
        ],
        nonTriggering: [
            RuleExample("# Bus Routing\n\n## Purpose\n\nThis document asks for $240,000 to re-plan 41 routes.\n", profile: .narrative),
            RuleExample("# Bus Routing\n\nWe propose re-planning our 41 routes by August 2027.\n", profile: .narrative),
        ])

    static let cues = PhraseSet(["purpose", "this document", "this paper", "this narrative", "we ask", "i ask", "we propose",
                       "i propose", "we recommend", "i recommend", "prompt", "the ask", "decision", "approve", "approval",
                       "asks for", "asks you", "proposes", "recommends", "goal of this", "we request", "i request", "seeks"])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        guard draft.judgedAsNarrative(minWords: ctx.int("min-words")) else { return }
        if let p = draft.anatomy.narrativeParts[.purpose], p.labelled, p.marker <= 2 { return }
        // The first two paragraphs (or the first heading) must carry the ask.
        let early = draft.units.indices.filter { !draft.units[$0].isHeading }.prefix(2)
        let headings = draft.units.indices.filter { draft.units[$0].isHeading }.prefix(2)
        for i in Array(early) + Array(headings) where draft.units[i].mentions(Self.cues) { return }
        ctx.report(draft.lineRange(1), "the document does not say up front what it asks for or answers",
                   help: "open with the ask: \"This document asks for … so that …\", or state the prompt")
    }
}
