import LintCore

/// Totals over all files, shared by every format's closing line.
public struct Summary: Sendable {
    public var files = 0
    public var errors = 0
    public var warnings = 0
    public var suggestions = 0
    /// Findings `--fix` can apply.
    public var fixable = 0

    public init(_ results: [FileResult]) {
        for r in results { add(r) }
    }

    /// A file that could not be read counts in no total: its error is reported on its own.
    public mutating func add(_ r: FileResult) {
        guard r.error == nil else { return }
        files += 1
        errors += r.count(.error)
        warnings += r.count(.warning)
        suggestions += r.count(.suggestion)
        fixable += r.diagnostics.reduce(0) { $0 + ($1.fix == nil ? 0 : 1) }
    }

    /// "3 errors, 5 warnings, 1 suggestion in 2 files", and "; 2 fixable with --fix" when some are (as
    /// ESLint tells which findings its `--fix` would take care of).
    public var line: String {
        func n(_ k: Int, _ word: String) -> String { "\(k) \(word)\(k == 1 ? "" : "s")" }
        let counts = "\(n(errors, "error")), \(n(warnings, "warning")), \(n(suggestions, "suggestion")) in \(n(files, "file"))"
        return fixable == 0 ? counts : counts + "; \(fixable) fixable with --fix"
    }
}
