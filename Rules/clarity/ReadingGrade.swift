import DraftAnatomy
import LintCore
import Text

/// Readers from finance to engineering read the same document; a high reading grade shuts some out.
struct ReadingGrade: Rule {
    let description = RuleDescription(
        id: "clarity/reading-grade",
        summary: "A section reads above the target grade level",
        rationale: """
            Amazon documents aim for plain English: a Flesch–Kincaid grade around 8–10. Long words and long \
            sentences push a section past that; the fix is shorter sentences and plainer words, per section. \
            A grade is an estimate, so a section is reported only when it is past the target by the margin.
            """,
        severity: .suggestion,
        options: [RuleOption("max-grade", .double(14), "highest Flesch–Kincaid grade for a section", range: 0...100),
                  RuleOption("min-words", .int(80), "sections with fewer words are not judged"),
                  RuleOption("margin", .double(2), "grades past the target tolerated before a section is reported", range: 0...100)],
        scope: .document,
        triggering: [
            RuleExample("⟦## Rationale⟧\n\n" + String(repeating: "Organizational prioritization of infrastructural modernization necessitates comprehensive interdepartmental coordination and sophisticated implementation methodologies. ", count: 8) + "\n"),
        ],
        nonTriggering: [
            RuleExample("## Rationale\n\nParents order the same food each week. We save them the time. Half of them shop on Sunday night. They pick from a list of past orders. It takes them about twenty minutes. One in four skips it and pays extra at the corner shop. Our app keeps last week's basket. One tap sends it again. Parents change only what they need. The order comes on Monday morning. We tried this with forty homes in May. Thirty kept using it for the whole month. They told us they got their Sunday evening back. The store also sold twice the fresh fruit. We want to offer it in every city next year.\n"),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let limit = ctx.double("max-grade")
        // Measured per chapter (a heading of level 1 or 2 with its subsections), as the average is.
        for chapter in draft.chapters {
            let section = draft.sections[chapter.section]
            var r = Readability()
            for u in chapter.units where !draft.units[u].isHeading { r.add(draft.units[u]) }
            guard r.words >= ctx.int("min-words"), r.grade > limit + max(0, ctx.double("margin")) else { continue }
            let at = section.heading.map { draft.lineRange(ofUnit: $0) } ?? draft.documentRange
            ctx.report(at, "this section reads at grade \(Int(r.grade.rounded())) (aim for \(Int(limit)) or lower)",
                       help: "shorter sentences and plainer words: \"use\" for \"utilize\", \"help\" for \"facilitate\"")
        }
    }
}
