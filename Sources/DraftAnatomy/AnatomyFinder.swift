import Markdown
import Text

/// Finds the parts of a draft: the FAQs by their labels, the press release when something shows there is
/// one, narrative sections by their headings, and STAR stories. Metadata and template furniture are set
/// aside first, so an "Author:" line is never a headline and "**API Bar Raiser**" never press-release prose.
struct AnatomyFinder {
    let units: [ProseUnit]
    let sections: [Section]
    let document: Document

    func find() -> Anatomy {
        var a = Anatomy()
        a.furniture = furniture()
        FAQFinder(units: units, sections: sections, document: document).find(&a)
        var release = PressReleaseFinder(units: units, sections: sections, document: document, furniture: a.furniture)
        release.find(&a)
        findNarrativeParts(&a)
        StarFinder(units: units, sections: sections, document: document).find(&a)
        return a
    }

    private func findNarrativeParts(_ a: inout Anatomy) {
        for s in sections {
            guard let heading = s.heading else { continue }
            // "Appendix A: Pilot results" is an appendix too.
            let part = PartNames.match(s.key, in: PartNames.narrativeIndex) ?? (s.key.hasPrefix("appendix ") ? .appendix : nil)
            if let part, a.narrativeParts[part] == nil {
                a.narrativeParts[part] = .init(marker: heading, units: heading..<s.allUnits.upperBound, labelled: true)
            }
        }
    }

    // MARK: furniture

    /// Metadata lines ("Author: …", "* **Tracking Issue**: #12", "Status: Draft"), GitHub callouts
    /// (`> [!NOTE]`) and the units around them that are not the writer's prose.
    private func furniture() -> Set<Int> {
        var out = Set<Int>()
        var guidance = [Int: Bool]()  // block quote → whether it holds template guidance
        for (i, u) in units.enumerated() where !u.isHeading {
            if isMetadata(u) || isCallout(u) || Self.isReleaseLine(u) { out.insert(i); continue }
            guard u.inQuote, let quote = enclosingQuote(u.block) else { continue }
            // A template's instructions sit in a block quote that opens with one ("Write one sentence…",
            // "This section should contain…"); everything in that quote is the template's.
            if guidance[quote] == nil { guidance[quote] = isInstruction(u) }
            if guidance[quote] == true { out.insert(i) }
        }
        return out
    }

    private func enclosingQuote(_ block: Int) -> Int? {
        var b = document.blocks[block].parent
        var found: Int?
        while let p = b {
            if document.blocks[p].kind == .blockQuote { found = p }
            b = document.blocks[p].parent
        }
        return found
    }

    private func isInstruction(_ u: ProseUnit) -> Bool {
        let words = u.tokens.prefix(4).filter { $0.kind == .word }.map(\.key)
        guard let first = words.first else { return false }
        if Self.instructionVerbs.contains(first) { return true }
        return words.count >= 2 && ["this", "the"].contains(first) && ["section", "template", "document"].contains(words[1])
    }

    static let instructionVerbs: Set<String> = ["write", "describe", "explain", "include", "list", "replace", "fill",
                                               "summarize", "summarise", "provide", "add", "delete", "remove", "use",
                                               "state", "outline", "insert", "enter", "answer", "note", "summarize", "summarise",
                                               "quote", "give", "tell"]

    private func isMetadata(_ u: ProseUnit) -> Bool {
        guard u.wordCount <= 30, let colon = u.tokens.prefix(7).firstIndex(where: { $0.is(":") }), colon > 0 else { return false }
        let label = Section.key(for: u.prose.string(0..<u.tokens[colon].range.lowerBound))
        return Self.metadataLabels.contains(label) || label.hasSuffix("author s") || label.hasSuffix("bar raiser")
    }

    static let metadataLabels: Set<String> = [
        "author", "authors", "original author", "original authors", "tracking issue", "api bar raiser", "bar raiser",
        "status", "date", "owner", "owners", "reviewers", "reviewer", "version", "last updated", "updated", "created",
        "source", "contributors", "approvers", "approver", "rfc", "rfc pr", "pr", "issue", "working group", "team",
        "stage", "state", "document status", "doc status", "editor", "editors", "sponsor", "drafted by", "prepared by",
        "written by", "revision", "category", "tags", "labels",
    ]

    /// "FOR IMMEDIATE RELEASE", "For release — September 2026", "Embargoed until …": the wire's line, not
    /// the headline.
    static func isReleaseLine(_ u: ProseUnit) -> Bool {
        // The count first: nearly every unit is longer, and it costs no tokens read.
        guard u.wordCount <= 8 else { return false }
        let w = u.tokens.prefix(3).filter { $0.kind == .word }.map(\.key)
        guard let first = w.first else { return false }
        if first == "embargoed" { return true }
        return first == "for" && w.count > 1 && (w[1] == "release" || (w[1] == "immediate" && w.count > 2 && w[2] == "release"))
    }

    private func isCallout(_ u: ProseUnit) -> Bool {
        guard u.inQuote, u.tokens.count >= 3, u.tokens[0].is("["), u.tokens[1].is("!") else { return false }
        return ["note", "tip", "important", "warning", "caution"].contains(u.tokens[2].key)
    }
}
