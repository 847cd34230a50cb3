import LintCore

/// The star rules that are code (the word-list rules come from Rules/Lists); `prfaq rules` lists every rule by id.
enum StarRules {
    static let all: [any Rule] = [
        WeInsteadOfI(),
        HypotheticalAction(),
        UnquantifiedResult(),
        PartBalance(),
        NoLearning(),
        StoryLength(),
    ]
}
