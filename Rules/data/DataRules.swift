import PRFAQKit

/// The data rules, in the order `prfaq rules` shows them.
enum DataRules {
    static let all: [any Rule] = [UnquantifiedClaim(), MissingBaseline(), InconsistentFigure(), MetricWithoutTarget()]
}
