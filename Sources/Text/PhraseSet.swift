/// A fixed set of cue words and phrases, matched on a unit's tokens without building strings: the rules'
/// "does this answer mention cost?" questions cost one hash lookup per token.
public struct PhraseSet: Sendable {
    /// Words after the first of each phrase; the first words are in `byFirst`, looked up by token hash.
    private let rests: [[String]]
    private let byFirst: HashIndex

    /// Phrases are written as their tokens separated by spaces ("p & l", "out of scope", "won't").
    public init(_ phrases: [String]) {
        var firsts = [String?]()
        var rests = [[String]]()
        for p in phrases {
            let words = p.split(separator: " ").map { Tokenizer.lower(String($0)) }
            guard let first = words.first else { continue }
            firsts.append(first)
            rests.append(Array(words.dropFirst()))
        }
        self.rests = rests
        byFirst = HashIndex(firsts) { a, b in a < b }
    }

    /// True when a phrase occurs among the unit's tokens (optionally only those inside a scalar range).
    public func occurs(in unit: ProseUnit, within scalars: Range<Int>? = nil) -> Bool {
        occurs(unit.tokens, Self.tokens(of: unit, within: scalars))
    }

    public func occurs(_ tokens: TokenList, _ range: Range<Int>) -> Bool {
        var found = false
        occurrences(tokens, range) { _ in found = true; return false }
        return found
    }

    /// Calls `found` with the place (in the list `init` was given) of each phrase that occurs in the unit's
    /// tokens (optionally inside a scalar range), until it returns false: one walk answers for several
    /// lists merged into one, where asking each list walked the tokens again.
    public func occurrences(in unit: ProseUnit, within scalars: Range<Int>? = nil, _ found: (Int) -> Bool) {
        occurrences(unit.tokens, Self.tokens(of: unit, within: scalars), found)
    }

    private static func tokens(of unit: ProseUnit, within scalars: Range<Int>?) -> Range<Int> {
        let t = unit.tokens
        var lo = 0, hi = t.count
        if let r = scalars {
            while lo < hi && t[lo].range.lowerBound < r.lowerBound { lo += 1 }
            while hi > lo && t[hi - 1].range.upperBound > r.upperBound { hi -= 1 }
        }
        return lo..<hi
    }

    private func occurrences(_ tokens: TokenList, _ range: Range<Int>, _ found: (Int) -> Bool) {
        // The tokens whose first word may start a phrase found on the records: most are turned away by
        // the filter there, where each was made a token first.
        var from = range.lowerBound
        while let i = tokens.firstToken(mayStart: byFirst, from: from, to: range.upperBound) {
            from = i + 1
            guard let items = byFirst.lookup(tokens[i]) else { continue }
            for item in items {
                let rest = rests[item]
                guard rest.isEmpty || i + rest.count < range.upperBound else { continue }
                var ok = true
                for (k, w) in rest.enumerated() where tokens[i + 1 + k].key != w { ok = false; break }
                if ok, !found(item) { return }
            }
        }
    }
}
