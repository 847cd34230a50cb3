import PRFAQKit

/// The clarity rules, in the order `prfaq rules` shows them.
enum ClarityRules {
    static let all: [any Rule] = [UndefinedAcronym(), PassiveVoice(), StackedHedges(), ReadingGrade()]
}
