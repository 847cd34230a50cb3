import Foundation
import Markdown

/// Reads a file's bytes safely: only regular files (a FIFO or a device would block or never end),
/// with a size ceiling, and a one-line cause when it cannot.
public enum FileReader {
    public static let maxBytes = 64 * 1024 * 1024

    public static func read(_ path: String) -> Result<SourceFile, FileProblem> {
        readBytes(path).flatMap { decode(path: FilePath.display(path), data: $0) }
    }

    /// The file's bytes as stored, for `--fix` to compare before it writes.
    public static func readBytes(_ path: String) -> Result<[UInt8], FileProblem> {
        var st = stat()
        guard System.stat(path, &st) == 0 else { return .failure(FileProblem(FileWalker.unreachable(path))) }
        let type = st.st_mode & S_IFMT
        if type == S_IFDIR { return .failure(FileProblem("is a directory")) }
        guard type == S_IFREG else { return .failure(FileProblem("not a regular file")) }
        guard Int(st.st_size) <= maxBytes else { return .failure(FileProblem("larger than \(maxBytes / 1024 / 1024) MB")) }
        let fd = System.open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { return .failure(FileProblem(System.cause())) }
        defer { close(fd) }
        return Descriptor.readAll(fd, limit: maxBytes, reserve: Int(st.st_size))
    }

    /// Standard input under the same ceiling as files: `lint - < /dev/zero` stops at 64 MB with a cause
    /// instead of growing until memory runs out.
    public static func readStdin(name: String) -> Result<SourceFile, FileProblem> {
        Descriptor.readAll(0, limit: maxBytes).flatMap { decode(path: name, data: $0) }
    }

    public static func decode(path: String, data: [UInt8]) -> Result<SourceFile, FileProblem> {
        do { return .success(try SourceFile.decode(path: path, data: data)) } catch let e as DecodeError {
            return .failure(FileProblem(e.description))
        } catch {
            return .failure(FileProblem("cannot decode"))
        }
    }
}

public struct FileProblem: Error, Sendable {
    public let cause: String
    public init(_ cause: String) { self.cause = cause }
}
