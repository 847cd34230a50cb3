import DraftAnatomy
import LintCore
import Text

/// Amazon narratives are written in sentences because bullets hide the reasoning between the points;
/// a section made only of bullets is the slide deck the six-pager replaced.
struct BulletOnlySection: Rule {
    let description = RuleDescription(
        id: "markdown/bullet-only-section",
        summary: "A narrative section written only as bullets",
        rationale: """
            A narrative is prose: sentences carry the "because" and "so" that connect one point to the next, \
            and bullets drop them. Write the section as a paragraph, and keep a list only where a paragraph \
            introduces it and the items are truly parallel (steps, owners, dates).
            """,
        severity: .suggestion,
        profiles: [.narrative],
        options: [RuleOption("min-items", .int(2), "fewest list items a section needs before it is reported")],
        triggering: [
            RuleExample("# Refunds in Two Days\n\n⟦## Goals⟧\n\n- cut refund time from 9 days to 2\n- keep refund fraud under 0.3%\n- launch in 4 regions by June\n\n## Plan\n\nWe will pilot in Ohio in March, because it has the most returns.\n"),
        ],
        nonTriggering: [
            RuleExample("# Refunds in Two Days\n\n## Goals\n\nWe have three goals for 2027, in priority order:\n\n- cut refund time from 9 days to 2\n- keep refund fraud under 0.3%\n- launch in 4 regions by June\n"),
            RuleExample("# Refunds in Two Days\n\nRefunds take 9 days today.\n\n## Appendix A: Sources\n\n- the 2026 returns survey\n- the refund ledger for Q3\n"),
            RuleExample("# Refunds\n\nRefunds take 9 days.\n\n## Schema\n\n- `id`: the refund's number\n- `amount`: in cents\n- `state`: open or paid\n"),
            RuleExample("# Refunds in Two Days\n\n- **Author:** Ana Ruiz\n- **Persona note for reviewers:** Ana stands in for the returns lead.\n- **Task:** the 2027 plan\n\n## Problem\n\nRefunds take 9 days today.\n"),
        ])

    /// Sections that are lists by nature: references and appendices hold material, not argument.
    static let listSections = ["appendix", "appendices", "references", "sources", "glossary", "links", "further reading", "resources"]
    /// Each name with the space that starts a longer title ("appendix a: sources"), made once.
    static let listSectionPrefixes = listSections.map { $0 + " " }

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let minItems = max(1, ctx.int("min-items"))
        for (n, s) in draft.sections.enumerated() {
            guard let heading = s.heading else { continue }
            // Metadata lines ("- **Author:** …") are the document's furniture, not its argument.
            let own = s.ownUnits.filter { $0 < draft.units.count && !draft.anatomy.furniture.contains($0) }
            // The section's own test first: most sections have prose, and the names up its path are then
            // never compared.
            guard own.count >= minItems, own.allSatisfy({ draft.units[$0].inList }), !Self.isListSection(n, in: draft) else { continue }
            // A field list under the title ("- **Author:** …", "- **Status:** …") records facts about the
            // document; it argues nothing that sentences would connect.
            if heading == 0, own.allSatisfy({ Self.isField(draft.units[$0]) }) { continue }
            // A list of `field` definitions (a schema, a set of options) is reference, not argument.
            if own.allSatisfy({ draft.units[$0].tokens.first?.kind == .opaque }) { continue }
            ctx.report(draft.lineRange(ofUnit: heading),
                       "the \"\(s.title)\" section is only bullets; write it as sentences that connect the points",
                       help: "e.g. \"We have three goals, in priority order. First, cut refund time from 9 days to 2, because…\"")
        }
    }

    /// "**Label:** value" or "Label: value" with a label of at most five words.
    static func isField(_ u: ProseUnit) -> Bool {
        guard let colon = u.tokens.prefix(9).firstIndex(where: { $0.is(":") }) else { return false }
        let words = u.tokens[..<colon].lazy.filter { $0.kind == .word }.count
        return words >= 1 && words <= 5
    }

    /// A section is a list section when it, or a section above it, is an appendix or a reference list.
    static func isListSection(_ index: Int, in draft: Draft) -> Bool {
        var at: Int? = index
        var guardSteps = 0
        while let i = at, i < draft.sections.count, guardSteps < 64 {
            let key = draft.sections[i].key
            if listSections.contains(key) || listSectionPrefixes.contains(where: { key.hasPrefix($0) }) { return true }
            at = draft.sections[i].parent
            guardSteps += 1
        }
        return false
    }
}
