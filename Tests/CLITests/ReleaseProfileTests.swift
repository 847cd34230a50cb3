import Foundation
import TestSupport
import XCTest

/// The release build's profile (Scripts/pgo/profile.py, issue 20): `make release` and `make bench` build
/// with the flags it prints. A profile this toolchain cannot read must cost speed, never the build.
final class ReleaseProfileTests: CLITestCase {
    let script = packageRoot.appendingPathComponent("Scripts/pgo/profile.py").path

    func flags(_ script: String, scratch: URL, swift: String? = nil) throws -> Subprocess.Result {
        try Subprocess.run("/usr/bin/env", ["python3", script, "flags", scratch.path],
                           environment: swift.map { ["SWIFT": $0] } ?? [:])
    }

    /// The llvm-profdata of the toolchain on PATH, which the script looks for beside `swift`.
    var toolchainHasProfdata: Bool {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        for p in paths {
            let swift = URL(fileURLWithPath: String(p)).appendingPathComponent("swift")
            guard FileManager.default.isExecutableFile(atPath: swift.path) else { continue }
            let real = swift.resolvingSymlinksInPath().deletingLastPathComponent()
            return FileManager.default.isExecutableFile(atPath: real.appendingPathComponent("llvm-profdata").path)
        }
        return false
    }

    func testTheCommittedProfileUnpacksUnderItsHashAndIsReusable() throws {
        let first = try flags(script, scratch: dir)
        XCTAssertEqual(first.status, 0, first.stderr)
        guard toolchainHasProfdata else {
            XCTAssertEqual(first.stdout, "\n", "no tool, no flags")
            XCTAssertTrue(first.stderr.contains("pgo: no llvm-profdata beside swift"), first.stderr)
            return
        }
        let words = first.stdout.split(separator: " ").map(String.init)
        // The block layout that reads the profile's frequencies, then the profile itself.
        XCTAssertEqual(Array(words.prefix(7)), ["-Xswiftc", "-Xllvm", "-Xswiftc", "-enable-ext-tsp-block-placement=true",
                                                "-Xswiftc", "-Xfrontend", "-Xswiftc"], first.stdout)
        let use = try XCTUnwrap(words.last?.trimmingCharacters(in: .whitespacesAndNewlines))
        XCTAssertTrue(use.hasPrefix("-ir-profile-use=\(dir.path)/pgo/prfaq-"), use)
        let file = String(use.dropFirst("-ir-profile-use=".count))
        XCTAssertTrue(file.hasSuffix(".profdata"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: file))
        // The indexed profile starts with LLVM's magic, "\xfflprofi\x81".
        let head = try XCTUnwrap(FileHandle(forReadingAtPath: file)).readData(ofLength: 8)
        XCTAssertEqual(Array(head), [0xFF] + Array("lprofi".utf8) + [0x81])
        // Asked again, the same file: the flags are stable, so SwiftPM does not rebuild for nothing.
        let again = try flags(script, scratch: dir)
        XCTAssertEqual(again.stdout, first.stdout)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("pgo").path).sorted(),
                       ["flags", URL(fileURLWithPath: file).lastPathComponent], "no temporary file left behind")
    }

    /// SwiftPM relinks old objects when only `-Xswiftc` flags change: a build made with other flags is
    /// removed (the release folder the scratch's `release` link names), one made with these is kept.
    func testReleaseObjectsBuiltWithOtherFlagsAreRemoved() throws {
        let scratch = dir.appendingPathComponent("scratch")
        let objects = scratch.appendingPathComponent("x86_64-unknown-linux-gnu/release")
        func build() throws {
            try FileManager.default.createDirectory(at: objects, withIntermediateDirectories: true)
            try Data("o".utf8).write(to: objects.appendingPathComponent("A.o"))
            if !FileManager.default.fileExists(atPath: scratch.appendingPathComponent("release").path) {
                try FileManager.default.createSymbolicLink(atPath: scratch.appendingPathComponent("release").path,
                                                           withDestinationPath: "x86_64-unknown-linux-gnu/release")
            }
        }
        try build()
        // No record of the flags they were built with: not to be trusted.
        XCTAssertEqual(try flags(script, scratch: scratch).status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: objects.path))
        try build()
        // Built with the flags now asked for: kept.
        let same = try flags(script, scratch: scratch)
        XCTAssertEqual(same.status, 0, same.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: objects.appendingPathComponent("A.o").path))
        // Other flags recorded (another profile, or none): removed, and said so.
        try Data("-Xswiftc -other".utf8).write(to: scratch.appendingPathComponent("pgo/flags"))
        let other = try flags(script, scratch: scratch)
        XCTAssertEqual(other.status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: objects.path))
        XCTAssertTrue(other.stderr.contains("the release flags changed"), other.stderr)
    }

    /// A damaged profile, or one another LLVM wrote, is skipped with a note: the build goes on without it.
    func testAProfileThatCannotBeReadIsSkippedWithANote() throws {
        let copy = dir.appendingPathComponent("project/Scripts/pgo")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        let copied = copy.appendingPathComponent("profile.py").path
        try FileManager.default.copyItem(atPath: script, toPath: copied)
        let profile = copy.appendingPathComponent("prfaq.profdata.xz")

        let missing = try flags(copied, scratch: dir.appendingPathComponent("a"))
        XCTAssertEqual(missing.status, 0)
        XCTAssertEqual(missing.stdout, "\n")
        XCTAssertTrue(missing.stderr.contains("no profile at Scripts/pgo/prfaq.profdata.xz"), missing.stderr)

        try Data("not xz".utf8).write(to: profile)
        let notXZ = try flags(copied, scratch: dir.appendingPathComponent("b"))
        XCTAssertEqual(notXZ.status, 0)
        XCTAssertEqual(notXZ.stdout, "\n")
        XCTAssertTrue(notXZ.stderr.contains("is not xz data") || notXZ.stderr.contains("no llvm-profdata"), notXZ.stderr)

        guard toolchainHasProfdata else { return }
        // Valid xz around bytes no LLVM reads.
        let packed = try Subprocess.run("/usr/bin/env", ["python3", "-c",
            "import lzma, sys; open(sys.argv[1], 'wb').write(lzma.compress(b'\\xfflprofi\\x81 garbage'))", profile.path])
        XCTAssertEqual(packed.status, 0, packed.stderr)
        let unreadable = try flags(copied, scratch: dir.appendingPathComponent("c"))
        XCTAssertEqual(unreadable.status, 0)
        XCTAssertEqual(unreadable.stdout, "\n")
        XCTAssertTrue(unreadable.stderr.contains("cannot read the profile"), unreadable.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("c/pgo").path), ["flags"])
    }
}
