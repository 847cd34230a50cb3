import Foundation
import TestSupport
import XCTest

final class OtherCommandTests: CLITestCase {
    func testRulesListsEveryRule() throws {
        let r = try prfaq(["rules"])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.contains("concision/weasel-word"))
        let list = try JSONSerialization.jsonObject(with: Data(try prfaq(["rules", "--format", "json"]).stdout.utf8)) as? [[String: Any]]
        XCTAssertGreaterThanOrEqual(list?.count ?? 0, 40)
        let categories = Set((list ?? []).compactMap { $0["category"] as? String })
        XCTAssertEqual(categories, ["structure", "concision", "clarity", "data", "customer", "tradeoffs", "star", "principles", "markdown"])
    }

    func testExplain() throws {
        let r = try prfaq(["explain", "concision/long-sentence"])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.contains("max-words"))
        XCTAssertTrue(r.stdout.contains("Fails:") && r.stdout.contains("Passes:"))
        let bad = try prfaq(["explain", "concision/weasel-words"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("did you mean concision/weasel-word?"), bad.stderr)
    }

    func testInitRefusesToOverwrite() throws {
        XCTAssertEqual(try prfaq(["init"]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent(".prfaq.yml").path))
        XCTAssertEqual(try prfaq(["init"]).status, 2)
        XCTAssertEqual(try prfaq(["init", "--force"]).status, 0)
        for t in ["prfaq", "narrative", "star"] {
            XCTAssertEqual(try prfaq(["init", "--template", t, "\(t).md"]).status, 0)
        }
        XCTAssertEqual(try prfaq(["init", "--template", "star", "star.md"]).status, 2)
        // The starter configuration is valid.
        try write("d.md", "# T\n\nCustomers reorder in 2 taps.\n")
        XCTAssertNotEqual(try prfaq(["lint", "d.md"]).status, 2)
    }

    func testStats() throws {
        let f = try write("s.md", "# T\n\n## Situation\n\nOur team missed 3 of 5 deadlines.\n\n## Task\n\nI owned it.\n\n## Action\n\nI set reviews.\n\n## Result\n\nWe met 5 of 5.\n")
        let r = try prfaq(["stats", f])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.contains("(star)"), r.stdout)
        let obj = try JSONSerialization.jsonObject(with: Data(try prfaq(["stats", "--format", "json", f]).stdout.utf8)) as? [String: Any]
        XCTAssertEqual(obj?["sentences"] as? Int, 4)
        XCTAssertEqual(obj?["profile"] as? String, "star")
        XCTAssertEqual(try prfaq(["stats", "nope.md"]).status, 2)
    }

    /// stats reads the profile where lint does (front matter, .prfaq.yml, --profile) and says why.
    func testStatsAndLintAgreeOnTheProfile() throws {
        let text = "# Reorder\n\nSEATTLE — May 3, 2027 — Acme launched Reorder.\n\n## FAQ\n\n### What is it?\n\nA button.\n"
        let forced = try write("forced.md", "---\nprfaq:\n  profile: narrative\n---\n" + text)
        func profiles(_ args: [String]) throws -> (lint: String?, stats: String?) {
            let lint = try JSONSerialization.jsonObject(with: Data(try prfaq(["lint", "--format", "json"] + args).stdout.utf8)) as? [String: Any]
            let stats = try JSONSerialization.jsonObject(with: Data(try prfaq(["stats", "--format", "json"] + args).stdout.utf8)) as? [String: Any]
            return ((lint?["files"] as? [[String: Any]])?.first?["profile"] as? String, stats?["profile"] as? String)
        }
        XCTAssertEqual(try profiles([forced]).lint, "narrative")
        XCTAssertEqual(try profiles([forced]).stats, "narrative")
        XCTAssertEqual(try profiles(["--profile", "star", forced]).stats, "star")
        let plain = try write("plain.md", text)
        XCTAssertEqual(try profiles([plain]).stats, "prfaq")
        let r = try prfaq(["stats", plain])
        XCTAssertTrue(r.stdout.contains("why this profile    a dateline (line 3)"), r.stdout)
    }
}

final class ReadmeTests: CLITestCase {
    /// The README's rules table names every rule the binary ships, so docs cannot fall behind.
    func testReadmeListsEveryRule() throws {
        let root = packageRoot
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let list = try JSONSerialization.jsonObject(with: Data(try prfaq(["rules", "--format", "json"]).stdout.utf8)) as? [[String: Any]] ?? []
        for id in list.compactMap({ $0["id"] as? String }) {
            XCTAssertTrue(readme.contains("`\(id)`"), "README does not list \(id)")
        }
        XCTAssertTrue(readme.contains("make demo") && readme.contains("make test"))
    }
}

