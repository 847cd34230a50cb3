import DraftAnatomy
import LintCore
import Text

/// A press release that opens with the engine or the team tells the customer what the company is proud
/// of, not what they gain.
struct TechnologyFirst: Rule {
    let description = RuleDescription(
        id: "customer/technology-first",
        summary: "A press release whose headline, subheading or opening describes the technology or the team",
        rationale: """
            The headline, the subheading and the first sentence are all most readers read. They say what a \
            customer can now do and why it matters to them. "Runs on a new engine our team wrote from \
            scratch" describes how the company built it; the customer learns nothing they gain. Say how it \
            works later, in a sentence or in the FAQ.
            """,
        severity: .warning,
        profiles: [.prfaq],
        audiences: [.general],
        scope: .document,
        triggering: [
            RuleExample("# Kilnbook Books Kiln Slots for Pottery Studios\n\n*⟦Kilnbook runs on a new scheduling engine that our team wrote from scratch⟧*\n\nSEATTLE — May 3, 2027 — Members of 40 studios book kiln slots from their phones.\n", profile: .prfaq),
        ],
        nonTriggering: [
            RuleExample("# Kilnbook Books Kiln Slots for Pottery Studios\n\n*Members book a firing from their phone and know the day it comes out*\n\nSEATTLE — May 3, 2027 — Members of 40 studios book kiln slots from their phones. A scheduling engine packs the shelves.\n", profile: .prfaq),
            RuleExample("# Kilnbook Books Kiln Slots for Pottery Studios\n\n*Studio members book a firing in a minute, with an engine that packs every shelf*\n\nSEATTLE — May 3, 2027 — Members of 40 studios book kiln slots from their phones.\n", profile: .prfaq),
        ])

    /// Words that describe how the product is built or who built it.
    static let builders: WordSet = [
        "engine", "solver", "algorithm", "algorithms", "architecture", "neural", "infrastructure", "api", "apis",
        "stack", "backend", "back-end", "microservices", "codebase", "rewrite", "rewritten", "re-architected",
        "rebuilt", "engineers", "engineering", "scientists", "patented", "proprietary", "wrote", "written",
        "blockchain", "kubernetes", "serverless", "transformer", "llm", "compiler", "database", "framework",
    ]
    /// "our team", "a team of 12": the team as the subject of the news.
    static let teamPhrases = PhraseSet(["our team", "the team", "a team of", "our engineers", "our scientists", "built from scratch",
                                        "written from scratch", "from the ground up", "years of research", "our lab"])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let a = draft.anatomy
        guard a.hasPressRelease else { return }
        for part in [Anatomy.PRPart.headline, .subheading, .summary] {
            guard let p = a.prParts[part], p.marker < draft.units.count else { continue }
            let unit = draft.units[p.marker]
            let scalars = p.scalars(of: p.marker, count: unit.prose.count)
            // The opening paragraph is judged by its first sentence after the dateline.
            let sentences = unit.sentences.filter { scalars.contains($0.range.lowerBound) }
            guard let first = sentences.first, let last = sentences.last,
                  let s = part == .summary ? sentences.first(where: { !Self.isDateline(unit, $0) }) : first else { continue }
            let range = part == .summary ? s.tokens : first.tokens.lowerBound..<last.tokens.upperBound
            let t = unit.tokens
            let building = t[range].contains { $0.kind == .word && Self.builders.contains($0) } || Self.teamPhrases.occurs(t, range)
            // "our team" names the builders, not a customer.
            guard building, !t[range].contains(where: { $0.kind == .word && CustomerWords.all.contains($0)
                && !CustomerWords.notPeople.contains($0) && !Self.builders.contains($0) }) else { continue }
            let source = part == .summary ? unit.sourceRange(s) : unit.prose.sourceRange(scalars)
            let name = part == .summary ? "opening sentence" : part.rawValue
            ctx.report(source, "the press release's \(name) describes the technology or the team, not what a customer gains",
                       help: "say what the customer can now do: \"Members book a firing from their phone and know the day it comes out\"")
            return
        }
    }

    /// "SEATTLE — May 3, 2027 —" read as a sentence of its own.
    static func isDateline(_ unit: ProseUnit, _ s: Sentence) -> Bool {
        unit.tokens[s.tokens].allSatisfy { $0.kind != .word || $0.isAllCaps || Draft.months.contains($0) }
    }
}
