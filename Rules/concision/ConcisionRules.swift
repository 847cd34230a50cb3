import PRFAQKit

/// The concision rules, in the order `prfaq rules` shows them.
enum ConcisionRules {
    static let all: [any Rule] = [LongSentence(), LongParagraph(), AverageSentenceLength(), RepeatedPhrase()]
}
