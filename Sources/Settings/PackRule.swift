import DraftAnatomy
import LintCore
import Text

/// A rule declared in YAML: the built-in word lists and teams' own packs share this one implementation.
/// A class, read-only once made: a linter hands its word-list rules to every draft, and as a value each
/// copy retained its thirty-odd lists and strings one by one.
public final class PackRule: Rule, UnitScanner {
    public enum Kind: String, Sendable, CaseIterable {
        /// The words or phrases should not appear.
        case existence
        /// Write this instead of that; a safe fix when the replacement is not empty.
        case substitution
        /// At most `max` appearances per document or section.
        case occurrence
        /// A heading with one of the names must exist.
        case requiredSection = "required-section"
    }
    /// Which prose the rule reads.
    public enum Region: String, Sendable, CaseIterable {
        case anywhere
        case pressRelease = "press-release"
        case faq
        case body
        /// Prose that states something: not headings, not questions ("Why should I use this?" asks; it
        /// does not hedge).
        case statements
        /// Statements outside the discussion of risks, drawbacks and alternatives, where comparisons
        /// and doubts are the point (`Draft.riskUnits`).
        case claims
        /// Sentences that commit to a future act ("we will ship", "launches in"), outside conditions,
        /// risks and alternatives: where a vague time is a promise no one can hold.
        case commitments

        /// Questions ask; they neither state, claim nor commit.
        var skipsQuestions: Bool { self == .statements || self == .claims || self == .commitments }
    }

    public let description: RuleDescription
    /// What in the pack is allowed but surely not meant (a phrase that can never match), to tell the
    /// writer once, with file and line, without refusing the pack.
    public let warnings: [ConfigError]
    let kind: Kind
    public let matcher: PhraseMatcher
    let message: String
    /// `message` cut at its placeholders once, so a finding's message is a few appends; likewise each
    /// entry's own message, by entry index.
    let template: MessageTemplate
    let entryTemplates: [MessageTemplate?]
    /// Whether `message` names the replacement (a deletion then says "cut" instead): asked once, not per match.
    let namesReplacement: Bool
    let help: String?
    let region: Region
    let max: Int
    let perSection: Bool
    let sectionNames: [String]
    /// The severity for a technical reader, when lower: jargon and acronyms are this reader's call.
    let technicalSeverity: Severity?

    /// Built-in lists arrive this way, generated from their YAML at build time (no parsing at start-up);
    /// a test proves each equals what `PackParser` makes of the same YAML.
    public convenience init(description: RuleDescription, kind: Kind, entries: [PhraseEntry], exceptions: [[String]], message: String,
                            help: String?, region: Region, max: Int, perSection: Bool, sectionNames: [String],
                            technicalSeverity: Severity? = nil) {
        self.init(description: description, kind: kind, matcher: PhraseMatcher(entries: entries, exceptions: exceptions),
                  message: message, help: help, region: region, max: max, perSection: perSection, sectionNames: sectionNames,
                  technicalSeverity: technicalSeverity)
    }

    init(description: RuleDescription, kind: Kind, matcher: PhraseMatcher, message: String, help: String?,
         region: Region, max: Int, perSection: Bool, sectionNames: [String], technicalSeverity: Severity? = nil,
         warnings: [ConfigError] = []) {
        self.warnings = warnings
        self.description = description
        self.kind = kind
        self.matcher = matcher
        self.message = message
        self.template = MessageTemplate(message)
        self.entryTemplates = matcher.entries.map { $0.message.map(MessageTemplate.init) }
        self.namesReplacement = message.includes("{replacement}")
        self.help = help
        self.region = region
        self.max = max
        self.perSection = perSection
        self.sectionNames = sectionNames
        self.technicalSeverity = technicalSeverity
    }

    public var unitScanner: (any UnitScanner)? { kind == .requiredSection ? nil : self }
    public var phraseList: [String] { matcher.entries.map { $0.words.joined(separator: " ") } }

    public func check(_ draft: Draft, _ ctx: inout RuleContext) {
        if kind == .requiredSection {
            checkRequiredSection(draft, &ctx)
            return
        }
        var counts = [Int: Int]()
        for ui in draft.units.indices { check(unit: ui, draft, &ctx, &counts, candidates: nil) }
    }

