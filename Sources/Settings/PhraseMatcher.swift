import Text

/// Finds every entry of a list in a unit's tokens in one pass: entries are indexed by their first word,
/// longest first, so each token costs one hash lookup. Phrases match contiguous tokens: words, and after
/// the first word a symbol such as "&".
public struct PhraseMatcher: Sendable {
    public struct Match: Sendable {
        public let entry: Int
        /// Token index range in the unit.
        public let tokens: Range<Int>
        public let sentence: Int
    }

    public let entries: [PhraseEntry]
    private let byFirst: HashIndex
    let exceptions: [[String]]
    private let exceptionFirst: HashIndex
    /// Entries and exceptions of one word, and the first two words of longer ones: a token that
    /// passes neither filter starts nothing.
    let singles: WordSet
    let pairs: PairFilter

    public init(entries: [PhraseEntry], exceptions: [[String]] = []) {
        self.entries = entries
        byFirst = HashIndex(entries.map { $0.words.first }) { a, b in entries[a].words.count > entries[b].words.count }
        self.exceptions = exceptions
        exceptionFirst = HashIndex(exceptions.map(\.first)) { _, _ in false }
        let phrases = entries.map(\.words) + exceptions
        singles = WordSet(phrases.filter { $0.count == 1 }.map { $0[0] })
        pairs = PairFilter(phrases.filter { $0.count >= 2 }.map { ($0[0], $0[1]) })
    }

    /// Whether a phrase of this list may start at token `i`, from the packed hashes alone: most words are
    /// in no list, and the filters say so without touching the token.
    @inline(__always)
    func mayStart(at i: Int, _ hashes: KeyHashList) -> Bool {
        singles.mayContain(hash: hashes[i]) || (i + 1 < hashes.count && pairs.mayContain(hashes[i], hashes[i + 1]))
    }

    /// Whether any of the candidate positions passes this list's own filters: most units that some list
    /// might match hold nothing for most lists, and are skipped without a matcher run.
    func mayMatch(_ candidates: ArraySlice<Int>, _ hashes: KeyHashList) -> Bool {
        candidates.contains { mayStart(at: $0, hashes) }
    }

    /// `candidates`, when given, are the only token indices worth a look (ascending): those that pass a
    /// filter at least as wide as this list's own, shared by several lists (see `CandidateFilter`).
    public func matches(in unit: ProseUnit, quoted: QuoteList, candidates: ArraySlice<Int>? = nil) -> [Match] {
        let tokens = unit.tokens
        var out = [Match]()
        var covered = 0  // tokens before this index are inside an exception phrase
        var sentence = 0
        var i = 0
        var next = candidates?.startIndex ?? 0  // index into candidates
        let hashes = unit.keyHashes
        let count = tokens.count
        var memo = SentenceMemo(unit)
        while true {
            if let cs = candidates {
                while next < cs.endIndex && cs[next] < i { next += 1 }
                guard next < cs.endIndex else { break }
                i = cs[next]
                next += 1
            } else if i >= count {
                break
            }
            guard mayStart(at: i, hashes), tokens[i].kind == .word else { i += 1; continue }
            while sentence + 1 < unit.sentences.count && unit.sentences[sentence].tokens.upperBound <= i { sentence += 1 }
            if let xs = exceptionFirst.lookup(tokens[i]) {
                for x in xs where Self.phraseLength(exceptions[x], tokens, i) != nil {
                    covered = max(covered, i + exceptions[x].count)
                }
            }
            guard i >= covered, let candidates = byFirst.lookup(tokens[i]) else { i += 1; continue }
            var matched = false
            for c in candidates {
                // The entry read in place: a copy of it (a dozen references) was most of a candidate's cost.
                guard let len = Self.phraseLength(entries[c].words, tokens, i) else { continue }
                if !accept(entries[c], i, len, unit, quoted, sentence, &memo) { continue }
                out.append(Match(entry: c, tokens: i..<(i + len), sentence: sentence))
                i += len
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        return out
    }

    private func accept(_ e: borrowing PhraseEntry, _ i: Int, _ len: Int, _ unit: ProseUnit, _ quoted: QuoteList, _ sentence: Int,
                        _ memo: inout SentenceMemo) -> Bool {
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
            // Headings are often in title case, where a capital marks no name.
            if tokens[i].isFirstUpper && i != sentenceStart && !(i > 0 && tokens[i - 1].kind == .symbol) && !unit.isHeading { return false }
        }
        if e.modal, !unit.sentences.isEmpty {
            if memo.isHypothetical(sentence, at: i) || memo.statesRisk(sentence) { return false }
        }
        if e.modifiesNext, !unit.sentences.isEmpty,
           !FunctionWords.contentWordFollows(tokens, sentence: unit.sentences[sentence].tokens, after: next - 1) { return false }
        if e.unlessCompared, !unit.sentences.isEmpty,
           FunctionWords.comparedAfter(tokens, sentence: unit.sentences[sentence].tokens, at: next - 1) { return false }
        if e.beforeClaimFigure, !Self.claimFigure(tokens, at: next) { return false }
        if e.asName, !(tokens[i].isFirstUpper && tokens[next - 1].isFirstUpper) { return false }
        if e.quantityOnly, next < tokens.count, tokens[next].kind == .word, FunctionWords.looksDescriptive(tokens[next]) { return false }
        if e.unlessExplained, !unit.sentences.isEmpty, memo.explainedAfter(sentence, from: next) { return false }
        if e.unlessFigure {
            // A figure within five words quantifies it: "40% more", "more than 40%", "in many cases (5%)".
            let lo = max(0, i - 5), hi = min(tokens.count, next + 5)
            if (lo..<hi).contains(where: { tokens[$0].kind == .number || NumberWords.all.contains(tokens[$0]) }) { return false }
        }
        return true
    }

    /// The last token of a sentence that starts an explanation (":", "(", "—", an explainer word, "such
    /// as"); below the sentence's start when there is none.
    static func lastExplainer(_ tokens: TokenList, _ sentence: Range<Int>) -> Int {
        let end = sentence.upperBound
        for j in sentence.reversed() {
            let t = tokens[j]
            if t.kind == .symbol, t.is(":") || t.is("(") || t.is("—") { return j }
            if t.kind == .word, Self.explainers.contains(t), t.key != "such" || (j + 1 < end && tokens[j + 1].key == "as") { return j }
        }
        return sentence.lowerBound - 1
    }

    /// A percentage, a multiple or an amount of money at token `i`: "40%", "3x", "$200", "40 percent".
    static func claimFigure(_ t: TokenList, at i: Int) -> Bool {
        guard i < t.count else { return false }
        if t[i].kind == .symbol, t[i].is("$") || t[i].is("€") || t[i].is("£") || t[i].is("¥") { return i + 1 < t.count && t[i + 1].kind == .number }
        guard t[i].kind == .number else { return false }
        // A number's key is its text.
        if let last = t[i].key.last, last == "%" || last == "x" || last == "×" || last == "X" { return true }
        if t[i].key.first.map({ "$€£¥".contains($0) }) == true { return true }
        return i + 1 < t.count && ["percent", "percentage", "x", "times", "usd", "dollars", "eur", "euros"].contains(t[i + 1].key)
    }

    /// Words after which a sentence names what a vague phrase means.
    static let explainers: WordSet = ["such", "including", "includes", "include", "e.g", "eg", "namely", "like", "example"]

    /// Number of tokens the phrase covers at `i`, or nil. Words must follow one another with only
    /// spaces between them, so "more. Than" is not "more than".
    static func phraseLength(_ words: [String], _ tokens: TokenList, _ i: Int) -> Int? {
        guard i + words.count <= tokens.count else { return nil }
        for k in 0..<words.count {
            let t = tokens[i + k]
            // After the first word, a phrase may hold a symbol that stands for a word ("learn & be curious").
            if t.key != words[k] || !(t.kind == .word || (k > 0 && t.kind == .symbol)) { return nil }
        }
        return words.count
    }
}


/// The union of several lists' filters: one pass over a unit's hashes finds the few tokens any of
/// them could start at, and which of the lists could start there, so each list looks only at the units
/// it may match.
public struct CandidateFilter: Sendable {
    /// The union of the lists' filters: 256 words of single-word bits, then 256 of word-pair bits.
    private var filters = [UInt64](repeating: 0, count: 512)
    /// For each of the 16,384 bits of each filter (a hash's low 14 bits), single-word bits first, the lists
    /// whose own filter has it, a bit a list by its place: a unit's candidates then say in one pass which
    /// lists may match it, where each list tested every candidate against its own filters again.
    private var lists = [UInt64](repeating: 0, count: 2 * 16_384)
    /// Each rule's place among the lists; a rule past the 64th has none, and its list is asked itself.
    private var places: [ObjectIdentifier: Int] = [:]

