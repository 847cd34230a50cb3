import DraftAnatomy
import Foundation
import LintCore

/// What `prfaq report` shows about one draft: its findings (numbered, each placed in the text or in the
/// panel) and its figures. A function of the lint result and the analysed draft; it knows no rule beyond
/// the ids of the two whose findings it reads back (internal-FAQ coverage, principles named without evidence).
public struct ReportModel {
    /// One finding, numbered from 1 in document order.
    public struct Finding {
        public enum Placement: Equatable {
            /// Highlighted in place: its range starts and ends on prose scalars of this unit.
            case inline(unit: Int)
            /// Shown as a badge at the start of this unit (document- or block-level, or overlapping).
            case badge(unit: Int)
            /// Listed in the side panel only.
            case panel
        }
        public let number: Int
        public let diagnostic: Diagnostic
        public var placement: Placement
    }

    /// A length budget: the words of one part of the draft against what a reader will give it.
    public struct Budget {
        public let title: String
        public let words: Int
        public let budget: Int
        public let pages: Double
    }

    /// An internal-FAQ area and whether the FAQ addresses it (nil: not checked, the rule did not run).
    public struct CoverageArea {
        public let name: String
        public let covered: Bool?
    }

    public enum Coverage {
        case notApplicable
        case noInternalFAQ
        case areas([CoverageArea])
    }

    public struct StarShare {
        public let part: String
        public let words: Int
        public let share: Double
        public let target: Double
    }

    public struct Principle {
        public let name: String
        /// False when a "named without evidence" finding points at every mention of it.
        public let shown: Bool
    }

    public struct CategoryCount {
        public let category: String
        public var errors = 0, warnings = 0, suggestions = 0
        public var total: Int { errors + warnings + suggestions }
    }

    public static let coverageRule = "tradeoffs/internal-faq-coverage"
    public static let principleEvidenceRule = "principles/named-without-evidence"
    public static let longSentenceRule = "concision/long-sentence"
    /// Display names of the internal-FAQ areas and the value of the coverage rule's `areas` option for each,
    /// which its findings carry as `FindingData.missing`.
    public static let coverageAreas: [(name: String, key: String)] = [
        ("cost", "cost"), ("risks", "risks"), ("dependencies", "dependencies"), ("alternatives", "alternatives"),
        ("out of scope", "scope"),
    ]
    public static let starTargets: [(Anatomy.StarPart, Double)] = [(.situation, 0.2), (.task, 0.1), (.action, 0.6), (.result, 0.1)]

    public let path: String
    /// What the page is called: the draft's headline, else its first heading, else its path.
    public let title: String
    public let profile: Profile
    public let stats: DraftStats
    public let findings: [Finding]
    public let categories: [CategoryCount]
    public let errors: Int, warnings: Int, suggestions: Int
    public let budgets: [Budget]
    public let longSentences: Int
    public let longestSentence: Int
    public let coverage: Coverage
    public let starShares: [StarShare]
    public let principles: [Principle]
    /// Findings about two places (figures that disagree), with both places' lines and text, so the panel
    /// can set them side by side.
    public let contradictions: [Contradiction]

    public struct Contradiction {
        public let number: Int
        public let first: (line: Int, text: String)
        public let second: (line: Int, text: String)
    }

    /// The headline as the reader reads it (its part of the unit when it shares a paragraph), else the
    /// first heading's text.
    static func title(of draft: Draft) -> String? {
        let units = draft.units
        var text: String?
        if let h = draft.anatomy.prParts[.headline], h.marker < units.count {
            let u = units[h.marker]
            text = u.prose.string(h.scalars(of: h.marker, count: u.prose.count))
        } else if let heading = units.first(where: \.isHeading) {
            text = heading.text
        }
        let t = text?.trimmingCharacters(in: .whitespaces) ?? ""
        return t.isEmpty ? nil : t
    }