    /// Runs several word-list rules in one walk over the units, each unit read once while it is in
    /// cache; on a large draft, eleven separate walks were memory traffic more than work. Each rule
    /// reports exactly what `check` would, in the same order.
    public func checkTogether(_ group: [any UnitScanner], shared: (any Sendable)?, _ draft: Draft, _ contexts: inout [RuleContext]) {
        let rules = group.compactMap { $0 as? PackRule }
        Self.checkTogether(rules, filter: shared as? CandidateFilter ?? CandidateFilter(rules), draft, &contexts)
    }

    /// The union of all the lists' filters: a superset of any group's, which finds the same phrases (each
    /// list then looks only where its own filters pass), made once a linter instead of once a draft.
    public func shared(_ all: [any UnitScanner]) -> (any Sendable)? {
        CandidateFilter(all.compactMap { $0 as? PackRule })
    }

    static func checkTogether(_ rules: [PackRule], filter: CandidateFilter, _ draft: Draft, _ contexts: inout [RuleContext]) {
        var counts = [[Int: Int]](repeating: [:], count: rules.count)
        // Blocks of units small enough to stay in cache, large enough that switching rules is rare.
        let block = 64
        var lo = 0
        // The block's candidates end to end, unit `lo + j`'s at `flat[starts[j]..<starts[j + 1]]`.
        var flat = [Int](), starts = [Int](repeating: 0, count: block + 1)
        // Which lists each unit's candidates may start (by the rule's place in the filter).
        var lists = [UInt64](repeating: 0, count: block)
        let places = rules.map { filter.place(of: $0) }
        while lo < draft.units.count {
            let hi = min(lo + block, draft.units.count)
            flat.removeAll(keepingCapacity: true)
            for ui in lo..<hi {
                starts[ui - lo] = flat.count
                lists[ui - lo] = filter.appendCandidates(draft.units[ui].keyHashes, to: &flat)
            }
            starts[hi - lo] = flat.count
            for k in rules.indices {
                let rule = rules[k]
                let bit = places[k].map { UInt64(1) << UInt64($0) }
                for ui in lo..<hi where starts[ui - lo] < starts[ui - lo + 1] {
                    let candidates = flat[starts[ui - lo]..<starts[ui - lo + 1]]
                    if let bit {
                        guard lists[ui - lo] & bit != 0 else { continue }
                    } else {
                        guard rule.matcher.mayMatch(candidates, draft.units[ui].keyHashes) else { continue }
                    }
                    rule.check(unit: ui, draft, &contexts[k], &counts[k], candidates: candidates)
                }
            }
            lo = hi
        }
    }

    private func check(unit ui: Int, _ draft: Draft, _ ctx: inout RuleContext, _ counts: inout [Int: Int],
                       candidates: ArraySlice<Int>?) {
        guard inRegion(ui, draft) else { return }
        let unit = draft.units[ui]
        let quoted = unit.quotedTokens
        var memo = SentenceMemo(unit)
        for m in matcher.matches(in: unit, quoted: quoted, candidates: candidates) {
            if !draft.principleMentions.isEmpty, draft.isInPrincipleName(unit: ui, tokens: m.tokens) { continue }
            if region == .commitments, m.sentence < unit.sentences.count {
                guard memo.commits(m.sentence, inPlan: draft.isInPlan(unit: ui)),
                      !memo.isHypothetical(m.sentence, at: m.tokens.lowerBound),
                      !memo.inParentheses(m.sentence, at: m.tokens.lowerBound) else { continue }
            }
            if region.skipsQuestions, m.sentence < unit.sentences.count, memo.asks(m.sentence) { continue }
            let e = matcher.entries[m.entry]
            if e.modal, draft.riskUnits.contains(ui) { continue }
            if let reader = e.audience, reader != draft.audience { continue }
            let range = unit.sourceRange(tokens: m.tokens)
            let text = draft.text(range)
            if kind == .occurrence {
                let key = perSection ? unit.section : 0
                counts[key, default: 0] += 1
                guard (counts[key] ?? 0) > max else { continue }
            }
            var fix: Fix? = nil
            if kind == .substitution, let r = e.replacement, !r.isEmpty,
               !e.nounReplacement || Self.standsAsNoun(unit.tokens, m.tokens) {
                fix = Fix(range: range, replacement: Self.matchCase(r, like: text))
            }
            // A deletion has no replacement to name: 'write "" instead of …' is no sentence.
            let deletes = kind == .substitution && e.replacement?.isEmpty == true && namesReplacement
            let msg = (deletes ? Self.deletion : entryTemplates[m.entry] ?? template).fill { name in
                switch name {
                case "match": return text
                // The words the fix writes, capital and all: 'write "If" instead of "In the event that"'.
                case "replacement": return e.replacement.map { Self.matchCase($0, like: text) } ?? ""
                case "max": return String(max)
                default: return nil
                }
            }
            ctx.report(range, msg, help: e.help ?? help, fix: fix, severity: severity(of: e, draft, ctx))
        }
    }

