/// "did you mean …?" for misspelt keys, rule ids and severities (edit distance).
public enum Suggest {
    public static func didYouMean(_ word: String, _ candidates: [String]) -> String {
        guard let best = nearest(word, candidates) else { return "" }
        return " (did you mean \(best)?)"
    }

    public static func nearest(_ word: String, _ candidates: [String]) -> String? {
        var best: (String, Int)? = nil
        for c in candidates {
            let d = distance(word.lowercased(), c.lowercased())
            if d <= max(2, word.count / 3), d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        if best == nil, let tail = word.split(separator: "/").last {
            best = candidates.first { $0.hasSuffix("/" + tail) }.map { ($0, 0) }
        }
        return best?.0
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
