import DraftAnatomy
import LintCore
import Text

/// A problem nobody measured is a guess: the first question in the room is "how do we know?".
struct NoEvidence: Rule {
    let description = RuleDescription(
        id: "customer/no-evidence",
        summary: "No figure about customers anywhere, and no answer to how we know they want it",
        rationale: """
            A PR/FAQ or narrative argues from the customer's problem, and the reader asks first how we know \
            it is real and how big it is. A draft with no figure about customers (a survey, support tickets, \
            interviews, usage, the size of the market) and no answer to "who is the customer?" or "how do \
            we know they want it?" rests its case on the writer's belief.
            """,
        severity: .warning,
        profiles: [.prfaq, .narrative],
        options: [RuleOption("min-words", .int(400), "shorter drafts are notes and are not judged", gatesDraft: true)],
        scope: .document,
        triggering: [
            RuleExample("⟦# Reorder⟧\n\n## Problem\n\nShoppers forget their staples and have to go back to the store. They find this frustrating.\n\n## Proposal\n\n" + ExampleProse.sentences(100) + "\n", profile: .narrative),
        ],
        nonTriggering: [
            RuleExample("# Reorder\n\n## Problem\n\nIn our March survey, 41% of 1,200 shoppers said they made a second trip for a forgotten staple.\n\n## Proposal\n\n" + ExampleProse.sentences(100) + "\n", profile: .narrative),
            RuleExample("# Reorder\n\n## Problem\n\nShoppers forget their staples and have to go back to the store.\n\n## Proposal\n\n" + ExampleProse.sentences(100) + "\n\n## FAQ\n\n### How do we know shoppers want this?\n\nSupport logs a complaint about a forgotten staple from almost every regular shopper we call back, and the store managers we asked named it first.\n", profile: .narrative),
        ])

    /// Words that make a figure a measurement of customers or of demand, besides the customer nouns.
    static let evidenceWords: WordSet = [
        "survey", "surveyed", "surveys", "respondents", "interview", "interviews", "interviewed", "tickets", "ticket",
        "complaints", "complaint", "requests", "request", "calls", "contacts", "reviews", "feedback", "research",
        "study", "studies", "market", "tam", "usage", "churn", "nps", "csat", "adoption", "retention", "demand",
        "upvotes", "votes", "downloads", "installs", "signups", "accounts", "orders", "sessions", "visits",
        "waitlist", "issues", "spend", "spent", "revenue", "sales", "transactions", "searches",
    ]

    /// Questions whose answer is the evidence, however it is put.
    static let evidenceQuestions = PhraseSet([
        "who is the customer", "who are the customers", "who is our customer", "who are our customers",
        "how do we know", "how do you know", "what evidence", "what data", "why do customers", "do customers want",
        "do customers need", "customer need", "customer demand", "is there demand", "how big is the", "market size",
        "size of the market", "how many customers",
    ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        guard draft.wordCount(0..<draft.units.count) >= ctx.int("min-words") else { return }
        for item in draft.anatomy.faqItems
        where Self.evidenceQuestions.occurs(in: draft.units[item.question], within: item.questionRange)
            && item.answerUnits.reduce(0, { $0 + draft.units[$1].wordCount }) >= 8 {
            return
        }
        for unit in draft.units where !unit.isHeading {
            for s in unit.sentences where Self.measuresCustomers(unit.tokens, s.tokens) { return }
        }
        ctx.report(draft.documentRange, "no figure about customers anywhere: how do we know the problem is real, and how big it is?",
                   help: "add what was measured: a survey, support tickets, interviews, usage or the market's size (\"41% of 1,200 surveyed shoppers…\")")
    }

    /// A sentence with a figure (not a year, a date or a version) and a customer or demand word.
    static func measuresCustomers(_ t: TokenList, _ r: Range<Int>) -> Bool {
        var figure = false, about = false
        for k in r {
            let tok = t[k]
            switch tok.kind {
            case .number where !figure: figure = !isCalendarOrVersion(t, k, in: r)
            case .word where !about: about = CustomerWords.all.contains(tok) || evidenceWords.contains(tok)
            default: break
            }
            if figure && about { return true }
        }
        return false
    }

    /// "2027", "March 3", "v2", "3.1.4": figures that measure nothing about anyone.
    static func isCalendarOrVersion(_ t: TokenList, _ k: Int, in r: Range<Int>) -> Bool {
        let text = t[k].text
        if text.utf8.count == 4, let y = Int(text), (1900...2100).contains(y) { return true }
        if text.utf8.filter({ $0 == 0x2E }).count >= 2 { return true }
        if k > r.lowerBound, t[k - 1].kind == .word, Draft.months.contains(t[k - 1]) || t[k - 1].key == "v" || t[k - 1].key == "version" { return true }
        if k + 1 < r.upperBound, t[k + 1].kind == .word, Draft.months.contains(t[k + 1]) { return true }
        if k > r.lowerBound, t[k - 1].kind == .word, t[k - 1].key == "q" { return true }
        return false
    }
}
