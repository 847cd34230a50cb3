import LintCore

/// The clarity rules that are code (the word-list rules come from Rules/Lists); `prfaq rules` lists every rule by id.
enum ClarityRules {
    static let all: [any Rule] = [UndefinedAcronym(), PassiveVoice(), StackedHedges(), ReadingGrade(), TeamVocabulary()]
}
