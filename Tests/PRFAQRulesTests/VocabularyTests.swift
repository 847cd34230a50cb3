import LintCore
import Markdown
@testable import PRFAQRules
import Settings
import XCTest

/// `vocabulary:` in a configuration: accepted words are silent for the word rules, rejected ones are
/// reported with the team's replacement, and a nearer configuration adds to what it extends.
final class VocabularyTests: XCTestCase {
    func config(_ yaml: String) throws -> Configuration {
        try ConfigParser(rules: allRulesLinter.descriptions).parse(yaml, file: ".prfaq.yml").0
    }

    func rules(_ text: String, _ config: Configuration) -> [String] {
        allRulesLinter.lint(SourceFile(path: "a.md", text: text), config: config, profile: .narrative).diagnostics.map(\.rule)
    }

    func testAcceptedWordsAreNeitherAcronymsNorJargon() throws {
        let text = "# GMV\n\nWe leverage the GMV report every week to plan 12 launches.\n"
        let before = rules(text, Configuration())
        XCTAssertTrue(before.contains("clarity/undefined-acronym") && before.contains("clarity/jargon"), "\(before)")
        let after = rules(text, try config("vocabulary:\n  accept: [gmv, Leverage]\n"))
        XCTAssertFalse(after.contains("clarity/undefined-acronym") || after.contains("clarity/jargon"), "\(after)")
    }

    func testRejectedWordsCarryTheTeamsFix() throws {
        let c = try config("vocabulary:\n  reject:\n    - {phrase: utilize, use: use}\n    - synergy\n")
        let r = allRulesLinter.lint(SourceFile(path: "a.md", text: "# Plan\n\nUtilize the queue for synergy.\n"), config: c, profile: .narrative)
        let found = r.diagnostics.filter { $0.rule == "clarity/team-vocabulary" }
        XCTAssertEqual(found.map(\.message), ["the team writes \"use\", not \"Utilize\"", "the team's vocabulary rejects \"synergy\""])
        XCTAssertEqual(found.first?.fix?.replacement, "Use")
        XCTAssertNil(found.last?.fix)
    }

    func testANearerConfigurationAddsToWhatItExtends() throws {
        var merged = try config("vocabulary:\n  accept: [GMV]\n")
        merged.merge(try config("vocabulary:\n  accept: [ASIN]\n  reject: [synergy]\n"))
        XCTAssertEqual(merged.vocabulary.accept, ["GMV", "ASIN"])
        XCTAssertEqual(merged.vocabulary.reject.map(\.phrase), ["synergy"])
    }

    func testMistakesNameTheirLine() throws {
        XCTAssertThrowsError(try config("vocabulary:\n  acept: [GMV]\n")) { e in
            XCTAssertEqual("\(e)", ".prfaq.yml:2:3: unknown vocabulary key \"acept\" (did you mean accept?); use accept or reject")
        }
        XCTAssertThrowsError(try config("vocabulary:\n  reject: [{phrase: a, instead: b}]\n"))
    }
}
