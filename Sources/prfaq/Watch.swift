import Foundation
import Formats
import Session

/// `prfaq lint --watch`: lint, then re-lint each draft as it is saved, until interrupted (Ctrl-C: exit 130).
/// On a terminal the screen is redrawn; in a pipe each round is printed after a separator line.
struct Watcher {
    let run: LintRun
    let paths: [String]
    /// Separator and totals lines are for people; machine formats get one document per round, and the
    /// lines about files (errors, deletions) go to standard error so the documents stay whole.
    let textOutput: Bool
    let render: ([FileResult]) -> String

    func start() throws -> Never {
        // Ctrl-C ends watching as it ends any command, 128 + the signal: 130 (SIGTERM 143).
        signal(SIGINT) { _ in _exit(130) }
        signal(SIGTERM) { _ in _exit(143) }
        let tty = isatty(STDOUT_FILENO) == 1
        let roots = paths.isEmpty ? ["."] : paths
        // A configuration edited while watching applies from the next round: its folder is watched too
        // (it may lie above the roots), and the run is built again so nothing cached survives.
        var run = self.run
        let configs = Self.configFiles(run, roots)
        // Watch first, then lint: a save during the first lint is not missed.
        let watcher: DirectoryWatcher
        do { watcher = try DirectoryWatcher(paths: roots + configs) } catch { throw CommandFailure("\(error)") }
        var files = WatchedFiles(roots: roots)
        let first = files.lintAll(run)
        let watching = "watching \(roots.joined(separator: ", ")) · Ctrl-C to stop"
        emit(files.all, tty: tty, header: tty ? "prfaq --watch · \(Self.clock.string(from: Date())) · \(watching)" : nil,
             messages: first.linted.map(LintJob.messages).joined())
        while true {
            let changes = watcher.next()
            let paths = changes.compactMap { change -> String? in
                if case .path(let p) = change { return p }
                return nil
            }
            let round: WatchedFiles.Round
            var note: String?
            if changes.contains(.overflow) {
                round = files.lintAll(run)
                note = "too many changes at once; linted every file again"
            } else if let config = paths.first(where: { Self.isConfig($0, configs) }) {
                run = LintRun(linter: run.linter, options: run.options)
                round = files.lintAll(run)
                note = "\((config as NSString).lastPathComponent) changed; linted every file again"
            } else {
                round = files.apply(paths, run)
            }
            guard !round.isEmpty || note != nil else { continue }
            show(round, note: note, files: files, tty: tty, watching: watching)
        }
    }

    /// One round: on a terminal the whole screen again, in a pipe what changed and the totals.
    private func show(_ round: WatchedFiles.Round, note: String?, files: WatchedFiles, tty: Bool, watching: String) {
        var head = note.map { "prfaq: watch: \($0)\n" } ?? ""
        for path in round.deleted { head += "\(path): deleted\n" }
        let time = Self.clock.string(from: Date())
        if tty {
            // The screen is drawn afresh: the header says what changed, and every file's errors show.
            let what = (note.map { [$0] } ?? []) + round.deleted.map { "\($0) deleted" } + round.linted.map(\.path)
            emit(files.all, tty: true, header: "prfaq --watch · \(time) · " + what.joined(separator: ", ") + "\n" + watching,
                 messages: files.all.map(LintJob.messages).joined())
            return
        }
        let tail = round.linted.map(LintJob.messages).joined()
        guard textOutput else {
            FileHandle.standardError.write(Data((head + tail).utf8))
            if !round.linted.isEmpty { StandardOutput.write(render(round.linted)) }
            return
        }
        var out = "── \(time) " + String(repeating: "─", count: 40) + "\n" + head
        if !round.linted.isEmpty { out += render(round.linted) }
        out += tail
        out += "watching \(files.order.count) file\(files.order.count == 1 ? "" : "s"): \(Summary(files.all).line)\n"
        StandardOutput.write(out)
    }

    private func emit(_ results: [FileResult], tty: Bool, header: String?, messages: String) {
        var out = ""
        if tty { out += "\u{1B}[H\u{1B}[2J" }
        if let h = header { out += h + "\n\n" }
        out += render(results)
        if tty || textOutput { out += messages } else { FileHandle.standardError.write(Data(messages.utf8)) }
        StandardOutput.write(out)
    }

    /// The configuration files that apply to the roots: `--config`, else each root's nearest `.prfaq.yml`.
    static func configFiles(_ run: LintRun, _ roots: [String]) -> [String] {
        if let c = run.options.configPath { return [c] }
        let found = roots.compactMap { root in
            ConfigLoader.nearestPath(from: WatchedFiles.isDirectory(root) ? root : (root as NSString).deletingLastPathComponent)
        }
        return Array(Set(found)).sorted()
    }

    /// A changed path that is a configuration: any `.prfaq.yml` (one may appear nearer a draft) or `--config`'s file.
    static func isConfig(_ path: String, _ configs: [String]) -> Bool {
        (path as NSString).lastPathComponent == ConfigLoader.fileName
            || configs.contains { URL(fileURLWithPath: $0).standardized.path == URL(fileURLWithPath: path).standardized.path }
    }

    static let clock: DateFormatter = {
        let f = DateFormatter()
        f.dateFormat = "HH:mm:ss"
        return f
    }()
}
