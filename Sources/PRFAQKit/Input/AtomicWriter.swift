import Foundation

/// Writes a file so that readers see either the old or the new content, never a half: a temporary file
/// in the same folder, fsync, then rename over the target, keeping the target's permissions.
public enum AtomicWriter {
    public struct WriteError: Error, CustomStringConvertible {
        public let description: String
    }

    public static func write(_ bytes: [UInt8], to path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let folder = dir.isEmpty ? "." : dir
        var mode: mode_t = 0o644
        var st = stat()
        if stat(path, &st) == 0 { mode = st.st_mode & 0o7777 }
        var template = Array((folder + "/.prfaq-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw WriteError(description: String(cString: strerror(errno)).lowercased()) }
        let tmp = String(cString: template)
        var ok = false
        defer { if !ok { unlink(tmp) } }
        var off = 0
        while off < bytes.count {
            let n = bytes[off...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                let e = String(cString: strerror(errno)).lowercased()
                close(fd)
                throw WriteError(description: e)
            }
            off += n
        }
        fchmod(fd, mode)
        guard fsync(fd) == 0 else {
            let e = String(cString: strerror(errno)).lowercased()
            close(fd)
            throw WriteError(description: e)
        }
        close(fd)
        guard rename(tmp, path) == 0 else { throw WriteError(description: String(cString: strerror(errno)).lowercased()) }
        ok = true
    }
}
