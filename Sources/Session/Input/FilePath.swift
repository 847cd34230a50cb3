import Foundation

/// File names on Linux are bytes, not text. A name that is not valid UTF-8 keeps each stray byte as a
/// private-use scalar (U+10FF00 + byte, as Python's "surrogateescape" keeps it as a surrogate), so the
/// path goes back to the very same bytes for the system calls, and prints as `\xFF`.
public enum FilePath {
    /// Whether anything (a file, a folder, even a broken symbolic link) has this name.
    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return System.lstat(path, &st) == 0
    }

    static let escapeBase: UInt32 = 0x10FF00

    /// A name read from the system (argv, a folder listing), whatever its bytes.
    public static func string<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        let b = Array(bytes)
        if let valid = String(validating: b, as: UTF8.self) { return valid }
        var scalars = String.UnicodeScalarView()
        var i = 0
        while i < b.count {
            if let (scalar, length) = scalarAt(b, i) {
                scalars.append(scalar)
                i += length
            } else {
                scalars.append(Unicode.Scalar(escapeBase + UInt32(b[i])) ?? "\u{FFFD}")
                i += 1
            }
        }
        return String(scalars)
    }

    /// The bytes the system knows the path by, NUL-terminated.
    public static func bytes(_ path: String) -> [CChar] {
        // A stray byte's scalar is past U+100000, and only such scalars start with the byte F4 in UTF-8: a
        // path without one is its own bytes (every file linted asks this for its stat and its open).
        guard path.utf8.contains(0xF4) else { return Array(path.utf8CString) }
        var out = [CChar]()
        out.reserveCapacity(path.utf8.count + 1)
        for u in path.unicodeScalars {
            if u.value >= escapeBase && u.value <= escapeBase + 0xFF {
                out.append(CChar(bitPattern: UInt8(u.value - escapeBase)))
            } else {
                for b in u.utf8 { out.append(CChar(bitPattern: b)) }
            }
        }
        out.append(0)
        return out
    }

    /// The path as a person reads it: each stray byte as `\xFF`.
    public static func display(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: isEscape) else { return path }
        var out = ""
        for u in path.unicodeScalars {
            if isEscape(u) {
                let hex = String(u.value - escapeBase, radix: 16, uppercase: true)
                out += "\\x" + (hex.count == 1 ? "0" + hex : hex)
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    static func isEscape(_ u: Unicode.Scalar) -> Bool { u.value >= escapeBase && u.value <= escapeBase + 0xFF }

    /// The scalar a well-formed UTF-8 sequence at `i` encodes, and its length; nil if it is not one.
    private static func scalarAt(_ b: [UInt8], _ i: Int) -> (Unicode.Scalar, Int)? {
        let lead = b[i]
        let (length, minimum): (Int, UInt32)
        switch lead {
        case 0x00...0x7F: return (Unicode.Scalar(lead), 1)
        case 0xC2...0xDF: (length, minimum) = (2, 0x80)
        case 0xE0...0xEF: (length, minimum) = (3, 0x800)
        case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
        default: return nil
        }
        guard i + length <= b.count else { return nil }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for k in 1..<length {
            let c = b[i + k]
            guard c & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(c & 0x3F)
        }
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}
