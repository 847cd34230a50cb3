import DraftAnatomy
import LintCore
import Text

/// "We will track adoption" is not a success metric; "30% of weekly shoppers by June 2027" is.
struct MetricWithoutTarget: Rule {
    let description = RuleDescription(
        id: "data/metric-without-target",
        summary: "Success metric without a target or a date",
        rationale: """
            A success metric names what is measured, the target and the date. Without the target nobody can \
            say later whether the launch worked; without the date the target never comes due.
            """,
        severity: .suggestion,
        profiles: [.prfaq, .narrative],
        scope: .document,
        triggering: [
            RuleExample("# Reorder\n\n## Internal FAQ\n\n### ⟦How will we measure success?⟧\n\nWe will track adoption and repeat orders.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n⟦## Success metrics⟧\n\nEngagement, awareness and community growth.\n", profile: .prfaq),
            RuleExample("# Bikes\n\n## Success metrics\n\nBy October 31, 2028, riders log 25,000 rides, up from 3,910. We will also grow community ⟦awareness⟧ through partner clinics.\n", profile: .narrative),
            RuleExample("# Holds\n\n## Launch\n\nI will track ⟦engagement⟧ with the Pause button.\n", profile: .narrative),
        ],
        nonTriggering: [
            RuleExample("# Reorder\n\n## Internal FAQ\n\n### How will we measure success?\n\n30% of weekly shoppers use Reorder by June 30, 2027.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## Success metrics\n\n- 500 weekly shoppers use Reorder by June 30, 2027.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## Internal FAQ\n\n### How will we measure success?\n\n30% of weekly shoppers use Reorder within four weeks of launch.\n", profile: .prfaq),
            RuleExample("# Holds\n\n## Launch\n\nI will track engagement with the Pause button: 40% of patrons with a ready hold use it by June 30, 2027.\n", profile: .narrative),
            RuleExample("# Reorder\n\n## Success metrics\n\n- 30% of weekly shoppers use Reorder by June 30, 2027.\n\n**Leading indicators:**\n\n- Newsletter engagement and repeat visits\n", profile: .prfaq),
            RuleExample("# Demo\n\n## Success metrics\n\nWe will judge the demo by outcomes, not by impressions: 6 of 6 sample queries pass by June 30, 2027.\n", profile: .narrative),
            RuleExample("# Exporter\n\n## Metrics\n\nThe exporter sends its metrics to CloudWatch.\n", profile: .prfaq),
            RuleExample("# Plotter\n\n## FAQ\n\n### What are the goals of Plotter?\n\nA chart in 3 lines of code, and the defaults a journal accepts.\n", profile: .prfaq),
            RuleExample("# Exporter\n\n## FAQ\n\n### Which metrics does it export?\n\nTraces, logs and request counts.\n\n### What are the migration targets?\n\nPostgres and MySQL.\n", profile: .prfaq),
        ])

    /// Headings of a PR/FAQ section that states how success is measured. Not a bare "Metrics": in a
    /// technical design that is the product's own telemetry (CloudWatch metrics), not its success.
    static let sectionNames: Set<String> = [
        "success metrics", "success metric", "success criteria", "measuring success", "how we will measure success",
        "how we measure success", "measures of success", "success measures",
    ]

