import Foundation
import TestSupport
import XCTest

/// "Only tell me about what I changed": `--since REF`, `--staged` and baselines, on temporary git
/// repositories holding an old draft with many findings.
final class ChangedLinesTests: CLITestCase {
    /// A PR/FAQ with a dozen old findings (hype, jargon, wordy phrases) and every part in place.
    static let oldDraft = """
        # Reorder Brings Back Your Weekly Groceries

        SEATTLE — May 3, 2027 — Pantry Pal today launched Reorder, a seamless way to leverage last week's basket.

        Shoppers who buy the same staples every week rebuild the basket by hand, in order to avoid running out.

        "We are thrilled," said Dana Ruiz, head of product at Pantry Pal. "Reorder saves time."

        "I reorder in two taps," said Sam Ortiz, a shopper in Tacoma.

        Reorder is available today at pantrypal.example/reorder.

        ## FAQ

        ### What does it cost?

        Reorder is free for members.

        ## Internal FAQ

        ### What are the risks?

        Shoppers may reorder items they no longer want; the basket opens for review before it is sent.

        """

    func git(_ command: String) throws {
        let r = try shell("export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@e GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@e; \(command)")
        XCTAssertEqual(r.status, 0, "\(command): \(r.stderr)")
    }

    func repo() throws {
        try git("git init -q . && git config commit.gpgsign false")
        try write("drafts/reorder.md", Self.oldDraft)
        try write("drafts/other.md", "# Other\n\nIt is a seamless, best-in-class plan.\n")
        try git("git add -A && git commit -qm old")
    }

    func lines(_ run: Run) throws -> [Int] {
        diagnostics(try json(run)).compactMap { $0["line"] as? Int }.sorted()
    }

    func testAOneLineChangeReportsOnlyThatLine() throws {
        try repo()
        let old = try prfaq(["lint", "--format", "json", "drafts"], cwd: dir)
        XCTAssertGreaterThan(diagnostics(try json(old)).count, 5, "the old draft has many findings")
        var text = Self.oldDraft
        text = text.replacingOccurrences(of: "Reorder is free for members.", with: "Reorder is free for members, and we leverage synergies.")
        try write("drafts/reorder.md", text)
        let r = try prfaq(["lint", "--since", "HEAD", "--format", "json"], cwd: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try lines(r), [17, 17], r.stdout)
        XCTAssertTrue(r.stderr.contains("2 new findings since HEAD"), r.stderr)
        XCTAssertTrue(r.stderr.contains("already there) in 1 changed draft"), r.stderr)
    }

    func testANewMissingPartIsReportedAnOldOneIsNot() throws {
        try repo()
        // Dropping the internal FAQ is a finding about the whole document that the draft did not have.
        let cut = Self.oldDraft.components(separatedBy: "## Internal FAQ")[0]
        try write("drafts/reorder.md", cut)
        let r = try prfaq(["lint", "--since", "HEAD", "--format", "json"], cwd: dir)
        let found = diagnostics(try json(r)).map { $0["message"] as? String ?? "" }
        XCTAssertEqual(found, ["the document has no internal FAQ"], r.stdout)
        // other.md has no FAQ at all, at the base and now: unchanged files are skipped.
        XCTAssertFalse(r.stdout.contains("other.md"))
    }

    func testARenameIsFollowed() throws {
        try repo()
        try git("git mv drafts/reorder.md drafts/weekly.md")
        try write("drafts/weekly.md", Self.oldDraft + "\nWe leverage it.\n")
        let r = try prfaq(["lint", "--since", "HEAD", "--format", "json"], cwd: dir)
        let d = diagnostics(try json(r))
        XCTAssertEqual(d.map { $0["rule"] as? String ?? "" }, ["clarity/jargon"], r.stdout)
        XCTAssertTrue(r.stdout.contains("drafts/weekly.md"), r.stdout)
    }

    func testStagedLintsTheIndexNotTheWorkingTree() throws {
        try repo()
        try write("drafts/reorder.md", Self.oldDraft + "\nWe leverage it.\n")
        try git("git add drafts/reorder.md")
        // The working copy is clean again, but the commit would add the jargon.
        try write("drafts/reorder.md", Self.oldDraft)
        let r = try prfaq(["lint", "--staged", "--format", "json"], cwd: dir)
        XCTAssertEqual(diagnostics(try json(r)).map { $0["rule"] as? String ?? "" }, ["clarity/jargon"], r.stdout)
        XCTAssertTrue(r.stderr.contains("since the last commit"), r.stderr)
    }

