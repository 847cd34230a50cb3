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
        if anchored { return match(segments[...], parts[...]) }
        // Unanchored: the pattern matches any trailing run of segments, or any single segment prefix (a folder).
        for start in parts.indices {
            if match(segments[...], parts[start...]) { return true }
            if segments.count == 1, Self.segment(segments[0], parts[start]) { return true }
        }
        return false
    }

    private func match(_ pat: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        guard let first = pat.first else { return path.isEmpty }
        if first == "**" {
            let rest = pat.dropFirst()
            var p = path
            while true {
                if match(rest, p) { return true }
                guard !p.isEmpty else { return false }
                p = p.dropFirst()
            }
        }
        guard let seg = path.first, Self.segment(first, seg) else { return false }
        // A pattern that names a folder matches everything below it.
        if pat.count == 1 && path.count > 1 { return true }
        return match(pat.dropFirst(), path.dropFirst())
    }

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
