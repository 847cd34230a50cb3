import DraftAnatomy
import Text

/// What the star rules share about a story's parts: which words a listener hears, and how findings name
/// the story they are about.
enum StarStory {
    /// The four parts every STAR answer needs, in speaking order.
    static let core: [Anatomy.StarPart] = [.situation, .task, .action, .result]

    /// The stories a rule judges one by one. Each sets the context's story, so findings carry its title.
    static func stories(_ draft: Draft) -> [Anatomy.Story] { draft.anatomy.stories }

    /// Names the story in a finding's message when the file holds several ("story \"Ownership\": …").
    static func say(_ message: String, _ story: Anatomy.Story) -> String {
        guard let t = story.title else { return message }
        return "story \"\(t)\": " + message
    }

    /// Whether a token lies inside the part's scalars of its unit.
    static func inside(_ t: Token, _ scalars: Range<Int>) -> Bool {
        t.range.lowerBound >= scalars.lowerBound && t.range.upperBound <= scalars.upperBound
    }

    /// Words a part contributes when spoken (its headings are labels, not part of the answer).
    static func words(_ part: Anatomy.Part, in draft: Draft) -> Int {
        var n = 0
        for (i, r) in draft.spokenScalars(of: part) {
            for t in draft.units[i].tokens where t.kind != .symbol && inside(t, r) { n += 1 }
        }
        return n
    }

    /// The Action's units, each with which tokens sit in quotation marks (a quoted colleague's "we" or
    /// "I would" is reported speech, not the candidate's account) and which belong to the Action.
    static func actionUnits(_ story: Anatomy.Story, _ draft: Draft) -> [(index: Int, quoted: QuoteList, scalars: Range<Int>)] {
        guard let action = story.parts[.action] else { return [] }
        return draft.spokenScalars(of: action).compactMap { (i, r) in
            let u = draft.units[i]
            return u.inQuote ? nil : (i, u.quotedTokens, r)
        }
    }
}
