import DraftAnatomy
import Foundation
import LintCore
import Markdown
import Settings

/// A command's failure as one line (the file and the cause), for the command line to print and exit 2.
public struct SessionFailure: Error, CustomStringConvertible {
    public let description: String
}

extension LintRun {
    /// `prfaq config --explain FILE`: the settings that apply to a draft and where each came from, resolved
    /// the way `lint` resolves them (options, front matter, `.prfaq.yml` chain, defaults).
    public func explainSettings(for file: String) throws -> String {
        let dir = (file as NSString).deletingLastPathComponent
        var (effective, linter) = try resolved(dir.isEmpty ? "." : dir)
        let configFile = options.configPath ?? ConfigLoader.nearestPath(from: dir.isEmpty ? "." : dir)
        guard case .success(let src) = FileReader.read(file) else { throw SessionFailure(description: "\(file): cannot read") }
        let doc = Document(source: src)
        if let fm = doc.frontMatter, let own = try linter.frontMatterConfig(fm, file: file) { effective.merge(own) }
        let draft = Draft(document: doc)
        var out = "\(file)\n"
        out += "  configuration: \(configFile ?? "none (built-in defaults)")\n"
        let used = options.profile ?? effective.profile ?? draft.detectedProfile
        let why = options.profile != nil ? "--profile" : (effective.profile != nil ? (effective.origins["profile"] ?? "configuration") : "detected from the content")
        out += "  profile: \(used.rawValue) (\(why))\n"
        let readFor = options.audience ?? effective.audience ?? draft.detectedAudience
        let whyReader = options.audience != nil ? "--audience" : (effective.audience != nil ? (effective.origins["audience"] ?? "configuration") : "detected from the content")
        out += "  audience: \(readFor.rawValue) (\(whyReader))\n"
        if !effective.rulePaths.isEmpty { out += "  rule-paths: \(effective.rulePaths.joined(separator: ", "))\n" }
        if !effective.ignore.isEmpty { out += "  ignore: \(effective.ignore.joined(separator: ", ")) (relative to \(effective.baseDirectory))\n" }
        let v = effective.vocabulary
        if !v.accept.isEmpty || !v.reject.isEmpty {
            let rejected = v.reject.map { $0.use.isEmpty ? $0.phrase : "\($0.phrase) → \($0.use)" }
            out += "  vocabulary: accept [\(v.accept.joined(separator: ", "))]; reject [\(rejected.joined(separator: ", "))]"
                + "  ← \(effective.origins["vocabulary"] ?? "configuration")\n"
        }
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
        return out
    }
}
