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
    /// The rules that ran and the draft-length gates among their options, as configured (rule, words).
    let gates: [(rule: String, minWords: Int)]

    /// The figures `prfaq stats` prints, with the reasons for the profile and audience when they were
    /// detected rather than set.
    public var stats: DraftStats? {
        guard let draft, let source = result.source else { return nil }
        let detected = Draft(document: Document(source: source))
        let audience = result.audience ?? detected.audience
        var stats = draft.profile != detected.profile || audience != detected.audience
            ? DraftStats(Draft(document: Document(source: source), profile: draft.profile, audience: audience), prompt: draft.prompt,
                         requiredPRParts: requiredPRParts)
            : DraftStats(detected, prompt: draft.prompt, requiredPRParts: requiredPRParts)
        // A draft that is clearly of its profile is judged at any length.
        if !draft.isClearly { stats.notJudged = gates.filter { stats.words < $0.minWords } }
        return stats
    }

    /// The HTML report page; nil when there is no draft.
    public func reportPage(generator: String) -> String? {
        guard let draft, let limits else { return nil }
        return ReportHTML.page(result: result, draft: draft, ranRules: ranRules, limits: limits, generator: generator)
    }
}

extension LintRun {
    /// Each rule that ran with a draft-length gate, and the gate as configured.
    static func gates(_ linter: Linter, _ ran: Set<String>, _ settings: Configuration) -> [(rule: String, minWords: Int)] {
        linter.descriptions.filter { ran.contains($0.id) }.flatMap { d in
            d.options.filter(\.gatesDraft).compactMap { o -> (rule: String, minWords: Int)? in
                guard case .int(let n)? = linter.option(o.name, of: d.id, in: settings) else { return nil }
                return (d.id, n)
            }
        }
    }

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
            return Analysis(result: r, draft: nil, ranRules: nil, limits: nil, requiredPRParts: nil, gates: [])
        case .read(let source, let directory):
            read()
            let config: Configuration
            let linter: Linter
            do { (config, linter) = try resolved(directory) } catch {
                return Analysis(result: FileResult(path: source.path, error: Self.describe(error)), draft: nil, ranRules: nil, limits: nil, requiredPRParts: nil, gates: [])
            }
            let linted = linter.analyze(source, config: config, profile: options.profile, audience: options.audience,
                                        prompt: options.prompt, budget: options.fileBudget)
            let ran = linted.draft.map { linter.ranRules($0, config: linted.settings) }
            return Analysis(result: linted.result, draft: linted.result.error == nil ? linted.draft : nil, ranRules: ran,
                            limits: ReportLimits(linter: linter, config: linted.settings),
                            requiredPRParts: Self.required(linter.option("pr-parts", of: "structure/missing-section", in: linted.settings)),
                            gates: Self.gates(linter, ran ?? [], linted.settings))
        }
    }
}
