import XCTest
import Markdown
@testable import Formats
@testable import LintCore
@testable import Session
@testable import Text
import PRFAQRules

/// A big draft tokenises, runs its rules, locates and renders its findings on all cores; whatever the
/// split, the output must be byte for byte what the one-core path gives.
final class ParallelTests: XCTestCase {
    override func tearDown() {
        Parallel.draftBytes = 256 * 1024
        Parallel.findings = 4096
    }

    func output(_ text: String, draftBytes: Int, findings: Int) -> String {
        Parallel.draftBytes = draftBytes
        Parallel.findings = findings
        let r = Linter(rules: BuiltinRules.all).lint(SourceFile(path: "big.md", text: text))
        XCTAssertNil(r.error)
        return JSONFormatter().format([r])
    }

    func testEveryFixtureGivesTheSameOutputOnOneCoreAndOnAll() throws {
        let dir = packageRoot.appendingPathComponent("Fixtures").path
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".md") && $0 != "README.md" }
        XCTAssertGreaterThan(names.count, 10)
        var findings = 0
        for name in names.sorted() {
            let text = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
            let serial = output(text, draftBytes: .max, findings: .max)
            let parallel = output(text, draftBytes: 0, findings: 1)
            XCTAssertEqual(serial, parallel, name)
            findings += serial.components(separatedBy: "\"rule\":").count - 1
        }
        XCTAssertGreaterThan(findings, 100)
    }

    func testABigDraftOverTheThresholdMatchesTheOneCorePath() throws {
        let path = packageRoot.appendingPathComponent("Fixtures/prfaq-flawed-pharmacy-refills.md").path
        let one = try String(contentsOfFile: path, encoding: .utf8)
        // Many copies of a flawed draft: past the size threshold, and past a findings threshold.
        let text = String(repeating: one + "\n\n", count: (300 * 1024) / one.utf8.count + 1)
        let serial = output(text, draftBytes: .max, findings: .max)
        let parallel = output(text, draftBytes: 256 * 1024, findings: 1024)
        XCTAssertEqual(serial, parallel)
        XCTAssertGreaterThan(text.utf8.count, 256 * 1024)
        XCTAssertGreaterThan(serial.components(separatedBy: "\"rule\":").count - 1, 1024)
    }
}

/// Files are linted side by side and come back in order; one whose work never ends is given up after
/// its stop, named in its place, and the files after it still come back.
final class OrderedPoolTests: XCTestCase {
    func testResultsKeepTheirOrderAndAStuckItemIsGivenUp() {
        let stuck = DispatchSemaphore(value: 0)
        defer { stuck.signal() }
        var out = [String]()
        OrderedPool<String>.run(count: 6, width: 2, stop: (0.2, { "gave up on \($0)" }), work: { i, read in
            read()
            if i == 2 { stuck.wait() }
            return "done \(i)"
        }) { out.append($0) }
        XCTAssertEqual(out, ["done 0", "done 1", "gave up on 2", "done 3", "done 4", "done 5"])
    }

    func testWithoutAStopEveryItemIsWaitedFor() {
        var out = [Int]()
        OrderedPool<Int>.run(count: 100, width: 4, stop: nil, work: { i, _ in i * i }) { out.append($0) }
        XCTAssertEqual(out, (0..<100).map { $0 * $0 })
    }

    /// The stop counts from when an item's input is read: a slow pipe feeding a draft is not a slow draft.
    func testTheClockStartsWhenTheInputIsRead() {
        var out = [String]()
        OrderedPool<String>.run(count: 3, width: 2, stop: (0.05, { "gave up on \($0)" }), work: { i, read in
            // Input that arrives slowly: six stops' worth before it is all there.
            if i == 1 { _ = DispatchSemaphore(value: 0).wait(timeout: .now() + 0.3) }
            read()
            return "done \(i)"
        }) { out.append($0) }
        XCTAssertEqual(out, ["done 0", "done 1", "done 2"])
    }
}
