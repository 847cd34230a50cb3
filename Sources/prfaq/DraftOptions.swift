import ArgumentParser
import Foundation
import Session

/// The options every command that lints drafts takes, and the one place they become `LintRun.Options`.
struct DraftOptions: ParsableArguments {
    @Option(help: "Use this configuration file instead of the nearest .prfaq.yml.")
    var config: String?

    @Option(help: "Document profile (auto: read from the draft).")
    var profile: ProfileChoice = .auto

    @Option(help: "Who reads the draft (auto: read from its content).")
    var audience: AudienceChoice = .auto

    @Option(help: "The prompt the draft answers (a written assessment's question); beats front matter's prompt:.")
    var prompt: String?

    @Option(help: "The name standard input is reported under; its configuration is the nearest .prfaq.yml to that name.")
    var stdinFilename: String?

    @Option(help: "Seconds one draft may take before it is reported as an error (exit 2).")
    var timeout: Double = 10

    /// Run options; a `--config` that names no file is an error before anything is linted.
    func runOptions() throws -> LintRun.Options {
        guard timeout > 0, timeout <= 86_400 else { throw CommandFailure("--timeout takes seconds, above 0 and at most 86400") }
        if let c = config, !FileManager.default.fileExists(atPath: c) {
            throw CommandFailure("\(c): no such configuration file")
        }
        var options = LintRun.Options()
        options.configPath = config
        options.profile = profile.profile
        options.audience = audience.audience
        if let p = prompt {
            guard !p.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw CommandFailure("--prompt takes the text of the prompt") }
            options.prompt = p
        }
        if let n = stdinFilename {
            options.stdinName = n
            options.stdinNamed = true
        }
        options.fileBudget = timeout
        return options
    }
}
