import Foundation

/// Whole reads and writes on a file descriptor, retrying interrupted calls: files, standard input and
/// output, devices and pipes all go through these two loops.
public enum Descriptor {
    /// Everything up to end of input, or the cause; more than `limit` bytes is refused while reading,
    /// so an endless input (`/dev/zero`) stops at the limit.
    public static func readAll(_ fd: Int32, limit: Int, reserve: Int = 0) -> Result<[UInt8], FileProblem> {
        var data = [UInt8]()
        if reserve > 0 {
            // A file of known size is read straight into an array of that size and one byte more (so the
            // read that finds its end needs no room of its own): through a cleared 64 KB buffer, clearing
            // and copying cost more than the reads.
            var failure: Int32 = 0, ended = false
            data = [UInt8](unsafeUninitializedCapacity: reserve + 1) { buf, count in
                count = 0
                guard let base = buf.baseAddress else { return }
                while count < buf.count {
                    let n = Foundation.read(fd, base + count, buf.count - count)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    if n == 0 { ended = true; return }
                    count += n
                }
            }
            if failure != 0 { return .failure(FileProblem(String(cString: strerror(failure)).lowercased())) }
            if data.count > limit { return .failure(FileProblem("larger than \(limit / 1024 / 1024) MB")) }
            // Longer than it was (it grew while being read): the rest comes through the loop below.
            if ended { return .success(data) }
        }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(FileProblem(String(cString: strerror(errno)).lowercased()))
            }
            if n == 0 { return .success(data) }
            // From a buffer pointer, one copy; from an array slice, the append went a byte at a time.
            buffer.withUnsafeBufferPointer { data.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<n])) }
            if data.count > limit { return .failure(FileProblem("larger than \(limit / 1024 / 1024) MB")) }
        }
    }

    /// Writes every byte; on failure, the `errno` of the call that failed.
    public static func writeAll<C: Collection>(_ fd: Int32, _ bytes: C) -> Int32? where C.Element == UInt8 {
        let written: Int32? = bytes.withContiguousStorageIfAvailable { buf -> Int32? in
            guard let base = buf.baseAddress else { return nil }
            var off = 0
            while off < buf.count {
                let n = Foundation.write(fd, base + off, buf.count - off)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                off += n
            }
            return nil
        } ?? writeAll(fd, Array(bytes))
        return written
    }
}
