import ArgumentParser
import CAllocator
import Foundation
import Formats
import Session

/// What `prfaq lint` does once its arguments are read, by ArgumentParser or by the fast path in main.swift
/// (which reads the common `lint [--format F] PATH…` without it): one value, so both run the same code.
struct LintJob {
    var paths: [String] = []
    var format: OutputFormat = .text
    var options = LintRun.Options()
    var maxWarnings: Int?
    var noErrorOnEmpty = false
    var noIgnore = false
    var sort: SortOrder = .source
    var color: ColorMode = .auto
    var quiet = false
    var watch = false
    var fix = false
    var dryRun = false
    var since: String?
    var staged = false
    var baseline: String?
    var writeBaseline: String?
    var prune = false

    func run() throws {
        // A run that lints and exits keeps what it allocates; one that watches gives it back.
        if !watch { prfaq_allocator_for_one_run() }
        var options = self.options
        options.noIgnore = noIgnore
        // A baseline named on the command line replaces the configuration's; writing one records everything.
        options.configuredBaseline = baseline == nil && writeBaseline == nil
        if dryRun && !fix { throw CommandFailure("--dry-run goes with --fix") }
        if prune && baseline == nil { throw CommandFailure("--prune goes with --baseline FILE") }
        let run = LintRun(linter: Catalogue.linter, options: options)
        if since != nil || staged {
            if since != nil && staged { throw CommandFailure("--since and --staged cannot be combined") }
            if watch || fix || paths.contains("-") { throw CommandFailure("--since and --staged cannot be combined with --watch, --fix or standard input") }
            try lintChanges(run)
        }
        if watch {
            if fix || paths.contains("-") { throw CommandFailure("--watch cannot be combined with --fix or standard input") }
            try Watcher(run: run, paths: paths, textOutput: format == .text, render: render).start()
        }
        let walk = run.walk(paths)
        for s in walk.skipped { FileHandle.standardError.write(Data("prfaq: warning: \(s.path): skipped: \(s.reason)\n".utf8)) }
        // A folder with no Markdown is a mistake in the paths (a wrong folder, a glob that matched
        // nothing), not a clean draft: said, and exit 2, as ESLint does. Files skipped on purpose (an
        // ignored draft a hook named) are not that mistake.
        if walk.entries.isEmpty && walk.skipped.isEmpty {
            guard noErrorOnEmpty else {
                let named = paths.isEmpty ? "the current folder" : paths.joined(separator: ", ")
                throw CommandFailure("no Markdown files to lint in \(named) (--no-error-on-empty exits 0)")
            }
            StandardOutput.write(render([]))
            throw ExitCode.success
        }
        var results: [FileResult]
        if fix, walk.entries.contains(.stdin) {
            // The fixed text is standard output, so nothing else may go there.
            guard walk.entries.count == 1 else {
                throw CommandFailure("--fix with standard input ('-') takes no other paths: the fixed text goes to standard output")
            }
            try fixStandardInput(run)
        }
        if fix {
            let outcomes = run.parallel(walk.entries) { run.fix($0, dryRun: dryRun) }
            results = outcomes.map(\.result)
            for o in outcomes where !o.diff.isEmpty { StandardOutput.write(o.diff) }
            let applied = outcomes.reduce(0) { $0 + $1.applied }
            if !dryRun && applied > 0 {
                FileHandle.standardError.write(Data("prfaq: applied \(applied) fix\(applied == 1 ? "" : "es")\n".utf8))
            }
        } else if !quiet && (format == .text || format == .json) && baseline == nil && writeBaseline == nil {
            try streamed(run, walk.entries)
        } else {
            results = run.run(walk.entries)
        }
        results = try applyBaseline(results)
        for r in results { Self.report(r) }
        Self.reportPackWarnings(run)
        StandardOutput.write(render(results))
        let code = Self.exitCode(results, maxWarnings: maxWarnings)
        if code == 1 { sayWhyWarningsFail(Summary(results)) }
        throw ExitCode(code)
    }

