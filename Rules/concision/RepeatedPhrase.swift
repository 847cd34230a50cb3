import DraftAnatomy
import LintCore
import Text

/// Doubled words are typos; a phrase said three times is padding the reader has already read.
struct RepeatedPhrase: Rule {
    let description = RuleDescription(
        id: "concision/repeated-phrase",
        summary: "Doubled words and phrases repeated across the document",
        rationale: """
            "the the" is a slip a reviewer will notice first. A five-word phrase used three or more times \
            is usually padding: say it once, then refer to it. A repeated passage is one suggestion, and past \
            the first three phrases the rest are counted on the third rather than listed.
            """,
        severity: .warning,
        options: [RuleOption("phrase-words", .int(5), "words in a repeated phrase", range: 2...20),
                  RuleOption("max-repeats", .int(2), "times a phrase may appear", range: 1...1000),
                  RuleOption("max-reported", .int(3), "repeated phrases reported one by one; the rest are counted", range: 1...1000)],
        triggering: [
            RuleExample("We ship ⟦the the⟧ order on Monday."),
            RuleExample("The plan is ready. ⟦A a⟧ sample flow follows."),
            RuleExample("Parents rebuild their weekly grocery list. Teachers rebuild their weekly grocery list. Drivers ⟦rebuild their weekly grocery list⟧."),
        ],
        nonTriggering: [
            RuleExample("We ship the order on Monday, and we ship the refund on Tuesday."),
            RuleExample("The team asked for for each resource a named owner, and AWS Solutions solutions ship monthly."),
            RuleExample("The old summary read \"Goal: stop stop.\" Type /exit exit to leave."),
        ])

    static let stop: WordSet = ["the", "a", "an", "of", "to", "in", "and", "or", "for", "on", "at", "by", "with",
                                    "is", "are", "was", "were", "be", "it", "that", "this", "we", "our", "i", "you"]

