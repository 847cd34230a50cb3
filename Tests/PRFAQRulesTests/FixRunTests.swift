import XCTest
import Markdown
@testable import LintCore
@testable import Session
import PRFAQRules

/// The library side of `--fix`: a file edited between reading and writing is never overwritten.
final class FixRunTests: XCTestCase {
    func testConcurrentEditIsNotOverwritten() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("prfaq-fix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("a.md").path
        try "# T\n\nWe act in order to win.\n".write(toFile: path, atomically: true, encoding: .utf8)
        let run = LintRun(linter: Linter(rules: BuiltinRules.all), options: .init())
        let outcome = run.fix(.file(path), dryRun: false) {
            try? "# T\n\nThe writer's newer text.\n".write(toFile: path, atomically: false, encoding: .utf8)
        }
        XCTAssertEqual(outcome.result.error, "not fixed: the file changed while prfaq was fixing it")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "# T\n\nThe writer's newer text.\n")
    }

    func testOverlappingFixesApplyOnePerPlace() {
        let a = Diagnostic(rule: "x/a", severity: .warning, message: "", help: nil, range: 2..<6, fix: Fix(range: 2..<6, replacement: "A"))
        let b = Diagnostic(rule: "x/b", severity: .warning, message: "", help: nil, range: 4..<8, fix: Fix(range: 4..<8, replacement: "B"))
        let plan = FixPlan([b, a])
        XCTAssertEqual(plan.fixes.map(\.replacement), ["A"])
        XCTAssertEqual(String(decoding: plan.apply(to: Array("0123456789".utf8)), as: UTF8.self), "01A6789")
    }

    func testUnifiedDiffHunks() {
        let old = (1...20).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "line 3\n", with: "line three\n").replacingOccurrences(of: "line 18\n", with: "line eighteen\n")
        let d = UnifiedDiff.make(old, new, path: "f.md")
        XCTAssertEqual(d, """
            --- f.md
            +++ f.md
            @@ -1,6 +1,6 @@
             line 1
             line 2
            -line 3
            +line three
             line 4
             line 5
             line 6
            @@ -15,6 +15,6 @@
             line 15
             line 16
             line 17
            -line 18
            +line eighteen
             line 19
             line 20

            """)
    }
}

final class TimeBudgetTests: XCTestCase {
    /// A file that takes longer than its budget becomes an error for that file, not a hang.
    func testBudgetExceededIsAnErrorForTheFile() {
        let text = String(repeating: "Parents rebuild the same order every week, which is very slow. ", count: 200)
        let r = Linter(rules: BuiltinRules.all).lint(SourceFile(path: "slow.md", text: text), budget: 0)
        XCTAssertEqual(r.error, "linting took longer than 0.0 s and was stopped (please report this draft)")
        XCTAssertTrue(r.diagnostics.isEmpty)
        XCTAssertNil(Linter(rules: BuiltinRules.all).lint(SourceFile(path: "ok.md", text: text), budget: 10).error)
    }
}
