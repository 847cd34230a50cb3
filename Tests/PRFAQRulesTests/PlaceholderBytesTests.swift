@testable import PRFAQRules
import XCTest

/// A block is searched for a placeholder only when its bytes hold a "[" or an entity's "&"; the search
/// for those two bytes must find them anywhere in the span and nowhere outside it.
final class PlaceholderBytesTests: XCTestCase {
    func testBracketOrAmpersandFoundOnlyInsideTheSpan() {
        let bytes = Array("plain words [[NAME]] more &#91; end".utf8)
        let bracket = bytes.firstIndex(of: 0x5B) ?? 0, amp = bytes.firstIndex(of: 0x26) ?? 0
        XCTAssertTrue(TemplatePlaceholder.mayHoldBracket(bytes, 0..<bytes.count))
        XCTAssertTrue(TemplatePlaceholder.mayHoldBracket(bytes, bracket..<(bracket + 1)))
        XCTAssertTrue(TemplatePlaceholder.mayHoldBracket(bytes, (amp - 2)..<(amp + 1)))
        XCTAssertFalse(TemplatePlaceholder.mayHoldBracket(bytes, 0..<bracket))
        XCTAssertFalse(TemplatePlaceholder.mayHoldBracket(bytes, (bracket + 8)..<amp))
        XCTAssertFalse(TemplatePlaceholder.mayHoldBracket(bytes, 5..<5))
        XCTAssertFalse(TemplatePlaceholder.mayHoldBracket(bytes, (bytes.count + 3)..<(bytes.count + 9)))
        XCTAssertFalse(TemplatePlaceholder.mayHoldBracket([], 0..<4))
    }
}