final class StreamedOutputTests: CLITestCase {
    /// The command line streams text and JSON file by file; what it prints must equal the golden output
    /// that the formatters produce in one piece.
    func testStreamedOutputEqualsGoldens() throws {
        let root = packageRoot
        for name in ["prfaq-flawed-pharmacy-refills", "star-good-checkout-latency", "narrative-flawed-cold-chain"] {
            let path = "Fixtures/\(name).md"
            let text = try prfaq(["lint", path], cwd: root)
            XCTAssertEqual(text.stdout, try String(contentsOf: root.appendingPathComponent("Fixtures/\(name).expected.txt"), encoding: .utf8), name)
            let json = try prfaq(["lint", "--format", "json", path], cwd: root)
            XCTAssertEqual(json.stdout, try String(contentsOf: root.appendingPathComponent("Fixtures/\(name).expected.json"), encoding: .utf8), name)
        }
    }
}

/// Standard output that cannot take the output (a full disk, a pipe whose reader left while SIGPIPE is
/// ignored) fails the run with one line on standard error and exit 2, for every command.
final class UnwritableOutputTests: CLITestCase {
    func run(_ args: [String]) throws -> (status: Int32, stderr: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = args
        p.currentDirectoryURL = dir
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else { throw XCTSkip("no /dev/full here") }
        p.standardOutput = full
        let err = Pipe()
        p.standardError = err
        try p.run()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: e, as: UTF8.self))
    }

    func testAFullDiskIsAnErrorNotATrap() throws {
        try write("x.md", "# T\n\nIt is significantly slow.\n")
        for args in [["lint", "x.md"], ["lint", "--format", "json", "x.md"], ["rules"], ["explain", "clarity/hype"], ["stats", "x.md"]] {
            let r = try run(args)
            XCTAssertEqual(r.status, 2, "\(args): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("prfaq: error: cannot write to standard output: No space left on device"), "\(args): \(r.stderr)")
        }
    }

    /// A reader that went away, with SIGPIPE ignored (as Python's subprocess and many CI runners leave
    /// it): the write fails with EPIPE, which is an error and exit 2, not a trap.
    func testAClosedPipeWithSIGPIPEIgnoredIsAnErrorNotATrap() throws {
        try write("x.md", "# T\n\n" + String(repeating: "It is significantly slow. ", count: 20_000) + "\n")
        let stderr = try shell("trap '' PIPE; \"$0\" lint x.md | head -c 1 >/dev/null").stderr
        XCTAssertTrue(stderr.contains("prfaq: error: cannot write to standard output: Broken pipe"), stderr)
        XCTAssertFalse(stderr.contains("Fatal error"), stderr)
    }
}

/// `report -o` replaces only regular files: a link stays a link (its target is written), a named pipe or
/// a device is written through, a folder is an error (issue 15: `-o /dev/null` as root made it a file).
final class ReportOutputTests: CLITestCase {
    func testLinksPipesAndFoldersKeepWhatTheyAre() throws {
        try write("d.md", "# T\n\nIt is slow.\n")
        try write("target.html", "old")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.html").path, withDestinationPath: "target.html")
        var r = try prfaq(["report", "d.md", "-o", "link.html"])
        XCTAssertNotEqual(r.status, 2, r.stderr)
        let attrs = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("link.html").path)
        XCTAssertEqual(attrs[.type] as? FileAttributeType, .typeSymbolicLink)
        XCTAssertTrue(try String(contentsOf: dir.appendingPathComponent("target.html"), encoding: .utf8).hasPrefix("<!DOCTYPE html>"))

        let fifo = dir.appendingPathComponent("pipe").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        let received = DispatchSemaphore(value: 0)
        final class Received: @unchecked Sendable { var data = Data() }
        let got = Received()
        DispatchQueue.global().async {
            if let h = FileHandle(forReadingAtPath: fifo) { got.data = h.readDataToEndOfFile() }
            received.signal()
        }
        r = try prfaq(["report", "d.md", "-o", "pipe"])
        XCTAssertNotEqual(r.status, 2, r.stderr)
        XCTAssertEqual(received.wait(timeout: .now() + 30), .success)
        XCTAssertTrue(String(decoding: got.data, as: UTF8.self).hasPrefix("<!DOCTYPE html>"))
        let pipeType = try FileManager.default.attributesOfItem(atPath: fifo)[.type] as? FileAttributeType
        XCTAssertNotEqual(pipeType, .typeRegular)

