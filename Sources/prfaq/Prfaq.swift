import ArgumentParser
import PRFAQKit
import PRFAQRules

/// `prfaq`: the root command; `lint` is the default.
struct Prfaq: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prfaq",
        abstract: "Lint Amazon-style PR/FAQs, narratives and STAR stories written in Markdown.",
        version: Version.string,
        subcommands: [Lint.self, Rules.self, Explain.self, Init.self, Stats.self],
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

/// The rules every command sees.
enum Catalogue {
    static let linter = Linter(rules: BuiltinRules.all)
}