    func testStatsSinceShowsEachDimensionThenAndNow() throws {
        try repo()
        try write("drafts/reorder.md", Self.oldDraft + "\nWe leverage it.\n")
        let r = try prfaq(["stats", "--since", "HEAD", "--format", "json", "drafts/reorder.md"], cwd: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        let change = try XCTUnwrap(try json(r)["change"] as? [String: Any])
        let clarity = try XCTUnwrap((change["dimensions"] as? [String: Any])?["clarity"] as? [String: Int])
        XCTAssertEqual(clarity["now"], (clarity["then"] ?? 0) + 1)
        let text = try prfaq(["stats", "--since", "HEAD", "drafts/reorder.md"], cwd: dir)
        XCTAssertTrue(text.stdout.contains("  since HEAD\n"), text.stdout)
        XCTAssertTrue(text.stdout.contains("clarity: \(clarity["then"] ?? 0) → \(clarity["now"] ?? 0) findings"), text.stdout)
        XCTAssertEqual(try prfaq(["stats", "--since", "nope", "drafts/reorder.md"], cwd: dir).status, 2)
    }

    /// `baseline:` in .prfaq.yml applies to every lint, from the root or a subfolder; naming a baseline
    /// on the command line replaces it.
    func testAConfiguredBaselineAppliesFromAnyFolder() throws {
        try write(".prfaq.yml", "baseline: .prfaq-baseline.json  # accepted findings\n")
        try write("drafts/reorder.md", Self.oldDraft)
        XCTAssertEqual(try prfaq(["lint", "--write-baseline", ".prfaq-baseline.json", "drafts"], cwd: dir).status, 0)
        XCTAssertEqual(diagnostics(try json(try prfaq(["lint", "--format", "json", "drafts"], cwd: dir))).count, 0)
        let sub = dir.appendingPathComponent("drafts")
        XCTAssertEqual(diagnostics(try json(try prfaq(["lint", "--format", "json", "."], cwd: sub))).count, 0)
        try write("drafts/reorder.md", Self.oldDraft + "\nWe leverage it.\n")
        XCTAssertEqual(diagnostics(try json(try prfaq(["lint", "--format", "json", "reorder.md"], cwd: sub))).map { $0["rule"] as? String ?? "" },
                       ["clarity/jargon"])
        let explicit = try prfaq(["lint", "--baseline", "none.json", "drafts"], cwd: dir)
        XCTAssertEqual(explicit.status, 2, "a named baseline that is missing is an error")
        try write("fm/draft.md", "---\nprfaq:\n  baseline: b.json\n---\n# T\n\nText in 2027.\n")
        let fm = try prfaq(["lint", "fm/draft.md"], cwd: dir)
        XCTAssertEqual(fm.status, 2)
        XCTAssertTrue(fm.stderr.contains("baseline is not allowed in front matter"), fm.stderr)
    }

    func testABadRefIsAUsageError() throws {
        try repo()
        let r = try prfaq(["lint", "--since", "no-such-ref"], cwd: dir)
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("--since no-such-ref: git diff:"), r.stderr)
        XCTAssertEqual(try prfaq(["lint", "--since", "HEAD", "--staged"], cwd: dir).status, 2)
    }

    func testABaselineSurvivesLinesInsertedAboveAndPrunes() throws {
        try write("reorder.md", Self.oldDraft)
        let wrote = try prfaq(["lint", "--write-baseline", "baseline.json", "reorder.md"], cwd: dir)
        XCTAssertTrue(wrote.stderr.contains("to the baseline baseline.json"), wrote.stderr)
        // Lines inserted above every finding move them all; none is new.
        try write("reorder.md", Self.oldDraft.replacingOccurrences(of: "SEATTLE", with: "Draft 3.\n\nOwner: Dana.\n\nSEATTLE"))
        let same = try prfaq(["lint", "--baseline", "baseline.json", "--format", "json", "reorder.md"], cwd: dir)
        XCTAssertEqual(diagnostics(try json(same)).count, 0, same.stdout)
        XCTAssertTrue(same.stderr.contains("0 new findings ("), same.stderr)
        // A new finding is reported; a fixed one leaves a stale entry that --prune removes. An edit to
        // another sentence of the same line does not make its findings new.
        try write("reorder.md", Self.oldDraft.replacingOccurrences(of: "\"We are thrilled,\"", with: "\"We are glad,\"")
            .replacingOccurrences(of: "Reorder saves time.", with: "Reorder saves time; we leverage it."))
        let next = try prfaq(["lint", "--baseline", "baseline.json", "--prune", "--format", "json", "reorder.md"], cwd: dir)
        XCTAssertEqual(diagnostics(try json(next)).map { $0["rule"] as? String ?? "" }, ["clarity/jargon"], next.stdout)
        XCTAssertTrue(next.stderr.contains("stale: reorder.md:7: \"thrilled\""), next.stderr)
        XCTAssertTrue(next.stderr.contains("removed 1 stale entry"), next.stderr)
        let after = try String(contentsOf: dir.appendingPathComponent("baseline.json"), encoding: .utf8)
        XCTAssertFalse(after.contains("thrilled"))
        XCTAssertEqual(try prfaq(["lint", "--prune", "reorder.md"], cwd: dir).status, 2, "--prune needs --baseline")
        try write("bad.json", "{\"x\": 1}")
        let bad = try prfaq(["lint", "--baseline", "bad.json", "reorder.md"], cwd: dir)
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("bad.json: not a prfaq baseline"), bad.stderr)
    }
}
