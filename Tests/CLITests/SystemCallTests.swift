import Foundation
import TestSupport
import XCTest

/// The system calls a lint run makes beyond reading its drafts (issue 20), counted with strace where the
/// machine has it.
final class SystemCallTests: CLITestCase {
    /// strace's log of a lint of the test folder, tracing `calls`: one line a call.
    func traced(_ calls: String) throws -> [Substring] {
        guard let strace = ["/usr/bin/strace", "/bin/strace"].first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("strace is not installed")
        }
        let log = dir.appendingPathComponent("strace.log").path
        let r = try Subprocess.run(strace, ["-f", "-e", "trace=" + calls, "-o", log, Self.binary, "lint", "--format", "json", dir.path])
        if r.stderr.contains("Operation not permitted") || r.stderr.contains("ptrace") || !FileManager.default.fileExists(atPath: log) {
            throw XCTSkip("strace cannot trace here: \(r.stderr)")
        }
        return try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").filter { !$0.contains("+++") && !$0.contains("---") }
    }

    /// The heaps grow in steps of megabytes and are not trimmed (CAllocator): glibc's default grows a worker
    /// thread's heap a page range at a time, each step an mprotect that interrupts the other core.
    func testALintRunMakesAHandfulOfHeapSteps() throws {
        // Sixty one-page drafts: enough allocation on both workers that glibc's default steps show (about
        // a hundred without the settings, six with them, in a debug build on two cores; a worker's heap
        // is one more).
        let fixture = try String(contentsOf: packageRoot.appendingPathComponent("Fixtures/prfaq-good-clinic-waitlist.md"), encoding: .utf8)
        for n in 0..<60 { _ = try write("d\(n).md", fixture) }
        // The heap's steps only: a step makes pages writable or gives them back. A dynamically linked
        // build also makes each library's relocations read-only, a fixed few dozen calls.
        let steps = try traced("mprotect,madvise").filter { $0.contains("PROT_READ|PROT_WRITE") || $0.contains("madvise(") }
        XCTAssertLessThan(steps.count, 30, steps.joined(separator: "\n"))
    }

    /// A draft found in a folder costs one stat, when it is read: the walk takes a regular file's type from
    /// the folder's entry, not from an lstat of its own.
    func testAWalkedDraftIsStatOnce() throws {
        let fixture = try String(contentsOf: packageRoot.appendingPathComponent("Fixtures/prfaq-good-clinic-waitlist.md"), encoding: .utf8)
        for n in 0..<50 { _ = try write("d\(n).md", fixture) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for n in 0..<10 { _ = try write("sub/e\(n).md", fixture) }
        let drafts = try traced("stat,lstat,newfstatat,statx").filter { $0.contains(".md\"") }
        XCTAssertEqual(drafts.count, 60, drafts.joined(separator: "\n"))
    }
}
