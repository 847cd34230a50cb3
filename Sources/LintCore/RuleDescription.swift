import DraftAnatomy

/// An option a rule reads, with its default; config values are checked against `value`'s type and,
/// for numbers, against `range`: a value a rule cannot use (a negative count, a share above 1, a number
/// that overflows when a rule adds to it) is a config error, not a trap inside the rule.
public struct RuleOption: Sendable {
    public let name: String
    public let value: OptionValue
    public let help: String
    /// The values a number option accepts; every numeric option has one.
    public let range: ClosedRange<Double>?
    /// The words a list option understands, when it understands only some: a misspelt one
    /// (`pr-parts: [headlin]`) would otherwise switch its check off without a word.
    public let choices: [String]?
    /// A draft with fewer words than this option is not judged by the rule at all, which `stats` says,
    /// so a short draft's silence is not read as a pass.
    public let gatesDraft: Bool
    public init(_ name: String, _ value: OptionValue, _ help: String, range: ClosedRange<Double>? = nil, choices: [String]? = nil,
                gatesDraft: Bool = false) {
        self.name = name
        self.value = value
        self.help = help
        self.choices = choices
        self.gatesDraft = gatesDraft
        switch value {
        case .int, .double: self.range = range ?? Self.counts
        default: self.range = nil
        }
    }

    /// Counts, words and limits: none negative, none large enough to overflow when a rule adds to them.
    public static let counts: ClosedRange<Double> = 0...1_000_000
    /// Shares of a whole.
    public static let shares: ClosedRange<Double> = 0...1

    /// "one or more of cost, risks, …" for messages and `explain`.
    public var choicesText: String? { choices.map { "one or more of " + $0.joined(separator: ", ") } }

    /// "from 0 to 1", "from 2 to 20" for messages and `explain`.
    public var rangeText: String? {
        guard let r = range else { return nil }
        let f = { (x: Double) in x == x.rounded() ? String(Int(x)) : String(x) }
        return "from \(f(r.lowerBound)) to \(f(r.upperBound))"
    }
}

public enum OptionValue: Sendable, Equatable, CustomStringConvertible {
    case int(Int)
    case double(Double)
    case bool(Bool)
    case string(String)
    case strings([String])

    /// The value as a number, when it is one (an integer reads as a double).
    public var number: Double? {
        switch self {
        case .int(let v): return Double(v)
        case .double(let v): return v
        default: return nil
        }
    }

    /// The value as a list of words, when it is one (a single word is a list of one).
    public var list: [String]? {
        switch self {
        case .strings(let v): return v
        case .string(let v): return [v]
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .int(let v): return String(v)
        case .double(let v): return String(v)
        case .bool(let v): return String(v)
        case .string(let v): return v
        case .strings(let v): return "[" + v.joined(separator: ", ") + "]"
        }
    }
    /// The type with its article, for messages: "an integer", "a number".
    public var typeWithArticle: String {
        switch self {
        case .int: return "an integer"
        default: return "a " + typeName
        }
    }
    public var typeName: String {
        switch self {
        case .int: return "integer"
        case .double: return "number"
        case .bool: return "boolean"
        case .string: return "string"
        case .strings: return "list of strings"
        }
    }
}

/// A failing or passing example. In failing examples `⟦` and `⟧` mark each expected span.
public struct RuleExample: Sendable {
    public let text: String
    public let profile: Profile?
    /// The reader the example is written for; nil reads it from the example's content.
    public let audience: Audience?
    public init(_ text: String, profile: Profile? = nil, audience: Audience? = nil) {
        self.text = text
        self.profile = profile
        self.audience = audience
    }
}

/// Everything known about a rule without running it: the single source for `prfaq rules`,
/// `prfaq explain`, SARIF metadata and the generic example tests. A class, read-only once made: the linter
/// asks every rule's description of every draft, and as a value each copy retained its texts, examples and
/// options one by one.
public final class RuleDescription: Sendable {
    /// What a finding covers, which decides how the generic tests can move an example around:
    /// word, phrase and sentence findings survive a prefix; block findings grow with one; document
    /// findings (missing parts, budgets) cannot be fenced off.
    public enum Scope: Sendable { case text, block, document }

    public let id: String
    public let summary: String
    public let rationale: String
    public let severity: Severity
    public let profiles: Set<Profile>
    /// The readers the rule speaks for: a rule about words a reader may not know (technology words in a
    /// press release) is for a general audience only. Most rules are for every audience.
    public let audiences: Set<Audience>
    public let options: [RuleOption]
    public let scope: Scope
    public let triggering: [RuleExample]
    public let nonTriggering: [RuleExample]
    /// True when the rule offers a safe fix.
    public let fixable: Bool
    /// Opt-in rules are off until a configuration turns them on.
    public let defaultEnabled: Bool
    /// `profiles` and `audiences` as bits (`bit(_:)`): every rule is asked of every draft, and a Set's
    /// `contains` hashes.
    private let reach: UInt8

    public init(id: String, summary: String, rationale: String, severity: Severity, profiles: Set<Profile> = Profile.all,
                audiences: Set<Audience> = Audience.all, options: [RuleOption] = [], scope: Scope = .text, fixable: Bool = false,
                defaultEnabled: Bool = true, triggering: [RuleExample], nonTriggering: [RuleExample]) {
        self.id = id
        self.summary = summary
        self.rationale = rationale
        self.severity = severity
        self.profiles = profiles
        self.audiences = audiences
        self.options = options
        self.scope = scope
        self.fixable = fixable
        self.defaultEnabled = defaultEnabled
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.reach = profiles.reduce(0) { $0 | Self.bit($1) } | audiences.reduce(0) { $0 | Self.bit($1) }
    }

    private static func bit(_ p: Profile) -> UInt8 {
        switch p {
        case .prfaq: 1
        case .narrative: 2
        case .star: 4
        }
    }
    private static func bit(_ a: Audience) -> UInt8 {
        switch a {
        case .general: 8
        case .technical: 16
        }
    }

    public var category: String { String(id.prefix { $0 != "/" }) }

    /// Whether the rule runs on a draft of this profile, read for this audience.
    public func applies(to profile: Profile, _ audience: Audience) -> Bool {
        reach & Self.bit(profile) != 0 && reach & Self.bit(audience) != 0
    }
    public func applies(to draft: Draft) -> Bool { applies(to: draft.profile, draft.audience) }
}
