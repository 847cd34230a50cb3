import LintCore

/// The data rules that are code (the word-list rules come from Rules/Lists); `prfaq rules` lists every rule by id.
enum DataRules {
    static let all: [any Rule] = [UnquantifiedClaim(), MissingBaseline(), InconsistentFigure(), MetricWithoutTarget(), NumberWithoutUnit()]
}
