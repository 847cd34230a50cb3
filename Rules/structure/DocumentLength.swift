import DraftAnatomy
import LintCore

/// Page budgets are part of the genre: a six-pager is six pages because the meeting reads it in 20 minutes.
struct DocumentLength: Rule {
    let description = RuleDescription(
        id: "structure/document-length",
        summary: "FAQ or narrative longer than its page budget",
        rationale: """
            The FAQ runs to about five pages and a narrative to six, appendices aside; a written assessment \
            to about two (four at most). Longer documents are not read in the meeting's silent reading time.
            """,
        severity: .suggestion,
        profiles: [.prfaq, .narrative],
        options: [
            RuleOption("words-per-page", .int(500), "words in a page", range: 1...1_000_000),
            RuleOption("faq-pages", .double(5), "pages the FAQs may fill"),
            RuleOption("narrative-pages", .double(6), "pages a narrative may fill, appendices aside"),
        ],
        scope: .document,
        triggering: [
            RuleExample("⟦# Plan⟧\n\n## Purpose\n\n" + String(repeating: "We ask to fund routing for 40 schools in 2027. ", count: 340) + "\n", profile: .narrative),
        ],
        nonTriggering: [
            RuleExample("# Plan\n\n## Purpose\n\nWe ask to fund routing for 40 schools in 2027.\n", profile: .narrative),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let perPage = Double(max(ctx.int("words-per-page"), 1))
        switch draft.profile {
        case .prfaq:
            let a = draft.anatomy
            guard let first = a.faqSections.values.compactMap({ draft.sections[$0].heading }).min() else { return }
            let words = draft.wordCount(first..<draft.units.count)
            let pages = Double(words) / perPage
            let limit = ctx.double("faq-pages")
            if pages > limit {
                ctx.report(draft.lineRange(ofUnit: first), "the FAQs run to \(Self.fmt(pages)) pages (\(words) words; limit \(Self.fmt(limit)))",
                           help: "cut questions a reader would not ask; merge overlapping answers")
            }
        case .narrative:
            let appendix = draft.sections.first { $0.key.hasPrefix("appendix") || $0.key == "appendices" }?.heading ?? draft.units.count
            let words = draft.wordCount(0..<appendix)
            let pages = Double(words) / perPage
            let limit = ctx.double("narrative-pages")
            if pages > limit {
                ctx.report(draft.documentRange, "the narrative runs to \(Self.fmt(pages)) pages before the appendix (\(words) words; limit \(Self.fmt(limit)))",
                           help: "move supporting data to an appendix and cite it from the body")
            }
        case .star:
            break
        }
    }

    static func fmt(_ d: Double) -> String { String(d.oneDecimal) }
}
