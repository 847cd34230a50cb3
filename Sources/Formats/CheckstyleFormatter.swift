import LintCore

/// Checkstyle XML (read by Jenkins' warnings-ng and others): one `<file>` per file, one `<error>` per finding.
public struct CheckstyleFormatter {
    public init() {}

    public func format(_ results: [FileResult]) -> String {
        var out = XMLText.declaration + "<checkstyle version=\"4.3\">\n"
        for r in results {
            let name = XMLText.escape(r.path)
            if let cause = r.formatCause {
                out += "  <file name=\"\(name)\">\n"
                out += "    <error severity=\"error\" message=\"\(XMLText.escape("cannot lint: " + cause))\" source=\"prfaq\"/>\n"
                out += "  </file>\n"
                continue
            }
            if r.diagnostics.isEmpty { out += "  <file name=\"\(name)\"/>\n"; continue }
            out += "  <file name=\"\(name)\">\n"
            for d in r.diagnostics {
                out += "    <error line=\"\(d.start.line)\" column=\"\(d.start.column)\" severity=\"\(Self.severity(d.severity))\""
                out += " message=\"\(XMLText.escape(d.formatMessageWithHelp))\" source=\"prfaq.\(XMLText.escape(d.rule))\"/>\n"
            }
            out += "  </file>\n"
        }
        out += "</checkstyle>\n"
        return out
    }

    static func severity(_ s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .suggestion: return "info"
        }
    }
}
