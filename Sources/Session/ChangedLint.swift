import Foundation
import Formats
import LintCore
import Markdown

/// Only what a change adds: `prfaq lint --since REF` (or `--staged`) lints each changed draft whole and
/// reports the findings that touch an added or changed line, and the findings about the whole document
/// that the draft did not have at the base (a part it now lacks). Everything else was already there.
public struct ChangedLint {
    public let run: LintRun
    public let changes: GitChanges

    public init(run: LintRun, changes: GitChanges) {
        self.run = run
        self.changes = changes
    }

    /// The results to report, how many findings were already there, and each dimension's findings in
    /// the changed drafts then and now (all of them, new or old).
    public func lint() -> (results: [FileResult], old: Int, change: DimensionChange) {
        let scopes = Dictionary(run.linter.descriptions.map { ($0.id, $0.scope) }, uniquingKeysWith: { a, _ in a })
        var results = [FileResult]()
        var old = 0
        var then = [String: Int](), now = [String: Int]()
        // A draft the configuration ignores stays ignored, as a folder walk would leave it.
        for file in changes.files where !run.isIgnored(file.path) {
            let r = lint(file, scopes: scopes)
            results.append(r.result)
            old += r.old
            then.merge(DimensionChange.counts(r.before)) { $0 + $1 }
            now.merge(DimensionChange.counts(r.all)) { $0 + $1 }
        }
        return (results, old, DimensionChange(label: changes.label, then: then, now: now))
    }

    func lint(_ file: GitChanges.File, scopes: [String: RuleDescription.Scope])
        -> (result: FileResult, old: Int, before: [Diagnostic], all: [Diagnostic]) {
        let directory = LintRun.directory(of: file.path)
        let now: SourceFile
        do {
            guard let bytes = try changes.newText(file) else { return (FileResult(path: file.path, error: "cannot read the file"), 0, [], []) }
            switch FileReader.decode(path: file.path, data: bytes) {
            case .success(let s): now = s
            case .failure(let p): return (FileResult(path: file.path, error: p.cause), 0, [], [])
            }
        } catch {
            return (FileResult(path: file.path, error: "\(error)"), 0, [], [])
        }
        var result = run.lint(now, directory: directory)
        guard result.error == nil else { return (result, 0, [], []) }
        let all = result.diagnostics
        // The document's findings at the base, by rule and message without its numbers.
        var before = Set<String>()
        var then = [Diagnostic]()
        if let bytes = try? changes.oldText(file), case .success(let old) = FileReader.decode(path: file.path, data: bytes) {
            then = run.lint(old, directory: directory).diagnostics
            for d in then where scopes[d.rule] == .document { before.insert(Baseline.messageKey(d)) }
        }
        let total = result.diagnostics.count
        result.diagnostics.removeAll { d in
            let touches = (d.start.line...max(d.start.line, d.end.line)).contains { file.lines.contains($0) }
            if touches { return false }
            return !(scopes[d.rule] == .document && !before.contains(Baseline.messageKey(d)))
        }
        return (result, total - result.diagnostics.count, then, all)
    }
}

extension LintRun {
    /// A draft's findings per dimension as committed at `ref` and now (`prfaq stats --since REF`).
    public func dimensionChange(since ref: String, path: String, now: FileResult) throws -> DimensionChange {
        var then = [Diagnostic]()
        if let bytes = try GitChanges.text(at: ref, path: path), case .success(let source) = FileReader.decode(path: path, data: bytes) {
            then = lint(source, directory: Self.directory(of: path)).diagnostics
        }
        return DimensionChange(label: ref, then: DimensionChange.counts(then), now: DimensionChange.counts(now.diagnostics))
    }
}
