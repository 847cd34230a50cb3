import XCTest
@testable import PRFAQRules

/// A figure's value is read on bytes for ASCII figures; that path must read every figure as the
/// Character path does (the figure checks compare these values across a draft).
final class FigureValueTests: XCTestCase {
    func testASCIIPathAgreesWithTheCharacterPath() {
        let figures = ["50", "1,200", "$50K", "2.5M", "$1.2B", "~40", "40+", "3x", "12.", ".5", "$", "", "1,2,3",
                       "10k+", "7~", "4.6", "2027", "35%", "$8", "1e5", "12-", "+3", "~$5", "5..5", "0", "007", "9b"]
        for f in figures {
            let ascii = FigureMentions.asciiMagnitude(f)
            XCTAssertTrue(ascii != nil, "\(f) is ASCII")
            XCTAssertEqual(ascii ?? nil, FigureMentions.characterMagnitude(f), f)
        }
        // Not ASCII: the Character path decides.
        XCTAssertTrue(FigureMentions.asciiMagnitude("€50") == nil)
        XCTAssertEqual(FigureMentions.magnitude("€50", scale: nil), 50)
        XCTAssertEqual(FigureMentions.magnitude("$50K", scale: "thousand"), 50_000_000)
    }
}
