import PRFAQKit

/// The markdown rules, in the order `prfaq rules` shows them.
enum MarkdownRules {
    static let all: [any Rule] = [
        HeadingIncrement(),
        EmptyHeading(),
        BulletOnlySection(),
        Emoji(),
        Exclamation(),
    ]
}
