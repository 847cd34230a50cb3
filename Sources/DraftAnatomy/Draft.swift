import Foundation
import Markdown
import Text

/// Everything the rules read about one file: the parsed document, its prose units, sections,
/// anatomy and profile. Built once per file; rules never see cmark.
public final class Draft: @unchecked Sendable {
    public let document: Document
    public var source: SourceFile { document.source }
    public let units: [ProseUnit]
    public let sections: [Section]
    public let anatomy: Anatomy
    /// Units that state risks, drawbacks or rejected alternatives (see `RiskContext`).
    public let riskUnits: Set<Int>
    /// Chapters: a heading of level 1 or 2 with its subsections, and their units (`Draft.chapters`).
    public let chapters: [(section: Int, units: Range<Int>)]
    public let profile: Profile
    /// The profile detected from content alone (what `auto` gives).
    public let detectedProfile: Profile
    /// Why the profile was chosen, strongest signal first (`prfaq stats` shows it).
    public let evidence: [String]
    /// Whether the draft clearly is of its profile: chosen by the writer, or shown by strong signals (a
    /// press-release heading, an FAQ heading, labelled STAR parts). Structure findings on a draft that only
    /// looks like its profile are warnings, not errors.
    public let isClearly: Bool
    /// Who reads the draft: chosen (configuration, front matter, `--audience`) or read from its content.
    /// It decides which acronyms and technology words the reader knows, nothing else.
    public let audience: Audience
    /// The audience detected from content alone (what `auto` gives).
    public let detectedAudience: Audience
    /// Why the audience was chosen (`prfaq stats` shows it): read again from the content when asked, since
    /// a lint needs only the audience, and the detector stops at the first signal that decides it.
    public var audienceEvidence: [String] {
        if let chosen = chosenAudience {
            return ["chosen by configuration or --audience" + (chosen != detectedAudience ? " (the content reads as \(detectedAudience.rawValue))" : "")]
        }
        return AudienceDetector(document: document, units: units).detect().evidence
    }
    private let chosenAudience: Audience?
    /// The prompt the draft answers (front matter `prompt:` or `--prompt`), when one was given.
    public let prompt: Prompt?
    /// Leadership Principles named in the draft: a story bank titles its stories with them, and words
    /// inside a name ("Are Right, A Lot") are the name, not a vague quantity.
    public let principleMentions: [LeadershipPrinciples.Mention]
    /// The same mentions by unit: word-list rules ask about every match.
    private let principleTokens: [Int: [Range<Int>]]

    public init(document: Document, profile: Profile? = nil, audience: Audience? = nil, prompt: String? = nil) {
        self.document = document
        self.prompt = prompt.flatMap(Prompt.init)
        // Tokenising is the largest part of building a draft and each block is independent: a big draft
        // splits its blocks across the cores.
        let blocks = document.blocks.indices.filter { document.blocks[$0].prose != nil }
        var units: [ProseUnit]
        if document.source.bytes.count >= Parallel.draftBytes {
            let runs = Self.storeRuns(blocks, of: document)
            units = Parallel.map(runs.count) { TokenStore.units(blocks[runs[$0]], of: document, lendingKeys: false) }.flatMap { $0 }
        } else {
            units = TokenStore.units(blocks[...], of: document)
        }
        let sections = Draft.sections(&units)
        self.units = units
        self.sections = sections
        let mentions = LeadershipPrinciples.named(in: units)
        self.principleMentions = mentions
        self.principleTokens = Dictionary(grouping: mentions, by: \.unit).mapValues { $0.map(\.tokens) }
        let anatomy = AnatomyFinder(units: units, sections: sections, document: document).find()
        self.anatomy = anatomy
        self.riskUnits = RiskContext.units(units: units, sections: sections, anatomy: anatomy)
        self.chapters = Draft.chapters(units, sections)
        let detected = Draft.detect(anatomy: anatomy, sections: sections, source: document.source) { unit in
            document.line(ofBlock: units[unit].block)
        }
        self.detectedProfile = detected.profile
        self.profile = profile ?? detected.profile
        if let chosen = profile, chosen != detected.profile {
            self.evidence = ["chosen by configuration or --profile (the content reads as \(detected.profile.rawValue))"]
            self.isClearly = true
        } else {
            self.evidence = (profile != nil ? ["chosen by configuration or --profile"] : []) + detected.evidence
            self.isClearly = profile != nil || detected.strong
        }
        let reader = AudienceDetector(document: document, units: units).detect(explaining: false)
        self.detectedAudience = reader.audience
        self.audience = audience ?? reader.audience
        self.chosenAudience = audience
    }

