import ArgumentParser
import PRFAQKit
import PRFAQRules

/// `prfaq`: the root command; `lint` is the default.
struct Prfaq: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prfaq",
        abstract: "Lint Amazon-style PR/FAQs, narratives and STAR stories written in Markdown.",
        version: Version.string,
        subcommands: [Lint.self, Rules.self, Explain.self, Init.self, Stats.self, Config.self, LSP.self, Report.self],
        defaultSubcommand: Lint.self
    )

}

/// A failure the user caused that is not a usage mistake (e.g. an unknown rule): one line, exit 2.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

enum Version {
    static let string = "0.1.0"
}

/// The rules every command sees: the built-ins, plus the packs that the configuration of the current
/// folder names (so `prfaq rules` and `prfaq explain` show a team's own rules).
enum Catalogue {
    static let linter = Linter(rules: BuiltinRules.all)

    static func withLocalPacks(config path: String? = nil) throws -> Linter {
        let loader = ConfigLoader(rules: linter.descriptions)
        let config: Configuration?
        do {
            config = try path.map { try loader.load(path: $0) } ?? loader.configuration(forDirectory: ".")
            guard let c = config, !c.rulePaths.isEmpty else { return linter }
            return try PackLoader(builtins: linter.rules).linter(for: c)
        } catch let e as ConfigError {
            throw CommandFailure(e.description)
        }
    }
}
