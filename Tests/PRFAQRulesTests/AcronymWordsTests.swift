@testable import PRFAQRules
import Text
import XCTest

/// An ASCII code span's words are read on its bytes, and only those a wanted set may hold are made
/// Strings; that path must find what splitting its Characters on letters and digits finds (the acronym
/// check drops a term the draft also writes in code). A span past ASCII is left to the Character path.
final class AcronymWordsTests: XCTestCase {
    func testASCIIPathAgreesWithTheCharacterPath() {
        let spans = ["`npm install`", "`AWS_REGION=us-east-1`", "`jsii`", "``", "`a`", "`CDK v2.1`", "`x\r\ny`",
                     "`Foo.BarBaz(42)`", "`--dry-run`", "`SEV1 P99`", "`\t TAB`", "`ÉCOLE npm`", "`naïve API`"]
        var word = [UInt8]()
        for s in spans {
            let characters = s.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
            XCTAssertEqual(UndefinedAcronym.lowerCaseWords(s), characters, s)
            let bytes = Array(s.utf8)
            // Every word wanted: the bytes give each one the Characters give, in order.
            var found = [String]()
            let ascii = UndefinedAcronym.asciiCodeWords(bytes, 0..<bytes.count, in: WordSet(characters), &word) { found.append($0) }
            XCTAssertEqual(ascii, s.utf8.allSatisfy { $0 < 0x80 }, s)
            if ascii { XCTAssertEqual(found, characters, s) }
        }
    }
}
