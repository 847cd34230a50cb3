import DraftAnatomy

/// A check over a draft. Rules are values: `description` says what they are, `check` reports through
/// the context, which carries the rule's effective severity and options.
public protocol Rule: Sendable {
    var description: RuleDescription { get }
    func check(_ draft: Draft, _ context: inout RuleContext)
    /// True for rules about suppression comments, which run after the others (see `DirectiveRule`).
    /// A requirement rather than a cast: dynamic protocol casts scan every conformance at start-up.
    var checksDirectives: Bool { get }
    func checkDirectives(_ report: DirectiveReport, _ ctx: inout RuleContext)
    /// Set for a rule that scans units one by one and can share one walk over the draft with the others
    /// of its kind (the word lists); a requirement for the same reason as `checksDirectives`.
    var unitScanner: (any UnitScanner)? { get }
    /// The words and phrases a word-list rule looks for, for `explain` to list; empty for coded rules.
    var phraseList: [String] { get }
}

/// A rule checked in one walk over the units together with the others of its kind: the linter gathers
/// the scanners of one type and hands them to the first, so the engine needs no concrete rule type.
public protocol UnitScanner: Sendable {
    /// What every walk of scanners of this type needs that depends only on the scanners: made once a
    /// linter from `all` of them (a draft's group is some of them), where made once a draft it was a
    /// fixed cost of every file. nil when there is nothing to share.
    func shared(_ all: [any UnitScanner]) -> (any Sendable)?
    /// Checks every scanner of `group` (all of this one's type); `contexts[k]` belongs to `group[k]`.
    /// `shared` is what `shared(_:)` made of this type's scanners, a superset of `group`.
    func checkTogether(_ group: [any UnitScanner], shared: (any Sendable)?, _ draft: Draft, _ contexts: inout [RuleContext])
}

extension UnitScanner {
    public func shared(_ all: [any UnitScanner]) -> (any Sendable)? { nil }
}

extension Rule {
    public var checksDirectives: Bool { false }
    public var unitScanner: (any UnitScanner)? { nil }
    public var phraseList: [String] { [] }
    public func checkDirectives(_ report: DirectiveReport, _ ctx: inout RuleContext) {}
}

/// What a rule run sees of configuration and where it reports.
public struct RuleContext {
    public let id: String
    public let severity: Severity
    let options: [String: OptionValue]
    let defaults: [RuleOption]
    public internal(set) var diagnostics: [Diagnostic] = []
    /// The story the rule is looking at, in a story bank: every finding reported meanwhile names it.
    public var story: String?
    /// The team's vocabulary, for the rule that reports its substitutions.
    public internal(set) var vocabulary = Vocabulary()
    /// Set when the configuration names a severity: it then overrides any per-finding severity.
    var explicitSeverity = false

    /// The findings with the configured severity applied.
    var finished: [Diagnostic] {
        guard explicitSeverity else { return diagnostics }
        return diagnostics.map { var d = $0; d.severity = severity; return d }
    }

    init(description: RuleDescription, severity: Severity, options: [String: OptionValue], vocabulary: Vocabulary = Vocabulary(),
         explicitSeverity: Bool = false) {
        self.id = description.id
        self.severity = severity
        self.options = options
        self.defaults = description.options
        self.vocabulary = vocabulary
        self.explicitSeverity = explicitSeverity
    }

    public func option(_ name: String) -> OptionValue? {
        options[name] ?? defaults.first { $0.name == name }?.value
    }
    public func int(_ name: String) -> Int {
        switch option(name) {
        case .int(let v): return v
        case .double(let v): return Int(v)
        default: return 0
        }
    }
    public func double(_ name: String) -> Double { option(name)?.number ?? 0 }
    public func bool(_ name: String) -> Bool {
        if case .bool(let v) = option(name) { return v }
        return false
    }
    public func strings(_ name: String) -> [String] { option(name)?.list ?? [] }

    public mutating func report(_ range: Range<Int>, _ message: String, help: String? = nil, fix: Fix? = nil,
                                severity: Severity? = nil, data: FindingData? = nil, related: [RelatedSpan] = []) {
        diagnostics.append(Diagnostic(rule: id, severity: severity ?? self.severity, message: Self.oneLine(message),
                                      help: help.map(Self.oneLine), range: range, fix: fix, story: story, data: data,
                                      related: related.map { RelatedSpan(range: $0.range, message: Self.oneLine($0.message)) }))
    }

    /// Whether the bytes hold a "\n" or "\r", eight at a time: a word holds one when its bytes XORed with
    /// that byte hold a zero byte, which `(x - 0x01…01) & ~x & 0x80…80` tells exactly.
    static func hasLineBreak(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = u.baseAddress else { return false }
        let n = u.count
        var i = 0
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= n {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let lf = w ^ (ones &* 0x0A), cr = w ^ (ones &* 0x0D)
            if ((lf &- ones) & ~lf | (cr &- ones) & ~cr) & highs != 0 { return true }
            i += 8
        }
        while i < n {
            if base[i] == 0x0A || base[i] == 0x0D { return true }
            i += 1
        }
        return false
    }

    /// A message quotes the draft, and a quoted phrase may cross a hard-wrapped line ("in\n    the
    /// future"); a message is one line, so line breaks and the indentation after them become one space.
    static func oneLine(_ s: String) -> String {
        // On the string's own bytes: the generic walk over a UTF8View cost ten instructions a byte, for
        // every message and help of every finding.
        let breaks = s.utf8.withContiguousStorageIfAvailable(Self.hasLineBreak)
            ?? s.utf8.contains { $0 == 0x0A || $0 == 0x0D }
        guard breaks else { return s }
        var out = ""
        var pendingSpace = false
        var afterBreak = false
        for ch in s {
            if ch == "\n" || ch == "\r" || ch == "\r\n" { pendingSpace = true; afterBreak = true; continue }
            if afterBreak && (ch == " " || ch == "\t") { continue }
            afterBreak = false
            if pendingSpace { if out.last != " " { out.append(" ") }; pendingSpace = false }
            out.append(ch)
        }
        return out
    }
}
