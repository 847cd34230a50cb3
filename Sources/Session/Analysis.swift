import DraftAnatomy
import Foundation
import HTMLReport
import LintCore
import Markdown
import Settings

/// One draft as every command sees it: read, configured (command line, front matter, `.prfaq.yml`
/// chain, defaults) and linted exactly as `lint` does, so `stats`, `report` and `lint` never disagree
/// about a draft's profile, audience or rules. It keeps what the lint was made of; everything else
/// (which rules ran, the budgets, the required parts) is read from that when asked.
public struct Analysis {
    public let result: FileResult
    /// The draft, the linter and the settings (front matter applied) the lint used; nil when the file
    /// could not be read or configured.
    let lint: (draft: Draft, linter: Linter, settings: Configuration)?

    /// The rules that ran on the draft, so a report can say "not checked" rather than "covered" when a
    /// rule is off; nil when there is no draft.
    public var ranRules: Set<String>? { lint.map { $0.linter.ranRules($0.draft, config: $0.settings) } }

    /// The figures `prfaq stats` prints, with the reasons for the profile and audience when they were
    /// detected rather than set.
    public var stats: DraftStats? {
        guard let (draft, linter, settings) = lint, let source = result.source else { return nil }
        let required = linter.option("pr-parts", of: "structure/missing-section", in: settings)?.list
        let detected = Draft(document: Document(source: source))
        let audience = result.audience ?? detected.audience
        var stats = draft.profile != detected.profile || audience != detected.audience
            ? DraftStats(Draft(document: Document(source: source), profile: draft.profile, audience: audience), prompt: draft.prompt,
                         requiredPRParts: required)
            : DraftStats(detected, prompt: draft.prompt, requiredPRParts: required)
        // A draft that is clearly of its profile is judged at any length.
        if !draft.isClearly { stats.notJudged = Self.gates(linter, ranRules ?? [], settings).filter { stats.words < $0.minWords } }
        return stats
    }

    /// The HTML report page; nil when there is no draft.
    public func reportPage(generator: String) -> String? {
        guard let (draft, linter, settings) = lint else { return nil }
        return ReportHTML.page(result: result, draft: draft, ranRules: ranRules,
                               limits: ReportLimits(linter: linter, config: settings), generator: generator)
    }

    /// Each rule that ran with a draft-length gate, and the gate as configured.
    static func gates(_ linter: Linter, _ ran: Set<String>, _ settings: Configuration) -> [(rule: String, minWords: Int)] {
        linter.descriptions.filter { ran.contains($0.id) }.flatMap { d in
            d.options.filter(\.gatesDraft).compactMap { o -> (rule: String, minWords: Int)? in
                guard case .int(let n)? = linter.option(o.name, of: d.id, in: settings) else { return nil }
                return (d.id, n)
            }
        }
    }
}

extension LintRun {
    /// Reads, configures and lints one entry, keeping the draft. `read` runs once the input is read, as
    /// for `lintEntry`.
    public func analyze(_ entry: FileWalker.Entry, read: () -> Void = {}) -> Analysis {
        switch input(entry) {
        case .failed(let r):
            return Analysis(result: r, lint: nil)
        case .read(let source, let directory):
            read()
            let config: Configuration
            let linter: Linter
            do { (config, linter) = try resolved(directory) } catch {
                return Analysis(result: FileResult(path: source.path, error: Self.describe(error)), lint: nil)
            }
            let linted = linter.analyze(source, config: config, profile: options.profile, audience: options.audience,
                                        prompt: options.prompt, budget: options.fileBudget)
            guard linted.result.error == nil, let draft = linted.draft else { return Analysis(result: linted.result, lint: nil) }
            return Analysis(result: linted.result, lint: (draft, linter, linted.settings))
        }
    }
}
