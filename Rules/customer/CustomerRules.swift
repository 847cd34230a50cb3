import LintCore

/// The customer rules that are code (the word-list rules come from Rules/Lists); `prfaq rules` lists every rule by id.
enum CustomerRules {
    static let all: [any Rule] = [ProblemBeforeSolution(), NoCustomerProblem(), WeOverYou(), GenericQuote(), NoEvidence(), NoSegment(), TechnologyFirst()]
}
