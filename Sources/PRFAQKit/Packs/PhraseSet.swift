/// A fixed set of cue words and phrases, matched on a unit's tokens without building strings: the rules'
/// "does this answer mention cost?" questions cost one hash lookup per token.
public struct PhraseSet: Sendable {
    private let sequences: [String: [[String]]]

    /// Phrases are written as their tokens separated by spaces ("p & l", "out of scope", "won't").
    public init(_ phrases: [String]) {
        var m = [String: [[String]]]()
        for p in phrases {
            let words = p.split(separator: " ").map { Tokenizer.lower(String($0)) }
            guard let first = words.first else { continue }
            m[first, default: []].append(Array(words.dropFirst()))
        }
        sequences = m
    }

    /// True when a phrase occurs among the unit's tokens (optionally only those inside a scalar range).
    public func occurs(in unit: ProseUnit, within scalars: Range<Int>? = nil) -> Bool {
        let t = unit.tokens
        var lo = 0, hi = t.count
        if let r = scalars {
            while lo < hi && t[lo].range.lowerBound < r.lowerBound { lo += 1 }
            while hi > lo && t[hi - 1].range.upperBound > r.upperBound { hi -= 1 }
        }
        return occurs(t, lo..<hi)
    }

    public func occurs(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        for i in range {
            guard let rests = sequences[tokens[i].key] else { continue }
            for rest in rests {
                if rest.isEmpty { return true }
                guard i + rest.count < range.upperBound else { continue }
                var ok = true
                for (k, w) in rest.enumerated() where tokens[i + 1 + k].key != w { ok = false; break }
                if ok { return true }
            }
        }
        return false
    }
}
