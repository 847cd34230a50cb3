/// A unified diff (`diff -u` style, 3 lines of context) between two texts, for `--fix --dry-run`.
/// Line-based LCS over the changed middle: the common prefix and suffix are trimmed first, so the cost
/// is proportional to what the fixes touched, not to the file.
public enum UnifiedDiff {
    public static func make(_ old: String, _ new: String, path: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        if a == b { return "" }
        var pre = 0
        while pre < a.count && pre < b.count && a[pre] == b[pre] { pre += 1 }
        var suf = 0
        while suf < a.count - pre && suf < b.count - pre && a[a.count - 1 - suf] == b[b.count - 1 - suf] { suf += 1 }
        let am = Array(a[pre..<(a.count - suf)]), bm = Array(b[pre..<(b.count - suf)])
        // Edit script over the middle: (kind, old index, new index).
        var ops = [(Character, Int, Int)]()
        if am.count * bm.count <= 4_000_000 {
            var lcs = [[Int]](repeating: [Int](repeating: 0, count: bm.count + 1), count: am.count + 1)
            for i in stride(from: am.count - 1, through: 0, by: -1) {
                for j in stride(from: bm.count - 1, through: 0, by: -1) {
                    lcs[i][j] = am[i] == bm[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
                }
            }
            var i = 0, j = 0
            while i < am.count || j < bm.count {
                if i < am.count && j < bm.count && am[i] == bm[j] { ops.append((" ", i, j)); i += 1; j += 1 }
                else if i < am.count && (j == bm.count || lcs[i + 1][j] >= lcs[i][j + 1]) { ops.append(("-", i, j)); i += 1 }
                else { ops.append(("+", i, j)); j += 1 }
            }
        } else {
            ops = am.indices.map { ("-", $0, 0) } + bm.indices.map { ("+", am.count, $0) }
        }
        // The whole script: unchanged prefix, the middle, unchanged suffix; then hunks of changes with
        // `context` lines around them, merged where the gap between two changes is small.
        var script = [(Character, String)]()
        script.reserveCapacity(a.count + bm.count)
        for l in a[..<pre] { script.append((" ", l)) }
        for (k, i, j) in ops { script.append((k, k == "+" ? bm[j] : am[i])) }
        for l in a[(a.count - suf)...] { script.append((" ", l)) }
        let changed = script.indices.filter { script[$0].0 != " " }
        var out = "--- \(path)\n+++ \(path)\n"
        var k = 0
        while k < changed.count {
            var last = k
            while last + 1 < changed.count && changed[last + 1] - changed[last] <= 2 * context { last += 1 }
            let from = max(0, changed[k] - context), to = min(script.count, changed[last] + context + 1)
            let before = script[..<from]
            let os = before.filter { $0.0 != "+" }.count, ns = before.filter { $0.0 != "-" }.count
            let hunk = script[from..<to]
            let oc = hunk.filter { $0.0 != "+" }.count, nc = hunk.filter { $0.0 != "-" }.count
            out += "@@ -\(os + 1),\(oc) +\(ns + 1),\(nc) @@\n"
            for (kind, l) in hunk { out += String(kind) + l + "\n" }
            k = last + 1
        }
        return out
    }

    static func lines(_ s: String) -> [String] {
        var out = s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if out.last == "" { out.removeLast() }
        return out
    }
}
