import Foundation
import XCTest

/// What a team meets on its first day with the command line (issue 18): a typo is a usage error, not a
/// lint run; an exit 1 says why; the totals count what was linted; GitHub gets clean paths.
final class FirstDayTests: CLITestCase {
    let weasel = "# Title\n\nDelivery will drop significantly for rural customers.\n"

    /// `prfaq stat draft.md` once linted a file named "stat" (missing) and the draft after it.
    func testAMistypedCommandIsAUsageErrorWithDidYouMean() throws {
        let draft = try write("draft.md", weasel)
        for (typo, meant) in [("stat", "stats"), ("rule", "rules"), ("lnt", "lint"), ("explian", "explain")] {
            let r = try prfaq([typo, draft])
            XCTAssertEqual(r.status, 2, typo)
            XCTAssertEqual(r.stdout, "", "nothing was linted")
            XCTAssertTrue(r.stderr.hasPrefix("prfaq: error: unknown command \"\(typo)\" (did you mean \"\(meant)\"?)"), r.stderr)
        }
        // A file or folder of that name is what was meant: it is linted.
        _ = try write("stat/a.md", weasel)
        let folder = try prfaq(["stat"], cwd: dir)
        XCTAssertEqual(folder.status, 0, folder.stderr)
        XCTAssertTrue(folder.stdout.contains("concision/weasel-word"), folder.stdout)
        // A word near no command is a path, as before.
        XCTAssertTrue(try prfaq(["nothing-like-a-command.md"]).stderr.contains("no such file"))
    }

    func testUsageErrorsHaveTheOneErrorStyle() throws {
        let r = try prfaq(["lint", "--max-warnings"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.hasPrefix("prfaq: error: "), r.stderr)
        XCTAssertFalse(r.stderr.contains("Error: "), r.stderr)
    }

    func testMaxWarningsSaysWhyAndMinusOneIsNoLimit() throws {
        let draft = try write("draft.md", weasel)
        for format in ["text", "json", "sarif"] {
            let over = try prfaq(["lint", "--format", format, "--max-warnings", "0", draft])
            XCTAssertEqual(over.status, 1, format)
            XCTAssertTrue(over.stderr.contains("prfaq: too many warnings: 1 (maximum 0)"), "\(format): \(over.stderr)")
        }
        let within = try prfaq(["lint", "--max-warnings", "1", draft])
        XCTAssertEqual(within.status, 0)
        XCTAssertFalse(within.stderr.contains("too many"), within.stderr)
        for args in [["--max-warnings", "-1"], ["--max-warnings=-1"]] {
            let r = try prfaq(["lint"] + args + [draft])
            XCTAssertEqual(r.status, 0, "\(args): \(r.stderr)")
            XCTAssertEqual(r.stderr, "")
        }
    }

    func testAFolderWithNoMarkdownIsAnErrorUnlessAskedNot() throws {
        _ = try write("notes/readme.txt", "not markdown")
        let notes = dir.appendingPathComponent("notes").path
        let r = try prfaq(["lint", notes])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("no Markdown files to lint in \(notes)"), r.stderr)
        let allowed = try prfaq(["lint", "--no-error-on-empty", notes])
        XCTAssertEqual(allowed.status, 0, allowed.stderr)
        XCTAssertTrue(allowed.stdout.contains("in 0 files"), allowed.stdout)
    }

    /// A file that could not be read is reported on its own line and counts in no total.
    func testTheSummaryCountsOnlyFilesLinted() throws {
        let draft = try write("draft.md", weasel)
        for format in ["text", "json"] {
            let r = try prfaq(["lint", "--format", format, "missing.md", draft])
            XCTAssertEqual(r.status, 2)
            if format == "text" {
                XCTAssertTrue(r.stdout.hasSuffix("0 errors, 1 warning, 0 suggestions in 1 file\n"), r.stdout)
            } else {
                let summary = try json(r)["summary"] as? [String: Int]
                XCTAssertEqual(summary?["files"], 1)
                XCTAssertEqual((try json(r)["files"] as? [Any])?.count, 2, "the missing file is still listed")
            }
        }
    }