    /// The phrase hash's multiplier.
    static let base = 1_000_003

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let n = max(ctx.int("phrase-words"), 2)
        let maxRepeats = ctx.int("max-repeats")
        var seen = HashCounter(capacity: 256)
        var repeated = [(unit: Int, window: Range<Int>)]()
        // The phrase hash of each window of n words in a sentence is rolled along it (out goes the first
        // word's term, in comes the next), where recomputing each window cost n steps a token.
        var top = 1
        for _ in 1..<n { top = top &* Self.base }
        for (ui, unit) in draft.units.enumerated() where !unit.isHeading {
            // The hashes read out once, and each token's two flags in one buffer on the stack: read
            // through the store and kept in two arrays a unit, they were most of this rule's cost.
            unit.keyHashes.withHashes { hashes in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: unit.tokens.count) { flags in
                    Self.scan(unit, ui, hashes, flags, n: n, top: top, maxRepeats: maxRepeats, &seen, &repeated, &ctx)
                }
            }
        }
        // The first few repeated phrases, and a count of the rest on the last: a templated document
        // repeats dozens, and a writer fixes the habit, not each instance.
        let shown = max(1, ctx.int("max-reported"))
        for (k, r) in repeated.prefix(shown).enumerated() {
            let unit = draft.units[r.unit]
            let phrase = r.window.map { unit.tokens[$0].key }.joined(separator: " ")
            var message = "\"\(phrase)\" appears \(maxRepeats + 1) times; say it once"
            if k == shown - 1, repeated.count > shown { message += " (\(repeated.count - shown) more phrases repeat in this document)" }
            ctx.report(unit.sourceRange(tokens: r.window), message, help: "name it once, then refer back: \"the list\", \"it\"", severity: .suggestion)
        }
    }

    /// One unit's doubled words, reported, and its phrases counted into `seen`: a function of its own so
    /// the counts and the window are plain locals (captured by the closures around it, each access was
    /// checked for exclusivity at run time).
    private static func scan(_ unit: ProseUnit, _ ui: Int, _ hashes: UnsafeBufferPointer<UInt32>,
                             _ flags: UnsafeMutableBufferPointer<UInt8>, n: Int, top: Int, maxRepeats: Int,
                             _ seen: inout HashCounter, _ repeated: inout [(unit: Int, window: Range<Int>)],
                             _ ctx: inout RuleContext) {
        let toks = unit.tokens
        let stop = Self.stop
        // Doubled word: the same word twice with only a space between ("that that" is English: skip it).
        for k in 1..<max(toks.count, 1) where hashes[k] == hashes[k - 1] && toks[k].kind == .word && toks[k - 1].kind == .word
            && toks[k].key == toks[k - 1].key && toks[k].key != "that" && toks[k].key != "had"
            // "asked for for each resource": a phrasal verb's "for", then the sentence's own.
            && toks[k].key != "for"
            // "AWS Solutions solutions": a name, then the common noun ("A a sample" at a sentence's
            // start is still a slip).
            && (toks[k - 1].isFirstUpper == toks[k].isFirstUpper || unit.sentences.contains { $0.tokens.lowerBound == k - 1 })
            && toks[k].range.lowerBound == toks[k - 1].range.upperBound + 1
            // "/exit exit" is a command and its argument; a quoted doubling is the writer's example.
            && !(k >= 2 && toks[k - 2].kind == .symbol && toks[k - 2].range.upperBound == toks[k - 1].range.lowerBound
                 && ["/", "-", "--", "$", "`"].contains(toks[k - 2].key))
            && !unit.quotedTokens[k] {
            ctx.report(unit.sourceRange(tokens: (k - 1)..<(k + 1)), "\"\(unit.text(k))\" is doubled",
                       help: "delete one", fix: Fix(range: unit.sourceRange(tokens: (k - 1)..<(k + 1)), replacement: unit.text(k - 1)))
        }
        // One pass classifies each token (usable: a word, not a name; content: not a stop word);
        // windows then read the flags.
        let usable: UInt8 = 1, content: UInt8 = 2
        flags.initialize(repeating: 0)
        for s in unit.sentences {
            for k in s.tokens where toks[k].kind == .word && (k == s.tokens.lowerBound || !toks[k].isFirstUpper) {
                flags[k] = usable | (stop.contains(toks[k]) ? 0 : content)
            }
        }
        for s in unit.sentences {
            // n contiguous words, at least two that carry meaning, none a name (a capital mid-sentence).
            // The combined word hashes stand for the phrase; the text is built only to report it.
            let lo = s.tokens.lowerBound, hi = s.tokens.upperBound
            guard hi - lo >= n else { continue }
            var hash = 0, unusable = 0, meaning = 0, cur = lo
            for k in lo..<(lo + n) {
                hash = hash &* Self.base &+ Int(hashes[k])
                if flags[k] & usable == 0 { unusable += 1 }
                if flags[k] & content != 0 { meaning += 1 }
            }
            /// Moves the window (starting at `cur`) one token on.
            func step() {
                let out = cur, into = cur + n
                hash = (hash &- Int(hashes[out]) &* top) &* Self.base &+ Int(hashes[into])
                if flags[out] & usable == 0 { unusable -= 1 }
                if flags[out] & content != 0 { meaning -= 1 }
                if flags[into] & usable == 0 { unusable += 1 }
                if flags[into] & content != 0 { meaning += 1 }
                cur += 1
            }
            var i = lo
            while i + n <= hi {
                // The window is at i.
                if unusable == 0 && meaning >= 2 && seen.increment(hash) == maxRepeats + 1 {
                    repeated.append((ui, i..<(i + n)))
                    // The windows inside this passage are counted but not reported: a repeated sentence
                    // is one finding, not one per overlapping run of words.
                    var j = i + 1
                    while j < i + n, j + n <= hi {
                        step()
                        if unusable == 0 && meaning >= 2 { _ = seen.increment(hash) }
                        j += 1
                    }
                    i += n
                    while cur < i && cur + 1 + n <= hi { step() }
                    continue
                }
                if i + 1 + n <= hi { step() }
                i += 1
            }
        }
    }
}
