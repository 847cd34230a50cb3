import XCTest
@testable import Markdown

/// Regressions found by the libFuzzer target (`make fuzz`) and the bad-input matrix (issue 7), each with
/// its input inline. Parse-layer only: findings in higher layers live in PRFAQRulesTests/FuzzRegressionTests.
final class FuzzRegressionTests: XCTestCase {
    /// The column of a byte offset the slow, obvious way: scalars (lead bytes) from the line start.
    func naiveColumn(_ s: SourceFile, _ offset: Int) -> Int {
        let line = s.line(ofByte: offset)
        let start = s.lineStarts[line - 1]
        let stop = min(offset, s.lineContentEnd(line))
        return 1 + s.bytes[start..<max(start, stop)].filter { $0 & 0xC0 != 0x80 }.count
    }

    /// Columns are counted from per-block scalar checkpoints; they must equal the naive count everywhere:
    /// across block boundaries, inside multi-byte scalars, on CR, LF and CRLF terminators, past the end.
    func testColumnsMatchTheNaiveCountEverywhere() {
        let unit = "aé—🚀\r\nb\rc\n" + String(repeating: "x", count: 250) + "ü"
        let texts = ["", "a", "\n", "\r\n", String(repeating: unit, count: 12), String(repeating: "é", count: 700) + "\n" + String(repeating: "🚀", count: 300)]
        for text in texts {
            let s = SourceFile(path: "t.md", text: text)
            for offset in 0...s.bytes.count {
                XCTAssertEqual(s.position(ofByte: offset).column, naiveColumn(s, offset), "offset \(offset) of \(s.bytes.count)")
            }
            XCTAssertEqual(s.position(ofByte: s.bytes.count + 10), s.position(ofByte: s.bytes.count))
            XCTAssertEqual(s.position(ofByte: -5), Position(line: 1, column: 1))
        }
    }

    /// A range's two ends, the end counted on from the start when both lie on one line, are each where
    /// `position(ofByte:)` puts it: for ranges within a line, across lines, on terminators, past the end.
    func testPositionsOfARangeAreItsEndsPositions() {
        let unit = "aé—🚀\r\nb\rc\n" + String(repeating: "x", count: 250) + "ü"
        for text in ["", "ab", "\n\n", String(repeating: unit, count: 3)] {
            let s = SourceFile(path: "t.md", text: text)
            let n = s.bytes.count
            for lower in stride(from: -2, through: n + 2, by: 1) {
                for upper in [lower, lower + 1, lower + 3, lower + 40, lower + 300, n, n + 4] where upper >= lower {
                    let p = s.positions(of: lower..<upper)
                    XCTAssertEqual(p.start, s.position(ofByte: lower), "\(lower)..<\(upper)")
                    XCTAssertEqual(p.end, s.position(ofByte: upper), "\(lower)..<\(upper)")
                }
            }
        }
    }

    /// A 1 MB single line with a finding every 17 bytes: each column used to rescan the line from its start
    /// (quadratic — a 1 MB line never finished); now each costs at most one checkpoint block.
    func testManyColumnsOnAOneMegabyteLine() {
        let sentence = "It is véry slow. "   // 17 scalars, 18 bytes
        let count = 1024 * 1024 / 18
        let s = SourceFile(path: "t.md", text: "# T\n\n" + String(repeating: sentence, count: count) + "\n")
        let lineStart = s.lineStarts[2]
        for k in stride(from: 0, to: count, by: 1) {
            let p = s.position(ofByte: lineStart + 18 * k + 6)
            if p.column != 7 + 17 * k { XCTFail("sentence \(k): column \(p.column)"); return }
            XCTAssertEqual(p.line, 3)
        }
    }

    /// Decoding never throws on text and never leaves invalid UTF-8 behind: every replacement is one
    /// scalar per maximal bad subpart, and a NUL anywhere means binary.
    func testDecodingOddBytes() throws {
        let cases: [([UInt8], String)] = [
            ([0x80, 0x20, 0x61], "\u{FFFD} a"),
            ([0xC0, 0xAF], "\u{FFFD}\u{FFFD}"),
            ([0xED, 0xA0, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}"),
            ([0x61, 0xF0, 0x9F, 0x98], "a\u{FFFD}"),
            ([0xEF, 0xBB, 0xBF, 0xFF], "\u{FFFD}"),
            ([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00], "\u{FFFD}A"),
            ([0xFE, 0xFF, 0xDC, 0x00], "\u{FFFD}"),
            ([0xFF, 0xFE, 0x41], ""),
        ]
        for (bytes, expected) in cases {
            let s = try SourceFile.decode(path: "t.md", data: bytes)
            XCTAssertEqual(String(decoding: s.bytes, as: UTF8.self), expected, "\(bytes)")
            _ = Document(source: s)
        }
        XCTAssertThrowsError(try SourceFile.decode(path: "t.md", data: [0x61, 0x00]))
        XCTAssertThrowsError(try SourceFile.decode(path: "t.md", data: [0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00]))
    }

    /// Deep nesting and long runs of unmatched markers parse without recursion or quadratic work, and
    /// every block range and prose scalar stays inside the source.
    func testPathologicalMarkdownStaysInBounds() {
        let n = 20_000
        let inputs = [
            String(repeating: "> ", count: n) + "very\n",
            String(repeating: "- ", count: n) + "very\n",
            String(repeating: "1. ", count: n) + "very\n",
            "very " + String(repeating: "[", count: n),
            "very " + String(repeating: "![", count: n),
            "very " + String(repeating: "[a](", count: n),
            "very " + String(repeating: "*a ", count: n),
            "very " + String(repeating: "`", count: n),
            "very " + (0..<n).map { String(repeating: "`", count: $0 % 30 + 1) + "a " }.joined(),
            "very " + String(repeating: "<!-- ", count: n),
            "very " + String(repeating: "&#x", count: n),
            "| a |\n|---|\n" + String(repeating: "| very |\n", count: n),
        ]
        for text in inputs {
            let doc = Document(text: text)
            let size = doc.source.bytes.count
            for b in doc.blocks {
                XCTAssertTrue(b.range.lowerBound >= 0 && b.range.upperBound <= size, "\(b.kind) \(b.range) in \(text.prefix(20))")
                guard let p = b.prose else { continue }
                for i in 0..<p.count where !(p.starts[i] <= p.ends[i] && p.ends[i] <= size) {
                    XCTFail("prose scalar \(i) at \(p.starts[i])..<\(p.ends[i]) in \(text.prefix(20))")
                    break
                }
            }
        }
    }
}
