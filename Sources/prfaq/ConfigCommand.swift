import ArgumentParser
import Foundation
import Session

struct Config: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the effective settings for a draft and where each came from.")

    @Flag(help: "Explain the settings that apply to FILE.") var explain = false
    @Argument(help: "The draft.") var file: String
    @Option(help: "Use this configuration file instead of the nearest .prfaq.yml.") var config: String?
    @Option(help: "Document profile (auto: read from the draft).") var profile: ProfileChoice = .auto
    @Option(help: "Who reads the draft (auto: read from its content).") var audience: AudienceChoice = .auto
    @Option(help: "Seconds the draft may take before it is reported as an error (exit 2).") var timeout: Double = 10

    func run() throws {
        var options = LintRun.Options()
        options.configPath = config
        options.profile = profile.profile
        options.audience = audience.audience
        guard timeout > 0, timeout <= 86_400 else { throw CommandFailure("--timeout takes seconds, above 0 and at most 86400") }
        options.fileBudget = timeout
        let run = LintRun(linter: Catalogue.linter, options: options)
        Watchdog.arm(after: timeout, timeout: timeout, path: file)
        print(try CommandFailure.wrapping { try run.explainSettings(for: file) }, terminator: "")
    }
}
