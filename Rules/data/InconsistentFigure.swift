import DraftAnatomy
import LintCore
import Text

/// When the press release promises $9.99 a month and the FAQ charges $12.99, readers trust neither.
struct InconsistentFigure: Rule {
    let description = RuleDescription(
        id: "data/inconsistent-figure",
        summary: "A price, an amount, a count, a length, a change or a date that differs between two places in the draft",
        rationale: """
            The FAQ expands on the press release; it must not contradict it. A price, a date or a headline \
            figure that changes between the two is the first thing a careful reader spots. The same holds \
            for a change told twice ("from 5.0% to 3.5%" in one section, "from 5.0% to 3.75%" in another), an \
            amount ("a $50K prize pool", then "a prize pool of $100K"), the size or length of a pilot, beta \
            or survey ("a beta with 12 teams", then "the beta with 15 teams"; "a 12-week pilot", then "the \
            pilot ran for 10 weeks"), a change given as a percentage ("cut missed refills by 30%", then \
            "missed refills fell 25%"), the whole of a set ("all 340 of its stores", then "all 430 stores"), \
            the length of a build or a rollout ("a 12-month build") and the launch date. A target and a result are not compared with \
            each other. In a story bank each story is compared with itself: the Situation's "$60,000 budget" \
            and the Action's "$45,000 budget" are one budget, and "complaints reached 1,300 a month" is where \
            "complaints fell from 1,100 a month" should start. The finding points at both places.
            """,
        severity: .warning,
        profiles: [.prfaq, .narrative, .star],
        scope: .document,
        triggering: [
            RuleExample("# Reorder\n\nSEATTLE — May 3, 2027 — Reorder costs $4.99 a month.\n\n## External FAQ\n\n### What does it cost?\n\nReorder costs ⟦$5.99⟧ a month.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## Background\n\nIn the pilot, missed refills fell from 5.0% to 3.5%.\n\n## Results\n\nIn the pilot stores, missed refills fell ⟦from 5.0% to 3.75%⟧.\n", profile: .narrative),
            RuleExample("# BuildWeek\n\nSEATTLE — May 3, 2027 — BuildWeek opens with a $50K prize pool for student teams.\n\n## FAQ\n\n### How are winners paid?\n\nThe ⟦prize pool of $100K⟧ is split among five winners.\n", profile: .prfaq),
            RuleExample("# Kilnbook\n\nSEATTLE — May 3, 2027 — Kilnbook costs $12 per member per month.\n\n## FAQ\n\n### What does it cost?\n\nKilnbook costs ⟦$15⟧ per member per month. Running it costs us $0.70 per member per month.\n", profile: .prfaq),
            RuleExample("# Bikes\n\n## Pilot\n\nOur 24-bike pilot logged 3,910 rides.\n\n## Risks\n\nThe pilot had two thefts.\n\n## Costs\n\nThe ⟦30 bikes in the pilot⟧ cost $6,200 in repairs.\n", profile: .narrative),
            RuleExample("# Chapters\n\nLONDON — March 3, 2027 — Castwell today launched Auto Chapters for podcast hosts.\n\n## FAQ\n\n### When can I use it?\n\nAuto Chapters goes live for all accounts on ⟦March 17, 2027⟧.\n", profile: .prfaq),
            RuleExample("# Batch Mode\n\nPORTLAND — September 15, 2026 — Lantern today launched Batch Mode for Lantern Mail.\n\n## FAQ\n\n### When?\n\nBatch Mode launches on ⟦October 1, 2026⟧, for all subscribers on iOS and Android.\n", profile: .prfaq),
            RuleExample("# Slipway\n\nANNAPOLIS — June 9, 2027 — Boaters pay a $6 booking fee per night.\n\n## FAQ\n\n### What does it cost?\n\nBoaters pay an ⟦$8 booking fee⟧ per night.\n", profile: .prfaq),
            RuleExample("# Fretboard\n\n## Problem\n\nIn March 2027 I surveyed 212 adult learners.\n\n## Evidence\n\nOf the ⟦230 learners I surveyed⟧, 94 had stopped within 6 weeks.\n", profile: .narrative),
            RuleExample("# Halden\n\n## Background\n\nHalden tested Remote Adjust in a 12-week pilot with 240 wearers.\n\n## Results\n\nThe ⟦pilot ran for 10 weeks⟧, and no wearer needed a clinic visit.\n", profile: .narrative),
            RuleExample("# Reorder\n\n## Background\n\nWe ran a beta with 12 pharmacies in March.\n\n## Results\n\nAcross the ⟦beta with 15 pharmacies⟧, missed refills fell by a third.\n", profile: .narrative),
            RuleExample("# Reorder\n\nSEATTLE — May 3, 2027 — In the pilot, Reorder cut missed refills by 30%.\n\n## FAQ\n\n### What did the pilot show?\n\n⟦Missed refills fell 25%⟧ across the pilot stores.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## Background\n\nTexts brought a 30% reduction in missed refills, from 5.0% to 3.5%.\n\n## Costs\n\nTexts brought a ⟦25% reduction in missed refills⟧ for $2 a patient.\n", profile: .narrative),
            RuleExample("# Stories\n\n## Frugality\n\n**Situation:** My manager set a $60,000 budget for a 10-theater pilot.\n**Action:** I kept the pilot within its ⟦$45,000 budget⟧.\n**Result:** Sales rose from $40,000 to $52,000 a week.\n", profile: .star),
            RuleExample("# Ready Text\n\nCOLUMBUS — April 15, 2025 — Larkspur today launched Ready Text in all 340 of its stores.\n\n## FAQ\n\n### What does it cost?\n\nLockers cost $9,200 per store, or $3.96M for ⟦all 430 stores⟧.\n", profile: .prfaq),
            RuleExample("# Ready Text\n\nCOLUMBUS — April 15, 2025 — Larkspur today launched Ready Text in its stores.\n\n## FAQ\n\n### When can I use it?\n\nReady Text goes live in every store on ⟦April 22, 2025⟧, following a 6-week pilot in 12 stores.\n", profile: .prfaq),
            RuleExample("# Tip Payouts\n\n## Plan\n\nThe build takes 9 months with five engineers.\n\n## Ask\n\nWe ask for five engineers for the ⟦12-month build⟧.\n", profile: .narrative),
            RuleExample("# Forecast\n\nPORTLAND — March 4, 2025 — Forecast costs $19 a month per location.\n\n## FAQ\n\n### What is the revenue?\n\nAt ⟦$24⟧ a month per location, 1,250 locations bring in $360,000 a year.\n", profile: .prfaq),
            RuleExample("# Stories\n\n## Customer Obsession\n\n**Situation:** In Q2 2023, missing-item complaints reached 1,300 a month.\n**Action:** I added a photo check at packing.\n**Result:** Missing-item ⟦complaints fell from 1,100 a month⟧ to 380.\n", profile: .star),
        ],
        nonTriggering: [
            RuleExample("# Forecast\n\nPORTLAND — March 4, 2025 — Forecast costs $19 a month per location.\n\n## FAQ\n\n### What does it depend on?\n\nA weather feed, at $1,800 a month under a 2-year contract.\n", profile: .prfaq),
            RuleExample("# Stories\n\n## Customer Obsession\n\n**Situation:** In Q2 2023, complaints reached 1,300 a month.\n**Result:** Complaints fell from 1,300 a month to 380.\n\n## Dive Deep\n\n**Situation:** Late orders reached 900 a month.\n**Result:** Complaints fell from 700 a month to 210.\n", profile: .star),
            RuleExample("# Reorder\n\n## Goals\n\nWe will cut missed refills by 40%, from 5.0% to 3.0%, by June 2027.\n\n## Pilot\n\nIn the pilot, missed refills fell 30%, from 5.0% to 3.5%.\n", profile: .narrative),
            RuleExample("# Reorder\n\n## Pilot\n\nMissed refills fell 30%, from 5.0% to 3.5%.\n\n## Results\n\nCalls to stores fell 12%, from 400 to 352 a week.\n", profile: .narrative),
            RuleExample("# Stories\n\n## Frugality\n\n**Situation:** My manager set a $60,000 budget for the pilot.\n**Result:** Sales rose from $40,000 to $52,000 a week.\n\n## Ownership\n\n**Situation:** I ran a launch with a $45,000 budget.\n**Result:** Sales rose from $30,000 to $41,000 a week.\n", profile: .star),
            RuleExample("# Halden\n\n## Background\n\nHalden tested Remote Adjust in a 12-week pilot.\n\n## Results\n\nThe pilot ran for 12 weeks; each session took 20 minutes.\n", profile: .narrative),
            RuleExample("# Chapters\n\nLONDON — March 3, 2027 — Castwell today announced Auto Chapters, available on March 17, 2027.\n\n## FAQ\n\n### When can I use it?\n\nAuto Chapters goes live for all accounts on March 17, 2027. The Android beta opens on April 2, 2027.\n", profile: .prfaq),
            RuleExample("# Payouts\n\nSÃO PAULO — March 3, 2027 — Ponte today launched Same-Day Payouts for small shops.\n\n## FAQ\n\n### Who owns the launch?\n\nBeatriz Araújo. Risk controls go live on February 10, 2027, and the full launch is March 3, 2027.\n", profile: .prfaq),
            RuleExample("# Halden\n\nBOSTON — March 3, 2026 — Halden today launched remote hearing-aid tuning.\n\n## FAQ\n\n### What does the launch depend on?\n\nApp approval: we submitted the app on January 12, 2026, and will hold the launch until both stores approve it.\n", profile: .prfaq),
            RuleExample("# Slipway\n\nANNAPOLIS — June 9, 2027 — Boaters pay a $6 booking fee per night.\n\n## FAQ\n\n### What if I cancel late?\n\nThe marina charges a $25 late fee, and the $6 booking fee is refunded.\n", profile: .prfaq),
            RuleExample("# Reorder\n\nSEATTLE — May 3, 2027 — Reorder costs $4.99 a month.\n\n## External FAQ\n\n### What does it cost?\n\nReorder costs $4.99 a month, or $49 a year.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## Background\n\nMissed refills fell from 5.0% to 3.5% in March and from 5.0% to 3.1% in April.\n\n## Goals\n\nMissed refills fall from 5.0% to 3.5% in every store.\n", profile: .narrative),
            RuleExample("# Reorder\n\n## Goals\n\nWe will cut missed refills from 5.0% to 4% by June 2027.\n\n## Pilot\n\nIn the pilot, missed refills fell from 5.0% to 3.5%.\n", profile: .narrative),
            RuleExample("# Reorder\n\nSEATTLE — May 3, 2027 — In the pilot, missed refills fell from 5.0% to 3.5%.\n\n## Success metrics\n\n- Missed refills fall from 5.0% to 4% in every store.\n", profile: .prfaq),
            RuleExample("# BuildWeek\n\nSEATTLE — May 3, 2027 — BuildWeek opens with a $50K prize pool for student teams.\n\n## FAQ\n\n### How are winners paid?\n\nThe prize pool of $50,000 is split among five winners; each gets a $10K prize.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## Background\n\nWe ran a pilot in 12 pharmacies in March.\n\n## Results\n\n4 pharmacies dropped out of the pilot; we will expand the pilot to 40 pharmacies.\n", profile: .narrative),
            RuleExample("# Reorder\n\n## Proposal\n\nTexts cut missed refills from 5.0% to 3.5% in the pilot.\n\n## Alternatives considered\n\nPhone calls cut them from 5.0% to 4.6%, at twice the cost.\n", profile: .narrative),
        ])

