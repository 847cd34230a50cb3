/// Finds every entry of a list in a unit's tokens in one pass: entries are indexed by their first word,
/// longest first, so each token costs one hash lookup. Phrases match contiguous word tokens only.
public struct PhraseMatcher: Sendable {
    public struct Match: Sendable {
        public let entry: Int
        /// Token index range in the unit.
        public let tokens: Range<Int>
        public let sentence: Int
    }

    public let entries: [PhraseEntry]
    private let byFirst: [String: [Int]]
    let exceptions: [[String]]
    private let exceptionFirst: [String: [Int]]

    public init(entries: [PhraseEntry], exceptions: [[String]] = []) {
        self.entries = entries
        var m = [String: [Int]]()
        for (i, e) in entries.enumerated() where !e.words.isEmpty { m[e.words[0], default: []].append(i) }
        for k in m.keys { m[k]!.sort { entries[$0].words.count > entries[$1].words.count } }
        byFirst = m
        self.exceptions = exceptions
        var x = [String: [Int]]()
        for (i, e) in exceptions.enumerated() where !e.isEmpty { x[e[0], default: []].append(i) }
        exceptionFirst = x
    }

    public func matches(in unit: ProseUnit, quoted: [Bool]) -> [Match] {
        let tokens = unit.tokens
        var out = [Match]()
        var covered = 0  // tokens before this index are inside an exception phrase
        var sentence = 0
        var i = 0
        while i < tokens.count {
            while sentence + 1 < unit.sentences.count && unit.sentences[sentence].tokens.upperBound <= i { sentence += 1 }
            let t = tokens[i]
            guard t.kind == .word else { i += 1; continue }
            if let xs = exceptionFirst[t.key] {
                for x in xs where Self.phraseLength(exceptions[x], tokens, i) != nil {
                    covered = max(covered, i + exceptions[x].count)
                }
            }
            guard i >= covered, let candidates = byFirst[t.key] else { i += 1; continue }
            var matched = false
            for c in candidates {
                let e = entries[c]
                guard let len = Self.phraseLength(e.words, tokens, i) else { continue }
                if !accept(e, i, len, unit, quoted, sentence) { continue }
                out.append(Match(entry: c, tokens: i..<(i + len), sentence: sentence))
                i += len
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        return out
    }

    private func accept(_ e: PhraseEntry, _ i: Int, _ len: Int, _ unit: ProseUnit, _ quoted: [Bool], _ sentence: Int) -> Bool {
        let tokens = unit.tokens
        switch e.placement {
        case .quotes: if !quoted[i] { return false }
        case .prose: if quoted[i] { return false }
        case .anywhere: break
        }
        if !e.notAfter.isEmpty, i > 0, tokens[i - 1].kind == .word, e.notAfter.contains(tokens[i - 1].key) { return false }
        let next = i + len
        if !e.notBefore.isEmpty, next < tokens.count, e.notBefore.contains(tokens[next].key) { return false }
        if e.beforeNumber, !(next < tokens.count && tokens[next].kind == .number) { return false }
        if e.notNameOrDate {
            if next < tokens.count && tokens[next].kind == .number { return false }
            let sentenceStart = unit.sentences.isEmpty ? 0 : unit.sentences[sentence].tokens.lowerBound
            if tokens[i].isFirstUpper && i != sentenceStart && !(i > 0 && tokens[i - 1].kind == .symbol) { return false }
        }
        if e.unlessFigure {
            // A figure right beside the word quantifies it: "40% more", "more than 40%", "3x faster".
            let lo = max(0, i - 3), hi = min(tokens.count, next + 3)
            if (lo..<hi).contains(where: { tokens[$0].kind == .number || NumberWords.all.contains(tokens[$0].key) }) { return false }
        }
        return true
    }

    /// Number of tokens the phrase covers at `i`, or nil. Words must follow one another with only
    /// spaces between them, so "more. Than" is not "more than".
    static func phraseLength(_ words: [String], _ tokens: [Token], _ i: Int) -> Int? {
        guard i + words.count <= tokens.count else { return nil }
        for k in 0..<words.count {
            let t = tokens[i + k]
            if t.kind != .word || t.key != words[k] { return nil }
        }
        return words.count
    }
}

