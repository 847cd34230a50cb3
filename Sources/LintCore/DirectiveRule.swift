import DraftAnatomy

/// Rules about the suppression comments themselves. They run after every other rule, because only then
/// is it known which comments silenced something.
public protocol DirectiveRule: Rule {}

extension DirectiveRule {
    public var checksDirectives: Bool { true }
    public func check(_ draft: Draft, _ ctx: inout RuleContext) {}
}

/// What the linter learned about a draft's suppression comments.
public struct DirectiveReport: Sendable {
    /// Rule ids named in comments, with their byte ranges.
    public let named: [(id: String, range: Range<Int>)]
    /// Byte ranges of disable comments that silenced nothing.
    public let unused: [Range<Int>]
    /// Every rule id the linter knows (built-ins and loaded packs).
    public let known: [String]
}