    /// Consecutive blocks of about a quarter of a megabyte of prose each, one token store apiece: pieces the
    /// cores share out, each small enough that its arrays' last doubling and final fitting cost little.
    private static func storeRuns(_ blocks: [Int], of document: Document) -> [Range<Int>] {
        var runs = [Range<Int>]()
        var start = 0, scalars = 0
        for k in blocks.indices {
            scalars += document.blocks[blocks[k]].prose?.count ?? 0
            if scalars >= 1 << 18 {
                runs.append(start..<(k + 1))
                start = k + 1
                scalars = 0
            }
        }
        if start < blocks.count || runs.isEmpty { runs.append(start..<blocks.count) }
        return runs
    }

    /// Builds the section list from heading units and stamps each unit with its section.
    private static func sections(_ units: inout [ProseUnit]) -> [Section] {
        var sections = [Section(heading: nil, level: 0, title: "", key: "", parent: nil,
                                ownUnits: 0..<0, allUnits: 0..<units.count)]
        // Allocated once, as the blocks are: a doubling array held two copies of every section at once.
        sections.reserveCapacity(1 + units.reduce(0) { $0 + ($1.isHeading && !$1.inQuote && !$1.inList ? 1 : 0) })
        var open = [0]
        for i in units.indices {
            guard case .heading(let level) = units[i].kind, !units[i].inQuote, !units[i].inList else {
                units[i].section = open.last ?? 0
                continue
            }
            while let top = open.last, top != 0, sections[top].level >= level {
                sections[top].allUnits = sections[top].allUnits.lowerBound..<i
                open.removeLast()
            }
            let title = Self.trimmed(units[i].text)
            sections.append(Section(heading: i, level: level, title: title, key: Section.key(for: title),
                                    parent: open.last, ownUnits: (i + 1)..<(i + 1), allUnits: (i + 1)..<units.count))
            open.append(sections.count - 1)
            units[i].section = sections.count - 1
        }
        for s in sections.indices {
            let start = sections[s].heading.map { $0 + 1 } ?? 0
            var end = start
            while end < units.count && !(units[end].isHeading && !units[end].inQuote && !units[end].inList) { end += 1 }
            sections[s].ownUnits = start..<end
        }
        return sections
    }

    static func trimmed(_ s: String) -> String {
        // Nearly every title has no space at either end: asked of its first and last bytes, it is returned as
        // it is, where the Character walk below cost a grapheme break at each end.
        let u = s.utf8
        if let f = u.first, let l = u.last, f != 0x20, f != 0x09, l != 0x20, l != 0x09 { return s }
        var sub = Substring(s)
        while let f = sub.first, f == " " || f == "\t" { sub = sub.dropFirst() }
        while let l = sub.last, l == " " || l == "\t" { sub = sub.dropLast() }
        return String(sub)
    }

    /// Content decides when nothing else does: labelled STAR parts make a story; a press-release heading,
    /// an FAQ heading, a dateline or press-release labels make a PR/FAQ; anything else reads as a narrative.
    private static func detect(anatomy a: Anatomy, sections: [Section], source: SourceFile,
                               line unitLine: (Int) -> Int) -> (profile: Profile, evidence: [String], strong: Bool) {
        func line(_ s: Int) -> Int { sections[s].heading.map(unitLine) ?? 1 }
        let stories = a.stories
        if stories.contains(where: { $0.labelledCount >= 3 && $0.parts[.action]?.labelled == true }) || stories.filter({ $0.labelledCount >= 2 }).count >= 2 {
            let labelled = stories.reduce(0) { $0 + $1.labelledCount }
            return (.star, [stories.count > 1 ? "\(stories.count) stories with \(labelled) labelled STAR parts" : "\(labelled) labelled STAR parts"], true)
        }
        var ev = a.pressReleaseEvidence
        for (kind, s) in a.faqSections.sorted(by: { $0.value < $1.value }) {
            ev.append("a\(kind == .internal || kind == .external ? "n" : "") \(kind.rawValue) FAQ heading (line \(line(s)))")
        }
        // The file's own name, not its folder's ("prfaq-drafts/plan.md" is no PR/FAQ).
        let name = Self.fileName(source.path).lowercased()
        let namedPRFAQ = ["pr-faq", "prfaq", "pr_faq", "pr faq"].contains { name.includes($0) }
        let narrativeLabels = a.narrativeParts.values.filter(\.labelled).count
        // A narrative may end with an FAQ appendix: a general FAQ under Purpose, Background and Proposal
        // headings, with no press release anywhere, is that appendix.
        let faqAppendix = !a.faqSections.isEmpty && a.faqSections.keys.allSatisfy { $0 == .general }
            && narrativeLabels >= 2 && a.pressReleaseHeading == nil && !a.pressReleaseSignalled && !a.datelineFound
        let strong = a.pressReleaseHeading != nil || (!a.faqSections.isEmpty && !faqAppendix)
            || (a.datelineFound && a.prParts[.leaderQuote] != nil)
        if strong { return (.prfaq, ev, true) }
        if a.pressReleaseSignalled && narrativeLabels < 2 { return (.prfaq, ev, false) }
        if namedPRFAQ && narrativeLabels < 3 { return (.prfaq, ev + ["the file name says PR/FAQ"], false) }
        // A story told in order without labels, and nothing else the draft could be.
        if narrativeLabels == 0, stories.contains(where: \.isUnlabelled) { return (.star, ["a story told in order without labels"], false) }
        let named = Anatomy.NarrativePart.allCases.filter { a.narrativeParts[$0]?.labelled == true }.map(\.rawValue)
        let appendix = faqAppendix ? ["an FAQ appendix with no press release"] : []
        return (.narrative, named.isEmpty ? ["no press release, FAQ or STAR labels"] : ["narrative sections: " + named.joined(separator: ", ")] + appendix,
                named.count >= 2)
    }

