import PRFAQKit

/// The trade-off rules, in the order `prfaq rules` shows them.
enum TradeoffRules {
    static let all: [any Rule] = [InternalFAQCoverage(), SoftballRiskAnswer(), NarrativeRisks()]
}
