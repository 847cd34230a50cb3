import Foundation

/// Why a file cannot be linted as text. The message is what the user reads after the file name.
public enum DecodeError: Error, Equatable, CustomStringConvertible {
    case binary
    public var description: String {
        switch self {
        case .binary: return "not a text file (it contains NUL bytes)"
        }
    }
}

extension SourceFile {
    /// Decodes raw file bytes the way the contract asks: UTF-8 (BOM dropped), UTF-16 with a BOM,
    /// invalid UTF-8 replaced by U+FFFD with a note; NUL bytes mean a binary file.
    public static func decode(path: String, data: [UInt8]) throws -> SourceFile {
        if data.count >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)) {
            let little = data[0] == 0xFF
            var units = [UInt16]()
            units.reserveCapacity(data.count / 2)
            var i = 2
            while i + 1 < data.count {
                let a = UInt16(data[i]), b = UInt16(data[i + 1])
                units.append(little ? (a | b << 8) : (a << 8 | b))
                i += 2
            }
            let text = String(decoding: units, as: UTF16.self)
            if text.unicodeScalars.contains(where: { $0.value == 0 }) { throw DecodeError.binary }
            var notes = [String]()
            if data.count % 2 == 1 { notes.append("odd trailing byte in UTF-16 text ignored") }
            return SourceFile(path: path, utf8: Array(text.utf8), notes: notes, encoding: .utf16(littleEndian: little))
        }
        var body = data[...]
        let bom = body.starts(with: [0xEF, 0xBB, 0xBF])
        if bom { body = body.dropFirst(3) }
        if body.withUnsafeBufferPointer({ $0.baseAddress.map { memchr($0, 0, body.count) != nil } ?? false }) {
            throw DecodeError.binary
        }
        if isValidUTF8(body) {
            return SourceFile(path: path, utf8: Array(body), notes: [], encoding: bom ? .utf8BOM : .utf8)
        }
        let text = String(decoding: body, as: UTF8.self)
        return SourceFile(path: path, utf8: Array(text.utf8),
                          notes: ["invalid UTF-8 replaced with U+FFFD"], encoding: .lossyUTF8)
    }

    /// Whether the bytes are well-formed UTF-8: ASCII eight bytes at a time, each other scalar checked by
    /// the standard library's decoder (most drafts are nearly all ASCII).
    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return true }
            let n = buf.count
            var i = 0
            while i < n {
                if buf[i] < 0x80 {
                    i += 1
                    while i + 8 <= n {
                        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                        if word & 0x8080_8080_8080_8080 != 0 { break }
                        i += 8
                    }
                    continue
                }
                var iterator = buf[i...].makeIterator()
                var decoder = UTF8()
                guard case .scalarValue(let s) = decoder.decode(&iterator) else { return false }
                i += UTF8.width(s)
            }
            return true
        }
    }
}
