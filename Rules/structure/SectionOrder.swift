import DraftAnatomy
import LintCore

/// Reviewers read the press release, then the external FAQ, then the internal one; parts out of order
/// make them hunt, and a press release that opens with the solution loses the customer.
struct SectionOrder: Rule {
    let description = RuleDescription(
        id: "structure/section-order",
        summary: "Press-release parts or FAQs out of the expected order",
        rationale: """
            A PR/FAQ follows a fixed order: headline, subheading, dateline summary, problem, solution, quotes, \
            getting started, call to action; then the external FAQ before the internal one. Readers rely on it \
            to find things without searching.
            """,
        severity: .warning,
        profiles: [.prfaq],
        scope: .document,
        triggering: [
            RuleExample("# Reorder\n\nSEATTLE — May 3, 2027 — Shoppers reorder in one tap.\n\n## Internal FAQ\n\n### What does it cost?\n\n$1.2M.\n\n⟦## External FAQ⟧\n\n### How do I start?\n\nTap Reorder.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## Call to action\n\nVisit example.com.\n\n⟦## Problem⟧\n\nParents rebuild the same order every week.\n", profile: .prfaq),
        ],
        nonTriggering: [
            RuleExample("# Reorder\n\nSEATTLE — May 3, 2027 — Shoppers reorder in one tap.\n\n## External FAQ\n\n### How do I start?\n\nTap Reorder.\n\n## Internal FAQ\n\n### What does it cost?\n\n$1.2M.\n", profile: .prfaq),
        ])

    static let order: [Anatomy.PRPart] = [.headline, .subheading, .summary, .problem, .solution, .leaderQuote,
                                          .gettingStarted, .customerQuote, .callToAction]

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let a = draft.anatomy
        if let ext = a.faqSections[.external], let int = a.faqSections[.internal], let eh = draft.sections[ext].heading,
           let ih = draft.sections[int].heading, eh > ih {
            ctx.report(draft.lineRange(ofUnit: eh), "the external FAQ comes after the internal FAQ",
                       help: "customers' questions come first: move the external FAQ above the internal one")
        }
        // Only parts a heading names are held to the order; parts found by content follow it by construction.
        let labelled = Self.order.compactMap { p in a.prParts[p].flatMap { $0.labelled ? (p, $0.marker) : nil } }
        for (i, (part, marker)) in labelled.enumerated() {
            guard let later = labelled[(i + 1)...].first(where: { $0.1 < marker }) else { continue }
            ctx.report(draft.lineRange(ofUnit: marker), "the \(part.rawValue) comes after the \(later.0.rawValue)",
                       help: "order: " + Self.order.map(\.rawValue).joined(separator: ", "))
        }
    }
}