        try FileManager.default.createDirectory(at: dir.appendingPathComponent("folder"), withIntermediateDirectories: true)
        r = try prfaq(["report", "d.md", "-o", "folder"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("folder: cannot write the report: is a folder"), r.stderr)
    }
}

/// Standard input has the files' ceiling, and the LSP accepts the flag editors pass.
final class InputLimitTests: CLITestCase {
    func testStandardInputOver64MBIsRefused() throws {
        let big = Data(repeating: 0x61, count: 64 * 1024 * 1024 + 10)
        let l = try launch(["lint", "-"], stdin: big)
        XCTAssertEqual(l.status, 2, l.stderr)
        XCTAssertTrue(l.stderr.contains("<stdin>: larger than 64 MB"), l.stderr)
    }

    func testLSPAcceptsStdioFlag() throws {
        let r = try prfaq(["lsp", "--stdio"], stdin: "")
        XCTAssertNotEqual(r.status, 2, r.stderr)
        XCTAssertFalse(r.stderr.contains("Unknown option"), r.stderr)
    }
}

/// `--prompt` and front matter `prompt:`: the command line wins, and `stats` shows where each part is answered.
final class PromptCommandTests: CLITestCase {
    func testPromptFromFrontMatterOrTheCommandLine() throws {
        let draft = try write("a.md", "---\nprompt: How would you cut delivery costs, and what are the risks?\n---\n# Cutting delivery costs\n\nThis answers how to cut delivery costs and the risks.\n\n## Cutting costs\n\nBatch deliveries by postcode.\n")
        let lint = try prfaq(["lint", "--format", "json", draft])
        let missing = diagnostics(try json(lint)).filter { $0["rule"] as? String == "structure/prompt-coverage" }
        XCTAssertEqual(missing.map { $0["message"] as? String }, ["the prompt asks \"what are the risks\", and no part of the draft answers it"])
        XCTAssertEqual(missing.first?["line"] as? Int, 2)
        let overridden = try prfaq(["lint", "--format", "json", "--prompt", "How would you cut delivery costs?", draft])
        XCTAssertTrue(diagnostics(try json(overridden)).allSatisfy { $0["rule"] as? String != "structure/prompt-coverage" }, overridden.stdout)
        let stats = try prfaq(["stats", draft])
        XCTAssertTrue(stats.stdout.contains("what are the risks  ← not answered"), stats.stdout)
        XCTAssertTrue(stats.stdout.contains("How would you cut delivery costs  ← Cutting costs (line 8)"), stats.stdout)
        let empty = try prfaq(["lint", "--prompt", " ", draft])
        XCTAssertEqual(empty.status, 2)
        XCTAssertTrue(empty.stderr.contains("--prompt takes the text of the prompt"), empty.stderr)
    }

    /// The assessment skeleton names its prompt in front matter, so the first lint points the writer there.
    func testInitWritesAnAssessmentWithItsPromptInFrontMatter() throws {
        let made = try prfaq(["init", "--template", "assessment", "a.md"])
        XCTAssertEqual(made.status, 0, made.stderr)
        let text = try String(contentsOf: dir.appendingPathComponent("a.md"), encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("---\n# The prompt you answer"), text)
        let lint = try prfaq(["lint", "--format", "json", "a.md"])
        // The prompt is still the skeleton's "[[Paste the prompt here]]": the placeholder finding points there.
        let found = diagnostics(try json(lint)).filter { $0["rule"] as? String == "markdown/template-placeholder" }
        XCTAssertEqual(found.first?["line"] as? Int, 3, lint.stdout)
        XCTAssertFalse(diagnostics(try json(lint)).contains { $0["rule"] as? String == "structure/prompt-coverage" }, lint.stdout)
    }

