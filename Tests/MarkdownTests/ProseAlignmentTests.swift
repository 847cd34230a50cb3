import XCTest
@testable import Markdown

/// Every prose scalar must slice back to itself from the source: the promise every span rests on.
final class ProseAlignmentTests: XCTestCase {
    func proseBlocks(_ text: String) -> [(Block, Prose)] {
        let doc = Document(text: text)
        return doc.blocks.compactMap { b in b.prose.map { (b, $0) } }
    }

    /// Asserts that each non-opaque, non-break scalar's source bytes decode to the scalar itself,
    /// or to an escape/entity that produces it.
    func assertAligned(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let doc = Document(text: text)
        for block in doc.blocks {
            guard let prose = block.prose else { continue }
            for i in 0..<prose.count {
                let s = prose.scalars[i]
                let src = doc.source.text(prose.starts[i]..<prose.ends[i])
                if s == " " && src.isEmpty { continue }
                if s == Prose.opaque { continue }
                let ok = src == String(s) || (src.hasPrefix("\\") && src.dropFirst() == String(s)) || src.hasPrefix("&")
                XCTAssertTrue(ok, "scalar \(s) at \(i) maps to \(src.debugDescription) in \(prose.string.debugDescription)", file: file, line: line)
            }
        }
    }

    func testPlainEscapesEntitiesAndQuotes() {
        let text = "first *line*\nsecond line with &amp; very and \\*very\\* “quotes” very.\n"
        assertAligned(text)
        let (_, p) = proseBlocks(text)[0]
        XCTAssertEqual(p.string, "first line second line with & very and *very* “quotes” very.")
    }

    func testLinksCodeHTMLAndAutolinksAreOpaqueOrSkipped() {
        let text = "> quote [the plan](https://example.com/many-various). and `code` x <b>hi</b> <https://x.y/z> end\n"
        assertAligned(text)
        let (_, p) = proseBlocks(text)[0]
        XCTAssertEqual(p.string, "quote the plan. and \u{FFFC} x  hi  \u{FFFC} end")
        XCTAssertFalse(p.string.contains("example"))
    }

    func testTabsInContinuationLinesAndNonASCII() {
        let text = "![alt *t*](x.png) after\n\ttab\there Zoë — 🚀 café\n"
        assertAligned(text)
        let (_, p) = proseBlocks(text)[0]
        XCTAssertTrue(p.string.hasSuffix("tab\there Zoë — 🚀 café"))
        let doc = Document(text: text)
        let i = (0..<p.count - 1).first { p.scalars[$0] == "t" && p.scalars[$0 + 1] == "a" }!
        XCTAssertEqual(doc.source.position(ofByte: p.starts[i]), Position(line: 2, column: 2))
    }

    func testCRLFAndFrontMatter() {
        let text = "---\r\ntitle: very\r\n---\r\n# Head *x* #\r\n\r\nSetext very\r\n===\r\n"
        assertAligned(text)
        let doc = Document(text: text)
        XCTAssertNotNil(doc.frontMatter)
        let prose = proseBlocks(text).map { $0.1.string }
        XCTAssertEqual(prose, ["Head x", "Setext very"])
        let heading = doc.blocks.first { $0.headingLevel == 1 }!
        XCTAssertEqual(doc.source.position(ofByte: heading.range.lowerBound).line, 4)
    }

    func testPipeTableIsNotProse() {
        let doc = Document(text: "| a | b |\n|---|:-:|\n| very | c |\n")
        XCTAssertTrue(doc.blocks.contains { $0.kind == .table })
        XCTAssertFalse(doc.blocks.contains { $0.prose != nil })
    }

    func testDeepNestingDoesNotOverflow() {
        let text = String(repeating: ">", count: 20_000) + " deep\n"
        let doc = Document(text: text)
        XCTAssertGreaterThan(doc.blocks.count, 1000)
    }

