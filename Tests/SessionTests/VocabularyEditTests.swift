import LintCore
@testable import Session
import Settings
import XCTest

/// Adding a word to `vocabulary: accept:` is one insertion that keeps the file's comments and layout, and
/// the result still parses with the word accepted.
final class VocabularyEditTests: XCTestCase {
    func applied(_ word: String, _ yaml: String) -> String {
        let i = VocabularyEdit.accepting(word, in: yaml)
        var bytes = Array(yaml.utf8)
        bytes.insert(contentsOf: Array(i.text.utf8), at: i.offset)
        return String(decoding: bytes, as: UTF8.self)
    }

    func accepted(_ yaml: String) throws -> [String] {
        try ConfigParser(rules: []).parse(yaml, file: ".prfaq.yml").0.vocabulary.accept
    }

    func testEachLayoutTakesTheWordAndKeepsItsComments() throws {
        let cases: [(String, [String])] = [
            ("", ["GMV"]),
            ("# team settings\nprofile: prfaq\n", ["GMV"]),
            ("profile: prfaq  # always\nvocabulary:\n  # words we use\n  reject: [synergy]\n", ["GMV"]),
            ("vocabulary:\n  accept: [ASIN]  # keep\n", ["ASIN", "GMV"]),
            ("vocabulary:\n  accept: []\n", ["GMV"]),
            ("vocabulary:\n  accept:\n    - ASIN   # the catalogue id\n    - Prime Video\n  reject: [synergy]\n# end\n", ["ASIN", "Prime Video", "GMV"]),
        ]
        for (yaml, want) in cases {
            let out = applied("GMV", yaml)
            XCTAssertEqual(try accepted(out), want, out)
            let comments = yaml.split(separator: "\n").compactMap { line in line.firstIndex(of: "#").map { String(line[$0...]) } }
            for comment in comments {
                XCTAssertTrue(out.contains(comment), "\(comment) lost in:\n\(out)")
            }
        }
    }

    func testAWordThatNeedsQuotesGetsThem() throws {
        XCTAssertEqual(try accepted(applied("C#: notes", "vocabulary:\n  accept: [ASIN]\n")), ["ASIN", "C#: notes"])
        XCTAssertEqual(try accepted(applied("Prime Video", "vocabulary:\n  accept: [ASIN]\n")), ["ASIN", "Prime Video"])
    }
}
