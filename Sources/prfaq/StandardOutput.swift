import Foundation
import Session

/// Writes bytes to standard output as they are, without wrapping them in `Data` first. A write that
/// fails (a full disk, a closed pipe whose SIGPIPE is ignored) is the run's failure: one line on standard
/// error and exit 2, never a Foundation trap.
enum StandardOutput {
    static func write(_ bytes: ArraySlice<UInt8>) {
        // Text written with `print` is buffered in stdio: it goes first, in order.
        fflush(stdout)
        if let code = Descriptor.writeAll(1, bytes) { fail(code) }
    }

    static func write(_ text: String) {
        var text = text
        text.withUTF8 { buf in write(ArraySlice(buf)) }
    }

    /// Flushes what `print` buffered and fails the run if standard output could not take it.
    static func finish() {
        if fflush(stdout) != 0 || ferror(stdout) != 0 { fail(errno) }
    }

    static func fail(_ code: Int32) -> Never {
        let reason = String(cString: strerror(code == 0 ? EIO : code))
        FileHandle.standardError.write(Data("prfaq: error: cannot write to standard output: \(reason)\n".utf8))
        exit(2)
    }
}