    /// `--since REF` / `--staged`: the changed drafts, linted whole, with only what the change added.
    func lintChanges(_ run: LintRun) throws -> Never {
        let changes: GitChanges
        do { changes = try GitChanges(since.map { .since($0) } ?? .staged, limit: paths) } catch {
            throw CommandFailure("\(since.map { "--since \($0)" } ?? "--staged"): \(error)")
        }
        let (found, old, change) = ChangedLint(run: run, changes: changes).lint()
        for r in found { Self.report(r) }
        let results = try applyBaseline(found)
        let new = results.reduce(0) { $0 + $1.diagnostics.count }
        FileHandle.standardError.write(Data("prfaq: \(new) new finding\(new == 1 ? "" : "s") since \(changes.label) (\(old) already there) in \(changes.files.count) changed draft\(changes.files.count == 1 ? "" : "s")\n".utf8))
        // The scorecard shows each dimension then and now; the other formats report what was added.
        StandardOutput.write(format == .markdown && !quiet ? MarkdownFormatter(change: change).format(results.map(sorted)) : render(results))
        let code = Self.exitCode(results, maxWarnings: maxWarnings)
        if code == 1 { sayWhyWarningsFail(Summary(results)) }
        throw ExitCode(code)
    }

    /// `--write-baseline` records the findings; `--baseline` drops the recorded ones and says how many it
    /// dropped (on standard error, so every format stays clean); `--prune` rewrites it without the stale.
    func applyBaseline(_ results: [FileResult]) throws -> [FileResult] {
        if let path = writeBaseline {
            do { try AtomicWriter.write(Baseline(results: results, file: path).encoded(), to: path) } catch {
                throw CommandFailure("\(path): cannot write the baseline: \(error)")
            }
            let n = results.reduce(0) { $0 + $1.diagnostics.count }
            FileHandle.standardError.write(Data("prfaq: wrote \(n) finding\(n == 1 ? "" : "s") to the baseline \(path)\n".utf8))
        }
        guard let path = baseline else { return results }
        let known: Baseline
        do { known = try Baseline.load(path) } catch { throw CommandFailure("\(error)") }
        var out = [FileResult]()
        var old = 0
        for r in results {
            let (kept, n) = known.filter(r)
            out.append(kept)
            old += n
        }
        let new = out.reduce(0) { $0 + $1.diagnostics.count }
        FileHandle.standardError.write(Data("prfaq: \(new) new finding\(new == 1 ? "" : "s") (\(old) in the baseline \(path))\n".utf8))
        if prune {
            let stale = known.stale(results)
            for e in stale {
                FileHandle.standardError.write(Data("prfaq: baseline: stale: \(e.path):\(e.line): \(e.message) [\(e.rule)]\n".utf8))
            }
            if !stale.isEmpty {
                do { try AtomicWriter.write(known.removing(stale).encoded(), to: path) } catch {
                    throw CommandFailure("\(path): cannot write the baseline: \(error)")
                }
            }
            FileHandle.standardError.write(Data("prfaq: removed \(stale.count) stale entr\(stale.count == 1 ? "y" : "ies") from \(path)\n".utf8))
        }
        return out
    }

    /// `prfaq lint --fix -`: the fixed draft on standard output (unchanged when nothing applies), the
    /// findings that remain on standard error; with `--dry-run`, the diff and the findings on standard
    /// output, as for files. The exit status is the remaining findings'.
    func fixStandardInput(_ run: LintRun) throws -> Never {
        let outcome = run.fix(.stdin, dryRun: dryRun)
        let results = [outcome.result]
        Self.report(outcome.result)
        if dryRun {
            StandardOutput.write(outcome.diff)
            StandardOutput.write(render(results))
        } else {
            if let bytes = outcome.fixedInput { StandardOutput.write(bytes[...]) }
            if outcome.applied > 0 {
                FileHandle.standardError.write(Data("prfaq: applied \(outcome.applied) fix\(outcome.applied == 1 ? "" : "es")\n".utf8))
            }
            FileHandle.standardError.write(Data(render(results).utf8))
        }
        let code = Self.exitCode(results, maxWarnings: maxWarnings)
        if code == 1 { sayWhyWarningsFail(Summary(results)) }
        throw ExitCode(code)
    }

    /// Whether warnings pass the `--max-warnings` limit (a negative limit is none).
    static func tooMany(_ warnings: Int, _ limit: Int?) -> Bool {
        guard let m = limit, m >= 0 else { return false }
        return warnings > m
    }

    /// When warnings alone make the exit 1, says so on standard error: the output would not say why.
    func sayWhyWarningsFail(_ s: Summary) {
        guard s.errors == 0, Self.tooMany(s.warnings, maxWarnings), let m = maxWarnings else { return }
        FileHandle.standardError.write(Data("prfaq: too many warnings: \(s.warnings) (maximum \(m))\n".utf8))
    }