    init(_ rules: [PackRule]) {
        for (k, rule) in rules.enumerated() {
            // Each set's bits read once: `bits` is a copy of the array, and asking it per word cost more
            // than the OR.
            let own = rule.matcher.singles.bits + rule.matcher.pairs.bits
            for w in own.indices {
                filters[w] |= own[w]
            }
            guard k < 64 else { continue }
            places[ObjectIdentifier(rule)] = k
            for w in own.indices {
                var b = own[w]
                while b != 0 {
                    lists[w &* 64 &+ b.trailingZeroBitCount] |= 1 << UInt64(k)
                    b &= b &- 1
                }
            }
        }
    }

    /// The rule's bit in what `appendCandidates` returns, or nil when it has none.
    func place(of rule: PackRule) -> Int? { places[ObjectIdentifier(rule)] }

    /// Appends the unit's candidate token indices to `out`, read over the hashes in a plain buffer and the
    /// filters' own: this asks every token of a draft. Appended to one array for many units: an array a
    /// unit was an allocation (and for most, a growth) apiece. Returns the lists (by `place`) whose own
    /// filters some candidate passes: those a list's `mayMatch` finds.
    public func appendCandidates(_ hashes: KeyHashList, to out: inout [Int]) -> UInt64 {
        var found: UInt64 = 0
        hashes.withHashes { hs in
            filters.withUnsafeBufferPointer { filters in
                lists.withUnsafeBufferPointer { lists in
                    // A hash's bit in a filter is its low 14 bits: word (h >> 6) & 255, bit h & 63; the
                    // pair filter's are 16,384 bits on.
                    let n = hs.count
                    for i in 0..<n {
                        let h = Int(hs[i]) & 16_383
                        var hit = false
                        if filters[h >> 6] & (1 << UInt64(h & 63)) != 0 {
                            found |= lists[h]
                            hit = true
                        }
                        if i + 1 < n {
                            let p = 16_384 | (PairFilter.mix(Int(hs[i]), Int(hs[i + 1])) & 16_383)
                            if filters[p >> 6] & (1 << UInt64(p & 63)) != 0 {
                                found |= lists[p]
                                hit = true
                            }
                        }
                        if hit { out.append(i) }
                    }
                }
            }
        }
        return found
    }
}
