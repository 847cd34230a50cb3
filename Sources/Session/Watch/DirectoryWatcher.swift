import Foundation
import Glibc

#if canImport(Glibc)

/// inotify over folders (DispatchSource file watching does not exist on Linux). Folders are watched, not
/// files, because editors save by writing a temporary file and renaming it over the draft.
public final class DirectoryWatcher {
    /// What the watcher saw. It reports where something happened, not what: the owner looks at the path
    /// (a file, a folder, or nothing any more), which is the truth whatever the order of the events was.
    public enum Change: Hashable, Sendable {
        /// A file written, created, deleted or moved; a folder created, moved in, deleted or moved away;
        /// a root folder gone, or back.
        case path(String)
        /// The kernel's event queue overflowed and events were lost: anything may have changed.
        case overflow
    }

    /// A folder named on the command line (or holding a named file): when it is deleted or moved away,
    /// it is polled for until it is back, then watched again.
    struct Root {
        let path: String
        let deep: Bool
        var wd: Int32?
    }

    private let fd: Int32
    private var dirs: [Int32: (path: String, deep: Bool)] = [:]
    private var roots: [Root] = []

    /// Watches each folder (recursively when `recursive`), or the folder holding each file.
    public init(paths: [String], recursive: Bool = true) throws {
        fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard fd >= 0 else { throw WatchError(message: "inotify unavailable: \(String(cString: strerror(errno)))") }
        for p in paths {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue {
                roots.append(Root(path: p, deep: recursive))
            } else {
                let parent = (p as NSString).deletingLastPathComponent
                roots.append(Root(path: parent.isEmpty ? "." : parent, deep: false))
            }
        }
        for i in roots.indices {
            var seen = Set<Int32>()
            roots[i].wd = try add(roots[i].path, deep: roots[i].deep, seen: &seen)
        }
    }

