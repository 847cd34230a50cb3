import Foundation
import Text

/// The figures `prfaq stats` prints and reports reuse: size, readability per section, data claims, parts.
public struct DraftStats {
    public struct SectionFigures {
        public let title: String
        public let level: Int
        public let words: Int
        public let sentences: Int
        public let grade: Double
    }

    public let profile: Profile
    /// Who the draft was read for, and why.
    public let audience: Audience
    public let audienceEvidence: [String]
    public let words: Int
    public let sentences: Int
    public let pages: Double
    public let grade: Double
    public let ease: Double
    public let averageSentence: Double
    public let figures: Int
    public let sentencesWithFigures: Int
    public let sections: [SectionFigures]
    public let partsFound: [String]
    public let partsMissing: [String]
    /// Parts not found that the configuration does not require (`structure/missing-section`'s
    /// `pr-parts`), so `stats` and `lint` agree on what is missing.
    public let partsNotRequired: [String]
    public let principles: [String]
    /// Why the draft was read as its profile.
    public let evidence: [String]
    /// Where each part was found.
    public let anatomy: AnatomySummary
    /// Each part of the prompt and where it is answered: the section's title and line, or nil.
    public let promptCoverage: [(part: String, section: String?, line: Int?)]
    /// Rules that do not judge a draft this short (their `min-words`), filled in by whoever knows the
    /// settings: silence from them is not a pass.
    public var notJudged: [(rule: String, minWords: Int)] = []

    public static let wordsPerPage = 500.0

    /// - Parameter requiredPRParts: the press-release parts the configuration requires; nil counts every
    ///   part not found as missing.
    public init(_ draft: Draft, prompt given: Prompt? = nil, requiredPRParts: [String]? = nil) {
        profile = draft.profile
        audience = draft.audience
        audienceEvidence = draft.audienceEvidence
        var all = Readability()
        var figs = 0, withFigs = 0, sents = 0
        for u in draft.units {
            all.add(u)
            figs += u.tokens.lazy.filter { $0.kind == .number }.count
            for s in u.sentences where !u.isHeading {
                sents += 1
                if u.hasFigure(s) { withFigs += 1 }
            }
        }
        words = draft.wordCount(0..<draft.units.count)
        sentences = sents
        pages = Double(words) / Self.wordsPerPage
        grade = all.grade
        ease = all.ease
        averageSentence = sents > 0 ? Double(all.words) / Double(max(all.sentences, 1)) : 0
        figures = figs
        sentencesWithFigures = withFigs
        sections = draft.sections.enumerated().compactMap { (i, s) in
            guard s.heading != nil || !s.ownUnits.isEmpty else { return nil }
            var r = Readability()
            for u in s.ownUnits { r.add(draft.units[u]) }
            return SectionFigures(title: s.heading == nil ? "(before the first heading)" : s.title, level: s.level,
                                  words: draft.wordCount(s.ownUnits), sentences: r.sentences, grade: r.grade)
        }
        let a = draft.anatomy
        var found = [String](), missing = [String]()
        switch draft.profile {
        case .prfaq:
            for p in Anatomy.PRPart.allCases where a.hasPressRelease || a.faqSections.isEmpty { (a.prParts[p] != nil ? { found.append(p.rawValue) } : { missing.append(p.rawValue) })() }
            for k in [Anatomy.FAQKind.external, .internal] {
                let has = a.hasFAQ(k)
                (has ? { found.append("\(k.rawValue) FAQ") } : { missing.append("\(k.rawValue) FAQ") })()
            }
        case .narrative:
            for p in Anatomy.NarrativePart.allCases { (a.narrativeParts[p] != nil ? { found.append(p.rawValue) } : { missing.append(p.rawValue) })() }
        case .star:
            // A bank lists each story's parts under its title; a single story lists them bare.
            for story in a.stories {
                let prefix = a.stories.count > 1 ? (story.title ?? "story") + ": " : ""
                for p in Anatomy.StarPart.allCases {
                    if story.parts[p] != nil { found.append(prefix + p.rawValue) } else { missing.append(prefix + p.rawValue) }
                }
            }
            if a.stories.isEmpty { missing = Anatomy.StarPart.allCases.map(\.rawValue) }
        }
        partsFound = found
        if draft.profile == .prfaq, let required = requiredPRParts {
            let optional = Set(Anatomy.PRPart.allCases.map(\.rawValue)).subtracting(required)
            partsMissing = missing.filter { !optional.contains($0) }
            partsNotRequired = missing.filter { optional.contains($0) }
        } else {
            partsMissing = missing
            partsNotRequired = []
        }
        principles = LeadershipPrinciples.named(in: draft).map(\.name)
        evidence = draft.evidence
        anatomy = AnatomySummary(draft)
        promptCoverage = (given ?? draft.prompt)?.coverage(in: draft).map { part, section in
            guard let section else { return (part.text, nil, nil) }
            let s = draft.sections[section]
            let title = s.heading.map { draft.units[$0].text } ?? "(before the first heading)"
            let line = s.heading.map { draft.document.line(ofBlock: draft.units[$0].block) }
                ?? s.ownUnits.first.map { draft.document.line(ofBlock: draft.units[$0].block) }
            return (part.text, title, line)
        } ?? []
    }