    func testColumnsCountScalars() {
        let src = SourceFile(path: "x", text: "é🚀 a\r\nb\rc\n")
        XCTAssertEqual(src.lineCount, 4)
        XCTAssertEqual(src.position(ofByte: 7), Position(line: 1, column: 4)) // 'a'
        XCTAssertEqual(src.position(ofByte: 8), Position(line: 1, column: 5)) // end of line 1
        XCTAssertEqual(src.lineText(2), "b")
        XCTAssertEqual(src.lineText(3), "c")
    }

    func testDecoding() throws {
        XCTAssertThrowsError(try SourceFile.decode(path: "b", data: [0x61, 0x00, 0x62]))
        let bom = try SourceFile.decode(path: "u", data: [0xEF, 0xBB, 0xBF, 0x61])
        XCTAssertEqual(bom.bytes, [0x61])
        let utf16 = try SourceFile.decode(path: "w", data: [0xFF, 0xFE, 0x61, 0x00, 0xE9, 0x00])
        XCTAssertEqual(String(decoding: utf16.bytes, as: UTF8.self), "aé")
        let bad = try SourceFile.decode(path: "i", data: [0x61, 0xFF, 0x62])
        XCTAssertEqual(String(decoding: bad.bytes, as: UTF8.self), "a\u{FFFD}b")
        XCTAssertFalse(bad.notes.isEmpty)
        XCTAssertEqual(bad.position(ofByte: 4), Position(line: 1, column: 3))
    }

    /// The eight-at-a-time measure of a plain run agrees with the byte loop it replaced, wherever the
    /// first stop falls: a difference, a byte past ASCII, a backslash, an ampersand, either end.
    func testPlainRunMatchesTheByteLoop() {
        func reference(_ src: [UInt8], _ e: Int, _ l: [UInt8], _ j: Int, _ limit: Int) -> Int {
            var k = 0
            while j + k < l.count && e + k < limit {
                let c = src[e + k]
                guard c == l[j + k], c < 0x80, c != 0x5C, c != 0x26 else { break }
                k += 1
            }
            return k
        }
        var rng = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array("abc XYZ.,-".utf8) + [0x5C, 0x26, 0xC3, 0xA9, 0x80, 0x7F, 0x00]
        for _ in 0..<3000 {
            let n = Int.random(in: 0...40, using: &rng)
            let src = (0..<n).map { _ in Int.random(in: 0..<10, using: &rng) < 9 ? UInt8(ascii: "a") + UInt8.random(in: 0...25, using: &rng) : alphabet.randomElement(using: &rng)! }
            var lit = Array(src.dropFirst(n > 0 ? Int.random(in: 0...min(3, n), using: &rng) : 0))
            if !lit.isEmpty, Bool.random(using: &rng) { lit[Int.random(in: 0..<lit.count, using: &rng)] ^= 1 }
            let e = Int.random(in: 0...n, using: &rng), j = lit.isEmpty ? 0 : Int.random(in: 0...lit.count, using: &rng)
            let limit = Int.random(in: 0...n, using: &rng)
            // Compare the source at e with the literal at j, aligned so most bytes agree.
            let shifted = Array(src[e...]) + lit
            let got = src.withUnsafeBufferPointer { s in shifted.withUnsafeBufferPointer { l in ProseAligner.plainRun(s, e, l, j, limit) } }
            XCTAssertEqual(got, reference(src, e, shifted, j, limit), "src \(src) e \(e) lit \(shifted) j \(j) limit \(limit)")
        }
        let run = Array("0123456789abcdef0123456789abcdef".utf8)
        for stop in [0, 7, 8, 9, 15, 16, 31] {
            for bad: UInt8 in [0x5C, 0x26, 0xC3, 0x21] {
                var lit = run
                lit[stop] = bad
                // "!" differs from the source's digit; the others stand in both.
                let src = bad == 0x21 ? run : lit
                let got = src.withUnsafeBufferPointer { s in lit.withUnsafeBufferPointer { l in ProseAligner.plainRun(s, 0, l, 0, src.count) } }
                XCTAssertEqual(got, stop, "stop at \(stop) on \(bad)")
            }
        }
    }
}
