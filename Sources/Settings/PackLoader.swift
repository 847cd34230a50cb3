import Foundation
import LintCore

/// Loads the rule packs a configuration's `rule-paths` name and builds the linter that runs them beside
/// the built-in rules. Each distinct set of folders is loaded once per run.
public final class PackLoader: @unchecked Sendable {
    let builtins: [any Rule]
    private var cache: [[String]: Result<Linter, ConfigError>] = [:]
    private var loadedWarnings: [ConfigError] = []
    private let lock = NSLock()
    public let base: Linter

    public init(builtins: [any Rule]) {
        self.builtins = builtins
        self.base = Linter(rules: builtins)
    }

    /// The linter for a configuration: the built-ins when it names no packs. Unknown rule ids left over
    /// from parsing are checked here, against built-ins and packs together.
    public func linter(for config: Configuration) throws -> Linter {
        let linter: Linter
        if config.rulePaths.isEmpty {
            linter = base
        } else {
            lock.lock()
            let cached = cache[config.rulePaths]
            lock.unlock()
            let result = cached ?? Result { try self.load(config.rulePaths) }.mapError { $0 as? ConfigError ?? ConfigError(file: "rule-paths", line: 1, column: 1, message: "\($0)") }
            if cached == nil {
                lock.lock()
                if cache[config.rulePaths] == nil, case .success(let l) = result {
                    loadedWarnings += l.rules.compactMap { $0 as? PackRule }.flatMap(\.warnings)
                }
                cache[config.rulePaths] = result
                lock.unlock()
            }
            linter = try result.get()
        }
        try ConfigParser.resolve(config, known: linter.descriptions)
        return linter
    }

    /// The warnings of every pack loaded so far, each pack's once, in the order they were loaded.
    public var warnings: [ConfigError] {
        lock.lock()
        defer { lock.unlock() }
        var seen = Set<String>()
        return loadedWarnings.filter { seen.insert($0.description).inserted }
    }

    private func load(_ folders: [String]) throws -> Linter {
        var rules = builtins
        var origin = [String: String]()
        for r in builtins { origin[r.description.id] = "the built-in rules" }
        let parser = PackParser()
        for folder in folders {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
                throw ConfigError(file: folder, line: 1, column: 1, message: "rule-paths: no such folder")
            }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted()
            for name in names {
                let path = (folder as NSString).appendingPathComponent(name)
                guard let data = FileManager.default.contents(atPath: path), data.count <= 1_000_000,
                      let text = String(data: data, encoding: .utf8) else {
                    throw ConfigError(file: path, line: 1, column: 1, message: "cannot read the rule pack (UTF-8, at most 1 MB)")
                }
                let rule = try parser.parse(text, file: path)
                if let other = origin[rule.description.id] {
                    throw ConfigError(file: path, line: 1, column: 1, message: "rule \(rule.description.id) is already defined in \(other)")
                }
                origin[rule.description.id] = path
                rules.append(rule)
            }
        }
        return Linter(rules: rules)
    }
}
