import Foundation

/// Writes a file so that readers see either the old or the new content, never a half: a temporary file
/// in the same folder, fsync, then rename over the target, keeping the target's permissions, owner and
/// group. Only a regular file (or a new path) is replaced that way: a symbolic link is followed and its
/// target written, so the link stays a link; a character device or a FIFO (`/dev/null`, `/dev/stdout`, a
/// named pipe) is written through, never renamed over; a folder is an error, and so is a file nobody may
/// write (mode 0444): even root, who could, leaves it as its owner made it.
public enum AtomicWriter {
    public struct WriteError: Error, CustomStringConvertible {
        public let description: String
        /// The file was not what `unchangedSince` expected: somebody else wrote it meanwhile.
        public var changed = false
    }

    /// `unchangedSince`: the file is replaced only if it is still that file, as long and as old, just
    /// before the rename; `beforeReplace` runs right before that check (tests edit the file there).
    public static func write(_ bytes: [UInt8], to given: String, unchangedSince stamp: FileStamp? = nil,
                             beforeReplace: (() -> Void)? = nil) throws {
        // A link is followed to the file it names (even a dangling one: that file is created).
        var path = given
        var hops = 0
        var lst = stat()
        while System.lstat(path, &lst) == 0, (lst.st_mode & S_IFMT) == S_IFLNK {
            hops += 1
            guard hops <= 32, let target = System.readLink(path) else {
                throw WriteError(description: "too many levels of symbolic links")
            }
            path = target.hasPrefix("/") ? target : ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(target)
        }
        var existing = stat()
        let exists = System.stat(path, &existing) == 0
        if exists {
            switch existing.st_mode & S_IFMT {
            case S_IFREG:
                if existing.st_mode & 0o222 == 0 { throw WriteError(description: "the file is read-only") }
            case S_IFDIR: throw WriteError(description: "is a folder")
            default: return try writeThrough(bytes, to: path)
            }
        }
        let dir = (path as NSString).deletingLastPathComponent
        let folder = dir.isEmpty ? "." : dir
        let mode: mode_t = exists ? existing.st_mode & 0o7777 : 0o644
        var template = FilePath.bytes(folder + "/.prfaq-XXXXXX")
        let fd = template.withUnsafeMutableBufferPointer { b in b.baseAddress.map { mkstemp($0) } ?? -1 }
        guard fd >= 0 else { throw WriteError(description: System.cause()) }
        let tmp = FilePath.string(template.dropLast().map { UInt8(bitPattern: $0) })
        var ok = false
        defer { if !ok { unlink(FilePath.bytes(tmp)) } }
        if let code = Descriptor.writeAll(fd, bytes) {
            close(fd)
            throw WriteError(description: System.cause(code))
        }
        fchmod(fd, mode)
        // Keep the owner and group a root run would otherwise take over (an error here is not fatal:
        // only root may give a file away).
        if exists { _ = fchown(fd, existing.st_uid, existing.st_gid) }
        guard fsync(fd) == 0 else {
            let e = System.cause()
            close(fd)
            throw WriteError(description: e)
        }
        close(fd)
        beforeReplace?()
        if let expected = stamp, FileStamp(path: path) != expected {
            throw WriteError(description: "the file changed while prfaq was writing it", changed: true)
        }
        guard System.rename(tmp, path) == 0 else { throw WriteError(description: System.cause()) }
        ok = true
    }

    /// A device or a pipe takes the bytes as they are: there is no file to replace.
    static func writeThrough(_ bytes: [UInt8], to path: String) throws {
        let fd = System.open(path, O_WRONLY)
        guard fd >= 0 else { throw WriteError(description: System.cause()) }
        defer { close(fd) }
        if let code = Descriptor.writeAll(fd, bytes) { throw WriteError(description: System.cause(code)) }
    }
}
