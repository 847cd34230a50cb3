import XCTest
import Markdown
@testable import DraftAnatomy
@testable import PRFAQRules
@testable import Text

/// A thread's key table lent from draft to draft (`KeyTables`) gives every token the key and hash a table
/// of its own gives, whatever the thread tokenized before, and a draft read again adds no key.
final class KeyTablesTests: XCTestCase {
    func testLentTablesGiveTheKeysAFreshTableGives() throws {
        let texts = [
            "Teams rename 40 resources a month. The CLI moves them; “don’t” and don't share a key.",
            "Ünïcode wörds, a dash — and Ünïcode again. TTFL fell from 19 days to 6!",
            "A third draft with new words: zephyr, quokka, and the same old ones (teams, month).",
        ]
        for _ in 0..<2 {
            for text in texts {
                for u in Draft(document: Document(text: text)).units {
                    let fresh = Tokenizer.tokens(u.prose)
                    XCTAssertEqual(u.tokens.count, fresh.count, text)
                    for (k, t) in fresh.enumerated() where k < u.tokens.count {
                        let lent = u.tokens[k]
                        XCTAssertEqual(lent.key, t.key, text)
                        XCTAssertEqual(lent.keyHash, t.keyHash, text)
                        XCTAssertEqual(lent.range, t.range, text)
                        XCTAssertEqual(lent.kind, t.kind, text)
                        // The draft marks quoted tokens once its units are built; a token alone is not.
                        XCTAssertEqual(lent.bits & ~TokenRecord.quotedBit, t.bits, text)
                    }
                }
            }
        }
        // Read again, a draft adds no key to the thread's table; a new word adds one.
        let before = KeyTables.take()
        let count = before.keys.count
        KeyTables.putBack(before)
        _ = Draft(document: Document(text: texts[0]))
        var after = KeyTables.take()
        XCTAssertEqual(after.keys.count, count)
        KeyTables.putBack(after)
        _ = Draft(document: Document(text: "Qwxzjvbk teams."))
        after = KeyTables.take()
        XCTAssertEqual(after.keys.count, count + 1, "only the word not met before")
        KeyTables.putBack(after)
    }

    /// A table's key marks say which marked sets hold each key, whether the key was met before or after the
    /// sets were marked (a table made before the marking works them out when next lent).
    func testKeyMarksAreTheMarkedSetsThatHoldTheKey() {
        var table = KeyTable()
        let words = ["is", "was", "many", "launch", "code", "might", "zephyr", "teams", "seven", "winning"]
        for w in words.prefix(5) { _ = table.intern(w) }
        _ = BuiltinRules.all
        table.refreshMarks()
        for w in words.suffix(5) { _ = table.intern(w) }
        XCTAssertEqual(table.marks.count, table.keys.count)
        var marked = 0
        for (n, key) in table.keys.enumerated() {
            var expected: UInt8 = 0
            for set in BuiltinRules.marked where set.contains(key) { expected |= set.hot.bit }
            XCTAssertEqual(table.marks[n], expected, key)
            if expected != 0 { marked += 1 }
        }
        XCTAssertGreaterThanOrEqual(marked, 4, "the words include members of several marked sets")
    }
}
