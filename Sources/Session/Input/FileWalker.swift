import Foundation
import Settings

/// Expands the command line's paths into the files to lint, in a stable order: folders are walked for
/// Markdown, skipping hidden, version-control and build folders, the config's `ignore` globs and symlink loops.
/// What a walk passes over that a writer may have meant to lint (a broken link, a loop, a linked
/// folder) is listed with the reason, so a file never goes unlinted without a word.
public struct FileWalker {
    public static let extensions: Set<String> = ["md", "markdown"]

    public static let skippedFolders: Set<String> = [".git", ".hg", ".svn", "node_modules", ".build"]

    /// Whether a path names a draft by its extension (one of `extensions`, in any case), as
    /// `NSString.pathExtension` reads it: after the last "." of the last component (trailing slashes
    /// dropped), unless that dot starts the name. On the path's bytes when the extension is ASCII; bridging
    /// each path to an NSString cost eleven thousand instructions a file.
    public static func hasDraftExtension(_ path: String) -> Bool {
        let ascii = path.withBytes { b -> String? in
            var end = b.count
            while end > 1, b[end - 1] == 0x2F { end -= 1 }
            let start = (b[..<end].lastIndex(of: 0x2F) ?? -1) + 1
            guard let dot = b[start..<end].lastIndex(of: 0x2E), dot > start else { return "" }
            let ext = b[(dot + 1)..<end]
            guard ext.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(decoding: ext.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
        }
        return extensions.contains(ascii ?? (path as NSString).pathExtension.lowercased())
    }

    public enum Entry: Equatable {
        case file(String)
        case stdin
        case problem(path: String, cause: String)
    }

    /// Something a folder walk passed over, and why.
    public struct Skip: Equatable, Sendable {
        public let path: String
        public let reason: String

        /// A file the command line named that the config's `ignore` globs match.
        static func ignored(_ path: String) -> Skip {
            Skip(path: path, reason: "the config's ignore globs match it (--no-ignore lints it)")
        }
    }

    let ignoreFor: (String) -> (base: String, globs: [Glob])?

    /// `ignoreFor` gives, for a folder, the globs that apply there and the folder they are relative to.
    /// Whether a file named on the command line that the `ignore` globs match is skipped (with a note),
    /// as ESLint does: pre-commit and hooks name files, and an ignored draft must stay ignored there.
    public var ignoresNamedFiles = true

    public init(ignoreFor: @escaping (String) -> (base: String, globs: [Glob])?) {
        self.ignoreFor = ignoreFor
    }

    public func walk(_ paths: [String]) -> (entries: [Entry], skipped: [Skip]) {
        var out = [Entry]()
        var skipped = [Skip]()
        for p in paths {
            if p == "-" { out.append(.stdin); continue }
            var st = stat()
            guard System.stat(p, &st) == 0 else {
                out.append(.problem(path: FilePath.display(p), cause: Self.unreachable(p)))
                continue
            }
            if st.st_mode & S_IFMT == S_IFDIR {
                var seen = Set<FolderID>()
                walk(p, root: System.realPath(p) ?? p, into: &out, skipped: &skipped, seen: &seen)
            } else if ignoresNamedFiles && ignores(p) {
                skipped.append(.ignored(FilePath.display(p)))
            } else {
                out.append(.file(p))
            }
        }
        return (out, skipped)
    }

    /// Why a path that cannot be examined cannot be: a link to nowhere and a link loop are told apart
    /// from a name that does not exist.
    static func unreachable(_ path: String) -> String {
        let code = errno
        var lst = stat()
        if code == ELOOP { return "a symlink loop" }
        if System.lstat(path, &lst) == 0, lst.st_mode & S_IFMT == S_IFLNK, code == ENOENT { return "broken symbolic link" }
        return code == ENOENT ? "no such file or directory" : System.cause(code)
    }

    /// A folder's identity on disk: however many symlinks lead to it, it has one device and inode.
    struct FolderID: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    private func walk(_ dir: String, root: String, into out: inout [Entry], skipped: inout [Skip], seen: inout Set<FolderID>) {
        // A symlink loop (`ln -s . loop`) or a folder reached twice is walked once. (Resolving the path
        // by name is not enough: relative paths stay unresolved, and the walk would then descend
        // `loop/loop/…` until the path is too long.)
        var st = stat()
        guard System.stat(dir, &st) == 0, let entries = System.entries(in: dir) else {
            out.append(.problem(path: FilePath.display(dir), cause: "cannot read the folder"))
            return
        }
        guard seen.insert(FolderID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))).inserted else { return }
        let ignore = ignoreFor(dir)
        for (name, type) in entries.sorted(by: { $0.name < $1.name }) {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            if let ig = ignore, !ig.globs.isEmpty {
                let rel = Self.relative(path, to: ig.base)
                if ig.globs.contains(where: { $0.matches(rel) }) { continue }
            }
            let isDraft = Self.hasDraftExtension(name)
            // A file or folder the folder's entry names as such is taken at its word: a draft then costs no
            // lstat of its own (a link, or a file system that records no types, is looked at as before).
            var lst = stat()
            if type == DT_REG || type == DT_DIR {
                lst.st_mode = type == DT_REG ? S_IFREG : S_IFDIR
            } else {
                guard System.lstat(path, &lst) == 0 else { continue }
            }
            let isLink = lst.st_mode & S_IFMT == S_IFLNK
            var target = lst
            if isLink && System.stat(path, &target) != 0 {
                if isDraft { skipped.append(Skip(path: FilePath.display(path), reason: Self.unreachable(path))) }
                continue
            }
            if target.st_mode & S_IFMT == S_IFDIR {
                // Hidden folders (.git, .venv, .github, an editor's .history) are not walked, as ESLint
                // and ripgrep do; named on the command line, one is.
                if Self.skippedFolders.contains(name) || name.hasPrefix(".") { continue }
                // Symlinked folders inside a tree are not followed (as ripgrep and ESLint do): a link to `/`
                // would otherwise walk the whole disk. A folder named on the command line is followed. A link
                // back into the tree being walked passes over nothing: its files are linted by their own path.
                if isLink {
                    if let real = System.realPath(path), real == root || real.hasPrefix(root + "/") { continue }
                    skipped.append(Skip(path: FilePath.display(path), reason: "a symbolic link to a folder outside the tree, not followed (name it to lint it)"))
                    continue
                }
                walk(path, root: root, into: &out, skipped: &skipped, seen: &seen)
            } else if isDraft {
                out.append(.file(path))
            }
        }
    }

    /// Whether the `ignore` globs that apply in a file's folder match it: the one check for named files,
    /// standard input under a name, and files that appear while watching.
    public func ignores(_ path: String) -> Bool {
        guard let ig = ignoreFor(Self.folder(of: path)), !ig.globs.isEmpty else { return false }
        let rel = Self.relative(path, to: ig.base)
        return ig.globs.contains { $0.matches(rel) }
    }

    /// Standard input under `name` (`--stdin-filename`) skipped as that file would be: a hook piping a
    /// staged draft the config ignores.
    public func skippingStdin(named name: String, in walk: (entries: [Entry], skipped: [Skip])) -> (entries: [Entry], skipped: [Skip]) {
        guard ignoresNamedFiles, walk.entries.contains(.stdin), ignores(name) else { return walk }
        return (walk.entries.filter { $0 != .stdin }, walk.skipped + [.ignored(name)])
    }

    /// The folder a path names its file in: "." for a bare name.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let d = String(path[..<slash])
        return d.isEmpty ? "/" : d
    }

    static func relative(_ path: String, to base: String) -> String {
        let abs = ConfigLoader.absolute(path)
        let b = ConfigLoader.absolute(base)
        if abs.hasPrefix(b + "/") { return String(abs.dropFirst(b.count + 1)) }
        return abs
    }
}
