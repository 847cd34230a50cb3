import LintCore

/// The trade-off rules that are code (the word-list rules come from Rules/Lists); `prfaq rules` lists every rule by id.
enum TradeoffRules {
    static let all: [any Rule] = [InternalFAQCoverage(), SoftballRiskAnswer(), NarrativeRisks(), EmptyAnswer()]
}