    public var json: [String: Any] {
        [
            "profile": profile.rawValue, "audience": audience.rawValue, "audienceEvidence": audienceEvidence, "words": words, "sentences": sentences,
            "pages": pages.oneDecimal, "readingGrade": grade.oneDecimal,
            "readingEase": ease.oneDecimal, "averageSentenceWords": averageSentence.oneDecimal,
            "figures": figures, "sentencesWithFigures": sentencesWithFigures,
            "sections": sections.map { ["title": $0.title, "level": $0.level, "words": $0.words, "sentences": $0.sentences,
                                        "readingGrade": $0.grade.oneDecimal] as [String: Any] },
            "partsFound": partsFound, "partsMissing": partsMissing, "partsNotRequired": partsNotRequired, "principles": principles, "evidence": evidence, "anatomy": anatomy.json,
        ].merging(notJudged.isEmpty ? [:] : ["notJudged": notJudged.map { ["rule": $0.rule, "minWords": $0.minWords] as [String: Any] }]) { a, _ in a }
        .merging(promptCoverage.isEmpty ? [:] : ["prompt": promptCoverage.map { c in
            ["part": c.part, "answeredIn": c.section.map { ["section": $0, "line": c.line ?? 0] as [String: Any] } ?? NSNull()] as [String: Any]
        }]) { a, _ in a }
    }

    /// Below this many words a reading grade says nothing (one word can grade -3.4): the text shows none.
    static let gradedWords = 20

    public func text(path: String) -> String {
        func f(_ d: Double) -> String { String(d.oneDecimal) }
        var s = "\(path) (\(profile.rawValue))\n"
        s += "  why this profile    \(evidence.isEmpty ? "by default" : evidence.joined(separator: "; "))\n"
        s += "  audience            \(audience.rawValue) (\(audienceEvidence.joined(separator: "; ")))\n"
        s += "  words               \(words)\n"
        s += "  sentences           \(sentences) (average \(f(averageSentence)) words)\n"
        s += "  est. pages          \(f(pages)) (at \(Int(Self.wordsPerPage)) words a page)\n"
        s += "  reading grade       \(f(grade)) (Flesch–Kincaid; reading ease \(f(ease)))\n"
        s += "  data claims         \(figures) figures in \(sentencesWithFigures) of \(sentences) sentences\n"
        s += "  parts found         \(partsFound.isEmpty ? "none" : partsFound.joined(separator: ", "))\n"
        s += "  parts missing       \(partsMissing.isEmpty ? "none" : partsMissing.joined(separator: ", "))\n"
        if !partsNotRequired.isEmpty { s += "  not found, optional \(partsNotRequired.joined(separator: ", "))\n" }
        if !principles.isEmpty { s += "  principles named    \(principles.joined(separator: ", "))\n" }
        if let least = notJudged.map(\.minWords).min() {
            s += "  not judged          \(notJudged.map(\.rule).joined(separator: ", ")) (they judge drafts of \(least)+ words, or a profile you set)\n"
        }
        if !promptCoverage.isEmpty {
            s += "  prompt\n"
            for c in promptCoverage {
                s += "    \(c.part)  ← " + (c.section.map { "\($0) (line \(c.line ?? 0))" } ?? "not answered") + "\n"
            }
        }
        s += "  sections\n"
        for sec in sections {
            let title = String(repeating: "  ", count: max(sec.level - 1, 0)) + sec.title
            // A heading that only groups the sections under it ("## External FAQ") is outline, not text:
            // "0 words, no sentences" read as a fault.
            if sec.words == 0 && sec.sentences == 0 { s += "    \(title)\n"; continue }
            s += "    \(title.count > 40 ? String(title.prefix(39)) + "…" : title.padding(toLength: 40, withPad: " ", startingAt: 0)) \(String(sec.words).leftPad(5)) \(sec.words == 1 ? "word " : "words")  \(sec.sentences == 0 ? "no sentences" : sec.words < Self.gradedWords ? "too short to grade" : "grade " + f(sec.grade))\n"
        }
        return s
    }
}

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}
