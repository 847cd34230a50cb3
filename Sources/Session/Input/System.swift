import Foundation

// The C functions, named apart from the `stat` struct they share a name with.
private let cStat: (UnsafePointer<CChar>, UnsafeMutablePointer<stat>) -> Int32 = stat
private let cLstat: (UnsafePointer<CChar>, UnsafeMutablePointer<stat>) -> Int32 = lstat

/// The system calls the file layer makes, taking paths as `FilePath` keeps them.
enum System {
    static func stat(_ path: String, _ st: inout stat) -> Int32 { cStat(FilePath.bytes(path), &st) }
    static func lstat(_ path: String, _ st: inout stat) -> Int32 { cLstat(FilePath.bytes(path), &st) }
    static func open(_ path: String, _ flags: Int32) -> Int32 { Foundation.open(FilePath.bytes(path), flags) }
    static func rename(_ from: String, _ to: String) -> Int32 { Foundation.rename(FilePath.bytes(from), FilePath.bytes(to)) }

    /// The target a symbolic link names, or nil when the path is not a link.
    static func readLink(_ path: String) -> String? {
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = buffer.withUnsafeMutableBytes { raw -> Int in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return -1 }
            return readlink(FilePath.bytes(path), base, raw.count)
        }
        return n < 0 ? nil : FilePath.string(buffer[0..<n])
    }

    /// The path with every link and `..` resolved, or nil when some part of it cannot be.
    static func realPath(_ path: String) -> String? {
        guard let p = realpath(FilePath.bytes(path), nil) else { return nil }
        defer { free(p) }
        return FilePath.string(UnsafeBufferPointer(start: p, count: strlen(p)).map { UInt8(bitPattern: $0) })
    }

    /// The entries of a folder (no "." or ".."), whatever their names' bytes, each with the type the folder
    /// records for it (`DT_REG`, `DT_DIR`, `DT_LNK`; `DT_UNKNOWN` where the file system keeps none); nil when
    /// it cannot be read.
    static func entries(in dir: String) -> [(name: String, type: UInt8)]? {
        guard let d = opendir(FilePath.bytes(dir)) else { return nil }
        defer { closedir(d) }
        var out = [(name: String, type: UInt8)]()
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { raw in FilePath.string(raw.prefix { $0 != 0 }) }
            if name != "." && name != ".." { out.append((name, e.pointee.d_type)) }
        }
        return out
    }

    static func cause(_ code: Int32 = errno) -> String { String(cString: strerror(code)).lowercased() }
}
