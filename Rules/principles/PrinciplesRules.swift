import LintCore

/// The principles rules that are code (the word-list rules come from Rules/Lists); `prfaq rules` lists every rule by id.
enum PrinciplesRules {
    static let all: [any Rule] = [
        PrincipleWithoutEvidence(),
        PrincipleNotShown(),
    ]
}