    /// GitHub attaches annotations only to clean repository paths: never `./docs/a.md`.
    func testGitHubPathsNeverStartWithDotSlash() throws {
        _ = try write("docs/a.md", weasel)
        let r = try prfaq(["lint", "--format", "github", "./docs"], cwd: dir)
        let annotations = r.stdout.split(separator: "\n").filter { $0.hasPrefix("::") }
        XCTAssertFalse(annotations.isEmpty, r.stdout)
        for a in annotations { XCTAssertTrue(a.contains("file=docs/a.md,"), String(a)) }
    }

    /// pre-commit and hooks name files: one the config ignores stays ignored, with a note, unless
    /// `--no-ignore`; and a run where everything named was ignored is not "no Markdown files".
    func testIgnoreGlobsApplyToNamedFiles() throws {
        try write(".prfaq.yml", "ignore: [\"archive/**\"]\n")
        let old = try write("archive/old.md", weasel)
        let r = try prfaq(["lint", old], cwd: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("archive/old.md: skipped: the config's ignore globs match it (--no-ignore lints it)"), r.stderr)
        XCTAssertTrue(r.stdout.hasSuffix("in 0 files\n"), r.stdout)
        // The same draft piped in under its name (as the git hook does) is skipped the same way.
        let piped = try prfaq(["lint", "--stdin-filename", "archive/old.md", "-"], stdin: weasel, cwd: dir)
        XCTAssertEqual(piped.status, 0, piped.stderr)
        XCTAssertTrue(piped.stderr.contains("archive/old.md: skipped:"), piped.stderr)
        XCTAssertFalse(piped.stdout.contains("weasel"), piped.stdout)
        let forced = try prfaq(["lint", "--no-ignore", old], cwd: dir)
        XCTAssertTrue(forced.stdout.contains("concision/weasel-word"), forced.stdout)
        XCTAssertEqual(forced.stderr, "")
    }

    /// An editor pipes the buffer and names its file: the file's own folder's config applies.
    func testStdinFilenameChoosesTheConfig() throws {
        try write("strict/.prfaq.yml", "rules:\n  concision/weasel-word: error\n")
        let named = try prfaq(["lint", "--stdin-filename", "strict/x.md", "-"], stdin: weasel, cwd: dir)
        XCTAssertEqual(named.status, 1, named.stdout + named.stderr)
        XCTAssertTrue(named.stdout.contains("strict/x.md:3:"), named.stdout)
        let plain = try prfaq(["lint", "-"], stdin: weasel, cwd: dir)
        XCTAssertEqual(plain.status, 0, plain.stdout + plain.stderr)
    }

    func testForceColorColoursAPipe() throws {
        let draft = try write("draft.md", weasel)
        XCTAssertTrue(try prfaq(["lint", draft], env: ["FORCE_COLOR": "1"]).stdout.contains("\u{1B}["))
        XCTAssertFalse(try prfaq(["lint", draft], env: ["FORCE_COLOR": "0"]).stdout.contains("\u{1B}["))
        XCTAssertFalse(try prfaq(["lint", draft]).stdout.contains("\u{1B}["), "a pipe is not a terminal")
        XCTAssertFalse(try prfaq(["lint", "--color", "never", draft], env: ["FORCE_COLOR": "1"]).stdout.contains("\u{1B}["))
    }

