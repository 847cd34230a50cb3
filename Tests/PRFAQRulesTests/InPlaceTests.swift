import XCTest
@testable import LintCore
@testable import Text
import Markdown

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

    /// Sorting the order and dropping repeats side by side gives what deduplicating in a set, then a
    /// stable sort by position and rule, gave: the first of each (rule, span, message) in the rules' order.
    func testSortedUniqueMatchesDeduplicatingThenSorting() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var found = [Diagnostic]()
            for n in 0..<Int.random(in: 0...30, using: &rng) {
                let lo = Int.random(in: 0...6, using: &rng), hi = lo + Int.random(in: 0...2, using: &rng)
                var d = Diagnostic(rule: ["a/x", "b/y", "c/z"].randomElement(using: &rng)!, severity: .warning,
                                   message: ["one", "two"].randomElement(using: &rng)!, help: "\(n)", range: lo..<hi, fix: nil)
                // Bytes 3 and 4 share a column, as two bytes of one letter do.
                d.start = Position(line: 1, column: lo == 4 ? 3 : lo)
                d.end = Position(line: 1, column: hi == 4 ? 3 : hi)
                found.append(d)
            }
            var seen = Set<String>()
            var expected = found.filter { seen.insert("\($0.rule) \($0.range) \($0.message)").inserted }
            expected = expected.enumerated().sorted { x, y in
                let (a, b) = (x.element, y.element)
                if a.start != b.start { return a.start < b.start }
                if a.end != b.end { return a.end < b.end }
                if a.rule != b.rule { return a.rule < b.rule }
                return x.offset < y.offset
            }.map(\.element)
            var got = found
            Linter.sortUnique(&got)
            XCTAssertEqual(got.map { "\($0.rule) \($0.range) \($0.message) \($0.help ?? "")" },
                           expected.map { "\($0.rule) \($0.range) \($0.message) \($0.help ?? "")" })
        }
    }

    /// The eight-at-a-time test for a line break says what a byte-by-byte search says, wherever the break
    /// falls and whatever bytes are around it.
    func testLineBreakTestMatchesAByteSearch() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let n = Int.random(in: 0...40, using: &rng)
            var bytes = (0..<n).map { _ in [0x0B, 0x0C, 0x09, 0x8A, 0x8D, 0x20, 0x61, 0xFF, 0x00, 0x0E].randomElement(using: &rng)! as UInt8 }
            if n > 0, Bool.random(using: &rng) { bytes[Int.random(in: 0..<n, using: &rng)] = Bool.random(using: &rng) ? 0x0A : 0x0D }
            let expected = bytes.contains { $0 == 0x0A || $0 == 0x0D }
            XCTAssertEqual(bytes.withUnsafeBufferPointer(RuleContext.hasLineBreak), expected, "\(bytes)")
        }
    }
}
