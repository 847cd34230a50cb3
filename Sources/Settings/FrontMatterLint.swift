import Dispatch
import DraftAnatomy
import LintCore
import Markdown
import Yams

/// Linting a decoded file: its front matter's `prfaq:` key is configuration, layered over the one the
/// caller resolved, and it is read here because reading YAML is this layer's job, not the linter's.
extension Linter {
    /// Lints decoded source. `profile` and `audience` (from the command line) beat front matter and configuration.
    public func lint(_ source: SourceFile, config base: Configuration = Configuration(), profile cliProfile: Profile? = nil,
                     audience cliAudience: Audience? = nil, prompt cliPrompt: String? = nil, budget: Double? = nil) -> FileResult {
        let deadline = budget.map { DispatchTime.now() + $0 }
        let (document, config, failed) = prepare(source, base)
        if let failed { return failed }
        // The draft lives only while its rules run: it is freed before its findings are gathered into one
        // array and written, so its tokens never share the heap with them.
        let gathered = gather(Self.draft(consume document, config, cliProfile, cliAudience, cliPrompt), config: config,
                              deadline: deadline)
        return settle(gathered, config: config, budget: budget ?? 0)
    }

    /// Lints decoded source and keeps what the lint was made of: the draft as the rules read it and the
    /// settings with the front matter applied, for commands that show more than findings.
    public func analyze(_ source: SourceFile, config base: Configuration = Configuration(), profile cliProfile: Profile? = nil,
                        audience cliAudience: Audience? = nil, prompt cliPrompt: String? = nil, budget: Double? = nil) -> LintedDraft {
        let deadline = budget.map { DispatchTime.now() + $0 }
        let (document, config, failed) = prepare(source, base)
        if let failed { return LintedDraft(result: failed, draft: nil, settings: config) }
        let draft = Self.draft(document, config, cliProfile, cliAudience, cliPrompt)
        return LintedDraft(result: lint(draft, config: config, deadline: deadline, budget: budget ?? 0), draft: draft, settings: config)
    }

    /// The draft of a document, read for the profile, audience and prompt the command line names, else the
    /// configuration's.
    private static func draft(_ document: consuming Document, _ config: Configuration, _ profile: Profile?,
                              _ audience: Audience?, _ prompt: String?) -> Draft {
        Draft(document: document, profile: profile ?? config.profile, audience: audience ?? config.audience,
              prompt: prompt ?? config.prompt)
    }

    /// The parsed document and the configuration its front matter layers over `base`, or the result that
    /// says why the front matter cannot be read.
    private func prepare(_ source: SourceFile, _ base: Configuration) -> (Document, Configuration, FileResult?) {
        let document = Document(source: source)
        var config = base
        if let fm = document.frontMatter {
            do {
                if let own = try frontMatterConfig(fm, file: source.path) { config.merge(own) }
            } catch let e as ConfigError {
                return (document, config, FileResult(path: source.path, error: e.description))
            } catch {
                return (document, config, FileResult(path: source.path, error: "\(source.path): bad front matter"))
            }
        }
        return (document, config, nil)
    }

    /// The `prfaq:` key of a draft's front matter, validated like a `.prfaq.yml`.
    public func frontMatterConfig(_ fm: FrontMatter, file: String) throws -> Configuration? {
        // Front matter belongs to the writer's tools; prfaq reads only its `prfaq:` key and leaves YAML it
        // cannot read safely (or at all) alone.
        guard fm.yaml.includes("prfaq") || fm.yaml.includes("prompt") else { return nil }
        // Broken YAML is the writer's business, unless it holds prfaq's own key: then it is a config error.
        let ownKey = fm.yaml.split(separator: "\n").contains { $0.hasPrefix("prfaq:") }
        let root = try YAMLLoader.compose(fm.yaml, file: file, lineOffset: fm.firstLine - 1, name: "front matter",
                                          ignoringInvalid: !ownKey)
        guard let map = root?.mapping else { return nil }
        // A written assessment names the prompt it answers at the top level, where writers put it.
        var prompt: String?
        if let p = map["prompt"] {
            guard let text = p.string, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ConfigError(file: file, line: (p.mark?.line ?? 1) + fm.firstLine - 1, column: p.mark?.column ?? 1,
                                  message: "prompt must be the text of the prompt the draft answers")
            }
            prompt = text
        }
        guard let node = map["prfaq"] else {
            guard let prompt else { return nil }
            var own = Configuration()
            own.prompt = prompt
            own.origins["prompt"] = "\(file) (front matter)"
            return own
        }
        var own = try ConfigParser(rules: descriptions).parse(root: node, file: file, lineOffset: fm.firstLine - 1, allowExtends: false).0
        try ConfigParser.resolve(own, known: descriptions)
        own.unresolved = []
        for id in own.rules.keys { own.origins[id] = "\(file) (front matter)" }
        if own.profile != nil { own.origins["profile"] = "\(file) (front matter)" }
        if own.audience != nil { own.origins["audience"] = "\(file) (front matter)" }
        if let prompt {
            own.prompt = prompt
            own.origins["prompt"] = "\(file) (front matter)"
        }
        return own
    }
}

/// One lint and what it was made of.
public struct LintedDraft {
    public let result: FileResult
    /// The draft as the rules read it; nil when the front matter stopped the lint.
    public let draft: Draft?
    /// The configuration with the draft's front matter applied.
    public let settings: Configuration
}
