import Foundation

/// Writes bytes to standard output as they are, without wrapping them in `Data` first.
enum StandardOutput {
    static func write(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBytes { buf in
            guard let base = buf.baseAddress else { return }
            var offset = 0
            while offset < buf.count {
                let n = Foundation.write(1, base + offset, buf.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return  // a closed pipe: nothing more can be written (SIGPIPE is the reader's choice)
                }
                offset += n
            }
        }
    }
}
