import DraftAnatomy
import LintCore
import Text

/// Passive sentences hide who acts; in a plan that is who owns the work. Reported once per section,
/// with the passives that hide an owner ("will be provided", "was decided"): a finding on every passive
/// buried the few that matter, and "can be configured" hides no one.
struct PassiveVoice: Rule {
    let description = RuleDescription(
        id: "clarity/passive-voice",
        summary: "Too many sentences in the passive voice",
        rationale: """
            "The migration was delayed" leaves out who delayed it. An occasional passive is fine; when more \
            than about a fifth of a section's sentences are passive, it stops saying who does what. prfaq \
            reports such a section once, at its worst passive, and names the others that hide an owner: \
            commitments ("will be provided", "must be approved"), past decisions ("was decided") and work \
            in progress ("is being built"). Capability and description ("can be configured", "is stored"), \
            and passives after "if" or "when", hide no one and are never the worst case. A passive that \
            names its doer ("was chosen by my partner") is reported on its own: put the doer first. Both are \
            suggestions by default (judged on real drafts, a passive was more often a fair style than a \
            hidden owner); configured as a warning or an error, the doer's passive takes that severity and a \
            section's share one step below.
            """,
        severity: .suggestion,
        options: [
            RuleOption("max-share", .double(0.2), "share of passive sentences a section may have", range: RuleOption.shares),
            RuleOption("min-sentences", .int(8), "sections with fewer sentences are not judged for their share"),
        ],
        triggering: [
            RuleExample("## Plan\n\nThe launch ⟦was delayed⟧ twice. Refunds were processed by hand. Support will be provided. We ship in May. We train agents in April. Agents answer in an hour. We close at six. Stores open at nine.\n"),
            RuleExample("The venue ⟦was chosen by my partner⟧ in March."),
        ],
        nonTriggering: [
            RuleExample("## Plan\n\nThe payments team delayed the launch. Two agents processed refunds by hand. We were ready in May. We ship in June. We train agents in April. Agents answer in an hour. We close at six. Stores open at nine.\n"),
            RuleExample("## Settings\n\nThe limit can be configured per account. Logs are stored for 30 days. If a key is rotated, we alert you. You pick the region. We bill monthly. Reports are sent weekly. Keys can be revoked. You set the limit.\n"),
            RuleExample("The service is used by 40 teams. Builds are signed by default."),
        ])

    static let be: WordSet = ["is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't"]
    static let past: WordSet = ["was", "were", "wasn't", "weren't"]
    /// Before "be": these make a commitment or an obligation whose owner the passive hides.
    static let committing: WordSet = ["will", "shall", "must", "should", "won't", "to"]
    /// Words that open a conditional or time clause: a passive inside one states a case, not an act.
    static let conditional: WordSet = ["if", "when", "unless", "once", "whenever", "until", "before", "after", "whether"]
    static let irregular: WordSet = [
        "built", "made", "done", "given", "taken", "shown", "known", "seen", "written", "sent", "paid", "held", "led",
        "sold", "told", "found", "brought", "bought", "chosen", "driven", "spent", "cut", "put", "run", "won", "kept",
        "left", "lost", "hidden", "broken", "spoken", "stolen", "thrown", "grown", "drawn", "forgotten", "begun",
        "set", "met", "hit", "shut", "read", "heard", "understood", "caught", "taught", "thought", "fed", "hurt",
    ]
    /// The simple past of irregular participles, for the direct rewrite of a passive with its doer.
    static let simplePast: [String: String] = [
        "built": "built", "made": "made", "done": "did", "given": "gave", "taken": "took", "shown": "showed",
        "known": "knew", "seen": "saw", "written": "wrote", "sent": "sent", "paid": "paid", "held": "held",
        "led": "led", "sold": "sold", "told": "told", "found": "found", "brought": "brought", "bought": "bought",
        "chosen": "chose", "driven": "drove", "spent": "spent", "cut": "cut", "put": "put", "run": "ran",
        "won": "won", "kept": "kept", "left": "left", "lost": "lost", "hidden": "hid", "broken": "broke",
        "spoken": "spoke", "stolen": "stole", "thrown": "threw", "grown": "grew", "drawn": "drew",
        "forgotten": "forgot", "begun": "began", "set": "set", "met": "met", "hit": "hit", "shut": "shut",
        "read": "read", "heard": "heard", "understood": "understood", "caught": "caught", "taught": "taught",
        "thought": "thought", "fed": "fed", "hurt": "hurt",
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
    /// After "by", these are a means or a manner ("by default", "by hand"), not a doer.
    static let notAgents: WordSet = [
        "default", "hand", "design", "far", "then", "now", "itself", "themselves", "himself", "herself", "way",
        "means", "contrast", "comparison", "definition", "accident", "chance", "mistake", "mail", "email", "phone",
        "car", "train", "plane", "air", "sea", "road", "name", "hour", "day", "week", "month", "year", "percent",
        "up", "about", "around", "nearly", "almost", "roughly", "half", "twice", "much", "more", "less", "at",
    ]
    /// Words that end the doer's name: a preposition, conjunction or relative word starts what follows.
    static let agentEnds: WordSet = [
        "and", "or", "but", "to", "in", "on", "for", "with", "at", "from", "that", "which", "who", "when", "because",
        "so", "as", "after", "before", "during", "while", "since", "until", "if", "of", "into", "through", "via",
        "is", "are", "was", "were", "will", "would", "can", "could", "should", "must", "may", "might",
    ]
    static let determiners: WordSet = [
        "the", "a", "an", "our", "my", "your", "their", "his", "her", "its", "this", "that", "these", "those", "each",
        "every", "me", "us", "them", "him", "you", "one", "two", "three", "both", "several", "some", "many",
    ]

    /// What a passive hides, which decides how it is reported.
    enum Kind { case owner, harmless }

    struct Found {
        let tokens: Range<Int>
        let kind: Kind
        /// The doer's tokens when the passive names one ("by my partner").
        let agent: Range<Int>?
    }

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        for chapter in draft.chapters {
            var sentences = 0
            var found = [(unit: Int, Found)]()
            for ui in chapter.units where !draft.units[ui].isHeading {
                let unit = draft.units[ui]
                for s in unit.sentences {
                    sentences += 1
                    guard let f = Self.passive(unit, s) else { continue }
                    found.append((ui, f))
                    if let agent = f.agent, f.kind == .owner { reportAgent(unit, f, agent, &ctx) }
                }
            }
            reportShare(sentences, found, draft, &ctx)
        }
    }

