import ArgumentParser
import Session

/// `prfaq`: the root command; `lint` is the default.
struct Prfaq: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prfaq",
        abstract: "Lint Amazon-style PR/FAQs, narratives and STAR stories written in Markdown.",
        version: Version.string,
        subcommands: [Lint.self, Rules.self, Explain.self, Init.self, Stats.self, Config.self, LSP.self, Report.self],
        defaultSubcommand: Lint.self
    )

    /// The command a first argument was surely meant to be: not a command, not a file or folder that
    /// exists, but a command's name misspelt (`prfaq stat draft.md`). Lint is the default, and without
    /// this a typo became a lint run of a file that does not exist, and of the real draft after it.
    static func mistypedCommand(_ first: String) -> String? {
        guard !first.hasPrefix("-"), !commandNames.contains(first), !FilePath.exists(first) else { return nil }
        return Suggest.nearest(first, commandNames)
    }

    /// The subcommands' names, without asking ArgumentParser (which derives them by reflection, slow at
    /// start-up); main.swift asserts they match `configuration.subcommands` in debug builds.
    static let commandNames = ["lint", "rules", "explain", "init", "stats", "config", "lsp", "report"]

    /// Arguments ArgumentParser would misread: a negative number after an option that takes one
    /// (`--max-warnings -1`, unlimited) reads as an unknown option, so it is joined to its option.
    static func normalized(_ arguments: [String]) -> [String] {
        var out = [String]()
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a == "--max-warnings", i + 1 < arguments.count, arguments[i + 1].count > 1, arguments[i + 1].hasPrefix("-"),
               arguments[i + 1].dropFirst().allSatisfy(\.isNumber) {
                out.append(a + "=" + arguments[i + 1])
                i += 2
                continue
            }
            out.append(a)
            i += 1
        }
        return out
    }
}

/// A failure the user caused that is not a usage mistake (e.g. an unknown rule): one line, exit 2.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }

    /// Runs `body`, turning what it throws (a configuration mistake, one line) into a failure.
    static func wrapping<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as CommandFailure { throw e } catch { throw CommandFailure("\(error)") }
    }
}

enum Version {
    static let string = "0.1.0"
}
