import DraftAnatomy
import Foundation
import LintCore
import Markdown
import Settings
import Text

/// Lints what the command line names: resolves each file's configuration, lints files concurrently on
/// all cores and returns results in the order the paths were given (folders sorted), so output is stable.
public struct LintRun {
    public struct Options {
        public var configPath: String?
        public var profile: Profile?
        public var audience: Audience?
        /// The prompt the drafts answer (`--prompt`); it beats front matter's `prompt:`.
        public var prompt: String?
        public var stdinName = "<stdin>"
        /// Whether the name was given (`--stdin-filename`): then, as editors expect, the configuration
        /// is the one nearest that name, not the current folder's.
        public var stdinNamed = false
        /// Lint files named on the command line even when the config's `ignore` globs match them.
        public var noIgnore = false
        /// Seconds one file may take before it is reported as an error.
        public var fileBudget: Double = 10
        /// Whether the configuration's `baseline:` drops the findings it records.
        public var configuredBaseline = true
        public init() {}
    }

    public let linter: Linter
    public let loader: ConfigLoader
    public let packs: PackLoader
    public let options: Options

    public init(linter: Linter, options: Options) {
        self.linter = linter
        self.loader = ConfigLoader(rules: linter.descriptions)
        self.packs = PackLoader(builtins: linter.rules)
        self.options = options
    }

    /// The configuration for files in a folder: `--config` when given, else the nearest `.prfaq.yml`.
    public func configuration(forDirectory dir: String) throws -> Configuration {
        if let p = options.configPath { return try loader.load(path: p) }
        return try loader.configuration(forDirectory: dir) ?? Configuration()
    }

    /// What the paths name: files (folders walked, ignore globs applied), standard input, problems.
    public func entries(_ paths: [String]) -> [FileWalker.Entry] { walk(paths).entries }

    /// The entries, and what the folder walks passed over that a writer may have meant to lint.
    public func walk(_ paths: [String]) -> (entries: [FileWalker.Entry], skipped: [FileWalker.Skip]) {
        let found = walker.walk(paths.isEmpty ? ["."] : paths)
        return options.stdinNamed ? walker.skippingStdin(named: options.stdinName, in: found) : found
    }

    /// The walker, its `ignore` globs read from each folder's configuration.
    private var walker: FileWalker {
        var w = FileWalker { dir in
            guard let c = try? self.configuration(forDirectory: dir) else { return nil }
            return (c.baseDirectory, c.ignore.map(Glob.init))
        }
        w.ignoresNamedFiles = !options.noIgnore
        return w
    }

    /// Whether the configuration that applies to a file's folder ignores it (for files that appear later).
    public func isIgnored(_ path: String) -> Bool { walker.ignores(path) }

    public func run(_ paths: [String]) -> [FileResult] { run(entries(paths)) }

    /// Lints on all cores and hands each result to `emit` in input order as soon as it and every earlier
    /// one are done, then lets it go: memory holds the files in flight, not the whole tree. `render`
    /// runs on the worker that linted the file, so formatting a file with thousands of findings does not
    /// hold up the others.
    public func stream<T>(_ entries: [FileWalker.Entry], render: @escaping (FileResult) -> T, _ emit: (FileResult, T) -> Void) {
        let instead = { (i: Int) -> (FileResult, T) in
            let r = stopped(entries[i])
            return (r, render(r))
        }
        OrderedPool.run(count: entries.count, width: Parallel.width, stop: (hardStop, instead), work: { i, read in
            let r = lintEntry(entries[i], read: read)
            return (r, render(r))
        }) { emit($0.0, $0.1) }
    }

    /// Lints on all cores, keeping the input order.
    public func run(_ entries: [FileWalker.Entry]) -> [FileResult] {
        var results = [FileResult]()
        OrderedPool.run(count: entries.count, width: Parallel.width, stop: (hardStop, { stopped(entries[$0]) }),
                        work: { lintEntry(entries[$0], read: $1) }) { results.append($0) }
        return results
    }

    /// Maps over entries on all cores, keeping the input order, with no hard stop: for work that must
    /// not be abandoned halfway (`--fix` writes files); the rules' own deadline still bounds it.
    public func parallel<T>(_ entries: [FileWalker.Entry], _ body: @escaping (FileWalker.Entry) -> T) -> [T] {
        var results = [T]()
        OrderedPool.run(count: entries.count, width: Parallel.width, stop: nil, work: { i, _ in body(entries[i]) }) { results.append($0) }
        return results
    }

    /// When a file's work is given up although the rules were not reached: as long again as the rules'
    /// budget, and at least a second more, so the rules' own deadline (which keeps a partial lint's
    /// finer message) nearly always stops it first.
    public var hardStop: Double { options.fileBudget + max(options.fileBudget, 1) }

    func stopped(_ entry: FileWalker.Entry) -> FileResult {
        let path: String
        switch entry {
        case .file(let p): path = FilePath.display(p)
        case .stdin: path = options.stdinName
        case .problem(let p, _): path = p
        }
        return FileResult(path: path, error: "linting took longer than \(options.fileBudget) s and was stopped (please report this draft)")
    }

    public func lintEntry(_ entry: FileWalker.Entry) -> FileResult { lintEntry(entry, read: {}) }

    /// `read` runs once the input is read, before the lint: the time limits count from there, so a slow
    /// producer piping a draft in (`curl … | prfaq lint -`) is not taken for a slow draft.
    public func lintEntry(_ entry: FileWalker.Entry, read: () -> Void) -> FileResult {
        switch input(entry) {
        case .failed(let r): return r
        case .read(let source, let directory):
            read()
            return lint(source, directory: directory)
        }
    }

    /// What an entry gives: its source and the folder its configuration comes from, or the result that
    /// says why there is none.
    public enum Input {
        case read(SourceFile, directory: String)
        case failed(FileResult)
    }

    public func input(_ entry: FileWalker.Entry) -> Input {
        switch entry {
        case .problem(let path, let cause):
            return .failed(FileResult(path: path, error: cause))
        case .stdin:
            switch FileReader.readStdin(name: options.stdinName) {
            case .failure(let p): return .failed(FileResult(path: options.stdinName, error: p.cause))
            case .success(let src): return .read(src, directory: options.stdinNamed ? Self.directory(of: options.stdinName) : ".")
            }
        case .file(let path):
            switch FileReader.read(path) {
            case .failure(let p): return .failed(FileResult(path: FilePath.display(path), error: p.cause))
            case .success(let src): return .read(src, directory: Self.directory(of: path))
            }
        }
    }

    public func lint(_ source: SourceFile, directory: String) -> FileResult {
        do {
            let (config, linter) = try resolved(directory)
            let result = linter.lint(source, config: config, profile: options.profile, audience: options.audience, prompt: options.prompt,
                                     budget: options.fileBudget)
            guard options.configuredBaseline, let file = config.baseline, result.error == nil else { return result }
            // A baseline the configuration names but nobody has written yet accepts nothing.
            guard FileManager.default.fileExists(atPath: file) else { return result }
            do { return try BaselineCache.shared.baseline(file).filter(result).result } catch {
                return FileResult(path: source.path, error: "\(error)")
            }
        } catch {
            return FileResult(path: source.path, error: Self.describe(error))
        }
    }

    /// The configuration for files in a folder and the linter it makes (the built-ins and its packs).
    func resolved(_ directory: String) throws -> (Configuration, Linter) {
        let config = try configuration(forDirectory: directory)
        return (config, try packs.linter(for: config))
    }

    /// A configuration mistake as one line.
    static func describe(_ error: Error) -> String {
        (error as? ConfigError)?.description ?? "bad configuration"
    }
}
