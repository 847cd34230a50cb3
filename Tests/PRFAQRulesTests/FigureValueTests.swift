import XCTest
import DraftAnatomy
import Markdown
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

    /// A bare figure is read on its bytes as it was read by parsing it: digits with at most one point, not
    /// a year from 1900 to 2100.
    func testBareFigureMatchesParsingIt() {
        func parsed(_ s: String) -> Bool {
            var dots = 0
            for b in s.utf8 {
                if b == 0x2E { dots += 1; continue }
                guard b >= 0x30 && b <= 0x39 else { return false }
            }
            guard dots <= 1, let v = Double(s) else { return false }
            return !(dots == 0 && s.utf8.count == 4 && (1900...2100).contains(Int(v)))
        }
        var cases = ["", ".", "5", "5.", ".5", "4.5", "1.2.3", "1899", "1900", "2027", "2100", "2101", "0999", "12345",
                     "20270", "5%", "$5", "3x", "1,000", "٣", "2.027", "00", String(repeating: "9", count: 400)]
        for a in ["", "1", "19", "202", "2100"] { for b in ["", ".", "0", "7", ".5"] { cases.append(a + b) } }
        for s in cases { XCTAssertEqual(NumberWithoutUnit.isBare(s), parsed(s), s) }
    }

    /// A size is found with its event at the far ends of where it may stand: three words before the figure
    /// ("the pilot ran for 10 weeks", "a survey of the 1,200 shoppers") and four after it ("the 30 bikes in
    /// the pilot"); a figure with no event near it is no size.
    func testSizesAreFoundWithTheirEventAtEitherEdge() {
        func keys(_ text: String) -> [String] {
            let d = Draft(document: Document(text: text))
            return d.units.flatMap { FigureMentions.mentions($0).map(\.key) }
        }
        XCTAssertEqual(keys("The pilot ran for 10 weeks."), ["pilot length in week"])
        XCTAssertEqual(keys("We ran a survey of the 1,200 shoppers."), ["survey shopper"])
        XCTAssertEqual(keys("We counted the 30 bikes in the pilot."), ["pilot bike"])
        XCTAssertEqual(keys("We ran a 24-bike pilot."), ["pilot bike"])
        XCTAssertEqual(keys("We counted 30 bikes on the street, and a pilot starts in May."), [])
    }
}
