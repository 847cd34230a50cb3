import XCTest
@testable import Markdown

/// A block's prose is a view into its document's one storage, its positions runs: these pin what the
/// runs must answer exactly as one offset pair per scalar did.
final class ProseStorageTests: XCTestCase {
    /// A draft with every way a scalar maps to the source: ASCII, multi-byte UTF-8, escapes, entities,
    /// code spans, images, links, breaks, inline HTML and a table (which is not prose).
    let draft = """
    # Heading with “quotes” and &amp; entity

    Plain text on one line,
    then a soft break and \\*escaped\\* stars, café, 日本語 and `code` and ![img](x.png).
    A [link](https://example.com "title") and <b>bold</b> and <https://a.b/c> here.\\
    After a hard break.

    | a | b |
    |---|---|
    | 1 | 2 |

    - item one with ✓ mark
    - item two

    Last paragraph.
    """

    /// Scalar by scalar, the offsets a writer recorded, rebuilt from source with the same appends.
    func testRunsAnswerEveryScalarsOffsets() {
        let doc = Document(text: draft)
        for block in doc.blocks {
            guard let p = block.prose else { continue }
            for k in 0..<p.count {
                let (s, e) = (p.starts[k], p.ends[k])
                XCTAssertLessThanOrEqual(s, e)
                XCTAssertTrue(block.range.contains(s) || s == block.range.upperBound, "scalar \(k) starts outside its block")
                XCTAssertEqual(p.sourceRange(k..<(k + 1)), s..<e)
                // Every end a scalar has is found by the run walk, and nothing else between.
                XCTAssertTrue(p.hasScalar(endingAt: e))
            }
            for offset in block.range.lowerBound...block.range.upperBound {
                XCTAssertEqual(p.hasScalar(endingAt: offset), p.ends.contains(offset), "offset \(offset)")
            }
        }
    }

    func testBlocksShareOneStorageAndTablesLeaveNothingBehind() {
        let doc = Document(text: draft)
        let proses = doc.blocks.compactMap(\.prose)
        XCTAssertGreaterThan(proses.count, 4)
        XCTAssertTrue(proses.allSatisfy { $0.storage === proses[0].storage })
        // Views tile the storage in order: the table's scalars were given back.
        var next = 0
        for p in proses {
            XCTAssertEqual(Int(p.base), next)
            next += p.count
        }
        XCTAssertEqual(next, proses[0].storage.count)
        XCTAssertFalse(proses.contains { $0.string.contains("|") })
    }

    /// Plain ASCII on one line is one run however long; a line break adds runs, not a run a scalar.
    func testPlainTextIsOneRunALine() {
        let line = String(repeating: "word ", count: 2_000)
        let one = Document(text: line).blocks.compactMap(\.prose)[0]
        XCTAssertEqual(one.runCount, 1)
        let three = Document(text: "one line\nsecond line\nthird line").blocks.compactMap(\.prose)[0]
        XCTAssertEqual(three.runCount, 5)
        XCTAssertEqual(three.string, "one line second line third line")
    }

    /// Two bytes a scalar: a scalar past the Basic Multilingual Plane is kept aside, and every way of
    /// reading the prose gives it back, before, between and after the others.
    func testScalarsPastThePlaneReadBack() {
        let text = "😀 a😀b 𝔘 é “x” 👍🏽 \u{FFFD} \u{E000} end 🎉"
        let p = Document(text: text).blocks.compactMap(\.prose)[0]
        let expected = Array(text.unicodeScalars)
        XCTAssertEqual(Array(p.scalars), expected)
        XCTAssertEqual(p.withScalars { Array($0) }, expected)
        XCTAssertEqual(p.string, text)
        XCTAssertEqual(p.string(2..<4), "a😀")
        XCTAssertEqual(p.storage.astralScalars.count, 6)  // 👍🏽 is two

        let storage = ProseStorage()
        var w = ProseWriter(storage: storage)
        w.append("😀", 0, 4)
        w.append("a", 4, 5)
        w.append("🎉", 5, 9)
        w.truncate(to: 2)
        w.append("𝔘", 5, 9)
        XCTAssertEqual(Array(w.finish().scalars), ["😀", "a", "𝔘"])
    }

    /// A match abandoned part-way is taken back whole, runs included.
    func testTruncateDropsTheRunsItOpened() {
        let storage = ProseStorage(source: Array("abcd".utf8))
        var w = ProseWriter(storage: storage)
        w.appendASCII(0..<3)
        w.append("é", 3, 5)
        w.append("x", 9, 10)
        XCTAssertEqual(storage.runs.count, 3)
        w.truncate(to: 3)
        XCTAssertEqual(storage.runs.count, 1)
        XCTAssertEqual(w.lastEnd, 3)
        w.append("d", 3, 4)
        let p = w.finish()
        XCTAssertEqual(p.string, "abcd")
        XCTAssertEqual(p.runCount, 1)
        XCTAssertEqual(p.sourceRange(0..<4), 0..<4)
        XCTAssertEqual(p.sourceRange(4..<4), 4..<4)
    }

    /// Prose that is the source's own ASCII is read back from the source: only the other scalars are
    /// kept (here a line break's space each, the escaped star, the entity, the code span and "é").
    func testOnlyScalarsThatAreNotTheirSourceBytesAreKept() {
        let plain = Document(text: String(repeating: "word ", count: 2_000)).blocks.compactMap(\.prose)[0]
        XCTAssertEqual(plain.storage.units.count, 0)
        let text = "one \\* two\nthree &amp; `code` café"
        let p = Document(text: text).blocks.compactMap(\.prose)[0]
        XCTAssertEqual(p.string, "one * two three & \u{FFFC} café")
        XCTAssertEqual(p.storage.units.count, 5)
        XCTAssertEqual(Array(p.scalars), Array(p.string.unicodeScalars))
        XCTAssertEqual(p.withScalars { Array($0) }, Array(p.string.unicodeScalars))
        for k in 0..<p.count { XCTAssertEqual(p.string(k..<(k + 1)), String(p.scalars[k])) }
    }

    /// A scalar one byte wide that is not the byte under it (cmark reads a NUL as U+FFFD) is kept, not
    /// read from the source; and a kept run and a source run side by side never merge.
    func testAOneByteScalarThatDiffersFromItsByteIsKept() {
        let storage = ProseStorage(source: Array("ab\u{0}d".utf8))
        var w = ProseWriter(storage: storage)
        w.appendASCII(0..<2)
        w.append("\u{FFFD}", 2, 3)
        w.append("d", 3, 4)
        let p = w.finish()
        XCTAssertEqual(p.string, "ab\u{FFFD}d")
        XCTAssertEqual(p.runCount, 3)
        XCTAssertEqual(storage.units, [0xFFFD])
        XCTAssertEqual(p.sourceRange(0..<4), 0..<4)
        w.truncate(to: 2)
        XCTAssertEqual(storage.units, [])
        XCTAssertEqual(w.finish().string, "ab")
    }

    func testPlainProseMapsEachScalarToItsOwnOffset() {
        let p = Prose(plain: "a ✓ b")
        XCTAssertEqual(Array(p.starts), [0, 1, 2, 3, 4])
        XCTAssertEqual(Array(p.ends), [1, 2, 3, 4, 5])
        XCTAssertEqual(p.string, "a ✓ b")
    }
}