    static let periods: WordSet = ["month", "year", "week", "day", "order", "user", "seat", "delivery", "visit", "mo", "yr"]

    static let linkers: WordSet = ["a", "an", "per", "/", "each", "every"]
    static let currencies = Set("$€£¥₹".unicodeScalars)

    /// Words of a sentence about what the product costs the company, not what a customer pays: "running
    /// it costs us $0.70 per member per month".
    static let ownCosts: WordSet = ["us", "running", "run", "hosting", "storage", "margin", "infrastructure", "operating",
                                    "serve", "serving"]

    /// "$4.99 a month", "$4.99 per month", "$4.99/month": money followed by a period word.
    static func prices(_ unit: ProseUnit) -> [(period: String, value: String, token: Int)] {
        let t = unit.tokens
        var out = [(period: String, value: String, token: Int)]()
        for k in t.indices(of: .number) where t[k].key.unicodeScalars.first.map({ currencies.contains($0) }) ?? false {
            if let s = unit.sentenceIndex(containing: k), unit.hasWord(Self.ownCosts, in: unit.sentences[s]) { continue }
            var p = k + 1
            if p < t.count, linkers.contains(t[p]) || t[p].is("/") { p += 1 }
            // "$12 per member per month": the price is per member, and the member's is per month.
            var per = ""
            if p + 2 < t.count, t[p].kind == .word, !periods.contains(t[p]), t[p + 1].key == "per" || t[p + 1].is("/"),
               t[p + 2].kind == .word, periods.contains(t[p + 2]) {
                per = t[p].key + " per "
                p += 2
            }
            guard p < t.count, t[p].kind == .word, periods.contains(t[p]) else { continue }
            // "$19 a month per location" is "$19 per location per month": one price, however it is put.
            if per.isEmpty, p + 2 < t.count, t[p + 1].key == "per", t[p + 2].kind == .word, !periods.contains(t[p + 2]) {
                per = t[p + 2].key + " per "
            }
            out.append((period: per + t[p].key, value: t[k].key, token: k))
        }
        return out
    }

