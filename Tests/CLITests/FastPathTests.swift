import Foundation
import XCTest

/// `prfaq [lint] [--format F] [--quiet] PATH…` and `--version` skip ArgumentParser (main.swift's fast
/// path). Each call here is run both ways — as is, and with an option only ArgumentParser reads — and
/// must print the same bytes and end the same way.
final class FastPathTests: CLITestCase {
    let draft = """
        # Acme Widgets Launches Reorder

        SEATTLE — Acme Widgets today launched Reorder, which very clearly helps many customers reorder faster.

        ## FAQ

        **Q: What does it cost?** It is free.
        """

    func testPlainCallsMatchArgumentParsersReading() throws {
        let path = try write("draft.md", draft)
        let missing = dir.appendingPathComponent("missing.md").path
        let calls: [[String]] = [
            ["lint", path], [path], ["lint", "--format", "json", path], ["--format=json", path], ["lint", "--quiet", path],
            ["lint", "--format", "sarif", path], ["lint", path, missing], ["lint", dir.path], ["lint", "--format", "text", path, path],
        ]
        for call in calls {
            let fast = try prfaq(call, env: ["NO_COLOR": "1"])
            // `--timeout 10` is the default, and an option the fast path leaves to ArgumentParser.
            let slow = try prfaq(call + ["--timeout", "10"], env: ["NO_COLOR": "1"])
            XCTAssertEqual(fast.stdout, slow.stdout, "\(call)")
            XCTAssertEqual(fast.stderr, slow.stderr, "\(call)")
            XCTAssertEqual(fast.status, slow.status, "\(call)")
            XCTAssertFalse(fast.stdout.isEmpty && fast.stderr.isEmpty, "\(call) printed nothing")
        }
    }

    func testVersionAndWhatTheFastPathLeavesAlone() throws {
        let version = try prfaq(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertEqual(version.stdout, "0.1.0\n")
        // `help` and the commands are never file names to the fast path.
        let help = try prfaq(["help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("SUBCOMMANDS"), help.stdout)
        let rules = try prfaq(["rules", "--format", "json"])
        XCTAssertEqual(rules.status, 0)
        XCTAssertTrue(rules.stdout.hasPrefix("["), String(rules.stdout.prefix(80)))
        // A misspelt command is still caught before anything is linted.
        let typo = try prfaq(["stat", "x.md"], cwd: dir)
        XCTAssertEqual(typo.status, 2)
        XCTAssertTrue(typo.stderr.contains("did you mean \"stats\""), typo.stderr)
        // A bad format value goes to ArgumentParser, which names it.
        let bad = try prfaq(["lint", "--format", "nonsense", "x.md"], cwd: dir)
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("nonsense"), bad.stderr)
    }
}