    /// One finding for a chapter whose share of passives is past the limit, at its worst passive.
    private func reportShare(_ sentences: Int, _ found: [(unit: Int, Found)], _ draft: Draft, _ ctx: inout RuleContext) {
        guard sentences >= ctx.int("min-sentences"), Double(found.count) / Double(sentences) > ctx.double("max-share") else { return }
        let worst = found.filter { $0.1.kind == .owner && $0.1.agent == nil }
        guard let first = worst.first else { return }
        let pct = Int((Double(found.count) / Double(sentences) * 100).rounded())
        let unit = draft.units[first.unit]
        let phrase = Self.quote(unit.text(of: first.1.tokens))
        var message = "\(found.count) of \(sentences) sentences in this section are passive (\(pct)%); \(phrase) hides who acts"
        var seen: Set<String> = [phrase.lowercased()]
        var others = [String]()
        for (u, f) in worst.dropFirst() where others.count < 4 {
            let q = Self.quote(draft.units[u].text(of: f.tokens))
            if seen.insert(q.lowercased()).inserted { others.append(q) }
        }
        if !others.isEmpty { message += "; so do \(others.joined(separator: ", "))" }
        // A section's share is one step below the rule's severity (a suggestion by default): judged on
        // real drafts it was as often a fair style as a hidden owner. A named doer is the rule's own.
        let share: Severity = ctx.severity == .error ? .warning : .suggestion
        ctx.report(unit.sourceRange(tokens: first.1.tokens), message,
                   help: "name who acts: \"the support team will provide\" rather than \"will be provided\"", severity: share)
    }

    /// "was chosen by my partner" → "my partner chose": the rewrite is mechanical, so say it.
    private func reportAgent(_ unit: ProseUnit, _ f: Found, _ agent: Range<Int>, _ ctx: inout RuleContext) {
        let t = unit.tokens
        let doer = unit.text(of: agent)
        let participle = unit.text(f.tokens.upperBound - 1)
        let beWord = t[f.tokens.lowerBound].key
        let verb: String
        if Self.past.contains(t[f.tokens.lowerBound]) {
            verb = Self.simplePast[participle.lowercased()] ?? participle
        } else if beWord == "be", f.tokens.lowerBound > 0, t[f.tokens.lowerBound - 1].key == "will" {
            verb = "will " + Self.base(participle)
        } else {
            verb = "…"
        }
        let span = f.tokens.lowerBound..<agent.upperBound
        ctx.report(unit.sourceRange(tokens: span), "passive voice with its doer named; put \"\(doer)\" first",
                   help: verb == "…" ? "start with who acts: \"\(doer) …\"" : "write \"\(doer) \(verb) …\"")
    }

