import Foundation
import LintCore

/// Finds and loads `.prfaq.yml` files: the nearest one above a draft, plus what it `extends`.
/// Results are cached per folder, so a tree of drafts reads each configuration once.
public final class ConfigLoader: @unchecked Sendable {
    public static let fileName = ".prfaq.yml"
    let parser: ConfigParser
    private var cache: [String: Result<Configuration, ConfigError>] = [:]
    private let lock = NSLock()

    public init(rules: [RuleDescription]) {
        parser = ConfigParser(rules: rules)
    }

    /// The configuration that applies to files in `directory` (nil when there is none).
    public func configuration(forDirectory directory: String) throws -> Configuration? {
        guard let path = nearestCached(from: directory) else { return nil }
        return try load(path: path)
    }

    /// `nearest(from:)`, asked once per folder as written: every draft of a folder asks for its folder,
    /// and the upward search costs a path resolution and a failing stat per level. A run lives for one
    /// lint (`--watch` and the language server build a new one when a configuration file changes).
    private var nearestByDirectory: [String: String?] = [:]

    private func nearestCached(from directory: String) -> String? {
        lock.lock()
        let known = nearestByDirectory[directory]
        lock.unlock()
        if let known { return known }
        let found = Self.nearest(from: directory)
        lock.lock()
        nearestByDirectory[directory] = found
        lock.unlock()
        return found
    }

    /// Loads one file and the chain it extends; a cycle or a missing file is an error naming the file.
    public func load(path: String) throws -> Configuration {
        // A path `nearest` found is absolute and standard already, and cached under itself: no resolving.
        lock.lock()
        let known = cache[path]
        lock.unlock()
        if let c = known { return try c.get() }
        let abs = Self.absolute(path)
        lock.lock()
        let cached = cache[abs]
        lock.unlock()
        if let c = cached { return try c.get() }
        let result: Result<Configuration, ConfigError>
        do {
            result = .success(try load(abs, displayPath: path, chain: []))
        } catch let e as ConfigError {
            result = .failure(e)
        }
        lock.lock()
        cache[abs] = result
        cache[path] = result  // the working folder does not change during a run
        lock.unlock()
        return try result.get()
    }

    private func load(_ abs: String, displayPath: String, chain: [String]) throws -> Configuration {
        if chain.contains(abs) {
            throw ConfigError(file: displayPath, line: 1, column: 1,
                              message: "extends forms a cycle: " + (chain + [abs]).map { ($0 as NSString).lastPathComponent }.joined(separator: " → "))
        }
        guard let data = FileManager.default.contents(atPath: abs) else {
            throw ConfigError(file: displayPath, line: 1, column: 1, message: "cannot read the configuration file")
        }
        if data.count > 1_000_000 {
            throw ConfigError(file: displayPath, line: 1, column: 1, message: "configuration file is larger than 1 MB")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: displayPath, line: 1, column: 1, message: "configuration is not UTF-8 text")
        }
        let (own, extends) = try parser.parse(text, file: displayPath)
        let dir = (abs as NSString).deletingLastPathComponent
        var merged = Configuration()
        for e in extends {
            let target = e.hasPrefix("/") ? e : (dir as NSString).appendingPathComponent(e)
            let displayTarget = e.hasPrefix("/") ? e : ((displayPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent(e)
            guard FileManager.default.fileExists(atPath: target) else {
                throw ConfigError(file: displayPath, line: 1, column: 1, message: "extends \"\(e)\": no such file")
            }
            var base = try load((target as NSString).standardizingPath, displayPath: displayTarget, chain: chain + [abs])
            base.rulePaths = base.rulePaths.map { p in p.hasPrefix("/") ? p : ((target as NSString).deletingLastPathComponent as NSString).appendingPathComponent(p) }
            base.baseline = base.baseline.map { p in p.hasPrefix("/") ? p : ((target as NSString).deletingLastPathComponent as NSString).appendingPathComponent(p) }
            merged.merge(base)
        }
        var mine = own
        mine.rulePaths = own.rulePaths.map { p in p.hasPrefix("/") ? p : (dir as NSString).appendingPathComponent(p) }
        mine.baseline = own.baseline.map { p in p.hasPrefix("/") ? p : ((dir as NSString).appendingPathComponent(p) as NSString).standardizingPath }
        merged.merge(mine)
        merged.ignore = own.ignore
        merged.baseDirectory = dir
        return merged
    }

    /// The `.prfaq.yml` that applies to a folder, if any.
    public static func nearestPath(from directory: String) -> String? { nearest(from: directory) }

    static func nearest(from directory: String) -> String? {
        var dir = absolute(directory)
        while true {
            let candidate = (dir as NSString).appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = (dir as NSString).deletingLastPathComponent
            if parent == dir || parent.isEmpty { return nil }
            dir = parent
        }
    }

    package static func absolute(_ path: String) -> String {
        let p = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return (p as NSString).standardizingPath
    }
}
