import PRFAQKit

/// Every rule prfaq ships: the coded ones and the word lists of Rules/Lists.
public enum BuiltinRules {
    /// Each category folder lists its own rules.
    public static let coded: [any Rule] = StructureRules.all + ConcisionRules.all + ClarityRules.all + DataRules.all
        + CustomerRules.all + TradeoffRules.all + StarRules.all + PrinciplesRules.all + MarkdownRules.all

    /// The word-list rules, parsed once from the YAML the binary carries.
    public static let lists: [any Rule] = {
        let parser = PackParser()
        return BuiltinLists.files.compactMap { file in
            do { return try parser.parse(file.yaml, file: "Rules/Lists/" + file.name) } catch {
                // A broken built-in list is a build mistake; the list test reports it with its line.
                return nil
            }
        }
    }()

    public static var all: [any Rule] {
        (coded + lists).sorted { $0.description.id < $1.description.id }
    }
}
