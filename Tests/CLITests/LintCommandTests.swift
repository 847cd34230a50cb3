import Foundation
import XCTest

/// The contract's lint surface: exit codes, formats, input handling, folders, standard input.
final class LintCommandTests: CLITestCase {
    let clean = "# Title\n\nCustomers reorder in 2 taps, down from 7 in 2025.\n"
    let weasel = "# Title\n\nDelivery will drop significantly for rural customers.\n"

    func testExitCodes() throws {
        let good = try write("good.md", clean)
        let bad = try write("bad.md", weasel)
        XCTAssertEqual(try prfaq(["lint", good]).status, 0)
        XCTAssertEqual(try prfaq(["lint", bad]).status, 0, "warnings alone exit 0")
        XCTAssertEqual(try prfaq(["lint", "--max-warnings", "0", bad]).status, 1)
        let errors = try write("err.md", "## Situation\n\nI led it.\n\n## Task\n\nFix it.\n\n## Action\n\nI fixed it.\n")
        XCTAssertEqual(try prfaq(["lint", "--profile", "star", errors]).status, 1)
        XCTAssertEqual(try prfaq(["lint", "--format", "nonsense", good]).status, 2)
        XCTAssertEqual(try prfaq(["lint", "--bogus-flag", good]).status, 2)
        XCTAssertEqual(try prfaq(["--version"]).status, 0)
        XCTAssertEqual(try prfaq(["lint", "--help"]).status, 0)
    }