    /// Findings come in source order; `--sort severity` puts errors first, each severity in source order.
    func testSortSeverityListsErrorsFirst() throws {
        let draft = try write("star.md", "## Situation\n\nDelivery will drop significantly soon.\n\n## Task\n\nI owned it.\n\n## Action\n\nWe would fix it.\n")
        func severities(_ args: [String]) throws -> [(String, Int)] {
            let obj = try json(try prfaq(["lint", "--format", "json", "--profile", "star"] + args + [draft]))
            let d = ((obj["files"] as? [[String: Any]])?.first?["diagnostics"] as? [[String: Any]]) ?? []
            return d.map { ($0["severity"] as? String ?? "", $0["line"] as? Int ?? 0) }
        }
        let source = try severities([])
        XCTAssertEqual(source.map(\.1), source.map(\.1).sorted(), "source order by default")
        XCTAssertTrue(Set(source.map(\.0)).isSuperset(of: ["error", "warning"]), "\(source)")
        let bySeverity = try severities(["--sort", "severity"])
        let rank = ["error": 0, "warning": 1, "suggestion": 2]
        XCTAssertEqual(bySeverity.map { rank[$0.0] ?? 9 }, bySeverity.map { rank[$0.0] ?? 9 }.sorted())
        for sev in rank.keys {
            let lines = bySeverity.filter { $0.0 == sev }.map(\.1)
            XCTAssertEqual(lines, lines.sorted(), sev)
        }
        XCTAssertEqual(bySeverity.count, source.count)
    }

    /// On an 80-column terminal a long line is cut around the span, and the carets stay under the word.
    func testSnippetsFitTheTerminal() throws {
        let line = String(repeating: "word ", count: 40) + "we will leverage synergy " + String(repeating: "more ", count: 40)
        let draft = try write("long.md", "# T\n\n\(line)\n")
        for columns in [60, 80, 120] {
            let out = try prfaq(["lint", "--color", "never", draft], env: ["COLUMNS": String(columns)]).stdout
            let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for (k, l) in lines.enumerated() where l.hasPrefix("    3 | ") {
                XCTAssertLessThanOrEqual(l.unicodeScalars.count, columns, l)
                let caret = lines[k + 1]
                guard let at = caret.firstIndex(of: "^") else { XCTFail(caret); continue }
                let col = caret.unicodeScalars.distance(from: caret.unicodeScalars.startIndex, to: at.samePosition(in: caret.unicodeScalars)!)
                let word = String(l.unicodeScalars.dropFirst(col).prefix { $0 != " " })
                XCTAssertTrue(["word", "leverage", "synergy", "more"].contains(word), "caret under \(word.debugDescription) at \(columns) columns")
            }
            XCTAssertTrue(out.contains("leverage"), out)
        }
        // A pipe without COLUMNS keeps the wider window.
        let piped = try prfaq(["lint", "--color", "never", draft]).stdout
        XCTAssertTrue(piped.split(separator: "\n").contains { $0.hasPrefix("    3 | ") && $0.unicodeScalars.count > 120 }, piped)
    }

    /// A folder walk passes over hidden folders (an editor's history, a virtual environment); named, one
    /// is linted.
    func testHiddenFoldersAreWalkedOnlyWhenNamed() throws {
        try write("docs/a.md", weasel)
        try write("docs/.history/a-old.md", weasel)
        let walked = try prfaq(["lint", "--format", "json", "docs"], cwd: dir)
        let paths = ((try json(walked)["files"] as? [[String: Any]]) ?? []).compactMap { $0["path"] as? String }
        XCTAssertEqual(paths, ["docs/a.md"])
        let named = try prfaq(["lint", "docs/.history"], cwd: dir)
        XCTAssertTrue(named.stdout.contains("docs/.history/a-old.md:3:"), named.stdout)
    }

    /// Options that do not go together are one line in the one style, not the top-level usage.
    func testOptionsThatDoNotGoTogetherAreOneLine() throws {
        let draft = try write("draft.md", weasel)
        let r = try prfaq(["lint", "--dry-run", draft])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, "prfaq: error: --dry-run goes with --fix\n")
        let help = try prfaq(["lint", "--help"]).stdout
        XCTAssertEqual(help.components(separatedBy: "checkstyle").count - 1, 1, "the formats listed once: \(help)")
    }
}
