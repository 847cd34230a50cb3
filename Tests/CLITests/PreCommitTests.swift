import Foundation
import TestSupport
import XCTest

/// The real pre-commit (from PyPI) runs this repository's hook with `try-repo` on a temporary git repo:
/// a staged flawed draft blocks the commit, a clean one passes.
final class PreCommitTests: CLITestCase {
    static let repoRoot = packageRoot

    func sh(_ command: String, env: [String: String] = [:]) throws -> Run {
        try prfaqShell(command, env: env)
    }

    func prfaqShell(_ command: String, env: [String: String]) throws -> Run {
        let r = try Subprocess.run("/bin/sh", ["-c", command], environment: env, cwd: dir, mergeStandardError: true)
        return Run(status: r.status, stdout: r.stdout, stderr: "")
    }

    func testTryRepoBlocksAFlawedDraftAndPassesACleanOne() throws {
        guard try sh("command -v pre-commit").status == 0 else {
            throw XCTSkip("pre-commit is not installed (make test installs it from PyPI)")
        }
        // pre-commit is a PyPI tool with its own dependencies (PyYAML among them); one that cannot start
        // says nothing about prfaq's hook.
        guard try sh("pre-commit --version").status == 0 else {
            throw XCTSkip("pre-commit is installed but cannot run here (its own dependencies are missing)")
        }
        let binDir = URL(fileURLWithPath: Self.binary).deletingLastPathComponent().path
        let env = ["PATH": binDir + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
                   "PRE_COMMIT_HOME": dir.appendingPathComponent(".cache").path,
                   "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
                   "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"]
        XCTAssertEqual(try sh("git init -q . && git config commit.gpgsign false", env: env).status, 0)
        try write("clean.md", "# Title\n\nCustomers reorder in 2 taps, down from 7 in 2025.\n")
        try write("flawed.md", "## Situation\n\nOur team missed 3 of 5 deadlines.\n\n## Task\n\nI owned it.\n\n## Action\n\nWe would fix it.\n")
        let repo = Self.repoRoot.path
        XCTAssertEqual(try sh("git add clean.md", env: env).status, 0)
        let clean = try sh("pre-commit try-repo \(repo) prfaq --files clean.md", env: env)
        XCTAssertEqual(clean.status, 0, clean.stdout)
        XCTAssertTrue(clean.stdout.contains("Passed"), clean.stdout)
        // Warnings do not block the commit, but the writer sees them.
        try write("warned.md", "# Title\n\nDelivery will drop significantly for rural customers in 2027.\n")
        XCTAssertEqual(try sh("git add warned.md", env: env).status, 0)
        let warned = try sh("pre-commit try-repo \(repo) prfaq --files warned.md", env: env)
        XCTAssertEqual(warned.status, 0, warned.stdout)
        XCTAssertTrue(warned.stdout.contains("Passed") && warned.stdout.contains("concision/weasel-word"), warned.stdout)
        // Many files: one batch, one summary line (parallel batches each printed a partial total).
        let names = (1...8).map { "many\($0).md" }
        for n in names { try write(n, "# Title\n\nDelivery will drop significantly for rural customers in 2027.\n") }
        XCTAssertEqual(try sh("git add many*.md", env: env).status, 0)
        let many = try sh("pre-commit try-repo \(repo) prfaq --files \(names.joined(separator: " "))", env: env)
        let totals = many.stdout.split(separator: "\n").filter { $0.contains(" suggestions in ") || $0.contains(" suggestion in ") }
        XCTAssertEqual(totals.count, 1, many.stdout)
        XCTAssertTrue(totals.first?.hasSuffix("in 8 files") ?? false, many.stdout)
        XCTAssertEqual(try sh("git add flawed.md", env: env).status, 0)
        let flawed = try sh("pre-commit try-repo \(repo) prfaq --files flawed.md", env: env)
        XCTAssertEqual(flawed.status, 1, flawed.stdout)
        XCTAssertTrue(flawed.stdout.contains("Failed") && flawed.stdout.contains("structure/missing-section"), flawed.stdout)
        // prfaq-changed judges what the commit adds: once the flawed draft is committed, an edit that adds
        // no error passes it, while the whole-file hook still fails on the old error.
        XCTAssertEqual(try sh("git commit -qm drafts", env: env).status, 0)
        try write("flawed.md", "## Situation\n\nOur team missed 3 of 5 deadlines in 2025.\n\n## Task\n\nI owned it.\n\n## Action\n\nWe would fix it.\n")
        XCTAssertEqual(try sh("git add flawed.md", env: env).status, 0)
        let changed = try sh("pre-commit try-repo \(repo) prfaq-changed --files flawed.md", env: env)
        XCTAssertEqual(changed.status, 0, changed.stdout)
        XCTAssertEqual(try sh("pre-commit try-repo \(repo) prfaq --files flawed.md", env: env).status, 1)
    }
}

