import ArgumentParser
import Foundation
import Markdown
import PRFAQKit

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
        let dir = (file as NSString).deletingLastPathComponent
        var effective: Configuration
        let linter: Linter
        do {
            effective = try run.configuration(forDirectory: dir.isEmpty ? "." : dir)
            linter = try run.packs.linter(for: effective)
        } catch let e as ConfigError {
            throw CommandFailure(e.description)
        }
        let configFile = config ?? ConfigLoader.nearestPath(from: dir.isEmpty ? "." : dir)
        var detected: Profile? = nil
        var reader: Audience? = nil
        if case .success(let src) = FileReader.read(file) {
            let doc = Document(source: src)
            if let fm = doc.frontMatter {
                do {
                    if let own = try linter.frontMatterConfig(fm, file: file) { effective.merge(own) }
                } catch let e as ConfigError { throw CommandFailure(e.description) }
            }
            let draft = Draft(document: doc)
            detected = draft.detectedProfile
            reader = draft.detectedAudience
        } else {
            throw CommandFailure("\(file): cannot read")
        }
        var out = "\(file)\n"
        out += "  configuration: \(configFile ?? "none (built-in defaults)")\n"
        let used = profile.profile ?? effective.profile ?? detected ?? .narrative
        let why = profile.profile != nil ? "--profile" : (effective.profile != nil ? (effective.origins["profile"] ?? "configuration") : "detected from the content")
        out += "  profile: \(used.rawValue) (\(why))\n"
        let readFor = audience.audience ?? effective.audience ?? reader ?? .general
        let whyReader = audience.audience != nil ? "--audience" : (effective.audience != nil ? (effective.origins["audience"] ?? "configuration") : "detected from the content")
        out += "  audience: \(readFor.rawValue) (\(whyReader))\n"
        if !effective.rulePaths.isEmpty { out += "  rule-paths: \(effective.rulePaths.joined(separator: ", "))\n" }
        if !effective.ignore.isEmpty { out += "  ignore: \(effective.ignore.joined(separator: ", ")) (relative to \(effective.baseDirectory))\n" }
        out += "  rules:\n"
        for d in linter.descriptions {
            let setting = effective.rules[d.id]
            let on = linter.isEnabled(d, effective) && d.applies(to: used, readFor)
            var line = "    \(d.id): "
            if !linter.isEnabled(d, effective) {
                line += "off"
            } else if !d.profiles.contains(used) {
                line += "not for \(used.rawValue)"
            } else if !d.audiences.contains(readFor) {
                line += "not for a \(readFor.rawValue) audience"
            } else {
                line += (setting?.severity ?? d.severity).rawValue
            }
            let opts = d.options.map { o in "\(o.name)=\(setting?.options[o.name] ?? o.value)" }
            if on && !opts.isEmpty { line += " (" + opts.joined(separator: ", ") + ")" }
            line += "  ← " + (effective.origins[d.id] ?? "default")
            out += line + "\n"
        }
        print(out, terminator: "")
    }
}
