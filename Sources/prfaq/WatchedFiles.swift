import Foundation
import Session

/// The drafts `--watch` keeps results for, in the order the walk found them (new files at the end), and
/// what a round of changes does to them. A changed path is looked at as it is now, whatever the events
/// said: a file is linted, a folder is walked, a path that is gone drops every result at or below it.
struct WatchedFiles {
    /// What one round changed: results to show and paths that went away.
    struct Round {
        var linted = [FileResult]()
        var deleted = [String]()
        /// A file both changed and in a folder walked in the same round is linted once.
        fileprivate var lintedKeys = Set<String>()
        var isEmpty: Bool { linted.isEmpty && deleted.isEmpty }
    }

    private(set) var order = [String]()
    private var results = [String: FileResult]()
    private let explicitFiles: Set<String>
    private let folders: [String]
    private let roots: [String]

    init(roots: [String]) {
        self.roots = roots
        explicitFiles = Set(roots.filter { !Self.isDirectory($0) }.map(Self.key))
        folders = roots.filter(Self.isDirectory).map(Self.key)
    }

    var all: [FileResult] { order.compactMap { results[$0] } }

    /// Walks the roots again and lints every file: files found are the new set, files not found are gone.
    mutating func lintAll(_ run: LintRun) -> Round {
        var round = Round()
        let fresh = run.run(roots)
        let keys = Set(fresh.map { Self.key($0.path) })
        round.deleted = order.filter { !keys.contains($0) }.compactMap { results[$0]?.path }
        order = []
        results = [:]
        for r in fresh { store(r) }
        round.linted = fresh
        return round
    }

    /// Lints, walks or drops each changed path that lies in what the command line named.
    mutating func apply(_ paths: [String], _ run: LintRun) -> Round {
        var round = Round()
        for path in paths.sorted() {
            let key = Self.key(path)
            if DirectoryWatcher.isRealFolder(path) {
                for entry in entries(inFolder: path, run) { lint(entry, run, into: &round) }
            } else if FileManager.default.fileExists(atPath: path) {
                if inScope(key, run) { lint(.file(results[key]?.path ?? path), run, into: &round) }
            } else {
                for k in order where k == key || Self.isUnder(k, key) {
                    if let gone = results.removeValue(forKey: k) { round.deleted.append(gone.path) }
                }
                order.removeAll { results[$0] == nil }
            }
        }
        return round
    }

    /// The files in scope in a folder that appeared (created, moved in, or a root back): what the walk
    /// finds there when it lies under a folder named on the command line, and the files named there.
    private func entries(inFolder path: String, _ run: LintRun) -> [FileWalker.Entry] {
        let key = Self.key(path)
        var out = [FileWalker.Entry]()
        if folders.contains(where: { $0 == key || Self.isUnder(key, $0) }) && !run.isIgnored(path) {
            out = run.entries([path]).filter {
                if case .file(let f) = $0 { return !run.isIgnored(f) }
                return true
            }
        }
        let walked = Set(out.compactMap { entry -> String? in
            if case .file(let f) = entry { return Self.key(f) }
            return nil
        })
        for f in explicitFiles.sorted() where Self.isUnder(f, key) && !walked.contains(f) && FileManager.default.fileExists(atPath: f) {
            out.append(.file(results[f]?.path ?? f))
        }
        return out
    }

    private func inScope(_ key: String, _ run: LintRun) -> Bool {
        if explicitFiles.contains(key) { return true }
        return FileWalker.hasDraftExtension(key) && folders.contains { Self.isUnder(key, $0) } && !run.isIgnored(key)
    }

    private mutating func lint(_ entry: FileWalker.Entry, _ run: LintRun, into round: inout Round) {
        if case .file(let path) = entry, !round.lintedKeys.insert(Self.key(path)).inserted { return }
        let r = run.lintEntry(entry)
        store(r)
        round.linted.append(r)
    }

    private mutating func store(_ r: FileResult) {
        let key = Self.key(r.path)
        if results[key] == nil { order.append(key) }
        results[key] = r
    }

    static func key(_ path: String) -> String { (path as NSString).standardizingPath }

    /// Whether `key` lies below the folder `dir` (both keys; "." holds every relative path).
    static func isUnder(_ key: String, _ dir: String) -> Bool {
        dir == "." ? !key.hasPrefix("/") : key.hasPrefix(dir.hasSuffix("/") ? dir : dir + "/")
    }

    static func isDirectory(_ p: String) -> Bool {
        var d: ObjCBool = false
        return FileManager.default.fileExists(atPath: p, isDirectory: &d) && d.boolValue
    }
}
