import Foundation
import PRFAQKit

/// `prfaq lint --watch`: lint, then re-lint each draft as it is saved, until interrupted (exit 0).
/// On a terminal the screen is redrawn; in a pipe each round is printed after a separator line.
struct Watcher {
    let run: LintRun
    let paths: [String]
    /// Separator and totals lines are for people; machine formats get one document per round.
    let textOutput: Bool
    let render: ([FileResult]) -> String

    func start() throws -> Never {
        signal(SIGINT) { _ in _exit(0) }
        signal(SIGTERM) { _ in _exit(0) }
        let tty = isatty(STDOUT_FILENO) == 1
        let roots = paths.isEmpty ? ["."] : paths
        // Watch first, then lint: a save during the first lint is not missed.
        let watcher: DirectoryWatcher
        do { watcher = try DirectoryWatcher(paths: roots) } catch { throw CommandFailure("\(error)") }
        var order = [String]()
        var results = [String: FileResult]()
        for r in run.run(roots) {
            let key = Self.key(r.path)
            order.append(key)
            results[key] = r
        }
        let explicitFiles = Set(roots.filter { !Self.isDirectory($0) }.map(Self.key))
        let dirs = roots.filter(Self.isDirectory).map(Self.key)
        emit(order.compactMap { results[$0] }, tty: tty, header: nil)
        while true {
            let changes = watcher.next()
            var changed = [FileResult]()
            var notes = [String]()
            for c in changes.sorted(by: { $0.path < $1.path }) {
                let key = Self.key(c.path)
                let ext = (key as NSString).pathExtension.lowercased()
                let inScope = explicitFiles.contains(key)
                    || (FileWalker.extensions.contains(ext) && dirs.contains { $0 == "." || key.hasPrefix($0 + "/") } && !run.isIgnored(c.path))
                guard inScope else { continue }
                if FileManager.default.fileExists(atPath: c.path) {
                    let r = run.lintEntry(.file(results[key]?.path ?? c.path))
                    if results[key] == nil { order.append(key) }
                    results[key] = r
                    changed.append(r)
                } else if results.removeValue(forKey: key) != nil {
                    order.removeAll { $0 == key }
                    notes.append("\(c.path): deleted")
                }
            }
            guard !changed.isEmpty || !notes.isEmpty else { continue }
            let time = Self.clock.string(from: Date())
            if tty {
                emit(order.compactMap { results[$0] }, tty: true, header: "prfaq --watch · \(time) · " + (notes + changed.map(\.path)).joined(separator: ", "))
            } else {
                var out = textOutput ? "── \(time) " + String(repeating: "─", count: 40) + "\n" : ""
                for n in notes { out += n + "\n" }
                if !changed.isEmpty { out += render(changed) }
                if textOutput { out += "watching \(order.count) file\(order.count == 1 ? "" : "s"): \(Summary(order.compactMap { results[$0] }).line)\n" }
                StandardOutput.write(out)
            }
        }
    }

    private func emit(_ results: [FileResult], tty: Bool, header: String?) {
        var out = ""
        if tty { out += "\u{1B}[H\u{1B}[2J" }
        if let h = header { out += h + "\n\n" }
        out += render(results)
        for r in results { if let e = r.error { out += "prfaq: error: \(r.path): \(e)\n" } }
        StandardOutput.write(out)
    }

    static func key(_ path: String) -> String { (path as NSString).standardizingPath }

    static func isDirectory(_ p: String) -> Bool {
        var d: ObjCBool = false
        return FileManager.default.fileExists(atPath: p, isDirectory: &d) && d.boolValue
    }

    static let clock: DateFormatter = {
        let f = DateFormatter()
        f.dateFormat = "HH:mm:ss"
        return f
    }()
}
