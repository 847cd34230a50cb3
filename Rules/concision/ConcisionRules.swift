import LintCore

/// The concision rules that are code (the word-list rules come from Rules/Lists); `prfaq rules` lists every rule by id.
enum ConcisionRules {
    static let all: [any Rule] = [LongSentence(), LongParagraph(), AverageSentenceLength(), RepeatedPhrase()]
}
