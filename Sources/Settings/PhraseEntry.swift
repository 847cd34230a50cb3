import DraftAnatomy
import LintCore

/// One word or phrase of a list, with the conditions that keep it from firing on good writing.
public struct PhraseEntry: Sendable, Equatable {
    /// Lower-case word keys, e.g. ["in", "order", "to"].
    public let words: [String]
    /// Substitution: what to write instead ("" means delete). nil for plain existence.
    public let replacement: String?
    /// Entry-specific advice; overrides the list's help.
    public let help: String?
    /// Entry-specific message; overrides the list's, for a phrase the list's message does not fit
    /// ("state the number" does not fit "fairly simple").
    public let message: String?
    /// Skip when the sentence already carries a figure ("40% more" is quantified).
    public let unlessFigure: Bool
    /// Skip when the previous word is one of these ("too many").
    public let notAfter: Set<String>
    /// Skip when the next word is one of these ("more than 3" is handled by a figure; "may I").
    public let notBefore: Set<String>
    /// Skip when a number follows ("May 2027") or the word is capitalised mid-sentence (a name).
    public let notNameOrDate: Bool
    /// Only when a number follows ("up to 40%"), so "added up to" and "up to you" pass.
    public let beforeNumber: Bool
    /// A modal ("could", "might"): not a hedge in a condition or its consequence, in a sentence that
    /// states a risk, or where the draft discusses risks and alternatives (`Modality`, `RiskContext`).
    public let modal: Bool
    /// Skip when what follows in the sentence says what it means: a colon, "such as", "including",
    /// "e.g.", a parenthesis ("best practices: rotate keys every 90 days").
    public let unlessExplained: Bool
    /// Only when a content word follows, which the phrase then modifies ("faster deployments"), not
    /// "do more when" or "explain it better and" (`FunctionWords`).
    public let modifiesNext: Bool
    /// The replacement is a noun for a phrase that may stand as an adjective ("Customer Obsessed" →
    /// "Customer Obsession"): the fix applies only where a noun fits, elsewhere the finding advises,
    /// so "we are Customer Obsessed" never becomes "we are Customer Obsession".
    public let nounReplacement: Bool
    /// A comparative quiet when the sentence names what it is compared with ("more YAML than Markdown").
    public let unlessCompared: Bool
    /// A quantity word quiet before an adverb or adjective, where it makes a superlative ("most
    /// importantly", "the incidents most similar to").
    public let quantityOnly: Bool
    /// Only when written as a name, its first and last words capitalised ("Bias to Action"): in lower
    /// case, "customer-obsessed" and "leaders are right a lot" are ordinary English.
    public let asName: Bool
    /// Only before a claimed figure: a percentage, a multiple or money ("up to 40%", "up to $200"), not
    /// a limit stated as a count ("up to 20 indexes").
    public let beforeClaimFigure: Bool
    /// The one audience the phrase is a finding for ("ecosystem" is jargon to a general reader and a
    /// term of art to a developer); nil for every audience.
    public let audience: Audience?
    /// The phrase's own severity when it is surer or less sure than the list ("more" is a suggestion
    /// where "significantly" is a warning); applies while the rule keeps its default severity.
    public let severity: Severity?
    /// Where it counts: anywhere, only inside quotation marks, or only outside them.
    public let placement: Placement

    public enum Placement: String, Sendable { case anywhere, quotes, prose }

    public init(words: [String], replacement: String? = nil, help: String? = nil, message: String? = nil, unlessFigure: Bool = false,
                notAfter: Set<String> = [], notBefore: Set<String> = [], notNameOrDate: Bool = false,
                beforeNumber: Bool = false, modal: Bool = false, unlessExplained: Bool = false, modifiesNext: Bool = false, nounReplacement: Bool = false, unlessCompared: Bool = false,
                quantityOnly: Bool = false, asName: Bool = false, beforeClaimFigure: Bool = false,
                audience: Audience? = nil, severity: Severity? = nil,
                placement: Placement = .anywhere) {
        self.words = words
        self.replacement = replacement
        self.help = help
        self.message = message
        self.unlessFigure = unlessFigure
        self.notAfter = notAfter
        self.notBefore = notBefore
        self.notNameOrDate = notNameOrDate
        self.beforeNumber = beforeNumber
        self.modal = modal
        self.unlessExplained = unlessExplained
        self.modifiesNext = modifiesNext
        self.nounReplacement = nounReplacement
        self.unlessCompared = unlessCompared
        self.quantityOnly = quantityOnly
        self.asName = asName
        self.beforeClaimFigure = beforeClaimFigure
        self.audience = audience
        self.severity = severity
        self.placement = placement
    }
}
