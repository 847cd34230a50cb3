import LintCore

/// Escaping shared by the XML formats (checkstyle, JUnit) and the HTML report.
package enum XMLText {
    /// Escapes `s` for XML 1.0 content or a double-quoted attribute value: `& < > " '` become entities,
    /// and characters XML 1.0 cannot carry (C0 controls other than tab, newline and carriage return,
    /// U+FFFE, U+FFFF) are dropped. In attributes, tab, newline and carriage return become character
    /// references so a parser's attribute normalisation keeps them; in content a carriage return does.
    /// `apostrophe` is `&apos;` for XML and `&#39;` for HTML (HTML 4 readers lack `&apos;`).
    package static func escape(_ s: String, attribute: Bool = true, apostrophe: String = "&apos;") -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += apostrophe
            case "\r": out += "&#13;"
            case "\n": out += attribute ? "&#10;" : "\n"
            case "\t": out += attribute ? "&#9;" : "\t"
            default:
                if u.value < 0x20 || u.value == 0x7F || u.value == 0xFFFE || u.value == 0xFFFF { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
}

extension Diagnostic {
    /// The message with its help, for formats that carry one text per finding.
    var formatMessageWithHelp: String {
        guard let h = help, !h.isEmpty else { return message }
        return "\(message) — help: \(h)"
    }
}

extension FileResult {
    /// Why the file could not be linted, without a leading "PATH: " (the formats name the file themselves).
    var formatCause: String? {
        guard let e = error else { return nil }
        let prefix = path + ": "
        return e.hasPrefix(prefix) ? String(e.dropFirst(prefix.count)) : e
    }
}