final class GitHookTests: CLITestCase {
    func testInitHookBlocksAFlawedCommit() throws {
        let binDir = URL(fileURLWithPath: Self.binary).deletingLastPathComponent().path
        let env = "PATH=\(binDir):$PATH GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@e GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@e"
        func sh(_ c: String) throws -> Int32 { try shell("export \(env); \(c)").status }
        XCTAssertEqual(try sh("git init -q . && git config commit.gpgsign false"), 0)
        XCTAssertEqual(try prfaq(["init", "--hook"]).status, 0)
        XCTAssertEqual(try prfaq(["init", "--hook"]).status, 2, "does not overwrite")
        try write("clean.md", "# Title\n\nCustomers reorder in 2 taps, down from 7 in 2025.\n")
        XCTAssertEqual(try sh("git add clean.md && git commit -qm clean"), 0)
        try write("flawed.md", "## Situation\n\nOur team missed 3 of 5 deadlines.\n\n## Task\n\nI owned it.\n\n## Action\n\nWe would fix it.\n")
        XCTAssertNotEqual(try sh("git add flawed.md && git commit -qm flawed"), 0, "the hook blocks a draft with errors")
        // What is linted is what is staged: fixing the working copy without staging it does not pass…
        try write("flawed.md", "# Title\n\nCustomers reorder in 2 taps, down from 7 in 2025.\n")
        XCTAssertNotEqual(try sh("git commit -qm flawed"), 0, "the staged draft still has errors")
        // …and a clean staged draft passes whatever the working copy holds.
        XCTAssertEqual(try sh("git add flawed.md"), 0)
        try write("flawed.md", "## Situation\n\nOur team missed 3 of 5 deadlines.\n")
        XCTAssertEqual(try sh("git commit -qm fixed"), 0, "the staged draft is clean")
        // Without prfaq on PATH the hook says what to do.
        try write("other.md", "# Other\n\nText in 2027.\n")
        let missing = try shell("export PATH=/usr/bin:/bin GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@e GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@e; git add other.md && git commit -qm other")
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.stderr.contains("prfaq: not found on PATH"), missing.stderr)
    }

    /// An old draft's errors do not block a commit that leaves them alone; a commit that adds one is blocked.
    func testTheHookJudgesWhatTheCommitAdds() throws {
        let binDir = URL(fileURLWithPath: Self.binary).deletingLastPathComponent().path
        let env = "PATH=\(binDir):$PATH GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@e GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@e"
        func sh(_ c: String) throws -> Int32 { try shell("export \(env); \(c)").status }
        XCTAssertEqual(try sh("git init -q . && git config commit.gpgsign false"), 0)
        let story = "## Situation\n\nOur team missed 3 of 5 deadlines.\n\n## Task\n\nI owned it.\n\n## Action\n\nWe would fix it.\n"
        try write("story.md", story)
        try write("reorder.md", ChangedLinesTests.oldDraft)
        XCTAssertEqual(try sh("git add story.md reorder.md && git commit -qm old --no-verify"), 0)
        XCTAssertEqual(try prfaq(["init", "--hook"]).status, 0)
        XCTAssertEqual(try prfaq(["lint", "story.md"]).status, 1, "the old draft has errors")
        try write("story.md", story.replacingOccurrences(of: "I owned it.", with: "I owned the schedule."))
        XCTAssertEqual(try sh("git add story.md && git commit -qm edit"), 0, "the commit adds no error")
        try write("reorder.md", ChangedLinesTests.oldDraft.components(separatedBy: "## Internal FAQ")[0])
        XCTAssertNotEqual(try sh("git add reorder.md && git commit -qm cut"), 0, "a part the commit removes is a new error")
    }
}
