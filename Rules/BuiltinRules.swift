import DraftAnatomy
import LintCore
import Text

/// Every rule prfaq ships: the coded ones and the word lists of Rules/Lists.
public enum BuiltinRules {
    /// Each category folder lists its own rules.
    public static let coded: [any Rule] = StructureRules.all + ConcisionRules.all + ClarityRules.all + DataRules.all
        + CustomerRules.all + TradeoffRules.all + StarRules.all + PrinciplesRules.all + MarkdownRules.all

    /// The word-list rules of Rules/Lists, compiled into the binary by `make lists`.
    public static var lists: [any Rule] { BuiltinLists.rules }

    public static let all: [any Rule] = {
        HotWords.mark(marked)
        // Each id read once: read through the existential at every comparison, the sort cost some
        // seven hundred thousand instructions, a start-up's worth for a one-page draft.
        return (coded + lists).map { ($0.description.id, $0) }.sorted { $0.0 < $1.0 }.map { $0.1 }
    }()

    /// The word sets the rules and the anatomy walk most often, sentence by sentence, most walked first:
    /// marked on each draft's words once (`HotWords`) while the rules are made, before any draft is built.
    static var marked: [WordSet] {
        [StackedHedges.hedges, PassiveVoice.be, FigureMentions.launchWords, AudienceDetector.cues,
         MetricWithoutTarget.activity, NumberWords.all, UnquantifiedClaim.winning]
    }
}
