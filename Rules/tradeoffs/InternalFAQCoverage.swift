import DraftAnatomy
import LintCore
import Text

/// An internal FAQ that skips cost, risk or alternatives leaves the decision-makers' questions open.
struct InternalFAQCoverage: Rule {
    let description = RuleDescription(
        id: "tradeoffs/internal-faq-coverage",
        summary: "The internal FAQ does not cover cost, risks, dependencies, alternatives or scope",
        rationale: """
            The internal FAQ is where leaders decide. They will ask what it costs, how it could fail, who the \
            team depends on, what else was considered and what is not being built. Answer them before the \
            meeting does. The gaps are reported once, at the internal FAQ's heading.
            """,
        severity: .suggestion,
        profiles: [.prfaq],
        options: [RuleOption("areas", .strings(areas), "trade-off areas the internal FAQ must address", choices: areas)],
        scope: .document,
        triggering: [
            RuleExample("# Reorder\n\nSEATTLE — May 3, 2027 — Shoppers reorder in one tap.\n\n⟦## Internal FAQ⟧\n\n### What does it cost?\n\n$1.2M in 2027.\n\n### What are the risks?\n\nCarrier delays.\n\n### What do we depend on?\n\nThe payments team.\n\n### What alternatives did we consider?\n\nA subscription.\n", profile: .prfaq),
        ],
        nonTriggering: [
            RuleExample("# Reorder\n\nSEATTLE — May 3, 2027 — Shoppers reorder in one tap.\n\n## Internal FAQ\n\n### What does it cost?\n\n$1.2M in 2027.\n\n### What are the risks?\n\nCarrier delays.\n\n### What do we depend on?\n\nThe payments team.\n\n### What alternatives did we consider?\n\nA subscription.\n\n### What is out of scope?\n\nGift orders.\n", profile: .prfaq),
        ])

    /// The areas, in the order findings name them; each has its cues below.
    static let areas = ["cost", "risks", "dependencies", "alternatives", "scope"]

    /// Cue words for each area, matched on question text first and answers second.
    static let cues = cueWords.mapValues(PhraseSet.init)

    /// The cues of several areas in one set, each phrase with its area's place in the list the set was
    /// made from: one walk over a text then answers for every area, where asking each area's set walked
    /// it again.
    struct AreaCues: Sendable {
        let set: PhraseSet
        let area: [Int]

        init(_ areas: [String]) {
            var phrases = [String](), area = [Int]()
            for (a, name) in areas.enumerated() {
                let words = cueWords[name] ?? []
                phrases += words
                area += Array(repeating: a, count: words.count)
            }
            set = PhraseSet(phrases)
            self.area = area
        }
    }

    /// Every area's cues in one set: the coverage is read in one walk over the FAQ.
    static let allCues = AreaCues(areas)

    static let cueWords: [String: [String]] = [
        "cost": ["cost", "costs", "price", "pricing", "invest", "investment", "budget", "p & l", "economics",
                 "margin", "margins", "spend", "revenue", "profit", "profitable", "headcount", "roi", "funding",
                 "expensive", "pay", "business model", "free", "open source", "open-source", "license",
                 "licence"],
        "risks": ["risk", "risks", "fail", "fails", "failure", "wrong", "downside", "downsides", "drawback",
                  "drawbacks", "concern", "concerns", "threat", "threats", "mitigate", "mitigation", "not do this",
                  "worry", "worst"],
        "dependencies": ["depend", "depends", "dependency", "dependencies", "rely", "relies", "partner", "partners",
                         "third-party", "third party", "need from", "vendor", "vendors", "requires", "blocked",
                         "prerequisite", "prerequisites"],
        "alternatives": ["alternative", "alternatives", "considered", "consider", "instead", "options",
                         "other approaches", "build vs", "buy", "rejected", "why not"],
        "scope": ["scope", "out of scope", "not building", "non-goal", "non-goals", "won't", "will not",
                  "not include", "not in", "later", "v2", "future", "excluded", "exclude", "deferred", "defer",
                  "open issues"],
    ]

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let a = draft.anatomy
        guard let faq = a.faqSections[.internal], let heading = draft.sections[faq].heading else { return }
        let items = a.items(in: .internal)
        let section = draft.sections[faq].allUnits
        // Questions and their answers; with no recognised questions, the whole section. One walk over them
        // finds every area's cues (`allCues`); an area is covered if any of them holds one.
        // The areas covered, a bit each by their place in `areas` (a set of names hashed a name a cue).
        let cues = Self.allCues, every = (1 << Self.areas.count) - 1
        var covered = 0
        // Read until every area is covered.
        func read(_ unit: Int, within scalars: Range<Int>? = nil) {
            guard covered != every else { return }
            cues.set.occurrences(in: draft.units[unit], within: scalars) {
                covered |= 1 << cues.area[$0]
                return covered != every
            }
        }
        if items.isEmpty {
            for u in section { read(u) }
        } else {
            for item in items {
                read(item.question, within: item.questionRange)
                if let inline = item.inlineAnswer { read(item.question, within: inline) }
                for u in item.answerUnits { read(u) }
            }
        }
        let missing = ctx.strings("areas").filter { name in
            Self.cues[name] != nil && Self.areas.firstIndex(of: name).map { covered & (1 << $0) == 0 } ?? true
        }
        // One finding for the section: the gaps are one question to its writer, not five.
        guard !missing.isEmpty else { return }
        let names = missing.map { Self.names[$0] ?? $0 }
        let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
        ctx.report(draft.lineRange(ofUnit: heading), "the internal FAQ does not address \(list)",
                   help: missing.compactMap { Self.questions[$0] }.joined(separator: "; "), data: .missing(missing))
    }

    static let names = ["cost": "cost and economics", "risks": "risks", "dependencies": "dependencies",
                        "alternatives": "alternatives considered", "scope": "what is out of scope"]
    static let questions = [
        "cost": "add \"### What does it cost, and what do we get back?\" with the figures",
        "risks": "add \"### How could this fail?\" with specific risks and mitigations",
        "dependencies": "add \"### What do we depend on?\" naming teams, partners and dates",
        "alternatives": "add \"### What alternatives did we consider?\" and why each lost",
        "scope": "add \"### What are we not building?\"",
    ]
}