    /// Every skeleton shows its placeholders in any preview ([[…]], not <…> that CommonMark drops as HTML),
    /// reports what is left as one finding, and lints clean once each placeholder is filled
    /// (Tests/CLITests/template-fills.json holds one plausible fill per placeholder).
    func testTemplatesShowTheirPlaceholdersAndLintCleanOnceFilled() throws {
        let fillsURL = packageRoot.appendingPathComponent("Tests/CLITests/template-fills.json")
        let fills = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: fillsURL)) as? [String: String])
        for template in ["prfaq", "narrative", "star", "assessment"] {
            XCTAssertEqual(try prfaq(["init", "--template", template, "\(template).md"]).status, 0)
            let raw = try String(contentsOf: dir.appendingPathComponent("\(template).md"), encoding: .utf8)
            XCTAssertFalse(raw.contains("<Title>") || raw.contains("<Answer"), template)
            let unfilled = diagnostics(try json(try prfaq(["lint", "--format", "json", "\(template).md"])))
            XCTAssertEqual(unfilled.filter { $0["rule"] as? String == "markdown/template-placeholder" }.count, 1, template)
            XCTAssertFalse(unfilled.contains { ["markdown/empty-heading", "structure/faq-unanswered"].contains($0["rule"] as? String ?? "") },
                           "\(template): \(unfilled)")
            var filled = raw
            while let open = filled.range(of: "[["), let close = filled.range(of: "]]", range: open.upperBound..<filled.endIndex) {
                let key = String(filled[open.upperBound..<close.lowerBound])
                let fill = try XCTUnwrap(fills[key], "\(template): no fill for [[\(key)]]")
                filled.replaceSubrange(open.lowerBound..<close.upperBound, with: fill)
            }
            try write("filled-\(template).md", filled)
            let clean = try prfaq(["lint", "filled-\(template).md"])
            XCTAssertEqual(clean.status, 0, "\(template): \(clean.stdout)")
            XCTAssertTrue(clean.stdout.hasSuffix("0 errors, 0 warnings, 0 suggestions in 1 file\n"), "\(template): \(clean.stdout)")
        }
    }
}

