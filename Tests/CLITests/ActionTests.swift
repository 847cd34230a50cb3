import Foundation
import TestSupport
import XCTest
import Yams

/// The GitHub Action's entry script, run here with GitHub's environment variables set, on a temporary
/// repository whose pull request changes one line of an old draft with many findings.
final class ActionTests: CLITestCase {
    func testTheEntryScriptAnnotatesChangedLinesOnlyAndWritesASummary() throws {
        let setup = "export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@e GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@e; "
        XCTAssertEqual(try shell(setup + "git init -q . && git config commit.gpgsign false").status, 0)
        try write("docs/reorder.md", ChangedLinesTests.oldDraft)
        XCTAssertEqual(try shell(setup + "git add -A && git commit -qm base").status, 0)
        let base = try shell("git rev-parse HEAD").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try write("docs/reorder.md", ChangedLinesTests.oldDraft.replacingOccurrences(
            of: "Reorder is free for members.", with: "Reorder is free for members, and we leverage synergies."))
        XCTAssertEqual(try shell(setup + "git commit -qam change").status, 0)
        try write("event.json", "{\"pull_request\": {\"base\": {\"sha\": \"\(base)\"}}}")
        try write("summary.md", "")
        let script = packageRoot.appendingPathComponent("Scripts/action-entry.sh").path
        let env = "PRFAQ_BIN=\(Self.binary) PRFAQ_PATHS=docs PRFAQ_SARIF=\(dir.path)/out.sarif "
            + "GITHUB_EVENT_PATH=\(dir.path)/event.json GITHUB_STEP_SUMMARY=\(dir.path)/summary.md"
        let run = try shell("\(env) sh \(script)")
        XCTAssertEqual(run.status, 0, run.stderr)
        let annotations = run.stdout.split(separator: "\n").filter { $0.hasPrefix("::") }
        XCTAssertEqual(annotations.count, 2, run.stdout)
        XCTAssertTrue(annotations.allSatisfy { $0.contains("file=docs/reorder.md,line=17") }, run.stdout)
        let summary = try String(contentsOf: dir.appendingPathComponent("summary.md"), encoding: .utf8)
        XCTAssertTrue(summary.contains("## prfaq: 0 errors, 2 warnings"), summary)
        XCTAssertTrue(summary.contains("| Dimension | Then | Now |"), summary)
        XCTAssertTrue(summary.contains("| clarity | "), summary)
        let sarif = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("out.sarif"))) as? [String: Any]
        let results = ((sarif?["runs"] as? [[String: Any]])?.first?["results"] as? [Any]) ?? []
        XCTAssertEqual(results.count, 2)
    }

    /// action.yml is a composite action whose lint step runs the script tested above.
    func testTheActionRunsTheEntryScript() throws {
        let yaml = try String(contentsOf: packageRoot.appendingPathComponent("action.yml"), encoding: .utf8)
        let action = try XCTUnwrap(try Yams.load(yaml: yaml) as? [String: Any])
        let runs = try XCTUnwrap(action["runs"] as? [String: Any])
        XCTAssertEqual(runs["using"] as? String, "composite")
        let steps = try XCTUnwrap(runs["steps"] as? [[String: Any]])
        XCTAssertTrue(steps.contains { ($0["run"] as? String ?? "").contains("Scripts/action-entry.sh") })
        XCTAssertTrue(steps.contains { ($0["run"] as? String ?? "").contains("libcmark-dev") })
        XCTAssertEqual(Set((action["inputs"] as? [String: Any])?.keys.map { $0 } ?? []), ["paths", "base", "sarif", "max-warnings"])
    }
}
