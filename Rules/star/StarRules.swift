import PRFAQKit

/// The star rules, in the order `prfaq rules` shows them.
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
