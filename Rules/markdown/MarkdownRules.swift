import PRFAQKit

/// The markdown rules, in the order `prfaq rules` shows them.
enum MarkdownRules {
    static let all: [any Rule] = [
        UnknownRuleInComment(), UnusedDisable(),
        HeadingIncrement(),
        EmptyHeading(),
        BulletOnlySection(),
        Emoji(),
        Exclamation(),
    ]
}
