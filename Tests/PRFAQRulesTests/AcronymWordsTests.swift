@testable import PRFAQRules
import XCTest

/// A code span's words are split on bytes when it is ASCII; that path must give what splitting its
/// Characters on letters and digits gives (the acronym check drops a term the draft also writes in code).
final class AcronymWordsTests: XCTestCase {
    func testASCIIPathAgreesWithTheCharacterPath() {
        let spans = ["`npm install`", "`AWS_REGION=us-east-1`", "`jsii`", "``", "`a`", "`CDK v2.1`", "`x\r\ny`",
                     "`Foo.BarBaz(42)`", "`--dry-run`", "`SEV1 P99`", "`\t TAB`", "`ÉCOLE npm`", "`naïve API`"]
        for s in spans {
            let characters = s.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
            XCTAssertEqual(UndefinedAcronym.lowerCaseWords(s), characters, s)
        }
    }
}
