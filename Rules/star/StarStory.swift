import PRFAQKit

/// What the star rules share about a story's parts: which units a reader hears, and how many words.
enum StarStory {
    /// The four parts every STAR answer needs, in speaking order.
    static let core: [Anatomy.StarPart] = [.situation, .task, .action, .result]

    /// Units of a part that are spoken: the part's headings are labels, not part of the answer.
    static func spokenUnits(_ part: Anatomy.Part, in draft: Draft) -> [Int] {
        part.units.filter { $0 < draft.units.count && !draft.units[$0].isHeading }
    }

    /// Words a part contributes when spoken.
    static func words(_ part: Anatomy.Part, in draft: Draft) -> Int {
        spokenUnits(part, in: draft).reduce(0) { $0 + draft.units[$1].wordCount }
    }

    /// The Action's units and, for each, which tokens sit in quotation marks: a quoted colleague's
    /// "we" or "I would" is reported speech, not the candidate's account of what they did.
    static func actionUnits(_ draft: Draft) -> [(index: Int, quoted: [Bool])] {
        guard let action = draft.anatomy.starParts[.action] else { return [] }
        return spokenUnits(action, in: draft).compactMap { i in
            let u = draft.units[i]
            return u.inQuote ? nil : (i, u.quotedTokens)
        }
    }
}
