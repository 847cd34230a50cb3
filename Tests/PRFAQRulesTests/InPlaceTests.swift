import XCTest
@testable import LintCore
@testable import Text

/// The findings pass through one array, changed in place: these hold the in-place steps to what the
/// copying versions they replaced did.
final class InPlaceTests: XCTestCase {
    func testKeepInOrderKeepsTheAcceptedElementsInTheirOrderAndAsksEachOnceInOrder() {
        var xs = Array(0..<20)
        var asked = [Int]()
        xs.keepInOrder { asked.append($0); return $0 % 3 != 0 }
        XCTAssertEqual(xs, (0..<20).filter { $0 % 3 != 0 })
        XCTAssertEqual(asked, Array(0..<20))
    }

    func testKeepInOrderDeduplicatesKeepingTheFirstOfEach() {
        var xs = ["b", "a", "b", "c", "a", "d", "c"]
        var seen = Set<String>()
        xs.keepInOrder { seen.insert($0).inserted }
        XCTAssertEqual(xs, ["b", "a", "c", "d"])
        var none = ["x", "y"]
        none.keepInOrder { _ in false }
        XCTAssertEqual(none, [])
    }

    func testParallelUpdateChangesEveryElementOnceWhateverTheSplit() {
        for n in [0, 1, 2, 3, 7, 1000] {
            var xs = Array(0..<n)
            Parallel.update(&xs) { $0 = $0 * 2 + 1 }
            XCTAssertEqual(xs, (0..<n).map { $0 * 2 + 1 }, "\(n) elements")
        }
    }
}
