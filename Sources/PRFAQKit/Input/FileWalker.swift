import Foundation

/// Expands the command line's paths into the files to lint, in a stable order: folders are walked for
/// Markdown, skipping version-control and build folders, the config's `ignore` globs and symlink loops.
public struct FileWalker {
    public static let extensions: Set<String> = ["md", "markdown"]
    public static let skippedFolders: Set<String> = [".git", ".hg", ".svn", "node_modules", ".build"]

    public enum Entry: Equatable {
        case file(String)
        case stdin
        case problem(path: String, cause: String)
    }

    let ignoreFor: (String) -> (base: String, globs: [Glob])?

    /// `ignoreFor` gives, for a folder, the globs that apply there and the folder they are relative to.
    public init(ignoreFor: @escaping (String) -> (base: String, globs: [Glob])?) {
        self.ignoreFor = ignoreFor
    }

    public func expand(_ paths: [String]) -> [Entry] {
        var out = [Entry]()
        for p in paths {
            if p == "-" { out.append(.stdin); continue }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else {
                let dangling = (try? FileManager.default.destinationOfSymbolicLink(atPath: p)) != nil
                out.append(.problem(path: p, cause: dangling ? "broken symbolic link" : "no such file or directory"))
                continue
            }
            if isDir.boolValue {
                var seen = Set<FolderID>()
                walk(p, into: &out, seen: &seen)
            } else {
                out.append(.file(p))
            }
        }
        return out
    }

    /// A folder's identity on disk: however many symlinks lead to it, it has one device and inode.
    struct FolderID: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    private func walk(_ dir: String, into out: inout [Entry], seen: inout Set<FolderID>) {
        // A symlink loop (`ln -s . loop`) or a folder reached twice is walked once. (Resolving the path
        // by name is not enough: Foundation leaves relative paths unresolved, and the walk would then
        // descend `loop/loop/…` until the path is too long.)
        var st = stat()
        guard stat(dir, &st) == 0 else {
            out.append(.problem(path: dir, cause: "cannot read the folder"))
            return
        }
        guard seen.insert(FolderID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))).inserted else { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
            out.append(.problem(path: dir, cause: "cannot read the folder"))
            return
        }
        let ignore = ignoreFor(dir)
        for name in names.sorted() {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            if let ig = ignore, !ig.globs.isEmpty {
                let rel = Self.relative(path, to: ig.base)
                if ig.globs.contains(where: { $0.matches(rel) }) { continue }
            }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                if Self.skippedFolders.contains(name) || name.hasPrefix(".build") { continue }
                // Symlinked folders inside a tree are not followed (as ripgrep and ESLint do): a link to `/`
                // would otherwise walk the whole disk. A folder named on the command line is followed.
                if (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil { continue }
                walk(path, into: &out, seen: &seen)
            } else if Self.extensions.contains((name as NSString).pathExtension.lowercased()) {
                out.append(.file(path))
            }
        }
    }

    static func relative(_ path: String, to base: String) -> String {
        let abs = ConfigLoader.absolute(path)
        let b = ConfigLoader.absolute(base)
        if abs.hasPrefix(b + "/") { return String(abs.dropFirst(b.count + 1)) }
        return abs
    }
}
