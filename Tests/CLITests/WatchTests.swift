import Foundation
import XCTest

/// `--watch` sees edits, editors' atomic saves (temp file + rename), new files and deletions, and exits 130
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

    /// A running `prfaq lint --watch`, and how far its output has been read.
    final class Session {
        let process: Process
        let out: Output
        var at = 0
        init(process: Process, out: Output) { self.process = process; self.out = out }
        deinit { if process.isRunning { process.terminate() } }

        /// Ends the session as Ctrl-C does; watch mode exits 130, as any command Ctrl-C ends.
        func interrupt(file: StaticString = #filePath, line: UInt = #line) {
            kill(process.processIdentifier, SIGINT)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 130, "Ctrl-C ends watch mode with exit 130", file: file, line: line)
        }
    }

    /// Starts `prfaq lint --watch ARGS` in the test's folder, standard output and error in one pipe.
    func watch(_ args: [String]) throws -> Session {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = ["lint", "--watch"] + args
        p.currentDirectoryURL = dir
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        let out = Output()
        pipe.fileHandleForReading.readabilityHandler = { h in out.append(h.availableData) }
        try p.run()
        return Session(process: p, out: out)
    }

    /// Waits for `needle` after what the session has read so far, and reads past it.
    func expect(_ s: Session, _ needle: String, file: StaticString = #filePath, line: UInt = #line) {
        s.at = waitFor(s.out, needle, after: s.at, file: file, line: line)
    }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    let clean = "# T\n\nIt is fine at 4 days.\n"
    func slow(_ word: String) -> String { "# T\n\nIt is \(word) slow.\n" }

    func testWatchSeesEditsAtomicSavesNewFilesAndDeletions() throws {
        try write("docs/a.md", clean)
        let w = try watch(["docs"])
        expect(w, "0 errors, 0 warnings, 0 suggestions in 1 file\n")

        // A plain write.
        try slow("very").write(toFile: path("docs/a.md"), atomically: false, encoding: .utf8)
        expect(w, "docs/a.md:3:7: suggestion: \"very\" adds emphasis")
        expect(w, "watching 1 file:")

        // An editor's atomic save: write a temporary file, rename it over the draft.
        try slow("quite").write(toFile: path("docs/.a.md.swp"), atomically: false, encoding: .utf8)
        rename(path("docs/.a.md.swp"), path("docs/a.md"))
        expect(w, "docs/a.md:3:7: suggestion: \"quite\" adds emphasis")

        // A new file in a new sub-folder.
        try FileManager.default.createDirectory(atPath: path("docs/sub"), withIntermediateDirectories: true)
        try slow("fairly").write(toFile: path("docs/sub/b.md"), atomically: false, encoding: .utf8)
        expect(w, "docs/sub/b.md:3:7: suggestion: \"fairly\"")
        expect(w, "watching 2 files:")

        // A deletion.
        try FileManager.default.removeItem(atPath: path("docs/a.md"))
        expect(w, "docs/a.md: deleted")
        expect(w, "watching 1 file:")
        w.interrupt()
    }

    /// When the kernel's event queue overflows, events are lost: every file is linted again, and the
    /// output says so. The process is stopped while more events than the queue holds are made, so the
    /// overflow is real and certain, then the draft is edited: only a full re-lint can see that edit.
    func testAnOverflowedEventQueueLintsEveryFileAgain() throws {
        let limit = try XCTUnwrap(Int(String(contentsOfFile: "/proc/sys/fs/inotify/max_queued_events").trimmingCharacters(in: .whitespacesAndNewlines)))
        try XCTSkipIf(limit > 2_000_000, "the inotify queue holds \(limit) events; filling it takes too long")
        try write("docs/a.md", clean)
        try write("docs/t0", "")
        let w = try watch(["docs"])
        expect(w, "0 errors, 0 warnings, 0 suggestions in 1 file\n")
        kill(w.process.processIdentifier, SIGSTOP)
        // Each rename is two events naming different files, so the kernel merges none of them.
        let names = [path("docs/t0"), path("docs/t1")]
        for i in 0..<(limit / 2 + 100) { rename(names[i % 2], names[(i + 1) % 2]) }
        try write("docs/a.md", slow("very"))
        try write("docs/new.md", slow("fairly"))
        kill(w.process.processIdentifier, SIGCONT)
        expect(w, "prfaq: watch: too many changes at once; linted every file again\n")
        expect(w, "docs/a.md:3:7: suggestion: \"very\"")
        expect(w, "docs/new.md:3:7: suggestion: \"fairly\"")
        expect(w, "watching 2 files:")
        // Still watching afterwards.
        try write("docs/a.md", slow("quite"))
        expect(w, "docs/a.md:3:7: suggestion: \"quite\"")
        w.interrupt()
    }

    func testAWatchedFolderDeletedOrMovedAwayIsWatchedAgainWhenItIsBack() throws {
        try write("docs/a.md", clean)
        let w = try watch(["docs"])
        expect(w, "0 errors, 0 warnings, 0 suggestions in 1 file\n")

        try FileManager.default.removeItem(atPath: path("docs"))
        expect(w, "docs/a.md: deleted")
        expect(w, "watching 0 files:")
        try write("docs/a.md", slow("very"))
        expect(w, "docs/a.md:3:7: suggestion: \"very\"")
        // Watched again, not only linted once.
        try write("docs/b.md", slow("fairly"))
        expect(w, "docs/b.md:3:7: suggestion: \"fairly\"")
        expect(w, "watching 2 files:")

        rename(path("docs"), path("away"))
        expect(w, "docs/a.md: deleted")
        expect(w, "watching 0 files:")
        rename(path("away"), path("docs"))
        expect(w, "docs/a.md:3:7: suggestion: \"very\"")
        expect(w, "watching 2 files:")
        try write("docs/a.md", slow("quite"))
        expect(w, "docs/a.md:3:7: suggestion: \"quite\"")
        w.interrupt()
    }

    /// A round shows a file's error as `prfaq lint` does, not a clean round; a folder named like a draft
    /// is walked as the lint walks it.
    func testARoundShowsErrorsAndWalksAFolderNamedLikeADraft() throws {
        try write("docs/a.md", clean)
        let w = try watch(["docs"])
        expect(w, "0 errors, 0 warnings, 0 suggestions in 1 file\n")
        try write("docs/b.md", Data([0x61, 0x00, 0x62]))
        expect(w, "prfaq: error: docs/b.md: not a text file (it contains NUL bytes)\n")
        expect(w, "watching 2 files:")
        try FileManager.default.createDirectory(atPath: path("docs/x.md"), withIntermediateDirectories: true)
        try write("docs/x.md/c.md", slow("very"))
        expect(w, "docs/x.md/c.md:3:7: suggestion: \"very\"")
        expect(w, "watching 3 files:")
        XCTAssertFalse(w.out.value.contains("prfaq: error: docs/x.md:"), w.out.value)
        w.interrupt()
    }

    func testFoldersMovedInAreLintedAndWatchedAndFoldersMovedOutAreDropped() throws {
        try write("docs/a.md", clean)
        try write("outside/sub/c.md", slow("fairly"))
        let w = try watch(["docs"])
        expect(w, "0 errors, 0 warnings, 0 suggestions in 1 file\n")

        rename(path("outside"), path("docs/moved"))
        expect(w, "docs/moved/sub/c.md:3:7: suggestion: \"fairly\"")
        expect(w, "watching 2 files:")
        try write("docs/moved/sub/d.md", slow("very"))
        expect(w, "docs/moved/sub/d.md:3:7: suggestion: \"very\"")
        expect(w, "watching 3 files:")

        // Renamed in the tree: its files go by the new name, and edits are seen there.
        rename(path("docs/moved"), path("docs/renamed"))
        expect(w, "docs/moved/sub/c.md: deleted\ndocs/moved/sub/d.md: deleted\n")
        expect(w, "docs/renamed/sub/c.md:3:7: suggestion: \"fairly\"")
        expect(w, "watching 3 files:")
        try write("docs/renamed/sub/c.md", slow("quite"))
        expect(w, "docs/renamed/sub/c.md:3:7: suggestion: \"quite\"")

        // Moved out: its files are dropped, and edits there are no longer seen.
        rename(path("docs/renamed"), path("away"))
        expect(w, "docs/renamed/sub/c.md: deleted\ndocs/renamed/sub/d.md: deleted\n")
        expect(w, "watching 1 file:")
        let before = w.at
        try write("away/sub/c.md", slow("very"))
        try write("docs/a.md", slow("very"))
        expect(w, "docs/a.md:3:7: suggestion: \"very\"")
        expect(w, "watching 1 file:")
        XCTAssertFalse(String(w.out.value.dropFirst(before)).contains("sub/c.md"), w.out.value)
        w.interrupt()
    }

    /// An edited `.prfaq.yml` (here above the watched folder) applies from the next round; a broken one
    /// is an error on every draft it governs, and watching goes on.
    func testAnEditedConfigurationAppliesAndABrokenOneIsAnError() throws {
        try write(".prfaq.yml", "rules:\n  concision/weasel-word: off\n")
        try write("docs/a.md", slow("very"))
        let w = try watch(["docs"])
        expect(w, "0 errors, 0 warnings, 0 suggestions in 1 file\n")

        try write(".prfaq.yml", "rules:\n  concision/weasel-word: error\n")
        expect(w, "prfaq: watch: .prfaq.yml changed; linted every file again\n")
        expect(w, "docs/a.md:3:7: error: \"very\"")
        expect(w, "watching 1 file: 1 error,")

        try write(".prfaq.yml", "rules:\n  concision/weasel-word: [\n")
        expect(w, "prfaq: error: docs/a.md: ")
        expect(w, ".prfaq.yml:3:1: not valid YAML")
        expect(w, "watching 1 file:")
        XCTAssertTrue(w.process.isRunning)

        try write(".prfaq.yml", "rules: {}\n")
        expect(w, "docs/a.md:3:7: suggestion: \"very\"")
        expect(w, "watching 1 file: 0 errors, 0 warnings, 1 suggestion")
        w.interrupt()
    }

    /// On a terminal (a pseudo-terminal from script(1)) the screen's header says what is watched and how
    /// to stop; Ctrl-C then ends it with 130. The wait is for the header, with a deadline.
    func testOnATerminalTheHeaderSaysWhatIsWatchedAndHowToStop() throws {
        guard try shell("command -v script && command -v pkill").status == 0 else { throw XCTSkip("script(1) or pkill is not installed") }
        try write("a.md", "# Title\n\nSome very good text.\n")
        let r = try shell("""
            script -qfec "$0 lint --watch a.md" /dev/null > screen.txt 2>&1 &
            i=0
            until grep -q "Ctrl-C to stop" screen.txt; do i=$((i + 1)); [ $i -gt 300 ] && break; sleep 0.1; done
            pkill -INT -f "^$0 lint --watch a.md"  # prfaq itself, not script(1) whose command line holds it
            wait $!
            echo "exit=$?"
            cat screen.txt
            """)
        XCTAssertTrue(r.stdout.contains("prfaq --watch · "), r.stdout)
        XCTAssertTrue(r.stdout.contains("watching a.md · Ctrl-C to stop"), r.stdout)
        XCTAssertTrue(r.stdout.hasPrefix("exit=130\n"), r.stdout)
    }
}
