import PRFAQKit

/// The structure rules, in the order `prfaq rules` shows them.
enum StructureRules {
    static let all: [any Rule] = [
        MissingSection(), SectionOrder(), HeadlineLength(), MissingDateline(), FAQUnanswered(), FAQNotQuestion(),
        PressReleaseLength(), DocumentLength(), PurposeUpFront(), ExecutionPlan(),
    ]
}