    /// The message of a substitution whose replacement is empty.
    static let deletion = MessageTemplate("cut \"{match}\"")

    /// A phrase's own severity and the list's severity for a technical reader apply while the rule keeps
    /// its default severity; a severity the user configured holds for every phrase.
    private func severity(of e: PhraseEntry, _ draft: Draft, _ ctx: RuleContext) -> Severity? {
        guard ctx.severity == description.severity else { return nil }
        var s = e.severity ?? description.severity
        if draft.audience == .technical, let t = technicalSeverity, t < s { s = t }
        return s == description.severity ? nil : s
    }

    /// Words after which a phrase is an adjective or a complement: "we are Customer Obsessed".
    static let adjectivePosition: WordSet = ["is", "are", "am", "was", "were", "be", "been", "being", "a", "an",
                                             "the", "very", "so", "truly", "really", "more", "most", "become",
                                             "became", "stay", "stayed", "remain", "remained", "feel", "felt", "seem"]

    /// True when the phrase stands where a noun can replace it: not after "is", "a" or "very", and not
    /// before the noun it would describe ("a customer-obsessed team").
    static func standsAsNoun(_ t: TokenList, _ r: Range<Int>) -> Bool {
        if r.lowerBound > 0, t[r.lowerBound - 1].kind == .word, adjectivePosition.contains(t[r.lowerBound - 1]) { return false }
        if r.upperBound < t.count, t[r.upperBound].kind == .word, !FunctionWords.all.contains(t[r.upperBound]) { return false }
        return true
    }

    private func inRegion(_ ui: Int, _ draft: Draft) -> Bool {
        // Metadata lines and template instructions are not the writer's prose.
        if draft.anatomy.furniture.contains(ui) { return false }
        switch region {
        case .anywhere: return true
        case .pressRelease: return draft.anatomy.hasPressRelease && draft.anatomy.pressRelease.contains(ui)
        case .faq: return draft.anatomy.inFAQ(ui)
        case .body, .statements: return !draft.units[ui].isHeading
        case .claims: return !draft.riskUnits.contains(ui)
        case .commitments: return !draft.units[ui].isHeading && !draft.riskUnits.contains(ui)
        }
    }

    private func checkRequiredSection(_ draft: Draft, _ ctx: inout RuleContext) {
        let wanted = Set(sectionNames.map { Section.key(for: $0) })
        if draft.sections.contains(where: { wanted.contains($0.key) }) { return }
        ctx.report(draft.documentRange, template.fill { $0 == "section" ? sectionNames.first ?? "" : nil }, help: help)
    }

    /// A message with `{name}` placeholders, split once into literal text and names.
    struct MessageTemplate: Sendable {
        enum Piece: Sendable { case text(String), name(String) }
        let pieces: [Piece]

        init(_ template: String) {
            var pieces = [Piece]()
            var rest = Substring(template)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
                pieces.append(.name(String(rest[rest.index(after: open)..<close])))
                rest = rest[rest.index(after: close)...]
            }
            if !rest.isEmpty { pieces.append(.text(String(rest))) }
            self.pieces = pieces
        }

        /// Unknown names stay as written, braces and all.
        func fill(_ value: (String) -> String?) -> String {
            var out = ""
            for p in pieces {
                switch p {
                case .text(let t): out += t
                case .name(let n): out += value(n) ?? "{\(n)}"
                }
            }
            return out
        }
    }

    /// "In order to" → "To": keep the capital of a sentence-initial match.
    static func matchCase(_ replacement: String, like original: String) -> String {
        guard let f = original.unicodeScalars.first, f.properties.isUppercase,
              let r = replacement.first, r.isLowercase else { return replacement }
        return replacement.prefix(1).uppercased() + replacement.dropFirst()
    }
}
