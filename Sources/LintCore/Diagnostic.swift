import Markdown

public enum Severity: String, Codable, Comparable, CaseIterable, Sendable {
    case suggestion, warning, error
    private var rank: Int { self == .error ? 2 : self == .warning ? 1 : 0 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

public enum Category: String, CaseIterable, Sendable {
    case structure, concision, clarity, data, customer, tradeoffs, star, principles, markdown
}

/// A mechanical edit: replace the bytes of `range` with `replacement`. Only safe fixes are ever applied.
public struct Fix: Sendable, Equatable {
    public let range: Range<Int>
    public let replacement: String
    public init(range: Range<Int>, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// Values a finding carries besides its English message, for tools that summarise findings (the HTML
/// report, the scorecard): they read these, so rewording a message cannot break them.
public enum FindingData: Sendable, Equatable {
    /// Option values of a rule's list option that the draft lacks, e.g. the internal-FAQ areas not addressed.
    case missing([String])
}

/// Another place a finding is about, as a compiler's "note:": the first of two figures that disagree.
public struct RelatedSpan: Sendable {
    public let range: Range<Int>
    public let message: String
    /// Contract positions, filled in with the finding's own.
    public internal(set) var start = Position(line: 1, column: 1)
    public internal(set) var end = Position(line: 1, column: 1)
    public init(range: Range<Int>, message: String) {
        self.range = range
        self.message = message
    }
}

/// One finding: where (bytes in the source), what, why and what to write instead.
public struct Diagnostic: Sendable {
    public let rule: String
    public var severity: Severity
    public let message: String
    public let help: String?
    public let range: Range<Int>
    public let fix: Fix?
    /// The title of the story a finding is about, in a file that holds several (a STAR story bank), so
    /// tools can group findings by story.
    public let story: String?
    /// What the finding found, as values (see `FindingData`).
    public let data: FindingData?
    /// Other places the finding is about; the message names them too, for formats that cannot point.
    public internal(set) var related: [RelatedSpan]
    /// Contract positions, filled in once per file when the diagnostic is finalised.
    public internal(set) var start = Position(line: 1, column: 1)
    public internal(set) var end = Position(line: 1, column: 1)
    public internal(set) var fixPositions: (Position, Position)?

    public init(rule: String, severity: Severity, message: String, help: String?, range: Range<Int>, fix: Fix?,
                story: String? = nil, data: FindingData? = nil, related: [RelatedSpan] = []) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.help = help
        self.range = range
        self.fix = fix
        self.story = story
        self.data = data
        self.related = related
    }

    /// The rule id up to its "/", found on bytes (a Character scan cost thousands of instructions per finding).
    public var category: String {
        guard let slash = rule.utf8.firstIndex(of: 0x2F) else { return rule }
        return String(rule[..<slash])
    }
}
