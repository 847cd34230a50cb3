/// Matches `ignore` globs against slash-separated relative paths: `*` and `?` stay within a path
/// segment, `**` crosses segments, a pattern without a slash matches a name at any depth.
public struct Glob: Sendable {
    let segments: [Substring]
    let anchored: Bool

    public init(_ pattern: String) {
        var p = Substring(pattern)
        if p.hasPrefix("./") { p = p.dropFirst(2) }
        anchored = p.contains("/")
        if p.hasPrefix("/") { p = p.dropFirst() }
        if p.hasSuffix("/") { p = p + "**" }
        segments = p.split(separator: "/", omittingEmptySubsequences: true)
    }

    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard let last = segments.last else { return parts.isEmpty }
        // reach[j]: the pattern's segments so far match parts[start..<j] for an allowed start: the first
        // part when anchored, any part otherwise. One pass per pattern segment, so `**/**/**/x` against a
        // deep path costs segments × parts, where trying each split in turn would cost parts^stars.
        var reach = [Bool](repeating: false, count: parts.count + 1)
        if anchored { reach[0] = true } else { for j in parts.indices { reach[j] = true } }
        for seg in segments {
            var next = [Bool](repeating: false, count: parts.count + 1)
            if seg == "**" {
                var seen = false
                for j in 0...parts.count {
                    seen = seen || reach[j]
                    next[j] = seen
                }
            } else {
                for j in parts.indices where reach[j] && Self.segment(seg, parts[j]) { next[j + 1] = true }
            }
            reach = next
        }
        if reach[parts.count] { return true }
        // A pattern that names a folder matches everything below it.
        return last != "**" && parts.count > 1 && reach[1..<parts.count].contains(true)
    }

    /// `*` and `?` within one name: the greedy match that returns to the last `*` on a mismatch, so the
    /// cost is at most pattern × name, never exponential.
    static func segment(_ pattern: Substring, _ name: Substring) -> Bool {
        let p = Array(pattern.unicodeScalars), n = Array(name.unicodeScalars)
        var pi = 0, ni = 0, star = -1, mark = 0
        while ni < n.count {
            if pi < p.count && (p[pi] == "?" || p[pi] == n[ni]) { pi += 1; ni += 1 }
            else if pi < p.count && p[pi] == "*" { star = pi; mark = ni; pi += 1 }
            else if star >= 0 { pi = star + 1; mark += 1; ni = mark }
            else { return false }
        }
        while pi < p.count && p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
