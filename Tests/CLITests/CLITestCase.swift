import Foundation
import TestSupport
import XCTest

/// Runs the built `prfaq` binary as a user would: arguments, standard input, a working folder.
class CLITestCase: XCTestCase {
    static let binary: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("prfaq").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return packageRoot.appendingPathComponent(".build/debug/prfaq").path
    }()

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("prfaq-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url.path
    }

    /// Runs prfaq in the test's own temporary folder, or in `cwd` (read-only use: never the folder removed).
    func prfaq(_ args: [String], stdin: String? = nil, env: [String: String] = [:], cwd: URL? = nil) throws -> Run {
        let l = try launch(args, stdin: stdin.map { Data($0.utf8) }, env: env, cwd: cwd)
        return Run(status: l.status, stdout: l.stdout, stderr: l.stderr)
    }

    /// One run of the binary: what it printed, how it ended, and whether the watchdog had to kill it.
    struct Launch {
        let status: Int32
        let stdout: String
        let stderr: String
        let timedOut: Bool
        let crashed: Bool
    }

    /// Starts prfaq, feeds it `stdin`, reads both pipes and waits; with `seconds`, a watchdog kills a run
    /// still going at that ceiling (a hang detector for the bad-input tests, not a timing test).
    func launch(_ args: [String], stdin: Data?, env: [String: String] = [:], cwd: URL? = nil, seconds: Double? = nil,
                executable: String? = nil) throws -> Launch {
        // The output under test is the plain pipe's: no colour or width settings from the shell that
        // runs the tests.
        let r = try Subprocess.run(executable ?? Self.binary, args, stdin: stdin, environment: env,
                                   removing: ["NO_COLOR", "FORCE_COLOR", "COLUMNS"], cwd: cwd ?? dir, seconds: seconds)
        return Launch(status: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.timedOut, crashed: r.crashed)
    }

    /// Runs a shell script in the test's folder with prfaq as `$0`: for what only a shell sets up (a
    /// `ulimit`, an ignored signal, a pipeline, a name that is not UTF-8).
    func shell(_ script: String, seconds: Double = 60) throws -> Launch {
        let l = try launch(["-c", script, Self.binary], stdin: nil, seconds: seconds, executable: "/bin/sh")
        XCTAssertFalse(l.timedOut, "still running after \(Int(seconds)) s: \(script)")
        return l
    }

    func json(_ run: Run) throws -> [String: Any] {
        let obj = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        return try XCTUnwrap(obj as? [String: Any], "not a JSON object: \(run.stdout)")
    }

    func diagnostics(_ obj: [String: Any]) -> [[String: Any]] {
        ((obj["files"] as? [[String: Any]]) ?? []).flatMap { ($0["diagnostics"] as? [[String: Any]]) ?? [] }
    }
}