    /// - Parameters:
    ///   - ranRules: ids of the rules that ran for this draft, when known; a coverage rule that did not run
    ///     shows its areas as not checked rather than as covered.
    ///   - limits: the word budgets, from the length rules' effective options.
    public init(result: FileResult, draft: Draft, ranRules: Set<String>? = nil, limits: ReportLimits) {
        path = result.path
        title = Self.title(of: draft) ?? result.path
        profile = draft.profile
        stats = DraftStats(draft)
        let diags = result.diagnostics
        errors = result.count(.error)
        warnings = result.count(.warning)
        suggestions = result.count(.suggestion)

        var cats = [String: CategoryCount]()
        for d in diags {
            var c = cats[d.category] ?? CategoryCount(category: d.category)
            switch d.severity {
            case .error: c.errors += 1
            case .warning: c.warnings += 1
            case .suggestion: c.suggestions += 1
            }
            cats[d.category] = c
        }
        let order = Category.allCases.map(\.rawValue)
        categories = cats.values.sorted { a, b in
            (order.firstIndex(of: a.category) ?? order.count, a.category) < (order.firstIndex(of: b.category) ?? order.count, b.category)
        }

        findings = Self.place(diags, in: draft)
        contradictions = findings.compactMap { f in
            guard let r = f.diagnostic.related.first else { return nil }
            return Contradiction(number: f.number, first: (r.start.line, draft.text(r.range)),
                                 second: (f.diagnostic.start.line, draft.text(f.diagnostic.range)))
        }
        budgets = Self.budgets(draft, limits)

        longSentences = diags.filter { $0.rule == Self.longSentenceRule }.count
        var longest = 0
        for u in draft.units where !u.isHeading {
            for s in u.sentences { longest = max(longest, u.words(in: s)) }
        }
        longestSentence = longest

        // Internal-FAQ coverage, read back from the coverage rule's findings.
        let a = draft.anatomy
        if draft.profile != .prfaq {
            coverage = .notApplicable
        } else if a.faqSections[.internal] == nil {
            coverage = .noInternalFAQ
        } else {
            let ran = ranRules.map { $0.contains(Self.coverageRule) } ?? true
            var missing = Set<String>()
            for d in diags where d.rule == Self.coverageRule {
                if case .missing(let areas)? = d.data { missing.formUnion(areas) }
            }
            coverage = .areas(Self.coverageAreas.map { area in
                CoverageArea(name: area.name, covered: ran ? !missing.contains(area.key) : nil)
            })
        }

        // STAR shares of the story's words against the usual 20/10/60/10.
        if draft.profile == .star {
            let words = Self.starTargets.map { (part, _) in a.starParts[part].map { draft.words(of: $0) } ?? 0 }
            let total = max(words.reduce(0, +), 1)
            starShares = zip(Self.starTargets, words).map { t, w in
                StarShare(part: t.0.rawValue, words: w, share: Double(w) / Double(total), target: t.1)
            }
        } else {
            starShares = []
        }

        // Leadership Principles: named, and whether any mention escaped the "named without evidence" finding.
        let flagged = diags.filter { $0.rule == Self.principleEvidenceRule }.map(\.range)
        var seen = [String: Bool]()
        var names = [String]()
        for m in LeadershipPrinciples.named(in: draft) where m.unit < draft.units.count {
            let r = draft.units[m.unit].sourceRange(tokens: m.tokens)
            let shown = !flagged.contains { $0.overlaps(r) || $0 == r }
            if seen[m.name] == nil { names.append(m.name) }
            seen[m.name] = (seen[m.name] ?? false) || shown
        }
        principles = names.map { Principle(name: $0, shown: seen[$0] ?? false) }
    }

    // MARK: placement

    /// The highest finding number an id character can carry (U+E100 + n must stay in the private-use area).
    public static let maxInlineNumber = 0xF8FF - 0xE100

