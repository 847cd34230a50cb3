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
            we know they want it?" rests its case on the writer's belief. It runs for a general audience: \
            in a design for developers (an RFC for a new API) the demand usually lives in the tracking \
            issue, and blind readers judged the finding there debatable three times in four.
            """,
        severity: .warning,
        profiles: [.prfaq, .narrative],
        audiences: [.general],
        options: [RuleOption("min-words", .int(400), "shorter drafts are notes and are not judged", gatesDraft: true)],
        scope: .document,
        triggering: [
            RuleExample("⟦# Reorder⟧\n\n## Problem\n\nShoppers forget their staples and have to go back to the store. They find this frustrating.\n\n## Proposal\n\n" + ExampleProse.sentences(100) + "\n", profile: .narrative),
        ],
        nonTriggering: [
            RuleExample("# Reorder\n\n## Problem\n\nFinding the reason a listing slips costs a solo seller 40 minutes on a typical morning.\n\n## Proposal\n\n" + ExampleProse.sentences(100) + "\n", profile: .narrative),
            RuleExample("# Firehose Constructs\n\n## Why are we doing this?\n\nThe tracking issue has 43 +1s, more than any other module but one.\n\n## Design\n\n" + ExampleProse.sentences(100) + "\n", profile: .narrative),
            RuleExample("# Reorder\n\n## Problem\n\nIn our March survey, 41% of 1,200 shoppers said they made a second trip for a forgotten staple.\n\n## Proposal\n\n" + ExampleProse.sentences(100) + "\n", profile: .narrative),
            RuleExample("# Reorder\n\n## Problem\n\nShoppers forget their staples and have to go back to the store.\n\n## Proposal\n\n" + ExampleProse.sentences(100) + "\n\n## FAQ\n\n### How do we know shoppers want this?\n\nSupport logs a complaint about a forgotten staple from almost every regular shopper we call back, and the store managers we asked named it first.\n", profile: .narrative),
        ])

    /// Words that make a figure in their sentence a measurement of customers or of demand.
    static let evidenceWords: WordSet = [
        "survey", "surveyed", "surveys", "respondents", "interview", "interviews", "interviewed", "tickets", "complaints",
        "reviews", "feedback", "research", "market", "tam", "waitlist", "signups", "sign-ups",
        "downloads", "installs", "churn", "nps", "csat", "usage", "adoption", "retention", "demand", "upvotes", "votes",
        "requests", "requested", "asked", "reported", "polled", "poll", "reactions", "thumbs", "upvoted",
        "stars", "comments", "mentions",
    ]

    /// Sentences that say customers asked for it.
    static let demandPhrases = PhraseSet([
        "requested by", "highly requested", "frequently requested", "most requested", "top requested", "often requested",
        "long requested", "customers have asked", "users have asked", "customers asked", "users asked", "have asked for",
        "feature request", "feature requests", "customer requests", "customers requested", "users requested",
        "community has asked", "popular request",
    ])

    /// Links to issues ("github.com/…/issues/24059") and issue numbers ("#25740").
    static func issueReferences(_ t: TokenList) -> Int {
        var n = 0
        for k in t.indices {
            if t[k].kind == .opaque, t[k].key.contains("/issues/") || t[k].key.contains("/pull/") { n += 1 }
            if t[k].kind == .number, t[k].key.utf8.count >= 3, k > 0, t[k - 1].is("#") { n += 1 }
        }
        return n
    }

    /// Questions whose answer is the evidence, however it is put. "Who is the customer?" is among them
    /// only when its answer sizes the customers ("We deliver to 5,600 such warehouses").
    static let whoQuestions = PhraseSet(["who is the customer", "who are the customers", "who is our customer", "who are our customers"])
    static let evidenceQuestions = PhraseSet([
        "how do we know", "how do you know", "what evidence", "what data", "why do customers", "do customers want",
        "do customers need", "customer need", "customer demand", "is there demand", "how big is the", "market size",
        "size of the market", "how many customers",
    ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        guard draft.wordCount(0..<draft.units.count) >= ctx.int("min-words") else { return }
        // "How do we know?" is asked of a draft that argues a case: one with an FAQ, or a problem or a
        // background to state. A README alone (a working-backwards appendix) argues nothing.
        let a = draft.anatomy
        guard !a.faqSections.isEmpty || a.prParts[.problem]?.labelled == true
                || a.narrativeParts.values.contains(where: \.labelled) else { return }
        for item in draft.anatomy.faqItems where EmptyAnswer.answerWords(item, draft) >= 8 {
            let q = draft.units[item.question]
            if Self.evidenceQuestions.occurs(in: q, within: item.questionRange) { return }
            if Self.whoQuestions.occurs(in: q, within: item.questionRange),
               (item.inlineAnswer != nil ? [item.question] : item.answerUnits).contains(where: { u in
                   draft.units[u].sentences.contains { Self.measuresCustomers(draft.units[u].tokens, $0.tokens) }
               }) { return }
        }
        // Targets are not evidence: "90% of chapter breaks fall within 10 seconds" under "How will we
        // measure success?" says what will be, not what was found.
        // Nor are the business's own numbers: what it costs, what it depends on ("capacity for 3,000
        // calls"), what could go wrong ("40 tutors on call at peak hours").
        var targets = draft.riskUnits
        let ownAreas = ["cost", "dependencies", "scope", "alternatives"].compactMap { InternalFAQCoverage.cues[$0] }
        for item in a.faqItems {
            let q = draft.units[item.question]
            if MetricWithoutTarget.cues.occurs(in: q, within: item.questionRange)
                || ownAreas.contains(where: { $0.occurs(in: q, within: item.questionRange) }) {
                targets.formUnion(item.answerUnits)
            }
        }
        let targetSections = draft.sections.map { MetricWithoutTarget.isMetricSection($0.key) || InconsistentFigure.planSectionNames.contains($0.key) }
        for (ui, unit) in draft.units.enumerated() where targetSections[unit.section] { targets.insert(ui) }
        var demand = false, issues = 0
        for (ui, unit) in draft.units.enumerated() where !unit.isHeading && !targets.contains(ui) {
            for s in unit.sentences where Self.measuresCustomers(unit.tokens, s.tokens) { return }
            if !demand, Self.demandPhrases.occurs(in: unit) { demand = true }
            issues += Self.issueReferences(unit.tokens)
        }
        // "Requested by our users for a long time", with the customers' own issues linked: the requests
        // are the evidence, counted or not.
        if demand && issues >= 2 { return }
        ctx.report(draft.documentRange, "no figure about customers anywhere: how do we know the problem is real, and how big it is?",
                   help: "add what was measured: a survey, support tickets, interviews, usage or the market's size (\"41% of 1,200 surveyed shoppers…\")")
    }

    /// A sentence that measures customers or demand: a figure with a word of evidence ("in our survey",
    /// "3,400 tickets"), a count or share of people or of what they do ("1,200 shoppers", "38% of
    /// callers", "2,900 Wrenfield homes", "61% of video visits"), or customers and what they do, measured
    /// ("sellers wait 3 days"). A price or a product fact ("customers pay $4.99 a month", "within 15% of
    /// the retail price", "2 data centers") measures the product, not them.
    static func measuresCustomers(_ t: TokenList, _ r: Range<Int>) -> Bool {
        var figure = false, evidence = false
        for k in r {
            let tok = t[k]
            if tok.kind == .word, evidenceWords.contains(tok) { evidence = true }
            // "millions of job seekers", "tens of thousands of employers": a size in words.
            if tok.kind == .word, spelledSizes.contains(tok), k + 1 < r.upperBound, t[k + 1].key == "of" {
                for q in (k + 2)..<min(k + 5, r.upperBound) where PeopleWords.isPopulation(t[q]) { return true }
            }
            // "19 +1s on the tracking issue": votes counted.
            if tok.kind == .number, tok.key == "1s" || tok.is("1"), k > r.lowerBound, t[k - 1].is("+") { evidence = true }
            guard tok.kind == .number, !isCalendarOrVersion(t, k, in: r) else { continue }
            figure = true
            if tok.key.unicodeScalars.first.map({ InconsistentFigure.currencies.contains($0) }) ?? false { continue }
            // "a team of 5 engineers", "hire 3 designers": the people who build it, not its customers.
            if (max(r.lowerBound, k - 3)..<k).contains(where: { staffing.contains(t[$0]) }) { continue }
            // The counted noun: after links ("of our", "in") and at most two modifiers.
            var j = k + 1
            var modifiers = 0
            while j < r.upperBound, t[j].kind != .symbol, !PeopleWords.isPopulation(t[j]) {
                if countLinks.contains(t[j]) || t[j].kind == .number {
                } else if modifiers < 2, t[j].kind == .word, !FunctionWords.all.contains(t[j]) {
                    modifiers += 1
                } else { break }
                j += 1
            }
            if j < r.upperBound, PeopleWords.isPopulation(t[j]) { return true }
            // "Students in grades 6 to 12: 2.1 million of them".
            if j < r.upperBound, t[j].key == "them", (r.lowerBound..<k).contains(where: { PeopleWords.isPopulation(t[$0]) }) { return true }
            // "90% of constructs", "43% of the modules": a share of what the problem is about, sized.
            if tok.key.hasSuffix("%"), k + 1 < r.upperBound, t[k + 1].key == "of" {
                for q in (k + 2)..<min(k + 5, r.upperBound) where t[q].kind == .word && !countLinks.contains(t[q]) {
                    if q > k + 2, t[q - 1].kind == .symbol { break }
                    if t[q].key.characterCount > 3, t[q].key.endsWith("s") { return true }
                }
            }
            // "It costs a solo seller 30–45 minutes a morning": what the problem costs one customer.
            // The verb, the person it costs and the time, in that order and a few words apart.
            // "30–45 minutes": a range names its unit once.
            let ranged = k + 3 < r.upperBound && (t[k + 1].is("-") || t[k + 1].is("–") || t[k + 1].keyIsText && t[k + 1].key == "to") && t[k + 2].kind == .number && spans.contains(t[k + 3])
            if k + 1 < r.upperBound, spans.contains(t[k + 1]) || ranged,
               let c = (max(r.lowerBound, k - 5)..<k).last(where: { costVerbs.contains(t[$0]) }),
               ((c + 1)..<k).contains(where: { t[$0].kind == .word && PeopleWords.plural.contains(t[$0].key + "s") }),
               !((c + 1)..<k).contains(where: { t[$0].kind == .symbol }) { return true }
            // "Sellers wait 3 days", "nurses spend 40 minutes".
            // The verb between them is a content word: in "5 engineers and 1 designer" the second figure
            // follows "and"; a plural subject's verb has no "s" ("students in grades 6 to 12" is no verb).
            if k >= 2, t[k - 1].kind == .word, !FunctionWords.all.contains(t[k - 1]), !t[k - 1].key.hasSuffix("s"),
               PeopleWords.plural.contains(t[k - 2]) || (k >= 3 && PeopleWords.plural.contains(t[k - 3])) { return true }
        }
        return figure && evidence
    }

    /// What a problem takes from a customer: "costs a seller 40 minutes", "loses an hour".
    static let costVerbs: WordSet = ["costs", "cost", "spends", "spend", "loses", "lose", "wastes", "waste", "takes"]
    static let spans: WordSet = ["minutes", "minute", "hours", "hour", "days", "day", "weeks"]

    /// Words before a count of the builders: "a team of 5 engineers", "we hire 3 designers".
    static let staffing: WordSet = ["team", "teams", "hire", "hires", "hiring", "staff", "staffed", "headcount", "crew"]

    /// Sizes in words: "millions of shoppers".
    static let spelledSizes: WordSet = ["millions", "thousands", "hundreds", "dozens", "billions"]

    /// Words between a count and what it counts: "41% of our weekly shoppers".
    static let countLinks: WordSet = ["of", "in", "million", "thousand", "our", "all", "the", "us", "their", "those", "these"]


    /// "2027", "March 3", "v2", "3.1.4": figures that measure nothing about anyone.
    static func isCalendarOrVersion(_ t: TokenList, _ k: Int, in r: Range<Int>) -> Bool {
        let text = t[k].key
        if text.utf8.count == 4, let y = Int(text), (1900...2100).contains(y) { return true }
        if text.utf8.filter({ $0 == 0x2E }).count >= 2 { return true }
        if k > r.lowerBound, t[k - 1].kind == .word, Draft.months.contains(t[k - 1]) || t[k - 1].key == "v" || t[k - 1].key == "version" { return true }
        if k + 1 < r.upperBound, t[k + 1].kind == .word, Draft.months.contains(t[k + 1]) { return true }
        if k > r.lowerBound, t[k - 1].kind == .word, t[k - 1].key == "q" { return true }
        return false
    }
}