    func testMissingFileIsNamedAndOthersAreStillLinted() throws {
        let good = try write("good.md", clean)
        let r = try prfaq(["lint", "--format", "json", "missing.md", good])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("missing.md"), r.stderr)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, "one line per bad file")
        let files = try json(r)["files"] as? [[String: Any]] ?? []
        XCTAssertEqual(files.count, 2)
        XCTAssertEqual(files.first?["error"] as? String, "no such file or directory")
        XCTAssertNotNil(files.last?["diagnostics"])
    }

    func testJSONHasEveryContractField() throws {
        let bad = try write("bad.md", weasel)
        let obj = try json(try prfaq(["lint", "--format", "json", bad]))
        XCTAssertEqual(obj["version"] as? Int, 1)
        let summary = try XCTUnwrap(obj["summary"] as? [String: Int])
        XCTAssertEqual(Set(summary.keys), ["files", "errors", "warnings", "suggestions"])
        let file = try XCTUnwrap((obj["files"] as? [[String: Any]])?.first)
        XCTAssertEqual(file["path"] as? String, bad)
        XCTAssertNotNil(file["profile"] as? String)
        let d = try XCTUnwrap(diagnostics(obj).first { $0["rule"] as? String == "concision/weasel-word" })
        for key in ["rule", "category", "severity", "message", "line", "column", "endLine", "endColumn", "help"] {
            XCTAssertNotNil(d[key], "missing \(key)")
        }
        XCTAssertEqual(d["line"] as? Int, 3)
        XCTAssertEqual(d["column"] as? Int, 20)
        XCTAssertEqual(d["endColumn"] as? Int, 33)
    }

    func testTextFormatLikeACompiler() throws {
        let bad = try write("bad.md", "# Title\n\nZoë’s “🚀” delivery will drop significantly for rural customers.\n")
        let r = try prfaq(["lint", bad])
        XCTAssertTrue(r.stdout.hasPrefix(bad + ":3:30: warning: \"significantly\" is a weasel word; state the number [concision/weasel-word]\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("\n    3 | Zoë’s “🚀” delivery will drop significantly for rural customers.\n"), r.stdout)
        // The caret sits under the word: the emoji takes two terminal columns.
        XCTAssertTrue(r.stdout.contains("\n      | " + String(repeating: " ", count: 30) + "^~~~~~~~~~~~~\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("\n      = help: "))
        XCTAssertTrue(r.stdout.hasSuffix("0 errors, 1 warning, 0 suggestions in 1 file\n"), r.stdout)
        XCTAssertFalse(r.stdout.contains("\u{1B}["), "no colour when not on a terminal")
        XCTAssertTrue(try prfaq(["lint", "--color", "always", bad]).stdout.contains("\u{1B}["))
        XCTAssertFalse(try prfaq(["lint", "--color", "auto", bad], env: ["NO_COLOR": "1"]).stdout.contains("\u{1B}["))
    }

    func testSummaryLinePluralsAndQuiet() throws {
        let a = try write("a.md", clean)
        let b = try write("b.md", clean)
        XCTAssertTrue(try prfaq(["lint", a, b]).stdout.hasSuffix("0 errors, 0 warnings, 0 suggestions in 2 files\n"))
        let bad = try write("bad.md", weasel)
        XCTAssertFalse(try prfaq(["lint", "--quiet", bad]).stdout.contains("warning:"))
    }

    func testStandardInput() throws {
        let r = try prfaq(["lint", "--format", "json", "--stdin-filename", "draft.md", "-"], stdin: weasel)
        let obj = try json(r)
        XCTAssertEqual((obj["files"] as? [[String: Any]])?.first?["path"] as? String, "draft.md")
        XCTAssertTrue(diagnostics(obj).contains { $0["rule"] as? String == "concision/weasel-word" })
    }

    func testFolderWalk() throws {
        try write("docs/a.md", clean)
        try write("docs/sub/b.markdown", clean)
        try write("docs/notes.txt", weasel)
        try write("docs/.git/x.md", weasel)
        try write("docs/node_modules/y.md", weasel)
        try write("docs/.build/z.md", weasel)
        try write("docs/archive/old.md", weasel)
        try write("docs/.prfaq.yml", "ignore: [\"archive/**\"]\n")
        let obj = try json(try prfaq(["lint", "--format", "json", "docs"]))
        let paths = ((obj["files"] as? [[String: Any]]) ?? []).compactMap { $0["path"] as? String }
        XCTAssertEqual(paths, ["docs/a.md", "docs/sub/b.markdown"])
    }

    func testNothingFlaggedOutsideProse() throws {
        let text = """
            ---
            title: very significantly many various
            ---
            # Title

            Use `significantly very` in code, see <https://example.com/very-significantly> and \
            [the plan](https://example.com/many-various "very many") or https://example.com/very-various.

            <!-- significantly various many -->

            <div>very significantly many</div>

            ```
            significantly very many
            ```

                very significantly indented code

            """
        let f = try write("x.md", text)
        let ds = diagnostics(try json(try prfaq(["lint", "--format", "json", f])))
        let flagged = ds.filter { ($0["rule"] as? String)?.hasPrefix("concision/") == true || ($0["rule"] as? String)?.hasPrefix("clarity/") == true }
        XCTAssertEqual(flagged.count, 0, "\(flagged)")
    }

    func testBadInputs() throws {
        let bin = try write("bin.md", Data([0x23, 0x20, 0x00, 0x01, 0x02]))
        var r = try prfaq(["lint", bin])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("bin.md") && r.stderr.contains("not a text file"), r.stderr)
        let invalid = try write("bad-utf8.md", Data("# T\n\nIt is very \u{FF} slow.\n".utf8) + Data([0xFF]) + Data(" very.\n".utf8))
        r = try prfaq(["lint", "--format", "json", invalid])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("invalid UTF-8"), r.stderr)
        let ds = diagnostics(try json(r)).filter { $0["rule"] as? String == "concision/weasel-word" }
        // The bad byte is one U+FFFD scalar: "very" after it sits at column 3 of line 4.
        XCTAssertEqual(ds.compactMap { $0["line"] as? Int }, [3, 4])
        XCTAssertEqual(ds.compactMap { $0["column"] as? Int }, [7, 3])
        var utf16 = Data([0xFF, 0xFE])
        for u in "# T\n\nIt is very slow.\n".utf16 { utf16.append(UInt8(u & 0xFF)); utf16.append(UInt8(u >> 8)) }
        let wide = try write("wide.md", utf16)
        r = try prfaq(["lint", "--format", "json", wide])
        XCTAssertEqual(diagnostics(try json(r)).first { $0["rule"] as? String == "concision/weasel-word" }?["column"] as? Int, 7)
        let empty = try write("empty.md", "")
        XCTAssertEqual(try prfaq(["lint", empty]).status, 0)
        let crlf = try write("crlf.md", "# T\r\n\r\nIt is very slow.\r\n")
        r = try prfaq(["lint", "--format", "json", crlf])
        let d = diagnostics(try json(r)).first { $0["rule"] as? String == "concision/weasel-word" }
        XCTAssertEqual(d?["line"] as? Int, 3)
        XCTAssertEqual(d?["column"] as? Int, 7)
        XCTAssertEqual(d?["endColumn"] as? Int, 11)
    }
}
