import DraftAnatomy
import LintCore
@testable import PRFAQRules
import XCTest

/// `customer/no-evidence` reads a draft's figures: the forms real drafts give their evidence in count,
/// the business's own numbers and its targets do not. Each case is one sentence in the same long draft.
final class EvidenceTests: XCTestCase {
    func rule() throws -> any Rule { try XCTUnwrap(BuiltinRules.all.first { $0.description.id == "customer/no-evidence" }) }

    /// A PR/FAQ long enough to be judged, whose only candidate evidence is `sentence`, in `section`.
    func draft(_ sentence: String, section: String = "Why now?") -> String {
        "# Tutorline\n\n## Press Release\n\nTutorline finds a tutor for a homework question in minutes.\n\n## FAQ\n\n### \(section)\n\n\(sentence)\n\n"
            + "### What else?\n\n" + ExampleProse.sentences(100) + "\n"
    }

    func reported(_ sentence: String, section: String = "Why now?", audience: Audience = .general) throws -> Bool {
        !lint(draft(sentence, section: section), rule: try rule(), profile: .prfaq, audience: audience).isEmpty
    }

    /// A design for developers keeps its demand in the tracking issue: the check is for a general reader.
    func testATechnicalAudienceIsNotAsked() throws {
        XCTAssertTrue(try reported("Students like the idea."))
        XCTAssertFalse(try reported("Students like the idea.", audience: .technical))
    }

    func testFormsOfEvidenceCount() throws {
        for evidence in [
            "In our March survey, 41% of 1,200 parents said homework help ran out after 6 PM.",
            "The tracking issue has 43 +1s, more than any other request.",
            "Business development has more than 30 strong prospects.",
            "The marketplace serves millions of job seekers.",
            "In 2026, 38% of callers reached a busy signal.",
            "Students wait 2 days for an answer from the school office.",
            "Finding a tutor by phone costs a parent 40 minutes on a school night.",
        ] {
            XCTAssertFalse(try reported(evidence), evidence)
        }
    }

    func testTheBusinesssOwnNumbersAndTargetsDoNot() throws {
        XCTAssertTrue(try reported("The app costs $12 a month, and a student who cancels keeps 30 days of access."))
        XCTAssertTrue(try reported("We tested the matcher on 3,000 past questions; 91% of them found a tutor."))
        XCTAssertTrue(try reported("The build takes a team of 5 engineers and 1 designer 6 months."))
        XCTAssertTrue(try reported("By December 31, 2027, 8,000 students finish 3 calls.", section: "How will we measure success?"))
        XCTAssertTrue(try reported("The video service has capacity for 3,000 calls at once.", section: "What are the dependencies?"))
    }

    /// "Who is the customer?" answers the question only when it sizes the customers.
    func testWhoIsTheCustomerCountsWhenItSizesThem() throws {
        XCTAssertTrue(try reported("Students in grades 6 to 12 who study at night, in one or two subjects.", section: "Who is the customer?"))
        XCTAssertFalse(try reported("Students in grades 6 to 12: 2.1 million of them in the state.", section: "Who is the customer?"))
    }
}
