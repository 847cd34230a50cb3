import XCTest
@testable import Markdown

/// The fast UTF-8 check must say what the standard library's decoder says, byte for byte.
final class DecodingTests: XCTestCase {
    func reference(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    func testValidationMatchesTheDecoder() {
        var cases: [[UInt8]] = [
            [], Array("plain ascii text that is longer than eight bytes".utf8), Array("é — 😀 ñ".utf8),
            [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98],
            [0x80], [0xFF], [0xC3], Array("abcdefgh".utf8) + [0xC3] + Array("abcdefgh".utf8),
            Array("abcdefghijklmnop".utf8) + [0xE2, 0x80, 0x94] + Array("abcdefghijklmnop".utf8),
        ]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let length = Int.random(in: 0..<40, using: &rng)
            cases.append((0..<length).map { _ in
                Bool.random(using: &rng) ? UInt8.random(in: 0x20..<0x7F, using: &rng) : UInt8.random(in: 0x80...0xFF, using: &rng)
            })
        }
        for c in cases { XCTAssertEqual(SourceFile.isValidUTF8(c[...]), reference(c), "\(c)") }
    }

    func testScalarCountsMatchAByteByByteCount() {
        var rng = SystemRandomNumberGenerator()
        let text = Array("Plain text, café — naïve 😀 “quotes” and more plain ASCII text after it.".utf8)
        let random = (0..<500).map { _ in UInt8.random(in: 0...255, using: &rng) }
        for bytes in [text, random, text + random + text] {
            for _ in 0..<300 {
                let a = Int.random(in: 0...bytes.count, using: &rng), b = Int.random(in: 0...bytes.count, using: &rng)
                let (lo, hi) = (min(a, b), max(a, b))
                let naive = bytes[lo..<hi].filter { $0 & 0xC0 != 0x80 }.count
                XCTAssertEqual(SourceFile.countScalars(bytes, lo, hi), naive)
            }
        }
    }
}
