import Foundation
import TestSupport
import XCTest

/// A lint run grows its heaps in steps of megabytes and does not trim them (CAllocator, issue 20): glibc's
/// default grows a worker thread's heap a page range at a time, each step an mprotect that interrupts the
/// other core. Counted with strace where the machine has it.
final class AllocatorTests: CLITestCase {
    func testALintRunMakesAHandfulOfHeapSteps() throws {
        guard let strace = ["/usr/bin/strace", "/bin/strace"].first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("strace is not installed")
        }
        // Sixty one-page drafts: enough allocation on both workers that glibc's default steps show (some
        // ninety mprotect calls in a release build without the settings, five with them; a debug build's
        // threads make more of their own).
        let fixture = try String(contentsOf: packageRoot.appendingPathComponent("Fixtures/prfaq-good-clinic-waitlist.md"), encoding: .utf8)
        for n in 0..<60 { _ = try write("d\(n).md", fixture) }
        let log = dir.appendingPathComponent("strace.log").path
        let r = try Subprocess.run(strace, ["-f", "-c", "-e", "trace=mprotect,madvise", "-o", log, Self.binary, "lint", "--format", "json", dir.path])
        if r.stderr.contains("Operation not permitted") || r.stderr.contains("ptrace") { throw XCTSkip("strace cannot trace here: \(r.stderr)") }
        let table = try String(contentsOfFile: log, encoding: .utf8)
        let calls = table.split(separator: "\n").compactMap { line -> Int? in
            let f = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let name = f.last, name == "mprotect" || name == "madvise", f.count >= 5 else { return nil }
            return Int(f[3])
        }.reduce(0, +)
        XCTAssertLessThan(calls, 60, table)
    }
}