    /// A rough base form for "will be approved by X" → "X will approve"; irregulars keep the past form's stem.
    static func base(_ participle: String) -> String {
        let p = participle.lowercased()
        guard p.hasSuffix("ed"), simplePast[p] == nil else { return "…" }
        let stem = String(p.dropLast(2))
        if stem.hasSuffix("i") { return String(stem.dropLast()) + "y" }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if let last = stem.last, let prev = stem.dropLast().last, last == prev, !vowels.contains(last), last != "l", last != "s" {
            return String(stem.dropLast())
        }
        // "approved" → "approve", "planned" handled above; "reviewed" keeps "review".
        if p.hasSuffix("ved") || p.hasSuffix("ted") && !p.hasSuffix("nted") && !p.hasSuffix("cted") || p.hasSuffix("sed") || p.hasSuffix("zed") || p.hasSuffix("ced") || p.hasSuffix("ged") {
            return String(p.dropLast())
        }
        return stem
    }

    static func quote(_ s: String) -> String { "\"\(s)\"" }

    /// A sentence's first passive, allowing one adverb between "be" and the participle ("was quickly fixed").
    static func passive(_ unit: ProseUnit, _ s: Sentence) -> Found? {
        let t = unit.tokens
        let be = Self.be
        var next = s.tokens.lowerBound
        // The forms of "be" found on the records; one in last place has no participle after it.
        while let k = t.firstWord(in: be, from: next, to: s.tokens.upperBound - 1) {
            next = k + 1
            var p = k + 1
            if p < s.tokens.upperBound, t[p].kind == .word, t[p].key.endsWith("ly") || t[p].key == "not" || t[p].key == "also" { p += 1 }
            guard p < s.tokens.upperBound, t[p].kind == .word else { continue }
            // The participle's lists asked by its token's stored hash, not by hashing its key again.
            let participle = t[p], w = participle.key
            guard !adjectival.contains(participle), (w.endsWith("ed") && w.characterCount > 4) || irregular.contains(participle) else { continue }
            let found = k..<(p + 1)
            return Found(tokens: found, kind: kind(t, s, found), agent: agent(t, s, after: p))
        }
        return nil
    }

    /// Commitments, past acts and work in progress hide an owner; capability, description and
    /// conditions do not.
    static func kind(_ t: TokenList, _ s: Sentence, _ found: Range<Int>) -> Kind {
        for j in s.tokens.lowerBound..<found.lowerBound where t[j].kind == .word && conditional.contains(t[j]) {
            return .harmless
        }
        let b = found.lowerBound
        let before = b > s.tokens.lowerBound ? t[b - 1].key : ""
        // "assets that are being referenced": a relative clause describes; it does not hide an act.
        if ["that", "which"].contains(before) { return .harmless }
        switch t[b].key {
        case "was", "were", "wasn't", "weren't": return .owner
        // "is being built" is work in progress; "from being locked" is a gerund.
        case "being": return ["is", "are", "was", "were", "am"].contains(before) ? .owner : .harmless
        case "been": return ["has", "have", "had", "hasn't", "haven't"].contains(before) ? .owner : .harmless
        case "be": return b > s.tokens.lowerBound && committing.contains(t[b - 1]) ? .owner : .harmless
        default: return .harmless
        }
    }

    /// "by" and a doer right after the participle: a determiner or pronoun, or a capitalised name.
    static func agent(_ t: TokenList, _ s: Sentence, after p: Int) -> Range<Int>? {
        let by = p + 1
        guard by + 1 < s.tokens.upperBound, t[by].key == "by", t[by + 1].kind == .word else { return nil }
        let first = t[by + 1]
        guard !notAgents.contains(first), !first.key.endsWith("ing") else { return nil }
        guard determiners.contains(first) || first.isFirstUpper else { return nil }
        var end = by + 1
        while end < s.tokens.upperBound, end - by <= 4, t[end].kind == .word, end == by + 1 || !agentEnds.contains(t[end]) {
            end += 1
        }
        // A determiner alone ("by the") is no doer.
        guard end - (by + 1) >= 1, !(end - (by + 1) == 1 && determiners.contains(first) && !["me", "us", "them", "him", "you"].contains(first.key)) else { return nil }
        return (by + 1)..<end
    }
}

private extension ProseUnit {
    func text(of tokens: Range<Int>) -> String {
        prose.string(self.tokens[tokens.lowerBound].range.lowerBound..<self.tokens[tokens.upperBound - 1].range.upperBound)
    }
}