    // MARK: helpers for rules

    /// Whether a token range of a unit lies inside a Leadership Principle's name.
    public func isInPrincipleName(unit: Int, tokens: Range<Int>) -> Bool {
        principleTokens[unit]?.contains { $0.lowerBound <= tokens.lowerBound && tokens.upperBound <= $0.upperBound } ?? false
    }

    /// Sections whose own text a reader reads as body (not the preamble when it is empty).
    public func section(of unit: Int) -> Section { sections[units[unit].section] }

    /// The last part of a path ("drafts/plan.md": "plan.md"), trailing slashes aside: found on its bytes,
    /// where splitting the path by Characters cost fifteen thousand instructions a draft.
    static func fileName(_ path: String) -> Substring {
        let u = path.utf8
        var end = u.endIndex
        while end > u.startIndex, u[u.index(before: end)] == 0x2F { end = u.index(before: end) }
        let start = u[..<end].lastIndex(of: 0x2F).map { u.index(after: $0) } ?? u.startIndex
        return path[start..<end]
    }

    /// The source text of a byte range.
    public func text(_ range: Range<Int>) -> String { source.text(range) }

    /// Byte range of a whole line (without its terminator), the span of a document-level finding.
    public func lineRange(_ line: Int) -> Range<Int> {
        let l = max(1, min(line, source.lineCount))
        return source.lineStarts[l - 1]..<source.lineContentEnd(l)
    }

    /// Where a finding about the whole document points: line 1, unless line 1 is a front-matter `---`
    /// or blank, then the first line the writer reads (the title, usually). A caret under `---` says
    /// nothing about the draft.
    public var documentRange: Range<Int> {
        let first = lineRange(1)
        guard isBlank(first) || document.frontMatter != nil else { return first }
        if !units.isEmpty { return lineRange(ofUnit: 0) }
        if let b = document.blocks.first { return lineRange(source.line(ofByte: b.range.lowerBound)) }
        return first
    }

    /// Whether the bytes hold only spaces and tabs, as Foundation's `.whitespaces` reads them: told on the
    /// bytes when they are ASCII (Foundation's trim cost sixty thousand instructions a call).
    private func isBlank(_ range: Range<Int>) -> Bool {
        let b = source.bytes[range]
        guard b.allSatisfy({ $0 < 0x80 }) else { return source.text(range).trimmingCharacters(in: .whitespaces).isEmpty }
        return b.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// Byte range of the line a unit starts on.
    public func lineRange(ofUnit unit: Int) -> Range<Int> {
        let start = document.blocks[units[unit].block].range.lowerBound
        return lineRange(source.line(ofByte: start))
    }

    /// Byte range of a unit's block as written (a heading with its `#` marks), without trailing blanks.
    public func blockRange(ofUnit unit: Int) -> Range<Int> {
        let r = document.blocks[units[unit].block].range
        var end = r.upperBound
        let b = source.bytes
        while end > r.lowerBound, end - 1 < b.count, [0x20, 0x09, 0x0A, 0x0D].contains(b[end - 1]) { end -= 1 }
        return r.lowerBound..<end
    }

    /// Words in a range of units (headings included).
    public func wordCount(_ r: Range<Int>) -> Int { units[r].reduce(0) { $0 + $1.wordCount } }
}

