import Foundation
import XCTest

/// `--fix`: only safe fixes, atomic writes that keep permissions, idempotent, never over a concurrent edit,
/// and the original intact when the write fails.
final class FixTests: CLITestCase {
    let draft = "# T\n\nWe built a cache in order to cut latency from 90 ms to 40 ms.\n\nPrior to launch, we ship the the fix.\n"
    let fixed = "# T\n\nWe built a cache to cut latency from 90 ms to 40 ms.\n\nBefore launch, we ship the fix.\n"

    /// As an editor's filter: the fixed draft on standard output, what remains on standard error; the
    /// dry run gives the diff; standard input with other paths is refused (both would be standard output).
    func testFixOnStandardInputWritesTheFixedDraft() throws {
        let r = try prfaq(["lint", "--fix", "-"], stdin: draft)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, fixed)
        XCTAssertTrue(r.stderr.contains("prfaq: applied 3 fixes"), r.stderr)
        XCTAssertTrue(r.stderr.hasSuffix("0 errors, 0 warnings, 0 suggestions in 1 file\n"), r.stderr)
        let clean = try prfaq(["lint", "--fix", "-"], stdin: fixed)
        XCTAssertEqual(clean.stdout, fixed, "a draft with nothing to fix comes back as it was")
        let dry = try prfaq(["lint", "--fix", "--dry-run", "--stdin-filename", "doc.md", "-"], stdin: draft)
        XCTAssertTrue(dry.stdout.contains("--- doc.md\n+++ doc.md\n"), dry.stdout)
        XCTAssertTrue(dry.stdout.contains("+Before launch, we ship the fix."), dry.stdout)
        let other = try write("b.md", draft)
        let mixed = try prfaq(["lint", "--fix", "-", other], stdin: draft)
        XCTAssertEqual(mixed.status, 2)
        XCTAssertTrue(mixed.stderr.contains("--fix with standard input ('-') takes no other paths"), mixed.stderr)
        XCTAssertEqual(try String(contentsOfFile: other, encoding: .utf8), draft, "nothing was written")
    }

    func testFixAppliesSafeFixesKeepsModeAndIsIdempotent() throws {
        let path = try write("a.md", draft)
        chmod(path, 0o640)
        let r = try prfaq(["lint", "--fix", "a.md"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), fixed)
        XCTAssertTrue(r.stderr.contains("applied 3 fixes"), r.stderr)
        var st = stat()
        stat(path, &st)
        XCTAssertEqual(st.st_mode & 0o777, 0o640)
        // No temporary file is left beside it.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted(), ["a.md"])
        // A second run changes nothing.
        let again = try prfaq(["lint", "--fix", "a.md"])
        XCTAssertFalse(again.stderr.contains("applied"))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), fixed)
    }

    func testDryRunPrintsADiffAndWritesNothing() throws {
        let path = try write("a.md", draft)
        let r = try prfaq(["lint", "--fix", "--dry-run", "a.md"])
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), draft)
        XCTAssertTrue(r.stdout.hasPrefix("--- a.md\n+++ a.md\n@@ -1,5 +1,5 @@\n # T\n \n-We built a cache in order to cut"), r.stdout)
        XCTAssertTrue(r.stdout.contains("+Before launch, we ship the fix.\n"))
        XCTAssertTrue(r.stdout.hasSuffix("0 errors, 0 warnings, 0 suggestions in 1 file\n"), r.stdout)
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(try prfaq(["lint", "--dry-run", "a.md"]).status, 2, "--dry-run needs --fix")
    }

    func testFixKeepsBOMAndCRLFAndRefusesLossyFiles() throws {
        let bom = try write("bom.md", Data([0xEF, 0xBB, 0xBF]) + Data(draft.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        XCTAssertEqual(try prfaq(["lint", "--fix", "bom.md"]).status, 0)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: bom)), Data([0xEF, 0xBB, 0xBF]) + Data(fixed.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        let lossyBytes = Data(draft.utf8) + Data([0xFF, 0x0A])
        let lossy = try write("lossy.md", lossyBytes)
        let r = try prfaq(["lint", "--fix", "lossy.md"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("invalid UTF-8"), r.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: lossy)), lossyBytes)
    }

    /// A full disk: the shell's file-size limit makes every write fail with EFBIG.
    func testFailedWriteKeepsTheOriginal() throws {
        let path = try write("a.md", draft)
        let r = try shell("trap '' XFSZ; ulimit -f 0; exec \"$0\" lint --fix a.md")
        let stderr = r.stderr
        XCTAssertEqual(r.status, 2, stderr)
        XCTAssertTrue(stderr.contains("a.md") && stderr.contains("cannot write"), stderr)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), draft)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["a.md"])
    }

    /// The same, without the shell's help: SIGXFSZ would kill prfaq mid-write; it is an error like any
    /// other, the temporary file is removed and no fix is claimed.
    func testFileSizeLimitIsAnErrorNotASignal() throws {
        let path = try write("a.md", draft)
        let r = try shell("ulimit -f 0; exec \"$0\" lint --fix a.md")
        let stderr = r.stderr
        XCTAssertFalse(r.crashed, "killed by signal \(r.status)")
        XCTAssertEqual(r.status, 2, stderr)
        XCTAssertTrue(stderr.contains("a.md: not fixed: cannot write (file too large)"), stderr)
        XCTAssertFalse(stderr.contains("applied"), stderr)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), draft)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["a.md"])
    }

    /// A file nobody may write is left alone, even by root, and the run says so (exit 2).
    func testReadOnlyFileIsNotRewritten() throws {
        let path = try write("a.md", draft)
        chmod(path, 0o444)
        let r = try prfaq(["lint", "--fix", "a.md"])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("prfaq: error: a.md: not fixed: cannot write (the file is read-only); the file is unchanged"), r.stderr)
        XCTAssertFalse(r.stderr.contains("applied"), r.stderr)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), draft)
        var st = stat()
        stat(path, &st)
        XCTAssertEqual(st.st_mode & 0o777, 0o444)
    }

    /// Run as root, `--fix` keeps the file its owner's: a 0640 file of uid 65534 stays readable by them.
    func testFixKeepsOwnerAndGroup() throws {
        guard getuid() == 0 else { throw XCTSkip("only root can give a file to another owner") }
        let path = try write("a.md", draft)
        chmod(path, 0o640)
        XCTAssertEqual(chown(path, 65534, 65534), 0)
        let r = try prfaq(["lint", "--fix", "a.md"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), fixed)
        var st = stat()
        stat(path, &st)
        XCTAssertEqual([st.st_uid, st.st_gid], [65534, 65534])
        XCTAssertEqual(st.st_mode & 0o777, 0o640)
    }
}
