import Foundation

/// What changed in the drafts since a commit (`--since REF`) or in the index (`--staged`), read from git:
/// each changed Markdown file, the name it had before (a rename is followed), and the lines added or
/// changed. Structure needs the whole document, so callers lint files whole and use the lines to choose
/// which findings to report.
public struct GitChanges {
    public enum Base: Sendable {
        /// The working tree against a commit.
        case since(String)
        /// The index against HEAD: what the next commit adds.
        case staged
    }

    public struct File: Sendable {
        /// The path now, relative to the current folder.
        public let path: String
        /// The path at the base (differs after a rename); nil for a file added since.
        public let oldPath: String?
        /// 1-based lines added or changed.
        public let lines: Set<Int>
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public let base: Base
    public let files: [File]

    /// Reads the changed Markdown files under the current folder; `limit` (the paths given on the
    /// command line) keeps only files inside them.
    public init(_ base: Base, limit: [String] = []) throws {
        self.base = base
        var args = ["-c", "core.quotePath=false", "diff", "--relative", "--no-color", "--name-status", "-M", "-z"]
        switch base {
        case .since(let ref): args += [ref]
        case .staged: args += ["--cached"]
        }
        let listing = try Self.git(args + ["--"])
        var out = [File]()
        let fields = listing.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var i = 0
        while i < fields.count {
            let status = fields[i]
            guard let kind = status.first else { i += 1; continue }
            var old: String?, path: String
            if kind == "R" || kind == "C" {
                guard i + 2 < fields.count else { break }
                old = fields[i + 1]
                path = fields[i + 2]
                i += 3
                if kind == "C" { old = nil }
            } else {
                guard i + 1 < fields.count else { break }
                path = fields[i + 1]
                old = kind == "A" ? nil : path
                i += 2
            }
            // Deleted files have nothing left to lint; neither have files that are not drafts.
            guard kind != "D", FileWalker.hasDraftExtension(path),
                  limit.isEmpty || limit.contains(where: { Self.inside(path, $0) }) else { continue }
            // A rename is seen as one only when both names are in the pathspec.
            out.append(File(path: path, oldPath: old, lines: try Self.addedLines(base, [old, path].compactMap { $0 })))
        }
        files = out
    }

    /// The file's text at the base: `git show REF:path` (HEAD for the index); nil when it did not exist.
    public func oldText(_ file: File) throws -> [UInt8]? {
        guard let old = file.oldPath else { return nil }
        switch base {
        case .since(let ref): return try Self.git(["show", "\(ref):./\(old)"])
        case .staged: return try Self.git(["show", "HEAD:./\(old)"])
        }
    }

    /// The file's text as it will be linted: the working tree's, or the index's for `--staged`.
    public func newText(_ file: File) throws -> [UInt8]? {
        switch base {
        case .since: return FileManager.default.contents(atPath: file.path).map { [UInt8]($0) }
        case .staged: return try Self.git(["show", ":./\(file.path)"])
        }
    }

    public var label: String {
        switch base {
        case .since(let ref): return ref
        case .staged: return "the last commit"
        }
    }

    /// A file's text at a commit (`git show REF:./path`), nil when the file did not exist there; a bad
    /// ref or no repository is an error.
    public static func text(at ref: String, path: String) throws -> [UInt8]? {
        _ = try git(["rev-parse", "--verify", "-q", ref + "^{commit}"])
        return try? git(["show", "\(ref):./\(path)"])
    }

    /// Lines of `path` that `git diff -U0` marks as added: each hunk's "+start,count".
    static func addedLines(_ base: Base, _ paths: [String]) throws -> Set<Int> {
        var args = ["diff", "--relative", "--no-color", "-U0", "-M"]
        switch base {
        case .since(let ref): args += [ref]
        case .staged: args += ["--cached"]
        }
        let diff = String(decoding: try git(args + ["--"] + Array(Set(paths))), as: UTF8.self)
        var lines = Set<Int>()
        for line in diff.split(separator: "\n") where line.hasPrefix("@@ ") {
            guard let plus = line.split(separator: " ").first(where: { $0.hasPrefix("+") }) else { continue }
            let nums = plus.dropFirst().split(separator: ",")
            guard let start = nums.first.flatMap({ Int($0) }) else { continue }
            let count = nums.count > 1 ? Int(nums[1]) ?? 1 : 1
            if count > 0 { lines.formUnion(start..<(start + count)) }
        }
        return lines
    }

    static func inside(_ path: String, _ limit: String) -> Bool {
        var l = limit
        while l.hasPrefix("./") { l.removeFirst(2) }
        while l.hasSuffix("/") && l.count > 1 { l.removeLast() }
        return l == "." || l.isEmpty || path == l || path.hasPrefix(l + "/")
    }

    /// Runs git and returns its standard output; a failure carries git's first line of complaint. Spawned
    /// and reaped directly: Foundation's `Process.waitUntilExit` polls a run loop and cost ~50 ms a call,
    /// which ten calls on a changed branch turned into half a second.
    public static func git(_ args: [String]) throws -> [UInt8] {
        var out: [Int32] = [0, 0], err: [Int32] = [0, 0]
        guard pipe(&out) == 0 else { throw Failure(description: "cannot start git") }
        guard pipe(&err) == 0 else {
            close(out[0]); close(out[1])
            throw Failure(description: "cannot start git")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, out[1], 1)
        posix_spawn_file_actions_adddup2(&actions, err[1], 2)
        for fd in out + err { posix_spawn_file_actions_addclose(&actions, fd) }
        let argv: [UnsafeMutablePointer<CChar>?] = (["git"] + args).map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, "git", &actions, nil, argv, environ)
        close(out[1]); close(err[1])
        guard spawned == 0 else {
            close(out[0]); close(err[0])
            throw Failure(description: "git is not available")
        }
        // Standard error is read on another thread: a long complaint must not block git while its
        // standard output is still being read here.
        let complaint = Box()
        let errFD = err[0]
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            complaint.bytes = readAll(errFD)
            done.signal()
        }
        let data = readAll(out[0])
        done.wait()
        close(out[0]); close(err[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7f == 0, code = (status >> 8) & 0xff
        guard exited && code == 0 else {
            let why = String(decoding: complaint.bytes, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "exit \(code)"
            throw Failure(description: "git \(args.first(where: { !$0.hasPrefix("-") && $0 != "core.quotePath=false" }) ?? ""): \(why)")
        }
        return data
    }

    /// Standard error as the reading thread leaves it; read after the semaphore says it is done.
    final class Box: @unchecked Sendable { var bytes = [UInt8]() }

    static func readAll(_ fd: Int32) -> [UInt8] {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, 65536) }
            if n > 0 { data.append(contentsOf: buffer[0..<n]) } else if n < 0 && errno == EINTR { continue } else { break }
        }
        return data
    }

}
