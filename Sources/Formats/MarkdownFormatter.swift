import DraftAnatomy
import Foundation
import LintCore
import Markdown

/// `--format markdown`: a compact scorecard for a pull-request comment or a CI job summary
/// (`>> $GITHUB_STEP_SUMMARY`). Per file: the profile, the counts, a table of findings (line, severity,
/// rule, message) and the parts found and missing. Table cells escape `|` and Markdown's own
/// punctuation and fold line breaks, so a message can neither break the table nor inject markup.
public struct MarkdownFormatter {
    /// Findings listed per file before the table is cut (a PR comment holds at most 65,536 characters).
    public var maxRowsPerFile: Int
    /// For `lint --since`: each dimension's findings in the changed drafts then and now.
    public var change: DimensionChange?

    public init(maxRowsPerFile: Int = 200, change: DimensionChange? = nil) {
        self.maxRowsPerFile = maxRowsPerFile
        self.change = change
    }

    public func format(_ results: [FileResult]) -> String {
        let summary = Summary(results)
        var out = "## prfaq: \(summary.line)\n\n"
        if let c = change { out += c.markdown }
        for r in results {
            out += "### \(Self.text(r.path))\n\n"
            if let cause = r.formatCause {
                out += "**Could not be linted:** \(Self.text(cause))\n\n"
                continue
            }
            let profile = r.profile?.rawValue ?? "unknown"
            out += "Profile **\(profile)** · \(Self.plural(r.count(.error), "error")) · \(Self.plural(r.count(.warning), "warning")) · "
                + "\(Self.plural(r.count(.suggestion), "suggestion"))\n\n"
            if r.diagnostics.isEmpty {
                out += "No findings.\n\n"
            } else {
                out += "| Line | Severity | Rule | Message |\n|---:|---|---|---|\n"
                for d in r.diagnostics.prefix(maxRowsPerFile) {
                    let sev = d.severity == .error ? "**error**" : d.severity.rawValue
                    out += "| \(d.start.line) | \(sev) | \(Self.code(d.rule)) | \(Self.cell(d.message)) |\n"
                }
                if r.diagnostics.count > maxRowsPerFile {
                    out += "\n… and \(r.diagnostics.count - maxRowsPerFile) more (run `prfaq lint` for all).\n"
                }
                out += "\n"
            }
            if let parts = Self.parts(r) {
                out += "Parts found: \(parts.found.isEmpty ? "none" : parts.found.map(Self.text).joined(separator: ", "))  \n"
                out += "Parts missing: \(parts.missing.isEmpty ? "none" : parts.missing.map(Self.text).joined(separator: ", "))\n\n"
            }
        }
        return out
    }

    /// The parts the draft's profile expects, found and missing (re-read from the linted source).
    static func parts(_ r: FileResult) -> (found: [String], missing: [String])? {
        guard let source = r.source, let profile = r.profile else { return nil }
        let stats = DraftStats(Draft(document: Document(source: source), profile: profile, audience: r.audience))
        return (stats.partsFound, stats.partsMissing)
    }

    /// Escapes text for a Markdown table cell: backslash-escapes the punctuation Markdown or a table
    /// reads (`|` included), turns `&` into an entity and folds line breaks into spaces.
    public static func cell(_ s: String) -> String { text(s) }

    public static func text(_ s: String) -> String {
        var out = ""
        var lastSpace = false
        for u in s.unicodeScalars {
            switch u {
            case "\r", "\n", "\t":
                if !lastSpace { out += " " }
                lastSpace = true
                continue
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#", "!":
                out += "\\"
                out.unicodeScalars.append(u)
            case "&": out += "&amp;"
            default:
                if u.value < 0x20 || u.value == 0x7F { continue }
                out.unicodeScalars.append(u)
            }
            lastSpace = u == " "
        }
        return out
    }

    /// A code span that holds any text (backticks inside get a longer fence).
    static func code(_ s: String) -> String {
        let clean = s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        var fence = "`"
        while clean.contains(fence) { fence += "`" }
        return fence + clean + fence
    }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
