import LintCore
import PRFAQRules
import Settings

/// The rules every command sees: the built-ins, plus the packs that the configuration of the current
/// folder names (so `prfaq rules` and `prfaq explain` show a team's own rules).
public enum Catalogue {
    public static let linter = Linter(rules: BuiltinRules.all)

    /// Throws the configuration's mistake (`ConfigError`, one line) when it or a pack cannot be loaded.
    public static func withLocalPacks(config path: String? = nil) throws -> Linter {
        let loader = ConfigLoader(rules: linter.descriptions)
        let config = try path.map { try loader.load(path: $0) } ?? loader.configuration(forDirectory: ".")
        guard let c = config, !c.rulePaths.isEmpty else { return linter }
        return try PackLoader(builtins: linter.rules).linter(for: c)
    }
}
