import LintCore

/// GitHub Actions workflow commands: one `::error|warning|notice` line per finding, so findings show
/// as annotations on the pull request, then the closing summary line.
public struct GitHubFormatter {
    public init() {}

    public func format(_ results: [FileResult]) -> String {
        var out = ""
        for r in results {
            if let cause = r.formatCause {
                out += "::error file=\(Self.property(Self.clean(r.path)))::\(Self.data("cannot lint: " + cause))\n"
                continue
            }
            for d in r.diagnostics { out += line(d, path: Self.clean(r.path)) }
        }
        out += Summary(results).line + "\n"
        return out
    }

    func line(_ d: Diagnostic, path: String) -> String {
        let command: String
        switch d.severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .suggestion: command = "notice"
        }
        // The runner rejects (and drops) an annotation that has columns when line and endLine differ.
        var props = "file=\(Self.property(path)),line=\(d.start.line)"
        if d.start.line == d.end.line { props += ",col=\(d.start.column)" }
        props += ",endLine=\(d.end.line)"
        if d.start.line == d.end.line { props += ",endColumn=\(max(d.end.column, d.start.column))" }
        props += ",title=\(Self.property(d.rule))"
        return "::\(command) \(props)::\(Self.data(d.formatMessageWithHelp))\n"
    }

    /// The path as a repository path: GitHub attaches an annotation only to a clean relative path, and
    /// `./docs/a.md` (what `prfaq lint ./docs` walks to) is not one.
    static func clean(_ path: String) -> String {
        var p = Substring(path)
        while p.hasPrefix("./") { p = p.dropFirst(2).drop { $0 == "/" } }
        return String(p).replacingOccurrences(of: "/./", with: "/")
    }

    /// Escapes a command's message, as the Actions toolkit does.
    static func data(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// Escapes a property value (`file=`, `title=`): the message escapes plus `:` and `,`.
    static func property(_ s: String) -> String {
        var out = ""
        for u in data(s).unicodeScalars {
            switch u {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
