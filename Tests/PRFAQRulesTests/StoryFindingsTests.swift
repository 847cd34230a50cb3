import XCTest
import Markdown
@testable import Formats
@testable import LintCore
@testable import Session
import PRFAQRules

/// In a story bank every star finding names its story, in the message and in the JSON `story` field;
/// a file that is one story keeps its findings unnamed.
final class StoryFindingsTests: XCTestCase {
    static let bank = """
        # Stories

        ## Ownership

        **Situation:** Our build broke twice a week in 2023.
        **Task:** I owned the fix.
        **Action:** We split the build into 4 stages.
        **Result:** Failures fell from 8 a month to 1.

        ## Frugality

        **Situation:** Our team had $5,000 for travel.
        **Task:** I owned the budget.
        **Action:** I moved 3 reviews to video calls.

        """

    func run(_ text: String) -> FileResult {
        Linter(rules: BuiltinRules.all).lint(SourceFile(path: "bank.md", text: text))
    }

    func testBankFindingsNameTheirStory() throws {
        let r = run(Self.bank)
        XCTAssertEqual(r.profile, .star)
        let star = r.diagnostics.filter { $0.rule.hasPrefix("star/") || $0.rule == "structure/missing-section" }
        XCTAssertEqual(Set(star.map(\.rule)), ["star/we-instead-of-i", "structure/missing-section", "star/no-learning"])
        for d in star {
            let story = try XCTUnwrap(d.story, d.message)
            XCTAssertTrue(d.message.hasPrefix("story \"\(story)\": "), d.message)
        }
        let missing = try XCTUnwrap(star.first { $0.rule == "structure/missing-section" })
        XCTAssertEqual(missing.story, "Frugality")
        XCTAssertEqual(missing.message, "story \"Frugality\": the story has no Result")
        XCTAssertEqual(missing.start.line, 10)
        XCTAssertEqual(star.first { $0.rule == "star/we-instead-of-i" }?.start.line, 7)

        let json = try JSONSerialization.jsonObject(with: Data(JSONFormatter().format([r]).utf8)) as? [String: Any]
        let ds = ((json?["files"] as? [[String: Any]])?.first?["diagnostics"] as? [[String: Any]]) ?? []
        XCTAssertEqual(ds.filter { $0["story"] != nil }.count, star.count)
        XCTAssertEqual(ds.first { ($0["rule"] as? String) == "structure/missing-section" }?["story"] as? String, "Frugality")
    }

    func testOneStoryKeepsItsFindingsUnnamed() {
        let r = run("## Situation\n\nOur team had $5,000 for travel.\n\n## Task\n\nI owned the budget.\n\n## Action\n\nWe moved 3 reviews to video calls.\n")
        XCTAssertEqual(r.diagnostics.first { $0.rule == "structure/missing-section" }?.message, "the story has no Result")
        XCTAssertTrue(r.diagnostics.allSatisfy { $0.story == nil })
        XCTAssertFalse(JSONFormatter().format([r]).contains("\"story\""))
    }

    /// Missing parts are one finding that lists them all.
    func testMissingPartsAreOneFinding() {
        let r = run("# Story\n\n**Situation:** Our team had $5,000 for travel.\n\n**Action:** I moved 3 reviews to video calls.\n\n**Learning:** I learned to ask first.\n")
        let missing = r.diagnostics.filter { $0.rule == "structure/missing-section" }
        XCTAssertEqual(missing.map(\.message), ["the story has no Task or Result"])
        XCTAssertEqual(missing.first?.start.line, 1)
    }

    /// A story without a Result is certainly short of a part; one told as Situation, Action, Result (no
    /// Task) is the short SAR form, worth a warning.
    func testAStoryWithoutATaskIsAWarningWithoutAResultAnError() {
        let r = run("""
            # Stories

            ## Ownership

            **Situation:** Our build broke twice a week in 2023, and I owned the fix.
            **Action:** I split the build into 4 stages.
            **Result:** Failures fell from 8 a month to 1.

            ## Frugality

            **Situation:** Our team had $5,000 for travel.
            **Task:** I owned the budget.
            **Action:** I moved 3 reviews to video calls.

            """)
        let missing = r.diagnostics.filter { $0.rule == "structure/missing-section" }
        XCTAssertEqual(missing.map(\.story), ["Ownership", "Frugality"])
        XCTAssertEqual(missing.map(\.severity), [.warning, .error])
    }
}