    /// "$4.99 a month", "$12 per member per month".
    static func price(_ value: String, _ period: String) -> String {
        period.contains(" per ") ? "\(value) per \(period)" : "\(value) a \(period)"
    }

    /// "from 5.0% to 3.5%" and "5.0% → 3.5%": a change, by the token range of its two figures.
    static func changes(_ unit: ProseUnit) -> [(from: String, to: String, tokens: Range<Int>)] {
        let t = unit.tokens
        // Labelled as returned: an unlabelled array was cast, element by element, into a new one.
        var out = [(from: String, to: String, tokens: Range<Int>)]()
        /// Where the figure at `i` ends: after its unit word when one follows ("9 days") and `stop` (if any)
        /// comes next. Kinds and keys only: the values are built for a change that is found.
        func end(_ i: Int, before stop: String?) -> Int? {
            guard i < t.count, t[i].kind == .number else { return nil }
            if i + 1 < t.count, t[i + 1].kind == .word, Self.units.contains(t[i + 1]),
               stop == nil || (i + 2 < t.count && t[i + 2].key == stop) {
                return i + 2
            }
            return i + 1
        }
        func shown(_ i: Int, _ end: Int) -> String { value(t[i].key) + (end == i + 2 ? " " + t[i + 1].key : "") }
        for k in t.indices(of: .number) where k + 2 < t.count {
            guard let j = end(k, before: "to"), j + 1 < t.count else { continue }
            let arrow = t[j].kind == .symbol && (t[j].is("→") || t[j].is("⟶"))
            let to = !arrow && t[j].kind == .word && t[j].key == "to" && k > 0 && t[k - 1].key == "from"
            guard arrow || to, let after = end(j + 1, before: nil) else { continue }
            out.append((from: shown(k, j), to: shown(j + 1, after), tokens: (to ? k - 1 : k)..<after))
        }
        return out
    }

