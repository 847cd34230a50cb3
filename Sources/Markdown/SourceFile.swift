import Foundation
/// The file as the user wrote it, decoded to UTF-8, with the line table every position is computed from.
///
/// All positions in prfaq are byte offsets into `bytes` until output, where they become the contract's
/// 1-based line and Unicode-scalar column. Keeping one representation avoids drift between layers.
public struct SourceFile: Sendable {
    public let path: String
    /// UTF-8 text: BOM removed, invalid sequences replaced by U+FFFD, UTF-16 transcoded.
    public let bytes: [UInt8]
    /// Byte offset of the first byte of each line. Lines end at `\n`, `\r\n` or a lone `\r`, as in cmark.
    public let lineStarts: [Int]
    /// Non-fatal decoding notes for standard error (e.g. invalid UTF-8 replaced).
    public let notes: [String]
    /// Unicode scalars (UTF-8 lead bytes) before each block of `scalarBlock` bytes, so a column costs
    /// at most one block's scan however long the line is (a 1 MB line with thousands of findings).
    let scalarCheckpoints: [Int]
    static let scalarBlock = 256
    /// How the file was stored, so `--fix` writes it back the same way (or refuses to).
    public let encoding: Encoding

    public enum Encoding: Sendable, Equatable {
        case utf8
        case utf8BOM
        case utf16(littleEndian: Bool)
        /// Invalid UTF-8 was replaced: writing it back would lose the original bytes.
        case lossyUTF8
    }

    public init(path: String, text: String) {
        self.init(path: path, utf8: Array(text.utf8), notes: [], encoding: .utf8)
    }