    static let monthNames = ["january", "february", "march", "april", "may ", "june", "july", "august", "september",
                             "october", "november", "december", " q1", " q2", " q3", " q4"]
    /// Questions that ask how success is measured; "which metrics does it export?", "what are the
    /// migration targets?" or "what are the goals of plit?" (its design goals) ask about the product, not
    /// about its success.
    static let cues = PhraseSet(["success", "measure success", "how will we measure", "how do we measure", "how will you measure",
                                 "success metrics", "success metric", "kpi", "kpis", "measured", "our goals",
                                 "how will we know", "how do we know it works"])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        for item in draft.anatomy.faqItems {
            let q = draft.units[item.question]
            guard Self.cues.occurs(in: q, within: item.questionRange) else { continue }
            let answers = item.answerUnits.map { draft.units[$0] }
            // A table of metrics counts: digits are targets, a month or a year is a date.
            let extras = item.answerExtras.map { draft.text(draft.document.blocks[$0].range).lowercased() }
            let hasTarget = answers.contains { $0.hasFigure } || (item.inlineAnswer != nil && q.hasFigure)
                || extras.contains { $0.contains(where: \.isNumber) }
            let hasDate = answers.contains { draft.hasDate($0) } || (item.inlineAnswer != nil && draft.hasDate(q))
                || extras.contains { t in Self.monthNames.contains { t.includes($0) } || t.includes(" 20") || t.includes("|20") }
            guard item.hasAnswer, !(hasTarget && hasDate) else { continue }
            let missing = !hasTarget && !hasDate ? "target and no date" : (!hasTarget ? "target" : "date")
            ctx.report(q.prose.sourceRange(item.questionRange), "the success metric has no \(missing)",
                       help: "e.g. \"30% of weekly shoppers use it by June 30, 2027\"")
        }
        var judged = Set<Int>()
        // A PR/FAQ's own "## Success metrics" section is held to the same standard as the FAQ's answer.
        if draft.profile == .prfaq {
            for sec in draft.sections where sec.heading != nil && Self.sectionNames.contains(sec.key) {
                guard let heading = sec.heading else { continue }
                let body = sec.allUnits.filter { $0 != heading && !draft.units[$0].isHeading }
                guard !body.isEmpty else { continue }
                let hasTarget = body.contains { draft.units[$0].hasFigure }
                let hasDate = body.contains { draft.hasDate(draft.units[$0]) }
                guard !(hasTarget && hasDate) else { continue }
                let missing = !hasTarget && !hasDate ? "target and no date" : (!hasTarget ? "target" : "date")
                judged.formUnion(body)
                ctx.report(draft.lineRange(ofUnit: heading), "the success metrics have no \(missing)",
                           help: "each metric: what is counted, the target and the date, e.g. \"30% of weekly shoppers by June 30, 2027\"")
            }
        }
        checkActivity(draft, skipping: judged, &ctx)
        if draft.profile == .narrative, let goals = draft.anatomy.narrativeParts[.goals] {
            let body = draft.bodyUnits(of: goals)
            guard !body.isEmpty else { return }
            let hasTarget = body.contains { draft.units[$0].hasFigure }
            let hasDate = body.contains { draft.hasDate(draft.units[$0]) }
            if !(hasTarget && hasDate) {
                ctx.report(draft.lineRange(ofUnit: goals.marker), "the goals have no \(!hasTarget ? "target" : "date")",
                           help: "each goal: a metric, a target and a date")
            }
        }
    }

    /// Words that count activity rather than what a customer gains.
    static let activity: WordSet = ["engagement", "awareness", "buzz", "interest", "visibility", "excitement", "mindshare",
                                    "impressions", "sentiment", "momentum", "traction", "hype"]
    /// Verbs that make a sentence a metric: "we will track engagement", "grow awareness".
    static let tracking: WordSet = ["track", "tracking", "measure", "measuring", "monitor", "monitoring", "watch", "grow",
                                    "growing", "increase", "increasing", "drive", "driving", "boost", "raise", "raising",
                                    "gauge"]

    /// "We will track engagement", "grow community awareness": a metric that counts activity and gives no
    /// number. In a section about success any such sentence is a metric; elsewhere it needs a tracking verb.
    private func checkActivity(_ draft: Draft, skipping judged: Set<Int>, _ ctx: inout RuleContext) {
        var metricSections = Set<Int>()
        for (i, sec) in draft.sections.enumerated() where sec.heading != nil && Self.isMetricSection(sec.key) { metricSections.insert(i) }
        for (ui, unit) in draft.units.enumerated() where !unit.isHeading && !unit.inQuote && !judged.contains(ui) {
            guard unit.hasWord(Self.activity), !Self.underInputLabel(draft, ui) else { continue }
            let inMetrics = metricSections.contains(unit.section)
            // "grows every quarter" gives a period, not a number.
            for s in unit.sentences where unit.hasWord(Self.activity, in: s)
                && !s.tokens.contains(where: { unit.tokens[$0].kind == .number || (NumberWords.all.contains(unit.tokens[$0]) && unit.tokens[$0].key != "quarter") }) {
                guard let k = Self.countedActivity(unit, s, anywhere: inMetrics), !unit.quotedTokens[k] else { continue }
                let word = unit.text(k)
                ctx.report(unit.sourceRange(tokens: k..<(k + 1)), "\"\(word)\" counts activity, not what the customer gains, and has no number",
                           help: "measure the result with a target and a date: \"repeat bookings rise from 20% to 35% by June 30, 2027\"")
            }
        }
    }

    /// Words of a lead-in that lists input metrics: "Leading indicators:", "Input metrics:". Amazon asks for
    /// controllable inputs beside the outputs, and those count activity by design.
    static let inputLabels: WordSet = ["leading", "input", "inputs", "indicator", "indicators", "proxy", "proxies"]

    /// Whether a list item's lead-in (the paragraph just before its list, in the same section) names input
    /// metrics.
    static func underInputLabel(_ draft: Draft, _ ui: Int) -> Bool {
        guard draft.units[ui].inList else { return false }
        let section = draft.units[ui].section
        var j = ui - 1
        while j >= 0, draft.units[j].inList, draft.units[j].section == section { j -= 1 }
        guard j >= 0, draft.units[j].section == section else { return false }
        let lead = draft.units[j]
        return lead.wordCount <= 8 && lead.hasWord(inputLabels)
    }

    /// Words that reject what follows them: "not by impressions", "rather than buzz".
    static let negations: WordSet = ["not", "no", "than", "instead", "beyond", "without"]

    /// Words before "awareness" or "interest" that make it a property of the product, not a metric:
    /// "context awareness", "operational awareness", "carbon awareness".
    static let notMetrics: WordSet = ["context", "operational", "situational", "carbon", "security", "cost", "energy",
                                      "spatial", "self", "location", "network", "cloud", "compound", "public", "vested"]

    /// The activity word a sentence counts as a metric: in a section about success, any one not part of a
    /// property ("context awareness"); elsewhere one that a tracking verb takes as its object, at most two
    /// words on ("we will track community engagement").
    static func countedActivity(_ unit: ProseUnit, _ s: Sentence, anywhere: Bool) -> Int? {
        let t = unit.tokens
        var next = s.tokens.lowerBound
        while let k = t.firstWord(in: activity, from: next, to: s.tokens.upperBound) {
            next = k + 1
            if k > s.tokens.lowerBound, notMetrics.contains(t[k - 1]) { continue }
            // "judged by outcomes, not by impressions": the sentence rejects the activity measure.
            if (max(s.tokens.lowerBound, k - 3)..<k).contains(where: { negations.contains(t[$0]) }) { continue }
            if anywhere { return k }
            for j in max(s.tokens.lowerBound, k - 3)..<k where t[j].kind == .word && tracking.contains(t[j]) {
                if (j + 1..<k).allSatisfy({ t[$0].kind == .word }) { return k }
            }
        }
        return nil
    }

    /// A section about how success is measured: "Success metrics", "How I will measure success", "KPIs".
    static func isMetricSection(_ key: String) -> Bool {
        sectionNames.contains(key) || key.includes("success") || key.includes("measure") || key.includes("kpi")
    }
}
