import LintCore

/// The structure rules that are code (the word-list rules come from Rules/Lists); `prfaq rules` lists every rule by id.
enum StructureRules {
    static let all: [any Rule] = [
        MissingSection(), SectionOrder(), HeadlineLength(), MissingDateline(), FAQUnanswered(), FAQNotQuestion(),
        PressReleaseLength(), DocumentLength(), PurposeUpFront(), ExecutionPlan(), PromptCoverage(), EvasiveAnswer(),
    ]
}