    deinit { close(fd) }

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Watches a folder and, when `deep`, every folder below it that the file walk would enter.
    @discardableResult
    private func add(_ dir: String, deep: Bool, seen: inout Set<Int32>) throws -> Int32 {
        let wd = inotify_add_watch(fd, dir, Self.mask)
        guard wd >= 0 else { throw WatchError(message: "\(dir): cannot watch: \(String(cString: strerror(errno)))") }
        // A folder watched twice (a root that also holds the configuration) keeps the path it was first
        // watched under, so its files keep one name.
        dirs[wd] = dirs[wd].map { ($0.path, $0.deep || deep) } ?? (dir, deep)
        guard deep, seen.insert(wd).inserted, let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return wd }
        for name in names.sorted() where !Self.skipped(name) {
            let path = Self.join(dir, name)
            if Self.isRealFolder(path) { _ = try? add(path, deep: true, seen: &seen) }
        }
        return wd
    }

    /// Stops watching a folder and everything below it: it has moved away, and its watches would report
    /// its files under a path where they no longer are.
    private func forget(_ dir: String) {
        for (wd, d) in dirs where d.path == dir || d.path.hasPrefix(dir + "/") {
            inotify_rm_watch(fd, wd)
            dirs[wd] = nil
        }
        for i in roots.indices where roots[i].wd.map({ dirs[$0] == nil }) ?? false { roots[i].wd = nil }
    }

    /// Watches everything again from the roots: after an overflow the watches may miss folders created or
    /// moved since, and may name moved folders by their old paths.
    private func rewatch() {
        for wd in dirs.keys { inotify_rm_watch(fd, wd) }
        dirs = [:]
        for i in roots.indices {
            var seen = Set<Int32>()
            roots[i].wd = try? add(roots[i].path, deep: roots[i].deep, seen: &seen)
        }
    }

    /// Watches again each root that was gone and is back; returns the roots that came back.
    private func rewatchReturnedRoots() -> [Change] {
        var back = [Change]()
        for i in roots.indices where roots[i].wd == nil && Self.isRealFolder(roots[i].path) {
            var seen = Set<Int32>()
            if let wd = try? add(roots[i].path, deep: roots[i].deep, seen: &seen) {
                roots[i].wd = wd
                back.append(.path(roots[i].path))
            }
        }
        return back
    }

    /// How often a root that is gone is looked for.
    private static let rootPollMs: Int32 = 100

    /// Waits for changes, then keeps reading until the folder has been quiet for `quietMs` (editors write
    /// in bursts), but no longer than `maxWaitMs` after the first change. Returns the changes.
    public func next(quietMs: Int32 = 25, maxWaitMs: Double = 150) -> Set<Change> {
        var changes = Set<Change>()
        var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while changes.isEmpty {
            // Without a way to be told a deleted root is back, look for it now and then.
            let waiting = roots.contains { $0.wd == nil }
            let r = poll(&pfd, 1, waiting ? Self.rootPollMs : -1)
            if r < 0 && errno != EINTR { return changes }
            changes.formUnion(drain())
            changes.formUnion(rewatchReturnedRoots())
        }
        let start = Date()
        while Date().timeIntervalSince(start) * 1000 < maxWaitMs {
            let r = poll(&pfd, 1, quietMs)
            if r <= 0 { break }
            changes.formUnion(drain())
        }
        return changes
    }

    private func drain() -> Set<Change> {
        var out = Set<Change>()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            var off = 0
            while off + MemoryLayout<inotify_event>.size <= n {
                let (wd, mask, len) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                    let e = raw.loadUnaligned(fromByteOffset: off, as: inotify_event.self)
                    return (e.wd, e.mask, Int(e.len))
                }
                let nameStart = off + MemoryLayout<inotify_event>.size
                let nameBytes = buffer[nameStart..<min(nameStart + len, n)].prefix { $0 != 0 }
                off = nameStart + len
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    out.insert(.overflow)
                    continue
                }
                if let change = handle(wd: wd, mask: mask, name: String(decoding: nameBytes, as: UTF8.self)) { out.insert(change) }
            }
        }
        if out.contains(.overflow) { rewatch() }
        return out
    }

    /// One event: keeps the watches in step with the folders and says which path changed, if any.
    private func handle(wd: Int32, mask: UInt32, name: String) -> Change? {
        guard let dir = dirs[wd] else { return nil }
        // The kernel dropped the watch: its folder was deleted (the folders below it have had their own
        // event; a folder made since at the same path has a watch of its own). A root is looked for until
        // it is back.
        if mask & UInt32(IN_IGNORED) != 0 {
            dirs[wd] = nil
            for i in roots.indices where roots[i].wd == wd { roots[i].wd = nil }
            return .path(dir.path)
        }
        // A root moved away: its watches would follow it, so they go, and its path is looked for again.
        if mask & UInt32(IN_MOVE_SELF) != 0 && roots.contains(where: { $0.wd == wd }) {
            forget(dir.path)
            return .path(dir.path)
        }
        guard !name.isEmpty else { return nil }
        // Joined as the folder walk joins them, so both name a file the same way.
        let path = Self.join(dir.path, name)
        if mask & UInt32(IN_ISDIR) != 0 {
            if Self.skipped(name) { return nil }
            if mask & UInt32(IN_MOVED_FROM) != 0 { forget(path) }
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, dir.deep {
                var seen = Set<Int32>()
                _ = try? add(path, deep: true, seen: &seen)
            }
        }
        return .path(path)
    }

    static func join(_ dir: String, _ name: String) -> String {
        dir.hasSuffix("/") ? dir + name : dir + "/" + name
    }

    /// Folders the file walk does not enter.
    static func skipped(_ name: String) -> Bool {
        FileWalker.skippedFolders.contains(name) || name.hasPrefix(".build")
    }

    /// A folder that is not a symbolic link (the walk does not follow links inside a tree).
    public static func isRealFolder(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
            && (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) == nil
    }
}

public struct WatchError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
#endif
