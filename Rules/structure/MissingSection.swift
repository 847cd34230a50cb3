import DraftAnatomy
import LintCore

/// The parts a reader looks for first. A PR/FAQ without a dateline or an internal FAQ, or a STAR story
/// without its Result, fails before any sentence is read.
struct MissingSection: Rule {
    let description = RuleDescription(
        id: "structure/missing-section",
        summary: "A required part of the document is missing",
        rationale: """
            Reviewers read a PR/FAQ in a fixed order: headline, dateline summary, problem, solution, quotes, \
            call to action, then an external and an internal FAQ. A STAR answer needs its Situation, Task, \
            Action and Result. A missing part is the first thing a Bar Raiser circles.
            """,
        severity: .error,
        profiles: [.prfaq, .star],
        options: [
            RuleOption("pr-parts", .strings(["headline", "summary", "leader quote", "customer quote", "call to action"]),
                       "press-release parts that must be present", choices: Anatomy.PRPart.allCases.map(\.rawValue)),
            RuleOption("faqs", .strings(Self.faqKinds), "FAQ sections that must be present", choices: Self.faqKinds),
            RuleOption("star-parts", .strings(["situation", "task", "action", "result"]), "STAR parts that must be present",
                       choices: Anatomy.StarPart.allCases.map(\.rawValue)),
        ],
        scope: .document,
        triggering: [
            RuleExample("⟦# Reorder in One Tap⟧\n\nSEATTLE — May 3, 2027 — Shoppers reorder in one tap.\n\n“It saves me 10 minutes a week,” said Ana, a customer.\n\n“We built it for busy parents,” said Raj Rao, VP.\n\nVisit https://example.com today.\n\n## External FAQ\n\n### What does it cost?\n\nNothing.\n", profile: .prfaq),
            RuleExample("⟦## Situation⟧\n\nOur team missed 3 of 5 deadlines in 2025.\n\n## Task\n\nI owned the fix.\n\n## Action\n\nI set weekly reviews.\n", profile: .star),
            // A story bank: the second story has no Result, and the finding sits on its heading.
            RuleExample("# Stories\n\n## Ownership\n\n### Situation\n\nOur build broke twice a week in 2023.\n\n### Task\n\nI owned the fix.\n\n### Action\n\nI split the build into 4 stages.\n\n### Result\n\nFailures fell from 8 a month to 1.\n\n⟦## Frugality⟧\n\n### Situation\n\nOur team had $5,000 for travel.\n\n### Task\n\nI owned the budget.\n\n### Action\n\nI moved 3 reviews to video calls.\n", profile: .star),
            // Told in order without labels: one warning to label it, not four missing parts.
            RuleExample("⟦# Fixing checkout⟧\n\nOur checkout lost 3% of orders in March, and nobody knew why.\n\nMy goal was to find the cause within two weeks.\n\nI read 400 error logs, and I found one payment call that timed out. I wrote a fix and I tested it.\n\nAs a result, lost orders fell from 3% to 0.4% in April.\n", profile: .star),
        ],
        nonTriggering: [
            RuleExample("# Reorder in One Tap\n\nSEATTLE — May 3, 2027 — Shoppers reorder in one tap.\n\n“We built it for busy parents,” said Raj Rao, VP.\n\n“It saves me 10 minutes a week,” said Ana, a customer.\n\nVisit https://example.com today.\n\n## External FAQ\n\n### What does it cost?\n\nNothing.\n\n## Internal FAQ\n\n### What are the risks?\n\nCarrier delays.\n", profile: .prfaq),
            RuleExample("## Situation\n\nOur team missed 3 of 5 deadlines.\n\n## Task\n\nI owned the fix.\n\n## Action\n\nI set weekly reviews.\n\n## Result\n\nWe met 5 of 5.\n", profile: .star),
            RuleExample("# Ownership\n\n**S:** Our team missed 3 of 5 deadlines.\n**T:** I owned the fix.\n**A:** I set weekly reviews.\n**R:** We met 5 of 5.\n", profile: .star),
        ])

    static let faqKinds = ["external", "internal"]

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let a = draft.anatomy
        switch draft.profile {
        case .star:
            StoryParts.check(draft, &ctx)
        case .prfaq:
            // One finding lists every missing part, at the press release's heading: five errors on line 1
            // say the same thing five times.
            var missing = [String]()
            if a.hasPressRelease || a.faqSections.isEmpty {
                for name in ctx.strings("pr-parts") {
                    guard let part = Anatomy.PRPart(rawValue: name), a.prParts[part] == nil else { continue }
                    missing.append(part.rawValue)
                }
            }
            var faqMissing = [String]()
            let faqs = ctx.strings("faqs")
            if faqs.contains("external"), !a.hasFAQ(.external) { faqMissing.append("external (customer) FAQ") }
            if faqs.contains("internal"), !a.hasFAQ(.internal) { faqMissing.append("internal FAQ") }
            guard !missing.isEmpty || !faqMissing.isEmpty else { return }
            var clauses = [String]()
            if !a.hasPressRelease && a.faqSections.isEmpty {
                clauses.append("the document has no press release (no " + Self.list(missing, "or") + ")")
            } else if !missing.isEmpty {
                clauses.append("the press release has no " + Self.list(missing, "or"))
            }
            if !faqMissing.isEmpty { clauses.append("the document has no " + Self.list(faqMissing, "and no")) }
            let help = (missing.compactMap { Anatomy.PRPart(rawValue: $0).flatMap { Self.help[$0] } }
                        + faqMissing.map { $0.hasPrefix("internal") ? Self.internalHelp : Self.externalHelp }).joined(separator: "; ")
            let at = a.pressReleaseHeading.map { draft.lineRange(ofUnit: $0) } ?? draft.documentRange
            ctx.report(at, clauses.joined(separator: "; "), help: help, severity: draft.isClearly ? nil : .warning)
        case .narrative:
            break
        }
    }

    static let externalHelp = "add \"## External FAQ\": price, how it works, where to get it, support"
    static let internalHelp = "add \"## Internal FAQ\": cost, risks, dependencies, alternatives, what is out of scope"

    /// "a, b or c".
    static func list(_ items: [String], _ last: String) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " \(last) " + (items.last ?? "")
    }

    static let help: [Anatomy.PRPart: String] = [
        .headline: "open with \"# <the product in the customer's words>\"",
        .subheading: "one sentence under the headline: who the customer is and what they gain",
        .summary: "start the first paragraph with a dateline: \"SEATTLE — May 3, 2027 —\"",
        .problem: "describe the customer's problem before the product",
        .solution: "say how the product solves the problem, in customer language",
        .leaderQuote: "add a quote from a named leader: “…,” said Name, Role.",
        .gettingStarted: "say how a customer starts: where to go and the first step",
        .customerQuote: "add a quote from a named customer saying what changed for them, with a figure",
        .callToAction: "end with where to go: a URL, a price, \"available today\"",
    ]
}
