import PRFAQKit

/// Passive sentences hide who acts; in a plan that is who owns the work.
struct PassiveVoice: Rule {
    let description = RuleDescription(
        id: "clarity/passive-voice",
        summary: "Too many sentences in the passive voice",
        rationale: """
            "The migration was delayed" leaves out who delayed it. An occasional passive is fine; when more \
            than about a fifth of the sentences are passive, the document stops saying who does what.
            """,
        severity: .warning,
        options: [RuleOption("max-share", .double(0.2), "share of passive sentences allowed before each is reported")],
        triggering: [
            RuleExample("The launch ⟦was delayed⟧ by the payments team. Refunds ⟦were processed⟧ by hand."),
        ],
        nonTriggering: [
            RuleExample("The payments team delayed the launch. Two agents processed refunds by hand. We were ready in May."),
        ])

    static let be: WordSet = ["is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't"]
    static let irregular: WordSet = [
        "built", "made", "done", "given", "taken", "shown", "known", "seen", "written", "sent", "paid", "held", "led",
        "sold", "told", "found", "brought", "bought", "chosen", "driven", "spent", "cut", "put", "run", "won", "kept",
        "left", "lost", "hidden", "broken", "spoken", "stolen", "thrown", "grown", "drawn", "forgotten", "begun",
        "set", "met", "hit", "shut", "read", "heard", "understood", "caught", "taught", "thought", "fed", "hurt",
    ]
    /// Participles that read as adjectives after "be" ("we were ready", "she is interested").
    static let adjectival: WordSet = [
        "interested", "excited", "tired", "pleased", "concerned", "worried", "based", "located", "supposed",
        "used", "married", "involved", "prepared", "required", "needed", "limited", "qualified", "satisfied",
        "disappointed", "surprised", "confused", "frustrated", "bored", "scared", "allowed", "expected", "designed",
        "committed", "dedicated", "focused", "aligned", "unrelated", "related", "complicated", "advanced",
        "experienced", "automated", "detailed", "balanced", "crowded", "connected", "closed", "opened", "finished",
        "done", "gone", "priced", "sized", "staffed", "equipped", "listed", "scheduled", "booked", "signed", "logged",
        "stuck", "broken", "lost", "set", "left", "known", "read", "up", "due",
    ]

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        var found = [(Range<Int>)]()
        var sentences = 0
        for unit in draft.units where !unit.isHeading {
            for s in unit.sentences {
                sentences += 1
                if let r = Self.passive(unit, s) { found.append(unit.sourceRange(tokens: r)) }
            }
        }
        guard sentences > 0 else { return }
        let share = Double(found.count) / Double(sentences)
        guard share > ctx.double("max-share") else { return }
        let pct = Int((share * 100).rounded())
        for r in found {
            ctx.report(r, "passive voice (\(found.count) of \(sentences) sentences, \(pct)%); say who acts",
                       help: "e.g. \"the payments team delayed the launch\"")
        }
    }

    /// The "be + participle" tokens of a passive sentence, allowing one adverb between ("was quickly fixed").
    static func passive(_ unit: ProseUnit, _ s: Sentence) -> Range<Int>? {
        let t = unit.tokens
        var k = s.tokens.lowerBound
        while k < s.tokens.upperBound - 1 {
            defer { k += 1 }
            guard t[k].kind == .word, be.contains(t[k]) else { continue }
            var p = k + 1
            if p < s.tokens.upperBound, t[p].kind == .word, t[p].key.hasSuffix("ly") || t[p].key == "not" || t[p].key == "also" { p += 1 }
            guard p < s.tokens.upperBound, t[p].kind == .word else { continue }
            let w = t[p].key
            guard !adjectival.contains(w), (w.hasSuffix("ed") && w.count > 4) || irregular.contains(w) else { continue }
            return k..<(p + 1)
        }
        return nil
    }
}
