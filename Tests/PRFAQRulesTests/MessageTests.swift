import XCTest
import Markdown
import DraftAnatomy
import Formats
import LintCore
import Session
import PRFAQRules

/// What a writer reads: one-line messages, whole-document findings on a line that says something.
final class MessageTests: XCTestCase {
    func run(_ text: String) -> FileResult {
        Linter(rules: BuiltinRules.all).lint(SourceFile(path: "draft.md", text: text))
    }

    /// A phrase that crosses a hard-wrapped line is quoted on one line, without the indentation.
    func testQuotedPhraseAcrossALineBreakStaysOneLine() {
        let r = run("# Plan\n\nWe will add exports in\n    the future, and\nin order\n  to help, we call.\n")
        let vague = r.diagnostics.first { $0.rule == "clarity/vague-date" }
        XCTAssertEqual(vague?.message, "\"in the future\" is a vague time; give a date")
        let wordy = r.diagnostics.first { $0.rule == "concision/wordy-phrase" }
        XCTAssertEqual(wordy?.message, "write \"to\" instead of \"in order to\"")
        for d in r.diagnostics {
            XCTAssertFalse(d.message.contains("\n"), d.message)
            XCTAssertFalse(d.message.contains("  "), d.message)
        }
    }

    /// A document finding in a draft with front matter points at its title, not at `---`.
    func testDocumentFindingSkipsFrontMatter() throws {
        let text = "---\ntitle: Draft\n---\n\n# Boat Owners Get a Text Before Each Storm\n\n## Press Release\n\nHarwick Bay owners get a text 6 hours before a storm reaches their mooring.\n\n## FAQ\n\n### How much does it cost?\n\nIt costs $4 a month.\n"
        let r = run(text)
        let docs = r.diagnostics.filter { $0.rule == "structure/missing-section" }
        XCTAssertFalse(docs.isEmpty)
        for d in docs {
            XCTAssertNotEqual(d.start.line, 1, d.message)
            XCTAssertFalse(r.source?.lineText(d.start.line).trimmingCharacters(in: .whitespaces).isEmpty ?? true)
            XCTAssertNotEqual(r.source?.lineText(d.start.line), "---")
        }
    }

    /// Without front matter a document finding stays on line 1, as the contract says; with it, the
    /// finding moves to the first line the writer wrote.
    func testStoryFindingOnLineOneOrAfterFrontMatter() throws {
        let story = "**Situation:** Our build broke twice a week in 2023.\n**Task:** I owned the fix.\n**Action:** I split the build into 4 stages.\n"
        let plain = try XCTUnwrap(run(story).diagnostics.first { $0.rule == "structure/missing-section" })
        XCTAssertEqual(plain.start.line, 1)
        let fronted = try XCTUnwrap(run("---\nprfaq:\n  profile: star\n---\n\n" + story).diagnostics.first { $0.rule == "structure/missing-section" })
        XCTAssertEqual(fronted.start.line, 6)
    }

    /// A safe fix leaves English: the principle's name replaces a noun, never an adjective.
    func testNearMissFixOnlyWhereANounFits() throws {
        func finding(_ text: String) throws -> Diagnostic {
            try XCTUnwrap(run("# Story\n\n" + text + "\n").diagnostics.first { $0.rule == "principles/near-miss-name" }, text)
        }
        XCTAssertNil(try finding("We are Customer Obsessed in every review.").fix)
        XCTAssertNil(try finding("We built a Customer Obsessed team in 2024.").fix)
        XCTAssertNotNil(try finding("My story shows Customer Obsessed and Ownership.").fix)
        XCTAssertEqual(try finding("My story shows Customer Obsessed and Ownership.").fix?.replacement, "Customer Obsession")
        XCTAssertNotNil(try finding("This story shows Bias to Action.").fix)
    }

    /// Messages are sentences: a deletion says "cut", and no article follows "no".
    func testMessagesReadAsEnglish() throws {
        let r = run("# Notes\n\nA large number of sellers asked.\n\n## FAQ\n\n### How will we measure success?\n\nBy the share of sellers who reorder.\n")
        let wordy = try XCTUnwrap(r.diagnostics.first { $0.rule == "concision/wordy-phrase" })
        XCTAssertEqual(wordy.message, "cut \"A large number of\"")
        for d in r.diagnostics {
            XCTAssertFalse(d.message.contains("no a "), d.message)
            XCTAssertFalse(d.message.contains("(delete it)"), d.message)
        }
        let metric = r.diagnostics.first { $0.rule == "data/metric-without-target" }
        XCTAssertEqual(metric?.message, "the success metric has no target and no date")
    }

    /// A passage repeated four times is one finding, not one per overlapping run of five words.
    func testARepeatedPassageIsReportedOnce() {
        let sentence = "For further information refer to our setup guide today. "
        let r = run("# Notes\n\n" + String(repeating: sentence, count: 4) + "\n")
        XCTAssertEqual(r.diagnostics.filter { $0.rule == "concision/repeated-phrase" }.count, 1,
                       r.diagnostics.filter { $0.rule == "concision/repeated-phrase" }.map(\.message).joined(separator: "; "))
    }

    /// A templated document repeats dozens of phrases: the first three are listed, the rest counted.
    func testRepeatedPhrasesAreListedThenCounted() {
        let lines = (1...5).map { n in "Widget \(n) keeps the retry queue for failed payment events. " }
        let text = "# Notes\n\n" + String(repeating: lines.joined(), count: 3) + "\n"
        let found = run(text).diagnostics.filter { $0.rule == "concision/repeated-phrase" }
        XCTAssertEqual(found.count, 1, found.map(\.message).joined(separator: "; "))
        let varied = (1...5).map { n in ["the retry queue holds failed payment events", "each nightly export copies the ledger rows",
                                         "every weekly report lists the late shipments", "our support agents answer within one hour",
                                         "the billing team closes the books monthly"][n - 1] + ". " }
        let many = run("# Notes\n\n" + String(repeating: varied.joined(), count: 3) + "\n").diagnostics.filter { $0.rule == "concision/repeated-phrase" }
        XCTAssertEqual(many.count, 3, many.map(\.message).joined(separator: "; "))
        XCTAssertTrue(many.last?.message.hasSuffix("(2 more phrases repeat in this document)") ?? false, many.last?.message ?? "")
    }

    /// An escape sequence in a draft or a file name reaches the terminal as a visible picture, never raw.
    func testControlCharactersAreShownNotSent() {
        let text = "# T\n\nIt is significantly\u{1B}[2J slow.\n"
        let r = Linter(rules: BuiltinRules.all).lint(SourceFile(path: "a\u{1B}]0;x\u{07}.md", text: text))
        let out = TextFormatter(color: false).format([r])
        XCTAssertFalse(out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, out.debugDescription)
        XCTAssertTrue(out.contains("significantly\u{241B}[2J slow."), out)
        XCTAssertTrue(out.contains("a\u{241B}]0;x\u{2407}.md:3:7:"), out)
    }
}