/// `stats` and `lint` agree on what a press release is missing: parts the configuration does not
/// require (`pr-parts`) are listed as optional, not missing.
final class StatsAgreementTests: CLITestCase {
    func testPartsMissingAreThePartsLintRequires() throws {
        let draft = try write("pr.md", "# Reorder In One Tap For Busy Parents\n\nSEATTLE — May 3, 2027 — Reorder launches today for parents.\n\n## External FAQ\n\n### What does it cost?\n\nIt is free.\n\n## Internal FAQ\n\n### What are the risks?\n\nCarriers may miss windows.\n")
        let stats = try prfaq(["stats", "--format", "json", draft])
        let obj = try json(stats)
        let missing = try XCTUnwrap(obj["partsMissing"] as? [String])
        XCTAssertFalse(missing.contains("problem") || missing.contains("solution"), "\(missing)")
        XCTAssertEqual(Set(try XCTUnwrap(obj["partsNotRequired"] as? [String])), ["subheading", "problem", "solution", "getting started"])
        let lint = diagnostics(try json(try prfaq(["lint", "--format", "json", draft])))
        let message = try XCTUnwrap(lint.first { $0["rule"] as? String == "structure/missing-section" }?["message"] as? String)
        for part in missing where part.hasSuffix("quote") || part == "call to action" {
            XCTAssertTrue(message.contains(part), "\(part) is missing in stats but not in lint: \(message)")
        }
        try write(".prfaq.yml", "rules:\n  structure/missing-section:\n    pr-parts: [headline, summary, problem]\n")
        let short = try write("short.md", "# Returns\n\nWe take returns at the counter. The clerk scans the box.\n\n## Background\n\nReturns take 8 days today.\n")
        let quiet = try json(try prfaq(["stats", "--format", "json", short]))
        let notJudged = (quiet["notJudged"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        XCTAssertTrue(notJudged.contains("structure/purpose-up-front") && notJudged.contains("tradeoffs/narrative-risks"), "\(quiet)")
        XCTAssertTrue(try prfaq(["stats", short]).stdout.contains("not judged          "), "a short draft says which rules stayed out")
        let configured = try json(try prfaq(["stats", "--format", "json", draft]))
        XCTAssertEqual(configured["partsMissing"] as? [String], ["problem"])
    }
}

/// `explain` shows a word list's words and how to let one stand, and cuts padded examples to their shape.
final class ExplainListTests: CLITestCase {
    func testExplainListsTheWordsAndKeepsExamplesShort() throws {
        let list = try prfaq(["explain", "concision/weasel-word"])
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.contains("Words and phrases ("), list.stdout)
        XCTAssertTrue(list.stdout.contains("significantly"), list.stdout)
        XCTAssertTrue(list.stdout.contains("<!-- prfaq-disable-next-line concision/weasel-word -->"), list.stdout)
        let coded = try prfaq(["explain", "structure/purpose-up-front"])
        XCTAssertFalse(coded.stdout.contains("Words and phrases"), coded.stdout)
        let examples = try XCTUnwrap(coded.stdout.components(separatedBy: "\nFails:\n").last)
        XCTAssertTrue(examples.split(separator: "\n").allSatisfy { $0.count <= 200 }, examples)
        XCTAssertTrue(coded.stdout.contains("words in all)"), coded.stdout)
    }
}

/// Noise the first-day review found: one "we" finding per paragraph, and headings that only group
/// others listed in `stats` without "0 words, no sentences".
final class NoiseTests: CLITestCase {
    func testOneWeFindingPerParagraphAndGroupingHeadingsWithoutFigures() throws {
        let story = try write("s.md", "# Tell me about a time you led\n\n## Situation\n\nIn 2025 our clinic lost 30% of bookings.\n\n## Task\n\nI owned the fix.\n\n## Action\n\nWe called patients. We built a form. We tested it.\n\n## Result\n\nBookings rose from 70% to 90%.\n\n## Learning\n\nI now test with patients first.\n")
        let we = diagnostics(try json(try prfaq(["lint", "--format", "json", "--profile", "star", story])))
            .filter { $0["rule"] as? String == "star/we-instead-of-i" }
        XCTAssertEqual(we.count, 1, "\(we)")
        XCTAssertTrue((we.first?["message"] as? String ?? "").contains("(3 times in this paragraph)"), "\(we)")
        let pr = try write("p.md", "# Reorder\n\n## External FAQ\n\n### What does it cost?\n\nIt is free.\n")
        let stats = try prfaq(["stats", pr])
        XCTAssertTrue(stats.stdout.contains("\n      External FAQ\n"), stats.stdout)
        XCTAssertFalse(stats.stdout.contains("no sentences"), stats.stdout)
    }
}

/// One finding for one fault: "at some point in the future" is one vague time, and "I would" in a
/// STAR Action is the hypothetical rule's, not also a hedge.
final class OneFaultOneFindingTests: CLITestCase {
    func testOverlappingPhrasesGiveOneFinding() throws {
        let vague = diagnostics(try json(try prfaq(["lint", "--format", "json", "--profile", "narrative", "-"],
                                                   stdin: "# T\n\nWe will ship at some point in the future.\n")))
        XCTAssertEqual(vague.filter { $0["rule"] as? String == "clarity/vague-date" }.count, 1, "\(vague)")
        let story = "# Tell me about a time\n\n## Situation\n\nIn 2025 we lost 30% of bookings.\n\n## Task\n\nI owned it.\n\n## Action\n\nI would normally ask for a load test, but I skipped it.\n\n## Result\n\nBookings rose from 70% to 90%.\n"
        let found = diagnostics(try json(try prfaq(["lint", "--format", "json", "--profile", "star", "-"], stdin: story)))
        XCTAssertTrue(found.contains { $0["rule"] as? String == "star/hypothetical-action" }, "\(found)")
        XCTAssertFalse(found.contains { $0["rule"] as? String == "clarity/hedge" }, "\(found)")
    }
}

/// The repository's own README is no PR/FAQ: linting it gives no structure errors (the first-day review
/// found six), and every option a command takes is in it.
final class ReadmeSelfTests: CLITestCase {
    func testTheReadmeIsNoPRFAQAndNamesEveryOption() throws {
        let readme = packageRoot.appendingPathComponent("README.md").path
        let found = diagnostics(try json(try prfaq(["lint", "--format", "json", readme])))
        XCTAssertFalse(found.contains { $0["severity"] as? String == "error" }, "\(found.filter { $0["severity"] as? String == "error" })")
        let text = try String(contentsOfFile: readme, encoding: .utf8)
        for command in ["lint", "stats", "report", "config", "init", "rules", "explain", "lsp"] {
            let help = try prfaq([command, "--help"]).stdout
            var rest = help[...]
            while let dash = rest.range(of: "--") {
                let name = "--" + rest[dash.upperBound...].prefix { $0.isLetter || $0 == "-" }
                rest = rest[dash.upperBound...]
                if name.count > 3, !["--help", "--version"].contains(name) { XCTAssertTrue(text.contains(name), "README lacks \(name) (\(command))") }
            }
        }
    }
}
