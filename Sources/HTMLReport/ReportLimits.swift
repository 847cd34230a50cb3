import DraftAnatomy
import LintCore

/// The word budgets the report draws, read from the length rules' effective options (configuration and
/// front matter applied), so the chart and the findings agree on what is too long. A budget whose rule is
/// not in the linter is not drawn.
public struct ReportLimits: Sendable, Equatable {
    public var pressReleaseWords: Int?
    public var faqWords: Int?
    public var narrativeWords: Int?
    public var storyWords: Int?
    public var wordsPerPage: Int

    /// How fast a STAR answer is spoken, to state a story's budget in minutes.
    static let spokenWordsPerMinute = 150

    public init(linter: Linter, config: Configuration) {
        func number(_ rule: String, _ name: String) -> Double? { linter.option(name, of: rule, in: config)?.number }
        let perPage = max(number("structure/document-length", "words-per-page") ?? DraftStats.wordsPerPage, 1)
        wordsPerPage = Int(perPage)
        pressReleaseWords = number("structure/press-release-length", "max-words").map { Int($0) }
        faqWords = number("structure/document-length", "faq-pages").map { Int(($0 * perPage).rounded()) }
        narrativeWords = number("structure/document-length", "narrative-pages").map { Int(($0 * perPage).rounded()) }
        storyWords = number("star/story-length", "max-words").map { Int($0) }
    }
}
