#if canImport(Glibc)
import Glibc
import Foundation

/// inotify over folders (DispatchSource file watching does not exist on Linux). Folders are watched, not
/// files, because editors save by writing a temporary file and renaming it over the draft.
public final class DirectoryWatcher {
    public struct Change: Hashable, Sendable {
        public let path: String
        public let deleted: Bool
    }

    private let fd: Int32
    private var dirs: [Int32: String] = [:]
    private let recursive: Bool

    /// Watches each folder (recursively when `recursive`), or the folder holding each file.
    public init(paths: [String], recursive: Bool = true) throws {
        fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard fd >= 0 else { throw WatchError(message: "inotify unavailable: \(String(cString: strerror(errno)))") }
        self.recursive = recursive
        for p in paths {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue {
                try add(p, deep: recursive)
            } else {
                let parent = (p as NSString).deletingLastPathComponent
                try add(parent.isEmpty ? "." : parent, deep: false)
            }
        }
    }

    deinit { close(fd) }

    private static let mask: UInt32 = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF)

    private func add(_ dir: String, deep: Bool) throws {
        let wd = inotify_add_watch(fd, dir, Self.mask)
        guard wd >= 0 else { throw WatchError(message: "\(dir): cannot watch: \(String(cString: strerror(errno)))") }
        if dirs[wd] != nil { return }
        dirs[wd] = dir
        guard deep, let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        for name in names.sorted() where !FileWalker.skippedFolders.contains(name) && !name.hasPrefix(".build") {
            let path = (dir as NSString).appendingPathComponent(name)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue,
               (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) == nil {
                try? add(path, deep: true)
            }
        }
    }

    /// Waits for changes, then keeps reading until the folder has been quiet for `quietMs` (editors write
    /// in bursts), but no longer than `maxWaitMs` after the first change. Returns the changed paths.
    public func next(quietMs: Int32 = 25, maxWaitMs: Double = 150) -> Set<Change> {
        var changes = Set<Change>()
        var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while changes.isEmpty {
            let r = poll(&pfd, 1, -1)
            if r < 0 && errno != EINTR { return changes }
            changes.formUnion(drain())
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
                let name = String(decoding: nameBytes, as: UTF8.self)
                off = nameStart + len
                guard let dir = dirs[wd], !name.isEmpty else { continue }
                // Joined as the folder walk joins them, so both name a file the same way.
                let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                if mask & UInt32(IN_ISDIR) != 0 {
                    if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, recursive { try? add(path, deep: true) }
                    continue
                }
                let deleted = mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0
                out.insert(Change(path: path, deleted: deleted))
            }
        }
        // A file deleted and re-created in one burst (atomic save) counts as changed, not deleted.
        let present = Set(out.filter { !$0.deleted }.map(\.path))
        return Set(out.filter { !($0.deleted && present.contains($0.path)) })
    }
}

public struct WatchError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
#endif
