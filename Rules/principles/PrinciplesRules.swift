import PRFAQKit

/// The principles rules, in the order `prfaq rules` shows them.
enum PrinciplesRules {
    static let all: [any Rule] = [
        PrincipleWithoutEvidence(),
    ]
}