    /// Text and JSON are written file by file as results arrive (in order), keeping only counts.
    func streamed(_ run: LintRun, _ entries: [FileWalker.Entry]) throws -> Never {
        var counts = Summary([])
        var failed = false
        var written = 0  // files whose JSON object is out (a failed file's too, which no total counts)
        let text = TextFormatter(color: useColor, columns: Self.terminalColumns()), json = JSONFormatter()
        if format == .json { StandardOutput.write(json.header) }
        // A JSON file object starts with "," unless it is the first; the worker renders it as a later
        // one and the first is mended here, which keeps rendering off the ordered path.
        run.stream(entries, render: { r -> [[UInt8]] in
            let r = sorted(r)
            return format == .json ? json.fileChunks(r, first: false) : text.fileChunks(r)
        }) { r, chunks in
            Self.report(r)
            failed = failed || r.error != nil
            counts.add(r)
            written += 1
            for (k, c) in chunks.enumerated() {
                StandardOutput.write(format == .json && written == 1 && k == 0 ? c.dropFirst() : c[...])
            }
        }
        Self.reportPackWarnings(run)
        let tail = format == .json ? json.footer(counts) : counts.line + "\n"
        StandardOutput.write(tail)
        if !failed { sayWhyWarningsFail(counts) }
        throw ExitCode(failed ? 2 : counts.errors > 0 || Self.tooMany(counts.warnings, maxWarnings) ? 1 : 0)
    }

    /// What the rule packs hold that is allowed but surely not meant, once per pack line, on standard error.
    static func reportPackWarnings(_ run: LintRun) {
        for w in run.packs.warnings { FileHandle.standardError.write(Data("prfaq: warning: \(w)\n".utf8)) }
    }

    /// Errors and notes about a file, on standard error.
    static func report(_ r: FileResult) {
        let m = messages(r)
        if !m.isEmpty { FileHandle.standardError.write(Data(m.utf8)) }
    }

    /// The lines about a file beside its findings (its error, its notes), one per line; `--watch` shows
    /// them with each round as lint shows them once.
    static func messages(_ r: FileResult) -> String {
        var out = ""
        if let e = r.error {
            let line = e.hasPrefix(r.path + ":") ? e : "\(r.path): \(e)"
            out += "prfaq: error: \(line)\n"
        }
        for n in r.notes { out += "prfaq: warning: \(r.path): \(n)\n" }
        return out
    }

    /// The chosen format applied to results (quiet mode already applied).
    func render(_ input: [FileResult]) -> String {
        var results = input.map(sorted)
        if quiet {
            for i in results.indices { results[i].diagnostics.removeAll { $0.severity != .error } }
        }
        let out: String
        switch format {
        case .text: out = TextFormatter(color: useColor, columns: Self.terminalColumns()).format(results)
        case .json: out = JSONFormatter().format(results)
        case .sarif: out = SARIFFormatter(toolVersion: Version.string, rules: Catalogue.linter.descriptions).format(results)
        case .github: out = GitHubFormatter().format(results)
        case .checkstyle: out = CheckstyleFormatter().format(results)
        case .junit: out = JUnitFormatter().format(results)
        case .markdown: out = MarkdownFormatter().format(results)
        }
        return out
    }

    /// How wide the output may be: `COLUMNS` when set, else the terminal's width, else nil (a pipe or a
    /// file takes whole lines, up to the formatter's own window).
    static func terminalColumns() -> Int? {
        if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), c > 0 { return c }
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// A file's findings in the order `--sort` asks for (they arrive in source order).
    func sorted(_ r: FileResult) -> FileResult {
        guard sort == .severity else { return r }
        var r = r
        // Stable: within a severity, findings keep their source order.
        r.diagnostics = r.diagnostics.enumerated().sorted {
            $0.element.severity != $1.element.severity ? $0.element.severity > $1.element.severity : $0.offset < $1.offset
        }.map(\.element)
        return r
    }

    var useColor: Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            // FORCE_COLOR (any value but 0 or false) colours a pipe too, as CI logs that render ANSI
            // want; NO_COLOR (any non-empty value) turns colour off; else only a terminal gets it.
            let env = ProcessInfo.processInfo.environment
            if let force = env["FORCE_COLOR"], force != "0", force.lowercased() != "false" { return true }
            return isatty(STDOUT_FILENO) == 1 && env["NO_COLOR"].map(\.isEmpty) ?? true
        }
    }

    static func exitCode(_ results: [FileResult], maxWarnings: Int?) -> Int32 {
        if results.contains(where: { $0.error != nil }) { return 2 }
        let s = Summary(results)
        if s.errors > 0 { return 1 }
        if tooMany(s.warnings, maxWarnings) { return 1 }
        return 0
    }
}
