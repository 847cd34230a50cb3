import DraftAnatomy
import LintCore
import Markdown
import PRFAQRules
import Settings
import XCTest

/// A written assessment's prompt: split into the parts a reader checks off, each found where the draft
/// answers it, and quiet on a draft that answers every part in its own words.
final class PromptTests: XCTestCase {
    func testPartsAreQuestionsListItemsAndJoinedQuestions() throws {
        let p = try XCTUnwrap(Prompt("Tell us about a time you disagreed with your manager. Why did it matter, and what was the outcome?"))
        XCTAssertEqual(p.parts.map(\.text), ["Tell us about a time you disagreed with your manager", "Why did it matter", "what was the outcome"])
        let list = try XCTUnwrap(Prompt("State the customer problem, your proposal, how you will measure success, and the risks."))
        XCTAssertEqual(list.parts.map(\.text), ["State the customer problem", "your proposal", "how you will measure success", "the risks"])
        // One "and" may join one idea; a part of instructions only ("What did you do?") asks for nothing to find.
        let one = try XCTUnwrap(Prompt("What are the pros and cons? What did you do?"))
        XCTAssertEqual(one.parts.map(\.text), ["What are the pros and cons"])
        XCTAssertNil(Prompt("What did you do?"))
    }

    /// A pasted book in `prompt:` is cut to its first parts, so checking it stays linear in the draft.
    func testAHugePromptIsBounded() throws {
        let p = try XCTUnwrap(Prompt((0..<5_000).map { "Why item\($0) and what thing\($0)?" }.joined(separator: " ")))
        XCTAssertEqual(p.parts.count, 40)
        XCTAssertLessThanOrEqual(p.parts.map(\.text.count).reduce(0, +), 4_000)
    }

    func testWordsMeetAcrossFormsAndSynonyms() {
        XCTAssertEqual(Set(Prompt.contentWords("proposes proposed propose")).count, 1)
        XCTAssertEqual(Prompt.contentWords("outcome"), Prompt.contentWords("results"))
        XCTAssertEqual(Prompt.contentWords("measured"), Prompt.contentWords("metrics"))
        XCTAssertEqual(Prompt.contentWords("decision"), Prompt.contentWords("decided"))
        XCTAssertEqual(Prompt.contentWords("incomplete data"), Prompt.contentWords("complete data"))
        // "Describe" asks for an answer; it is not a word the answer must use.
        XCTAssertEqual(Prompt("Describe a product decision you made with incomplete data")?.words, ["product", "decid", "complet", "data"])
    }

    /// The good assessment answers all five parts of its prompt under its own headings, in its own words.
    func testAGoodAssessmentAnswersEveryPart() throws {
        let text = try String(contentsOf: packageRoot.appendingPathComponent("Fixtures/narrative-good-returns-assessment.md"), encoding: .utf8)
        let source = SourceFile(path: "a.md", text: text)
        let prompt = "Propose a feature for a product you use every week. State the customer problem, your proposal, how you will measure success, and the risks."
        let draft = Draft(document: Document(source: source), prompt: prompt)
        let coverage = try XCTUnwrap(draft.prompt).coverage(in: draft)
        XCTAssertEqual(coverage.map { $0.section.map { draft.sections[$0].title } },
                       ["Purpose", "Background", "Proposal", "Goals", "Risks"])
        let r = allRulesLinter.lint(source, config: Configuration(), prompt: prompt)
        XCTAssertFalse(r.diagnostics.contains { $0.rule == "structure/prompt-coverage" }, "\(r.diagnostics.map(\.message))")
    }

    /// A paragraph that quotes the prompt states it; it answers none of its parts.
    func testQuotingThePromptAnswersNothing() throws {
        let text = "# Answer\n\nPrompt: how would you cut delivery costs, and how would you measure success?\n\n## Cutting delivery costs\n\nBatch deliveries by postcode.\n"
        let source = SourceFile(path: "a.md", text: text)
        let r = allRulesLinter.lint(source, config: Configuration(), profile: .narrative,
                                   prompt: "How would you cut delivery costs, and how would you measure success?")
        XCTAssertEqual(r.diagnostics.filter { $0.rule == "structure/prompt-coverage" }.map(\.message),
                       ["the prompt asks \"how would you measure success\", and no part of the draft answers it"])
    }

    /// The premise ("Pick an app you use") is taken up by the title and opening; "the customer and the
    /// problem" by two sibling sections, each naming one; a part nobody answers is still reported.
    func testPremiseAndSiblingSectionsAnswerTheirParts() throws {
        let text = "# Hold Pause for the Riverbend Library App\n\nI use the Riverbend Library app every week.\n\n## The customer\n\nPatrons who borrow 4 books a month.\n\n## The problem\n\nHolds expire while patrons travel.\n\n## Risks\n\nPatrons may pause forever; pauses end after 30 days.\n"
        let source = SourceFile(path: "a.md", text: text)
        let r = allRulesLinter.lint(source, config: Configuration(), profile: .narrative,
                                   prompt: "Pick an app you use weekly, describe the customer and the problem you would solve, and how you would measure success.")
        XCTAssertEqual(r.diagnostics.filter { $0.rule == "structure/prompt-coverage" && $0.severity == .warning }.map(\.message),
                       ["the prompt asks \"how you would measure success\", and no part of the draft answers it"])
    }

    func testFrontMatterPromptMustBeText() throws {
        let source = SourceFile(path: "a.md", text: "---\nprompt: [a, b]\n---\n# T\n\nText.\n")
        let r = allRulesLinter.lint(source, config: Configuration())
        XCTAssertEqual(r.error, "a.md:2:9: prompt must be the text of the prompt the draft answers")
    }
}
