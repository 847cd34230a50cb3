import LintCore
import Markdown

/// `--fix` for one file: lint, apply the safe fixes (several passes in memory, as a fix can uncover
/// another), then write once, atomically, and only if the file on disk is still what was read.
public struct FixOutcome: Sendable {
    /// The findings that remain after the fixes.
    public var result: FileResult
    /// How many fixes were applied: in the file written, or in the diff of a dry run; 0 when the write
    /// failed, so nobody is told of fixes that are not on disk.
    public var applied = 0
    /// Unified diff, for `--dry-run`.
    public var diff = ""
    /// Standard input, fixed (in its own encoding), for the command to write to standard output: an
    /// editor pipes the buffer through `prfaq lint --fix -` and reads the result back. Nil for files.
    public var fixedInput: [UInt8]?
}

extension LintRun {
    public static let maxFixPasses = 5

    /// `beforeReplace` runs just before the last check of the file on disk (tests edit the file there).
    public func fix(_ entry: FileWalker.Entry, dryRun: Bool, beforeReplace: (() -> Void)? = nil) -> FixOutcome {
        if entry == .stdin { return fixInput(dryRun: dryRun) }
        guard case .file(let path) = entry else { return FixOutcome(result: lintEntry(entry)) }
        // Taken before the read: a save that lands during the read changes it too.
        let stamp = FileStamp(path: path)
        let original: [UInt8]
        switch FileReader.readBytes(path) {
        case .failure(let p): return FixOutcome(result: FileResult(path: FilePath.display(path), error: p.cause))
        case .success(let b): original = b
        }
        let source: SourceFile
        let shown = FilePath.display(path)
        switch FileReader.decode(path: shown, data: original) {
        case .failure(let p): return FixOutcome(result: FileResult(path: shown, error: p.cause))
        case .success(let s): source = s
        }
        let (current, result, applied) = fixed(source, directory: Self.directory(of: path))
        if result.error != nil { return FixOutcome(result: result) }
        var outcome = FixOutcome(result: result, applied: applied)
        guard applied > 0 else { return outcome }
        if dryRun {
            outcome.diff = UnifiedDiff.make(String(decoding: source.bytes, as: UTF8.self),
                                            String(decoding: current.bytes, as: UTF8.self), path: shown)
            return outcome
        }
        guard let encoded = source.encoded(current.bytes) else {
            return FixOutcome(result: FileResult(path: shown, error: "not fixed: it has invalid UTF-8, which writing would lose"))
        }
        // Refuse to overwrite an edit made while we were working: the content is compared now (a coarse
        // clock may leave the stamp alone), the stamp once more just before the rename.
        let changed = FileResult(path: shown, error: "not fixed: the file changed while prfaq was fixing it")
        guard case .success(let now) = FileReader.readBytes(path), now == original, let stamp else {
            return FixOutcome(result: changed)
        }
        do {
            try AtomicWriter.write(encoded, to: path, unchangedSince: stamp, beforeReplace: beforeReplace)
        } catch let e as AtomicWriter.WriteError where e.changed {
            return FixOutcome(result: changed)
        } catch {
            return FixOutcome(result: FileResult(path: shown, error: "not fixed: cannot write (\(error)); the file is unchanged"))
        }
        return outcome
    }

    /// The safe fixes applied in memory, pass after pass (a fix can uncover another), and the findings
    /// that remain.
    func fixed(_ source: SourceFile, directory: String) -> (SourceFile, FileResult, Int) {
        var current = source
        var result = lint(current, directory: directory)
        var applied = 0
        for _ in 0..<Self.maxFixPasses {
            guard result.error == nil else { return (current, result, applied) }
            let plan = FixPlan(result.diagnostics)
            if plan.isEmpty { break }
            current = current.replacing(bytes: plan.apply(to: current.bytes))
            applied += plan.fixes.count
            result = lint(current, directory: directory)
        }
        result.notes = source.notes
        return (current, result, applied)
    }

    /// Standard input fixed to standard output (or, with `--dry-run`, the diff), as rumdl and
    /// markdownlint-cli2 do, so prfaq can be an editor's filter.
    func fixInput(dryRun: Bool) -> FixOutcome {
        switch input(.stdin) {
        case .failed(let r): return FixOutcome(result: r)
        case .read(let source, let directory):
            let (current, result, applied) = fixed(source, directory: directory)
            var outcome = FixOutcome(result: result, applied: applied)
            guard result.error == nil else { return outcome }
            if dryRun {
                if applied > 0 {
                    outcome.diff = UnifiedDiff.make(String(decoding: source.bytes, as: UTF8.self),
                                                    String(decoding: current.bytes, as: UTF8.self), path: options.stdinName)
                }
                return outcome
            }
            guard let encoded = source.encoded(current.bytes) else {
                return FixOutcome(result: FileResult(path: options.stdinName, error: "not fixed: it has invalid UTF-8, which writing would lose"))
            }
            outcome.fixedInput = encoded
            return outcome
        }
    }

    static func directory(of path: String) -> String { FileWalker.folder(of: path) }
}
