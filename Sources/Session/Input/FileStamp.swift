import Foundation

/// What a file on disk is at one moment: which file (device and inode: an editor's atomic save makes a
/// new one), how long and when last written. `--fix` takes one before it reads and compares it again
/// just before it replaces the file, so an edit saved in between is never written over.
public struct FileStamp: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let seconds: Int
    let nanoseconds: Int

    /// Nil when the path cannot be examined (it is gone, or unreadable).
    public init?(path: String) {
        var st = stat()
        guard System.stat(path, &st) == 0 else { return nil }
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
        size = Int64(st.st_size)
        seconds = st.st_mtim.tv_sec
        nanoseconds = st.st_mtim.tv_nsec
    }
}
