/// The safe fixes of one lint, applied in one pass: sorted by position, overlapping ones dropped (the
/// next `--fix` run picks them up), so applying is deterministic and idempotent.
public struct FixPlan: Sendable {
    public let fixes: [Fix]

    public init(_ diagnostics: [Diagnostic]) {
        var chosen = [Fix]()
        var end = -1
        for f in diagnostics.compactMap(\.fix).sorted(by: { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }) {
            guard f.range.lowerBound >= end else { continue }
            chosen.append(f)
            end = max(f.range.upperBound, f.range.lowerBound + 1)
        }
        fixes = chosen
    }

    public var isEmpty: Bool { fixes.isEmpty }

    /// The new UTF-8 bytes.
    public func apply(to bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var at = 0
        for f in fixes where f.range.lowerBound >= at && f.range.upperBound <= bytes.count {
            out += bytes[at..<f.range.lowerBound]
            out += Array(f.replacement.utf8)
            at = f.range.upperBound
        }
        out += bytes[at...]
        return out
    }
}
