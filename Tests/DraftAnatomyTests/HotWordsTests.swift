import XCTest
import Markdown
@testable import DraftAnatomy
@testable import PRFAQRules
@testable import Text

/// The word marks (`HotWords`) find, for each marked set, the words the set holds (its filter's walk on the
/// records, each word it passes asked of the set), and the figures of a range the number tokens in it,
/// from every start to several ends, on every fixture; and every set the rules mark gets a bit.
final class HotWordsTests: XCTestCase {
    func testMarkedWalksFindWhatTheFiltersFind() throws {
        _ = BuiltinRules.all
        let sets = BuiltinRules.marked
        XCTAssertEqual(Set(sets.map { $0.hot.bit }).count, sets.count, "each marked set has its own bit")
        XCTAssertFalse(sets.contains { $0.hot.bit == 0 })
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures")
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".md") }
        XCTAssertGreaterThan(names.count, 5)
        var found = [Int](repeating: 0, count: sets.count), figures = 0
        for name in names {
            let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
            for u in Draft(document: Document(text: text)).units {
                let t = u.tokens
                XCTAssertNotEqual(t.store.marked, 0, "\(name): drafts built after the marking carry marks")
                for start in stride(from: 0, through: t.count + 1, by: t.count > 120 ? 7 : 1) {
                    for end in [start, start + 1, start + 9, start + 17, t.count] {
                        // The figures, read from the marks, are the number tokens.
                        let range = start..<Swift.max(start, end)
                        let numbers = range.filter { $0 < t.count && t[$0].kind == .number }
                        XCTAssertEqual(Array(t.indices(of: .number, in: range)), numbers, "\(name): \(range) in \(u.text)")
                        figures += numbers.count
                        for (n, set) in sets.enumerated() {
                            var member: Int?, k = start
                            while let c = t.firstWord(filtering: set, from: k, to: end) {
                                if set.contains(t[c]) { member = c; break }
                                k = c + 1
                            }
                            let marked = t.firstWord(in: set, from: start, to: end)
                            XCTAssertEqual(marked, member, "\(name): set \(n), \(start)..<\(end) in \(u.text)")
                            XCTAssertEqual(t.firstWord(mayBeIn: set, from: start, to: end), member)
                            if marked != nil { found[n] += 1 }
                        }
                    }
                }
            }
        }
        // Each set is met on the fixtures, so the comparison above is not of empty walks.
        XCTAssertFalse(found.contains(0), "\(found)")
        XCTAssertGreaterThan(figures, 100)
    }
}
