import LintCore

/// Findings per dimension (rule category) then and now, for a change: `prfaq stats --since REF` and the
/// markdown scorecard of `lint --since` show it ("data: 3 → 1 findings"), so a reviewer sees whether a
/// revision made the draft better, not only what it added.
public struct DimensionChange: Sendable {
    public let label: String
    public let then: [String: Int]
    public let now: [String: Int]

    public init(label: String, then: [String: Int], now: [String: Int]) {
        self.label = label
        self.then = then
        self.now = now
    }

    public static func counts(_ diagnostics: [Diagnostic]) -> [String: Int] {
        var c = [String: Int]()
        for d in diagnostics { c[d.category, default: 0] += 1 }
        return c
    }

    /// The dimensions with findings then or now, in the catalogue's order.
    public var rows: [(dimension: String, then: Int, now: Int)] {
        Category.allCases.map(\.rawValue).filter { then[$0] != nil || now[$0] != nil }
            .map { ($0, then[$0] ?? 0, now[$0] ?? 0) }
    }

    /// "data: 3 → 1 findings", one line a dimension.
    public var lines: [String] {
        rows.map { "\($0.dimension): \($0.then) → \($0.now) finding\($0.now == 1 ? "" : "s")" }
    }

    public var markdown: String {
        guard !rows.isEmpty else { return "Since \(label): no findings then or now.\n\n" }
        var out = "Since \(MarkdownFormatter.text(label)), in the changed drafts:\n\n| Dimension | Then | Now |\n|---|---:|---:|\n"
        for r in rows { out += "| \(r.dimension) | \(r.then) | \(r.now) |\n" }
        return out + "\n"
    }

    public var json: [String: Any] {
        ["since": label, "dimensions": Dictionary(uniqueKeysWithValues: rows.map { ($0.dimension, ["then": $0.then, "now": $0.now]) })]
    }
}
