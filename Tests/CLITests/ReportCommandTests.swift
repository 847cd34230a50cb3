import Foundation
import XCTest

/// `prfaq report DRAFT [-o FILE]` and `prfaq lint --format markdown` as a user runs them.
final class ReportCommandTests: CLITestCase {
    let weasel = "# Title\n\nDelivery will drop significantly for rural customers.\n"
    let storyMissingResult = "## Situation\n\nI led it.\n\n## Task\n\nFix it.\n\n## Action\n\nI fixed it.\n"

    func testReportWritesOneSelfContainedFile() throws {
        let draft = try write("x.md", weasel)
        let r = try prfaq(["report", draft, "-o", "out.html"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "")
        XCTAssertEqual(r.stderr, "")
        let html = try String(contentsOf: dir.appendingPathComponent("out.html"), encoding: .utf8)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        XCTAssertTrue(html.contains("<mark class=\"f-warning\" id=\"f1\""), html)
        XCTAssertTrue(html.contains("significantly</mark>"))
        XCTAssertTrue(html.contains("<style>"))
        XCTAssertFalse(html.lowercased().contains("<script"))
        XCTAssertFalse(html.contains("<link "))
        // Relative paths work from the working folder too, and --output is the long form.
        XCTAssertEqual(try prfaq(["report", "x.md", "--output", "again.html"]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("again.html").path))
    }

    func testReportWithoutOutputWritesToStandardOutput() throws {
        try write("x.md", weasel)
        let r = try prfaq(["report", "x.md"])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(r.stdout.hasSuffix("</html>\n"))
        let piped = try prfaq(["report", "-", "--stdin-filename", "piped.md"], stdin: weasel)
        XCTAssertEqual(piped.status, 0)
        XCTAssertTrue(piped.stdout.contains("prfaq report · piped.md"), piped.stdout)
    }

    func testReportExitCodesFollowLint() throws {
        try write("story.md", storyMissingResult)
        let errors = try prfaq(["report", "--profile", "star", "story.md", "-o", "story.html"])
        XCTAssertEqual(errors.status, 1, "lint errors exit 1, and the report is still written")
        let html = try String(contentsOf: dir.appendingPathComponent("story.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<sup class=\"badge f-error\""), "a missing part is a badge")
        XCTAssertTrue(html.contains("id=\"chart-star\""))

        let missing = try prfaq(["report", "nope.md", "-o", "nope.html"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("nope.md"), missing.stderr)
        XCTAssertEqual(missing.stderr.split(separator: "\n").count, 1, missing.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("nope.html").path))

        try FileManager.default.createDirectory(at: dir.appendingPathComponent("folder.md"), withIntermediateDirectories: true)
        let folder = try prfaq(["report", "folder.md"])
        XCTAssertEqual(folder.status, 2)
        XCTAssertTrue(folder.stderr.contains("folder.md: is a directory"), folder.stderr)

        try write("x.md", weasel)
        let unwritable = try prfaq(["report", "x.md", "-o", "no/such/dir/out.html"])
        XCTAssertEqual(unwritable.status, 2)
        XCTAssertTrue(unwritable.stderr.contains("no/such/dir/out.html"), unwritable.stderr)

        XCTAssertEqual(try prfaq(["report"]).status, 2, "the draft is required")
        XCTAssertEqual(try prfaq(["report", "x.md", "--config", "none.yml"]).status, 2)
        let help = try prfaq(["report", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("--output"), help.stdout)
    }

    /// The page is called by the draft's headline; a count of nothing is not painted as an alarm.
    func testTheTitleIsTheHeadlineAndZeroIsNotRed() throws {
        let a = try write("a.md", "# Shoppers Reorder in Two Taps\n\nSEATTLE — Today we launch reorder. It will drop significantly.\n")
        let html = try prfaq(["report", a]).stdout
        XCTAssertTrue(html.contains("<title>Shoppers Reorder in Two Taps · prfaq report</title>"), html)
        XCTAssertTrue(html.contains("<li class=\"t-none\">0 errors</li>"), html)
        XCTAssertFalse(html.contains("<li class=\"t-error\">0 errors</li>"))
    }

    func testLintFormatMarkdown() throws {
        let a = try write("a.md", weasel)
        let r = try prfaq(["lint", "--format", "markdown", a, "missing.md"])
        XCTAssertEqual(r.status, 2)
        // The missing file is listed apart and counts in no total.
        XCTAssertTrue(r.stdout.hasPrefix("## prfaq: 0 errors, 1 warning, 0 suggestions in 1 file\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("| Line | Severity | Rule | Message |"))
        XCTAssertTrue(r.stdout.contains("| 3 | warning | `concision/weasel-word` |"), r.stdout)
        XCTAssertTrue(r.stdout.contains("**Could not be linted:**"))
        XCTAssertEqual(try prfaq(["lint", "--format", "markdown", a]).status, 0)
    }
}