    init(path: String, utf8: [UInt8], notes: [String], encoding: Encoding) {
        self.path = path
        self.bytes = utf8
        self.notes = notes
        self.encoding = encoding
        var starts = [0]
        let n = utf8.count
        var checkpoints = [Int]()
        checkpoints.reserveCapacity(n / Self.scalarBlock + 1)
        var scalars = 0
        utf8.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            if memchr(base, 0x0D, n) == nil {
                // Only "\n" ends lines (nearly every file): let memchr find them.
                var p = 0
                while p < n, let hit = memchr(base + p, 0x0A, n - p) {
                    p = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                    starts.append(p)
                }
            } else {
                var i = 0
                while i < n {
                    let b = buf[i]
                    if b == 0x0A {
                        starts.append(i + 1)
                    } else if b == 0x0D {
                        if i + 1 < n && buf[i + 1] == 0x0A { i += 1 }
                        starts.append(i + 1)
                    }
                    i += 1
                }
            }
            var k = 0
            while k < n {
                checkpoints.append(scalars)
                let end = min(k + Self.scalarBlock, n)
                scalars += Self.countScalars(utf8, k, end)
                k = end
            }
        }
        self.lineStarts = starts
        checkpoints.append(scalars)  // the block that starts at (or covers) the end of the file
        self.scalarCheckpoints = checkpoints
    }

    /// Unicode scalars that start in `start..<stop`: counted directly on an ordinary line, through the
    /// checkpoints on a long one.
    func scalars(from start: Int, to stop: Int) -> Int {
        guard stop - start > Self.scalarBlock else { return Self.countScalars(bytes, start, stop) }
        return scalars(before: stop) - scalars(before: start)
    }

    /// Scalar starts in `bytes[start..<stop]`: every byte but UTF-8 continuation bytes (10xxxxxx),
    /// counted eight at a time (a continuation byte has bit 7 set and bit 6 clear).
    static func countScalars(_ bytes: [UInt8], _ start: Int, _ stop: Int) -> Int {
        guard start < stop else { return 0 }
        return bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return 0 }
            var continuation = 0
            var i = start
            while i + 8 <= stop {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                // Eight ASCII bytes (most of any draft) have no continuation byte: no bits to count, which
                // without a popcount instruction in the baseline x86-64 cost thirty instructions a word.
                if w & 0x8080_8080_8080_8080 != 0 { continuation += (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount }
                i += 8
            }
            while i < stop {
                if buf[i] & 0xC0 == 0x80 { continuation += 1 }
                i += 1
            }
            return stop - start - continuation
        }
    }

    /// Unicode scalars that start before byte `offset` (0...bytes.count).
    func scalars(before offset: Int) -> Int {
        let block = offset / Self.scalarBlock
        let checkpoint = min(block, scalarCheckpoints.count - 1)
        return scalarCheckpoints[checkpoint] + Self.countScalars(bytes, checkpoint * Self.scalarBlock, offset)
    }

    public var lineCount: Int { lineStarts.count }

    /// The same file with new text (after fixes), keeping path and encoding.
    public func replacing(bytes new: [UInt8]) -> SourceFile {
        SourceFile(path: path, utf8: new, notes: [], encoding: encoding)
    }

    /// The bytes to write back to disk in the file's own encoding; nil when that would lose data.
    public func encoded(_ utf8: [UInt8]) -> [UInt8]? {
        switch encoding {
        case .utf8: return utf8
        case .utf8BOM: return [0xEF, 0xBB, 0xBF] + utf8
        case .lossyUTF8: return nil
        case .utf16(let little):
            var out: [UInt8] = little ? [0xFF, 0xFE] : [0xFE, 0xFF]
            for u in String(decoding: utf8, as: UTF8.self).utf16 {
                let hi = UInt8(u >> 8), lo = UInt8(u & 0xFF)
                out += little ? [lo, hi] : [hi, lo]
            }
            return out
        }
    }

    /// 1-based line holding the byte offset.
    public func line(ofByte offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// Byte offset just past the last content byte of a 1-based line (before its terminator).
    public func lineContentEnd(_ line: Int) -> Int {
        let next = line < lineStarts.count ? lineStarts[line] : bytes.count
        var end = next
        if end > lineStarts[line - 1] && end - 1 < bytes.count && bytes[end - 1] == 0x0A { end -= 1 }
        if end > lineStarts[line - 1] && end - 1 < bytes.count && bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }

    /// The text of a 1-based line without its terminator.
    public func lineText(_ line: Int) -> String {
        guard line >= 1 && line <= lineStarts.count else { return "" }
        return String(decoding: bytes[lineStarts[line - 1]..<lineContentEnd(line)], as: UTF8.self)
    }

    /// Contract position of a byte offset: columns count Unicode scalars, i.e. non-continuation bytes.
    public func position(ofByte offset: Int) -> Position {
        let clamped = max(0, min(offset, bytes.count))
        let line = self.line(ofByte: clamped)
        return Position(line: line, column: column(of: clamped, on: line))
    }

    /// The 1-based column of an offset on its line. An offset past the content (on the terminator) is the
    /// end of the line: length + 1.
    private func column(of offset: Int, on line: Int) -> Int {
        1 + scalars(from: lineStarts[line - 1], to: min(offset, lineContentEnd(line)))
    }

    /// The positions of both ends of a byte range, as `position(ofByte:)` gives them: when the end lies on
    /// the start's line (most findings' spans do), it is counted on from the start, with no second search
    /// for its line and no second count from the line's start.
    public func positions(of range: Range<Int>) -> (start: Position, end: Position) {
        let lower = max(0, min(range.lowerBound, bytes.count)), upper = max(0, min(range.upperBound, bytes.count))
        let line = self.line(ofByte: lower)
        let next = line < lineStarts.count ? lineStarts[line] : Int.max
        guard upper >= lower, upper < next else { return (position(ofByte: lower), position(ofByte: upper)) }
        let start = Position(line: line, column: column(of: lower, on: line))
        let contentEnd = lineContentEnd(line)
        return (start, Position(line: line, column: start.column + scalars(from: min(lower, contentEnd), to: min(upper, contentEnd))))
    }

    /// LSP position of a byte offset: 0-based line, 0-based column in UTF-16 code units (an emoji is 2).
    public func utf16Position(ofByte offset: Int) -> (line: Int, character: Int) {
        let clamped = max(0, min(offset, bytes.count))
        let line = self.line(ofByte: clamped)
        let start = lineStarts[line - 1]
        let stop = min(clamped, lineContentEnd(line))
        var units = 0
        var i = start
        while i < stop {
            let b = bytes[i]
            if b & 0xC0 != 0x80 { units += b >= 0xF0 ? 2 : 1 }
            i += 1
        }
        return (line - 1, units)
    }

    /// Byte offset of an LSP position (0-based line, UTF-16 column), clamped to the line.
    public func byteOffset(utf16Line line: Int, character: Int) -> Int {
        guard line >= 0 else { return 0 }
        guard line < lineStarts.count else { return bytes.count }
        var i = lineStarts[line]
        let end = lineContentEnd(line + 1)
        var units = 0
        while i < end && units < character {
            let b = bytes[i]
            let len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            units += b >= 0xF0 ? 2 : 1
            i += len
        }
        return min(i, end)
    }

    /// Byte offset of a cmark position (1-based line, 1-based byte column).
    public func byteOffset(line: Int, byteColumn: Int) -> Int {
        guard line >= 1 && line <= lineStarts.count else { return line < 1 ? 0 : bytes.count }
        return min(lineStarts[line - 1] + max(byteColumn, 1) - 1, bytes.count)
    }

    /// The source text of a byte range.
    public func text(_ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, bytes.count))
        let hi = max(lo, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }
}

/// A 1-based line and Unicode-scalar column, as the contract prints them.
public struct Position: Comparable, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public static func < (a: Position, b: Position) -> Bool {
        a.line != b.line ? a.line < b.line : a.column < b.column
    }
    public var description: String { "\(line):\(column)" }
}
