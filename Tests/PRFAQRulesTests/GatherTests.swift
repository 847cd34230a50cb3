import DraftAnatomy
import LintCore
import Markdown
import PRFAQRules
import Settings
import XCTest

/// Linting a file frees its draft once the rules have run: what they found holds no reference to it, so a
/// large draft's tokens are gone before its findings are gathered into one array and written.
final class GatherTests: XCTestCase {
    let text = """
    # Press release

    We are thrilled to announce a revolutionary, best-in-class tool that might possibly help customers.
    It is used by many teams and it was designed to be easy. <!-- prfaq-disable-next-line clarity/hype -->
    Our seamless platform leverages synergies. <!-- prfaq-disable-line clarity/jargon -->
    """

    func testGatheredFindingsHoldNoDraft() throws {
        let linter = Linter(rules: BuiltinRules.all)
        let source = SourceFile(path: "draft.md", text: text)
        weak var draft: Draft?
        let gathered: Linter.Gathered = {
            let d = Draft(document: Document(source: source))
            draft = d
            return linter.gather(d, config: Configuration())
        }()
        XCTAssertNil(draft, "the findings gathered keep the draft alive")
        let settled = linter.settle(gathered, config: Configuration())
        XCTAssertFalse(settled.diagnostics.isEmpty)
        XCTAssertNil(settled.error)

        // The same findings, in the same order, as linting a draft kept for later.
        let kept = Draft(document: Document(source: source))
        let whole = linter.lint(kept, config: Configuration())
        let viaSource = linter.lint(source)
        func summary(_ r: FileResult) -> [String] { r.diagnostics.map { "\($0.rule) \($0.range) \($0.start) \($0.message)" } }
        XCTAssertEqual(summary(settled), summary(whole))
        XCTAssertEqual(summary(viaSource), summary(whole))
        XCTAssertEqual(linter.analyze(source).result.diagnostics.count, whole.diagnostics.count)
    }

    /// Front matter that cannot be read is the file's one error, whichever way it is linted.
    func testBadFrontMatterIsTheResult() {
        let linter = Linter(rules: BuiltinRules.all)
        let source = SourceFile(path: "bad.md", text: "---\nprfaq:\n  profile: [unclosed\n---\n# Title\n")
        XCTAssertNotNil(linter.lint(source).error)
        XCTAssertEqual(linter.lint(source).error, linter.analyze(source).result.error)
        XCTAssertNil(linter.analyze(source).draft)
    }
}
