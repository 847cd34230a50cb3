import DraftAnatomy

/// A rule's effective setting: on or off, its severity and its options.
public struct RuleSetting: Sendable, Equatable {
    public var enabled: Bool = true
    public var severity: Severity?
    public var options: [String: OptionValue] = [:]
    public init(enabled: Bool = true, severity: Severity? = nil, options: [String: OptionValue] = [:]) {
        self.enabled = enabled
        self.severity = severity
        self.options = options
    }
}

/// Settings after merging built-in defaults, the nearest `.prfaq.yml` (with what it extends), the draft's
/// front matter and the command line, in that order of increasing strength.
public struct Configuration: Sendable {
    public var profile: Profile?
    /// Who reads the drafts; nil reads it from each draft's content (`auto`).
    public var audience: Audience?
    /// The prompt the draft answers: front matter's `prompt:` (a written assessment's question).
    public var prompt: String?
    public var ignore: [String] = []
    /// Folder the `ignore` globs and `rule-paths` are relative to.
    public var baseDirectory: String = "."
    public var rulePaths: [String] = []
    public var rules: [String: RuleSetting] = [:]

    /// A rule's own setting, if the configuration has one; not looked up when it sets none (most drafts):
    /// a lookup hashes the id, even in an empty table, and every rule asks for every draft.
    public func setting(for id: String) -> RuleSetting? { rules.isEmpty ? nil : rules[id] }

    /// Rule ids the parser did not know: they may name rules of a pack in `rulePaths`, which is loaded
    /// after parsing; whatever is still unknown then is an error at this place.
    public var unresolved: [UnresolvedRule] = []
    /// The baseline file (`baseline:` in `.prfaq.yml`, absolute once loaded): findings recorded there are
    /// accepted, in the CLI and the editor alike, and the editor's "Accept this finding" adds to it.
    public var baseline: String?
    /// The team's own words, read by the CLI, CI and the editor alike (`vocabulary:` in `.prfaq.yml`).
    public var vocabulary = Vocabulary()
    /// Where each setting came from ("profile", "audience" or a rule id → file), for `prfaq config --explain`.
    public var origins: [String: String] = [:]

    public init() {}

    /// Layers `other` on top of self: its settings win, rule options merge key by key.
    public mutating func merge(_ other: Configuration) {
        if let p = other.profile { profile = p }
        if let a = other.audience { audience = a }
        if let p = other.prompt { prompt = p }
        ignore += other.ignore
        rulePaths += other.rulePaths
        for (id, s) in other.rules {
            var merged = rules[id] ?? RuleSetting()
            merged.enabled = s.enabled
            if let sev = s.severity { merged.severity = sev }
            merged.options.merge(s.options) { _, new in new }
            rules[id] = merged
        }
        if let b = other.baseline { baseline = b }
        vocabulary.accept += other.vocabulary.accept
        vocabulary.reject += other.vocabulary.reject
        origins.merge(other.origins) { _, new in new }
        unresolved += other.unresolved
    }
}

/// Words a team has settled: `accept` are never an undefined acronym, jargon or a technology word
/// ("GMV", "ASIN", "Prime Video"); `reject` are the team's own substitutions ("leverage" → "use"), which
/// `clarity/team-vocabulary` reports with a fix. A nearer configuration adds to what it extends.
public struct Vocabulary: Sendable, Equatable {
    public struct Substitution: Sendable, Equatable {
        public let phrase: String
        /// What to write instead; empty when the team only says not to use the phrase.
        public let use: String
        public init(phrase: String, use: String) {
            self.phrase = phrase
            self.use = use
        }
    }
    public var accept: [String] = []
    public var reject: [Substitution] = []
    public init() {}

    /// The rule that reports the team's substitutions; its finding replaces any other on the same words.
    public static let ruleID = "clarity/team-vocabulary"

    /// The rules whose findings an accepted word silences: they judge a word the reader may not know.
    public static let wordRules: Set<String> = ["clarity/undefined-acronym", "clarity/jargon", "customer/technology-in-press-release"]

    /// Whether a finding of one of those rules flags an accepted word ("GMV", "prime video").
    public func accepts(rule: String, text: String) -> Bool {
        guard !accept.isEmpty, Self.wordRules.contains(rule) else { return false }
        let t = Self.folded(text)
        return accept.contains { Self.folded($0) == t }
    }

    static func folded(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}

/// A configuration mistake: printed as `FILE:LINE:COL: message`, exit 2.
public struct ConfigError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }
    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// A rule id a configuration names before its pack is loaded.
public struct UnresolvedRule: Sendable {
    public let id: String
    public let file: String
    public let line: Int
    public let column: Int
    /// Pack rules take only a severity; options would be an error.
    public let optionNames: [String]

    public init(id: String, file: String, line: Int, column: Int, optionNames: [String]) {
        self.id = id
        self.file = file
        self.line = line
        self.column = column
        self.optionNames = optionNames
    }
}
