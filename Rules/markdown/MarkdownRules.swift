import LintCore

/// The markdown rules that are code (the word-list rules come from Rules/Lists); `prfaq rules` lists every rule by id.
enum MarkdownRules {
    static let all: [any Rule] = [
        UnknownRuleInComment(), UnusedDisable(),
        HeadingIncrement(),
        EmptyHeading(),
        BulletOnlySection(),
        Emoji(),
        Exclamation(),
        TemplatePlaceholder(),
    ]
}
