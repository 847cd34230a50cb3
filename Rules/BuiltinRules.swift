import LintCore

/// Every rule prfaq ships: the coded ones and the word lists of Rules/Lists.
public enum BuiltinRules {
    /// Each category folder lists its own rules.
    public static let coded: [any Rule] = StructureRules.all + ConcisionRules.all + ClarityRules.all + DataRules.all
        + CustomerRules.all + TradeoffRules.all + StarRules.all + PrinciplesRules.all + MarkdownRules.all

    /// The word-list rules of Rules/Lists, compiled into the binary by `make lists`.
    public static var lists: [any Rule] { BuiltinLists.rules }

    public static let all: [any Rule] = (coded + lists).sorted { $0.description.id < $1.description.id }
}
