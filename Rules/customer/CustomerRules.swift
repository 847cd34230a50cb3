import PRFAQKit

/// The customer rules, in the order `prfaq rules` shows them.
enum CustomerRules {
    static let all: [any Rule] = [ProblemBeforeSolution(), NoCustomerProblem(), WeOverYou(), GenericQuote()]
}
