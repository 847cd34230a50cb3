import Foundation
import XCTest

/// `--watch` sees edits, editors' atomic saves (temp file + rename), new files and deletions, and exits 0
/// on Ctrl-C. The test waits for output with a deadline; it never sleeps to time anything.
final class WatchTests: CLITestCase {
    final class Output: @unchecked Sendable {
        private var text = ""
        private let lock = NSLock()
        func append(_ d: Data) { lock.lock(); text += String(decoding: d, as: UTF8.self); lock.unlock() }
        var value: String { lock.lock(); defer { lock.unlock() }; return text }
    }

    func waitFor(_ out: Output, _ needle: String, after offset: Int, file: StaticString = #filePath, line: UInt = #line) -> Int {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let v = out.value
            if let r = v.range(of: needle, range: v.index(v.startIndex, offsetBy: min(offset, v.count))..<v.endIndex) {
                return v.distance(from: v.startIndex, to: r.upperBound)
            }
            usleep(10_000)
        }
        XCTFail("no \(needle.debugDescription) in watch output:\n\(out.value)", file: file, line: line)
        return offset
    }

    func testWatchSeesEditsAtomicSavesNewFilesAndDeletions() throws {
        try write("docs/a.md", "# T\n\nIt is fine at 4 days.\n")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = ["lint", "--watch", "docs"]
        p.currentDirectoryURL = dir
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        let out = Output()
        pipe.fileHandleForReading.readabilityHandler = { h in out.append(h.availableData) }
        try p.run()
        defer { if p.isRunning { p.terminate() } }
        var at = waitFor(out, "0 errors, 0 warnings, 0 suggestions in 1 file\n", after: 0)

        // A plain write.
        try "# T\n\nIt is very slow.\n".write(toFile: dir.appendingPathComponent("docs/a.md").path, atomically: false, encoding: .utf8)
        at = waitFor(out, "docs/a.md:3:7: suggestion: \"very\" adds emphasis", after: at)
        at = waitFor(out, "watching 1 file:", after: at)

        // An editor's atomic save: write a temporary file, rename it over the draft.
        try "# T\n\nIt is quite slow.\n".write(toFile: dir.appendingPathComponent("docs/.a.md.swp").path, atomically: false, encoding: .utf8)
        rename(dir.appendingPathComponent("docs/.a.md.swp").path, dir.appendingPathComponent("docs/a.md").path)
        at = waitFor(out, "docs/a.md:3:7: suggestion: \"quite\" adds emphasis", after: at)

        // A new file in a new sub-folder.
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("docs/sub"), withIntermediateDirectories: true)
        try "# N\n\nIt is fairly new.\n".write(toFile: dir.appendingPathComponent("docs/sub/b.md").path, atomically: false, encoding: .utf8)
        at = waitFor(out, "docs/sub/b.md:3:7: suggestion: \"fairly\"", after: at)
        at = waitFor(out, "watching 2 files:", after: at)

        // A deletion.
        try FileManager.default.removeItem(at: dir.appendingPathComponent("docs/a.md"))
        at = waitFor(out, "docs/a.md: deleted", after: at)
        at = waitFor(out, "watching 1 file:", after: at)

        kill(p.processIdentifier, SIGINT)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, "Ctrl-C ends watch mode with exit 0")
    }
}