    /// Words that make a sentence a plan or a target rather than a result.
    static let planWords: WordSet = ["will", "target", "targets", "goal", "goals", "aim", "aims", "plan", "plans", "expect",
                                     "expects", "expected", "should", "want", "would", "objective", "we'll"]

    /// Sections that state targets: goals and success metrics.
    static let planSectionNames: Set<String> = MetricWithoutTarget.sectionNames.union([
        "goals", "goal", "objectives", "targets", "kpis", "metrics", "goals and non goals", "success criteria",
    ])

    /// Units a figure's next word may give it ("from 9 days to 2 days").
    static let units: WordSet = ["days", "day", "weeks", "week", "hours", "hour", "minutes", "minute", "seconds", "second",
                                 "months", "month", "years", "year", "points", "percent", "people", "users", "customers",
                                 "orders", "tickets", "stores", "teams", "ms", "pages", "steps", "clicks"]

    /// A figure as compared: "80+" and "80" are one value.
    static func value(_ s: String) -> String {
        var v = Substring(s.lowercased())
        while let c = v.last, c == "+" || c == "~" { v.removeLast() }
        while let c = v.first, c == "+" || c == "~" { v.removeFirst() }
        return String(v)
    }

    /// The same change told twice with a different end, or the same amount or size given two values, in
    /// two sections: a progression ("in March …, in April …") stays within one section and is not compared.
    private func checkMentions(_ draft: Draft, _ ctx: inout RuleContext) {
        if draft.profile == .star { return checkStories(draft, &ctx) }
        // A target and a result from the same start differ by nature ("we will cut waste from 9% to 4%",
        // "in the pilot waste fell from 9% to 3.5%"): plans are compared with plans, facts with facts.
        var first = [String: (unit: Int, value: String, range: Range<Int>)]()
        // A goals or success-metrics section, or an answer to "how will we measure success?", states targets
        // even in the present tense ("Average scores increase from 45 to 80+").
        var planSections = Set<Int>()
        // Each section's own name asked once; a section and its children's children asked it up their path.
        let namesPlan = draft.sections.map { Self.planSectionNames.contains($0.key) }
        for i in draft.sections.indices {
            var k: Int? = i
            while let j = k {
                if namesPlan[j] { planSections.insert(i); break }
                k = draft.sections[j].parent
            }
        }
        let product = FigureMentions.productName(draft)
        var planUnits = Set<Int>()
        for item in draft.anatomy.faqItems
        where MetricWithoutTarget.cues.occurs(in: draft.units[item.question], within: item.questionRange) {
            planUnits.formUnion(item.answerUnits)
        }
        func isPlan(_ unit: ProseUnit, _ ui: Int, at token: Int) -> Bool {
            let sentence = unit.sentences.first { $0.tokens.contains(token) }
            return planSections.contains(unit.section) || planUnits.contains(ui)
                || sentence.map { s in s.tokens.contains { Self.planWords.contains(unit.tokens[$0]) } } ?? false
        }
        // The texts are read only for a disagreement: most figures are told once.
        func compare(_ key: String, _ value: String, _ range: Range<Int>, _ ui: Int) {
            guard let seen = first[key] else { first[key] = (ui, value, range); return }
            // A survey is one event with one size, wherever it is told; other figures may progress within a
            // section ("in March …, in April …").
            let oneEvent = key.hasPrefix("survey ") || key.hasPrefix("interview ")
            guard seen.value != value, oneEvent || draft.units[seen.unit].section != draft.units[ui].section else { return }
            Self.disagree(range, draft.text(range), first: seen.range, draft.text(seen.range),
                          line: draft.document.line(ofBlock: draft.units[seen.unit].block),
                          why: "a target and a result, two periods", &ctx)
        }
        // An alternative weighed and rejected has its own result from the same start ("tuning cut pages
        // from 61 to 47"): the risk and alternatives units are not compared.
        for (ui, unit) in draft.units.enumerated() where !unit.isHeading && !unit.inQuote {
            for c in Self.changes(unit) where !draft.riskUnits.contains(ui) {
                compare((isPlan(unit, ui, at: c.tokens.lowerBound) ? "plan " : "fact ") + c.from, c.to,
                        unit.sourceRange(tokens: c.tokens), ui)
            }
            // An amount or a size is one figure whatever the tense: the press release's "will award $50K"
            // and the FAQ's "the pool is $100K" disagree.
            for m in FigureMentions.mentions(unit, product: product) {
                var key = m.key
                if m.tensed {
                    guard !draft.riskUnits.contains(ui) else { continue }
                    key = (isPlan(unit, ui, at: m.tokens.lowerBound) ? "plan " : "fact ") + key
                }
                compare(key, String(m.value), unit.sourceRange(tokens: m.tokens), ui)
            }
        }
    }

