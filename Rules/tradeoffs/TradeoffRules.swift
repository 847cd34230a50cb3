import PRFAQKit

/// The tradeoffs rules, in the order `prfaq rules` shows them.
enum TradeoffRules {
    static let all: [any Rule] = [InternalFAQCoverage()]
}