    /// Decides where each finding shows: in place when its range starts and ends on prose scalars of one
    /// unit and does not overlap an earlier in-place finding; else a badge on the unit that holds its start
    /// (or the next unit); else the panel only.
    static func place(_ diags: [Diagnostic], in draft: Draft) -> [Finding] {
        let units = draft.units
        let blocks = draft.document.blocks
        var startOwner = [Int: Int]()
        for (ui, u) in units.enumerated() {
            for k in 0..<u.prose.count where u.prose.starts[k] < u.prose.ends[k] {
                if startOwner[u.prose.starts[k]] == nil { startOwner[u.prose.starts[k]] = ui }
            }
        }
        let frontMatter = draft.document.frontMatter?.range
        var lastInlineEnd = -1
        var out = [Finding]()
        for (i, d) in diags.enumerated() {
            let n = i + 1
            let r = d.range
            var placement = Finding.Placement.panel
            guard n <= maxInlineNumber else { out.append(Finding(number: n, diagnostic: d, placement: .panel)); continue }
            if r.lowerBound < r.upperBound, r.lowerBound >= lastInlineEnd, let ui = startOwner[r.lowerBound],
               units[ui].prose.ends.contains(r.upperBound),
               blocks[units[ui].block].range.contains(r.lowerBound), r.upperBound <= blocks[units[ui].block].range.upperBound,
               frontMatter.map({ !$0.overlaps(r) }) ?? true {
                placement = .inline(unit: ui)
                lastInlineEnd = r.upperBound
            } else if let ui = badgeUnit(for: r.lowerBound, in: draft) {
                placement = .badge(unit: ui)
            }
            out.append(Finding(number: n, diagnostic: d, placement: placement))
        }
        return out
    }

    /// The unit whose block holds the offset, else the first unit after it; only units with prose.
    static func badgeUnit(for offset: Int, in draft: Draft) -> Int? {
        let blocks = draft.document.blocks
        var next: Int?
        for (ui, u) in draft.units.enumerated() where !u.prose.isEmpty {
            let b = blocks[u.block].range
            if b.contains(offset) || (b.isEmpty && b.lowerBound == offset) { return ui }
            if next == nil && b.lowerBound >= offset { next = ui }
        }
        return next
    }

    // MARK: budgets

    static func budgets(_ draft: Draft, _ limits: ReportLimits) -> [Budget] {
        let a = draft.anatomy
        let perPage = Double(limits.wordsPerPage)
        func budget(_ title: String, _ words: Int, _ limit: Int?) -> [Budget] {
            limit.map { [Budget(title: title, words: words, budget: $0, pages: Double($0) / perPage)] } ?? []
        }
        switch draft.profile {
        case .prfaq:
            var out = [Budget]()
            if !a.pressRelease.isEmpty {
                out += budget("Press release", draft.wordCount(a.pressRelease), limits.pressReleaseWords)
            }
            if let first = a.faqSections.values.compactMap({ draft.sections[$0].heading }).min() {
                out += budget("FAQ", draft.wordCount(first..<draft.units.count), limits.faqWords)
            }
            return out
        case .narrative:
            let appendix = a.narrativeParts[.appendix]?.marker
                ?? draft.sections.first { $0.key.hasPrefix("appendix") || $0.key == "appendices" }?.heading
                ?? draft.units.count
            return budget("Narrative (before any appendix)", draft.wordCount(0..<min(appendix, draft.units.count)), limits.narrativeWords)
        case .star:
            let parts = Anatomy.StarPart.allCases.compactMap { a.starParts[$0] }
            let words = parts.isEmpty ? draft.wordCount(0..<draft.units.count) : parts.reduce(0) { $0 + draft.words(of: $1) }
            let minutes = Double(limits.storyWords ?? 0) / Double(ReportLimits.spokenWordsPerMinute)
            let spoken = minutes == minutes.rounded() ? "\(Int(minutes))" : ReportSVG.fmt(minutes)
            return budget("Story (\(spoken) minutes spoken at most)", words, limits.storyWords)
        }
    }
}