    /// In a story bank each story is its own event: an amount or a size is compared within its story, where
    /// the Situation's "$60,000 budget" and the Action's "within its $45,000 budget" are one budget. Changes
    /// are not compared: a story tells one progression in order.
    private func checkStories(_ draft: Draft, _ ctx: inout RuleContext) {
        for story in draft.anatomy.stories {
            var first = [String: (value: Double, text: String, range: Range<Int>, block: Int)]()
            for ui in story.units where ui < draft.units.count {
                let unit = draft.units[ui]
                guard !unit.isHeading, !unit.inQuote else { continue }
                for m in FigureMentions.mentions(unit) + FigureMentions.levels(unit) where !m.tensed && m.key != "launch date" {
                    let range = unit.sourceRange(tokens: m.tokens)
                    let text = draft.text(range)
                    guard let seen = first[m.key] else { first[m.key] = (m.value, text, range, unit.block); continue }
                    guard seen.value != m.value else { continue }
                    Self.disagree(range, text, first: seen.range, seen.text, line: draft.document.line(ofBlock: seen.block),
                                  where: " of the same story", why: "what was planned and what happened", &ctx)
                }
            }
        }
    }

    /// The finding about a figure given two values: at the second place, with the first as a note.
    static func disagree(_ range: Range<Int>, _ text: String, first: Range<Int>, _ firstText: String, line: Int,
                         where scope: String = "", why: String, _ ctx: inout RuleContext) {
        ctx.report(range, "\"\(text)\" here, but \"\(firstText)\" at line \(line)\(scope); one of them is wrong",
                   help: "use one figure in both places, or say why they differ (\(why))",
                   related: [RelatedSpan(range: first, message: "first given here: \"\(firstText)\"")])
    }

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        checkMentions(draft, &ctx)
        guard draft.profile == .prfaq else { return }
        let pr = draft.anatomy.pressRelease
        guard !pr.isEmpty, pr.upperBound < draft.units.count else { return }
        var promised = [String: [(value: String, range: Range<Int>)]]()
        for u in pr {
            for p in Self.prices(draft.units[u]) where !(promised[p.period]?.contains { $0.value == p.value } ?? false) {
                promised[p.period, default: []].append((p.value, draft.units[u].sourceRange(tokens: p.token..<(p.token + 1))))
            }
        }
        guard !promised.isEmpty else { return }
        for u in pr.upperBound..<draft.units.count {
            let unit = draft.units[u]
            for p in Self.prices(unit) {
                guard let said = promised[p.period], !said.contains(where: { $0.value == p.value }) else { continue }
                ctx.report(unit.sourceRange(tokens: p.token..<(p.token + 1)),
                           "\"\(Self.price(p.value, p.period))\" here, but the press release says \(Self.price(said.map(\.value).sorted().joined(separator: " or "), p.period))",
                           help: "use one figure in both places, or explain the difference (e.g. an introductory price)",
                           related: said.map { RelatedSpan(range: $0.range, message: "the press release says \"\(Self.price($0.value, p.period))\"") })
            }
        }
    }
}
