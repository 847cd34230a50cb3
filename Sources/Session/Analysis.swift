import DraftAnatomy
import Foundation
import HTMLReport
import LintCore
import Markdown
import Settings

/// One draft as every command sees it: read, configured (command line, front matter, `.prfaq.yml`
/// chain, defaults) and linted exactly as `lint` does, so `stats`, `report` and `lint` never disagree
/// about a draft's profile, audience or rules.
public struct Analysis {
    public let result: FileResult
    /// The draft as the rules read it; nil when the file could not be read or configured.
    let draft: Draft?
    /// The rules that ran on the draft, so a report can say "not checked" rather than "covered" when a
    /// rule is off; nil when there is no draft.
    public let ranRules: Set<String>?
    /// The report's word budgets, from the length rules' options as configured for this draft.
    let limits: ReportLimits?
    /// The press-release parts the configuration requires (`structure/missing-section`'s `pr-parts`).
    let requiredPRParts: [String]?

    /// The figures `prfaq stats` prints, with the reasons for the profile and audience when they were
    /// detected rather than set.
    public var stats: DraftStats? {
        guard let draft, let source = result.source else { return nil }
        let detected = Draft(document: Document(source: source))
        let audience = result.audience ?? detected.audience
        guard draft.profile != detected.profile || audience != detected.audience else {
            return DraftStats(detected, prompt: draft.prompt, requiredPRParts: requiredPRParts)
        }
        return DraftStats(Draft(document: Document(source: source), profile: draft.profile, audience: audience), prompt: draft.prompt,
                          requiredPRParts: requiredPRParts)
    }

    /// The HTML report page; nil when there is no draft.
    public func reportPage(generator: String) -> String? {
        guard let draft, let limits else { return nil }
        return ReportHTML.page(result: result, draft: draft, ranRules: ranRules, limits: limits, generator: generator)
    }
}

extension LintRun {
    static func required(_ v: OptionValue?) -> [String]? {
        switch v {
        case .strings(let list)?: return list
        case .string(let one)?: return [one]
        default: return nil
        }
    }

    /// Reads, configures and lints one entry, keeping the draft. `read` runs once the input is read, as
    /// for `lintEntry`.
    public func analyze(_ entry: FileWalker.Entry, read: () -> Void = {}) -> Analysis {
        switch input(entry) {
        case .failed(let r):
            return Analysis(result: r, draft: nil, ranRules: nil, limits: nil, requiredPRParts: nil)
        case .read(let source, let directory):
            read()
            let config: Configuration
            let linter: Linter
            do { (config, linter) = try resolved(directory) } catch {
                return Analysis(result: FileResult(path: source.path, error: Self.describe(error)), draft: nil, ranRules: nil, limits: nil, requiredPRParts: nil)
            }
            let linted = linter.analyze(source, config: config, profile: options.profile, audience: options.audience,
                                        prompt: options.prompt, budget: options.fileBudget)
            let ran = linted.draft.map { linter.ranRules($0, config: linted.settings) }
            return Analysis(result: linted.result, draft: linted.result.error == nil ? linted.draft : nil, ranRules: ran,
                            limits: ReportLimits(linter: linter, config: linted.settings),
                            requiredPRParts: Self.required(linter.option("pr-parts", of: "structure/missing-section", in: linted.settings)))
        }
    }
}
