import XCTest
import Markdown
@testable import DraftAnatomy
@testable import Text

/// Sentences and tokens: abbreviations, decimals, money, ellipses, quotes and em dashes do not split a
/// sentence; numbers with units, percentages and ranges are tokens rules can read.
final class ProseTests: XCTestCase {
    func sentences(_ text: String) -> [String] {
        let draft = Draft(document: Document(text: text))
        return draft.units.flatMap { u in u.sentences.map { u.text(of: $0) } }
    }

    /// Every fixture draft's text.
    func fixtureTexts() throws -> [String] {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures")
        return try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".md") }
            .map { try String(contentsOf: fixtures.appendingPathComponent($0), encoding: .utf8) }
    }

    func tokens(_ text: String) -> [(Token.Kind, String)] {
        Draft(document: Document(text: text)).units.flatMap { u in u.tokens.map { ($0.kind, u.text(of: $0)) } }
    }

    func testAbbreviationsDecimalsMoneyAndEllipsesDoNotSplit() {
        XCTAssertEqual(sentences("Dr. Rao of Acme Inc. met us in the U.S. on Monday. It cost $1.2M, i.e. 4.6% of plan."),
                       ["Dr. Rao of Acme Inc. met us in the U.S. on Monday.", "It cost $1.2M, i.e. 4.6% of plan."])
        XCTAssertEqual(sentences("We waited... and waited… Then it shipped — finally — on May 3."),
                       ["We waited... and waited… Then it shipped — finally — on May 3."])
        XCTAssertEqual(sentences("J. Smith said so. e.g. this is fine."), ["J. Smith said so. e.g. this is fine."])
    }

    /// "etc." before a capital past a parenthesis ends a sentence, and so does a unit after a number.
    func testEtcAndUnitsEndSentences() {
        XCTAssertEqual(sentences("It stores logs (traces, metrics, etc.) Since May it keeps 30 days."),
                       ["It stores logs (traces, metrics, etc.)", "Since May it keeps 30 days."])
        XCTAssertEqual(sentences("Reads take 40 ms. Writes take 90 ms."), ["Reads take 40 ms.", "Writes take 90 ms."])
        XCTAssertEqual(sentences("Ask Ms. Ruiz, and list logs, etc. in the form."), ["Ask Ms. Ruiz, and list logs, etc. in the form."])
    }

    /// Notes written fast start sentences in lower case; a pronoun after a word's full stop starts one,
    /// while abbreviations and other lower-case words still continue.
    func testLowerCaseSentenceStarts() {
        XCTAssertEqual(sentences("I discussed it with him. these happened more than once. i learned to ask first."),
                       ["I discussed it with him.", "these happened more than once.", "i learned to ask first."])
        XCTAssertEqual(sentences("We met in the U.S. we then flew home."), ["We met in the U.S. we then flew home."])
        XCTAssertEqual(sentences("It covers logs, etc. and more."), ["It covers logs, etc. and more."])
        XCTAssertEqual(sentences("The fix shipped. like the last one, it was small."), ["The fix shipped. like the last one, it was small."])
    }

    func testQuotesAndQuestions() {
        XCTAssertEqual(sentences("“It saves me an hour,” said Ana. “Really?” she asked. Yes!"),
                       ["“It saves me an hour,” said Ana.", "“Really?” she asked.", "Yes!"])
        XCTAssertEqual(sentences("He said “it works.” Then he left."), ["He said “it works.”", "Then he left."])
        XCTAssertEqual(sentences("Q: What does it cost?\nA: Nothing."), ["Q: What does it cost?", "A: Nothing."])
    }

    func testNumbersWithUnitsPercentagesAndRanges() {
        let t = tokens("Costs fell 35% to $1,200.50 in 3x less time, 2–4 days, 40 ms and 10k users.")
        let numbers = t.filter { $0.0 == .number }.map(\.1)
        XCTAssertEqual(numbers, ["35%", "$1,200.50", "3x", "2", "4", "40", "10k"])
        XCTAssertTrue(t.contains { $0.0 == .word && $0.1 == "ms" })
    }

    func testWordsURLsAndEmails() {
        let t = tokens("Don’t use state-of-the-art tools; see https://example.com/a.b, www.x.org or ana@example.com.")
        XCTAssertEqual(t.filter { $0.0 == .word }.map(\.1), ["Don’t", "use", "state-of-the-art", "tools", "see", "or"])
        XCTAssertEqual(t.filter { $0.0 == .opaque }.map(\.1), ["https://example.com/a.b", "www.x.org", "ana@example.com"])
    }

    /// Where a word of ASCII letters and digits ends, at each mark that may or may not join it: an inner
    /// apostrophe or hyphen joins a letter after it (not a digit, a space or the end), a dotted
    /// abbreviation joins its inner stops ("e.g", the last stop ends the sentence), a letter past ASCII
    /// goes on the word. Each word's key,
    /// hash and case facts are those of its text.
    func testASCIIWordsEndWhereTheJoiningRulesSay() {
        let text = "Q3 don't ship x' y- state-of-the-art e.g. U.S. US. abc.d end. a-1 4G re-élan naïve x’y Ω9 ok"
        let words = Draft(document: Document(text: text)).units.flatMap { u in
            u.tokens.filter { $0.kind == .word }.map { ($0, u.text(of: $0)) }
        }
        XCTAssertEqual(words.map(\.1), ["Q3", "don't", "ship", "x", "y", "state-of-the-art", "e.g", "U.S", "US", "abc",
                                        "d", "end", "a", "re-élan", "naïve", "x’y", "Ω9", "ok"])
        for (t, text) in words {
            XCTAssertEqual(t.key, Tokenizer.lower(text), text)
            XCTAssertEqual(t.keyHash, WordHash.of(t.key), text)
            let alphabetic = text.unicodeScalars.filter(\.properties.isAlphabetic)
            XCTAssertEqual(t.isAllCaps, !alphabetic.isEmpty && alphabetic.allSatisfy(\.properties.isUppercase), text)
            XCTAssertEqual(t.isFirstUpper, text.unicodeScalars.first?.properties.isUppercase ?? false, text)
        }
    }

    /// Case flags come from the tokenizer; they must say what the Unicode properties say.
    func testCaseFlagsMatchUnicodeProperties() {
        let text = "NASA and Nasa, ÉCOLE École école, ΑΒΓ αβγ, APIs, U.S., 3PL, 4G, iPhone, Ωmega, ÅSA, x-RAY, X-RAY"
        let words = Draft(document: Document(text: text)).units.flatMap { u in
            u.tokens.filter { $0.kind == .word }.map { ($0, u.text(of: $0)) }
        }
        XCTAssertGreaterThan(words.count, 12)
        for (t, text) in words {
            let alphabetic = text.unicodeScalars.filter(\.properties.isAlphabetic)
            XCTAssertEqual(t.isAllCaps, !alphabetic.isEmpty && alphabetic.allSatisfy(\.properties.isUppercase), text)
            XCTAssertEqual(t.isFirstUpper, text.unicodeScalars.first?.properties.isUppercase ?? false, text)
        }
    }

    /// A token of one scalar past ASCII is worked out once a store and copied after: every copy must say
    /// what working it out again would (key, kind, case facts, scalar), wherever it stands.
    func testOneScalarTokensPastASCIIReadTheSameEachTime() {
        let text = "É — “a” É é — ” ’ “b” É, é; — Ω ω Ω 😀 😀 ’"
        let units = Draft(document: Document(text: text)).units
        var seen = [String: Token]()
        var repeats = 0
        for u in units {
            for (k, t) in u.tokens.enumerated() where t.range.count == 1 && u.text(k).unicodeScalars.first!.value >= 0x80 {
                let written = u.text(k)
                XCTAssertEqual(t.key, t.kind == .word ? Tokenizer.lower(written) : written)
                XCTAssertTrue(t.is(written.unicodeScalars.first!), written)
                XCTAssertEqual(t.isFirstUpper, written.unicodeScalars.first!.properties.isUppercase, written)
                if let first = seen[written] {
                    repeats += 1
                    XCTAssertEqual(t.key, first.key)
                    XCTAssertEqual(t.kind, first.kind)
                    XCTAssertEqual(t.bits & ~TokenRecord.quotedBit, first.bits & ~TokenRecord.quotedBit, written)
                } else {
                    seen[written] = t
                }
            }
        }
        XCTAssertGreaterThanOrEqual(repeats, 8)
    }

    /// A key's last byte read from its storage is `utf8.last`, for small, large, empty and non-ASCII keys.
    func testLastUTF8IsTheViewsLast() {
        let long = String(repeating: "internationalization", count: 3) + "%"
        for key in ["", "a", "35%", "apis", "10×", "naïve", "é", long, String(long.dropLast()), "😀"] {
            XCTAssertEqual(key.lastUTF8, key.utf8.last, key)
        }
    }

    /// The byte-level suffix and count agree with the Character-level ones on words, ASCII and not,
    /// short (stored inline) and long, and on a suffix past ASCII.
    func testEndsWithAndCharacterCountAreTheCharacterOnes() {
        let long = String(repeating: "internationalization", count: 3)
        let words = ["", "s", "ed", "users", "customers", "couldn't", "couldn’t", "naïve", "résumés", "e\u{301}d",
                     "cafe\u{301}s", "😀ers", long + "ers", long + "é", "ING", "TESTING", "ES"]
        for w in words {
            XCTAssertEqual(w.characterCount, w.count, w)
            XCTAssertEqual(w.endsWith("ers"), w.hasSuffix("ers"), w)
            XCTAssertEqual(w.endsWith("s"), w.hasSuffix("s"), w)
            XCTAssertEqual(w.endsWith("ed"), w.hasSuffix("ed"), w)
            XCTAssertEqual(w.endsWith("n’t"), w.hasSuffix("n’t"), w)
            XCTAssertEqual(w.endsWith("ING"), w.hasSuffix("ING"), w)
        }
        XCTAssertTrue("customers".endsWith("ers"))
        XCTAssertFalse("cafe\u{301}s".endsWith("es"))
        XCTAssertEqual("naïve".characterCount, 5)
    }

    /// The record-level scans find what a walk over the tokens finds: each "!" that is a symbol of its
    /// own, each symbol past ASCII, from any start, and the tokens of each kind in a unit and a sentence.
    func testSymbolScansAgreeWithTheTokens() {
        let text = "Wow!! It works!= fine — “quoted!” café 🎉🎉 done! Élan Costs $4.99, 35% of 1,200 at `x` https://a.b.\n\nNo marks here at all.\n\n!Lead ✅ and … end 2027!\n\nAn entity says it &excl; too.\n\nOnly — dashes, “curly” quotes … here.\n\nA double mark ‼\u{FE0F} drawn as one."
        let units = Draft(document: Document(text: text)).units
        var bangs = 0, wide = 0
        for u in units {
            let t = u.tokens
            for start in 0...t.count + 1 {
                let bang = t.indices.first { $0 >= start && t[$0].kind == .symbol && t[$0].is("!") }
                let past = t.indices.first { $0 >= start && t[$0].kind == .symbol && t[$0].isLongerThanOneByte }
                XCTAssertEqual(t.firstSymbol("!", from: start), bang, "\(start) in \(u.text)")
                XCTAssertEqual(t.firstSymbolPastASCII(from: start), past, "\(start) in \(u.text)")
                XCTAssertEqual(t.firstCapital(from: start), t.indices.first { $0 >= start && t[$0].isFirstUpper })
            }
            XCTAssertEqual(u.wordCount, t.filter { $0.kind != .symbol }.count)
            for s in u.sentences { XCTAssertEqual(u.words(in: s), s.tokens.filter { t[$0].kind != .symbol }.count) }
            for kind in [Token.Kind.word, .number, .opaque, .symbol] {
                XCTAssertEqual(Array(t.indices(of: kind)), t.indices.filter { t[$0].kind == kind }, "\(kind) in \(u.text)")
                for s in u.sentences {
                    XCTAssertEqual(Array(t.indices(of: kind, in: s.tokens)), s.tokens.filter { t[$0].kind == kind })
                    XCTAssertEqual(t.holds(kind, in: s.tokens), s.tokens.contains { t[$0].kind == kind }, "\(kind) in \(u.text)")
                }
                for lo in 0...t.count {
                    for hi in lo...t.count + 1 {
                        XCTAssertEqual(t.holds(kind, in: lo..<hi), (lo..<min(hi, t.count)).contains { t[$0].kind == kind })
                    }
                }
            }
            let rare = t.contains { tok in
                let scalars = Array(tok.key.unicodeScalars)
                return tok.kind == .symbol && tok.isLongerThanOneByte && (scalars.count > 1 || !(0x2000...0x206F).contains(scalars[0].value))
            }
            XCTAssertEqual(t.holdsSymbolPastPunctuation, rare, u.text)
            bangs += t.filter { $0.is("!") }.count
            wide += t.filter { $0.kind == .symbol && $0.isLongerThanOneByte }.count
        }
        XCTAssertGreaterThan(bangs, 4)
        XCTAssertGreaterThan(wide, 4)
    }

    /// The word scans the audience detector runs on the records find what asking each token finds: words
    /// that may start an API-style name, and words whose hash passes a set's filter.
    func testNameAndCueScansAgreeWithTheTokens() {
        let text = "Call render() or bucket_name with props.bucketName, then iPhone and eBay; the Developers, code-review " +
            "and CODE of a codebase. Stack.of(this) and MyClass.method() run. x.y z_ a(b) end. Two of 3 teams.\n\nPlain words only here."
        let cues: WordSet = ["code", "developers", "codebase", "review"]
        var names = 0, hits = 0
        for u in Draft(document: Document(text: text)).units {
            let t = u.tokens
            for start in 0...t.count + 1 {
                let name = t.indices.first { $0 >= start && t[$0].kind == .word && AudienceDetector.mayStartName(t, $0) }
                XCTAssertEqual(t.firstNameStart(from: start), name, "\(start) in \(u.text)")
                let cue = t.indices.first { $0 >= start && t[$0].kind == .word && cues.mayContain(hash: t[$0].keyHash) }
                XCTAssertEqual(t.firstWord(mayBeIn: cues, from: start), cue, "\(start) in \(u.text)")
                for end in [start, start + 3, t.count] {
                    let inSet = t.indices.first { $0 >= start && $0 < end && t[$0].kind == .word && cues.contains(t[$0]) }
                    XCTAssertEqual(t.firstWord(in: cues, from: start, to: end), inSet, "\(start)..<\(end) in \(u.text)")
                }
            }
            for s in u.sentences {
                let figure = s.tokens.contains { t[$0].kind == .number || NumberWords.all.contains(t[$0]) }
                XCTAssertEqual(u.hasFigure(s), figure, u.text(of: s))
            }
            names += t.indices.filter { t[$0].kind == .word && AudienceDetector.mayStartName(t, $0) }.count
            hits += t.filter { $0.kind == .word && cues.contains($0) }.count
        }
        XCTAssertGreaterThan(names, 6)
        XCTAssertGreaterThan(hits, 2)
    }

    /// The tokenizer's range test for the General Punctuation block gives what the Unicode properties
    /// give for every scalar of it, and its space test what `isWhitespace` gives for every scalar.
    func testGeneralPunctuationShortcutsAgreeWithTheProperties() {
        var spaces = 0
        for v in UInt32(0x80)...0x10FFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            XCTAssertEqual(Tokenizer.isSpace(c), v == 0xA0 || c.properties.isWhitespace, String(v, radix: 16))
            if Tokenizer.isSpace(c) { spaces += 1 }
            guard (0x2000...0x206F).contains(v) else { continue }
            XCTAssertTrue(Tokenizer.isGeneralPunctuation(c))
            XCTAssertFalse(c.properties.isAlphabetic, String(v, radix: 16))
            XCTAssertFalse([.nonspacingMark, .spacingMark, .enclosingMark].contains(c.properties.generalCategory), String(v, radix: 16))
        }
        XCTAssertGreaterThan(spaces, 15)
        XCTAssertFalse(Tokenizer.isGeneralPunctuation("\u{1FFF}"))
        XCTAssertFalse(Tokenizer.isGeneralPunctuation("\u{2070}"))
    }

    /// The tokenizer hashes keys as it copies them; every table looks words up by `WordHash.of(key)`.
    func testTokenHashIsTheHashOfItsKey() {
        let text = "Don’t LEVERAGE the AWS API at https://x.org — ÉCOLE, naïve, 35% and $1.2M; ana@example.com `x` 😀 U.S."
        let tokens = Draft(document: Document(text: text)).units.flatMap(\.tokens)
        XCTAssertGreaterThan(tokens.count, 15)
        for t in tokens { XCTAssertEqual(t.keyHash, WordHash.of(t.key), t.key) }
    }

    /// A draft's tokens, stored together, are each block's as the tokenizer reads the block alone, past
    /// the span buffer's first growth (many blocks, one long one); the hashes read out in one go are
    /// the ones read token by token.
    func testStoredTokensAreEachBlocksAndHashesReadOutAgree() {
        var text = ""
        for n in 0..<300 { text += "Block \(n): we don't ship U.S. orders at 35% — é naïve https://x.org/\(n) a@b.co.\n\n" }
        text += String(repeating: "word ", count: 5000) + "\n"
        let doc = Document(text: text)
        let units = Draft(document: doc).units
        XCTAssertEqual(units.count, 301)
        var total = 0
        for u in units {
            let alone = Tokenizer.tokens(u.prose)
            XCTAssertEqual(u.tokens.map(\.range), alone.map(\.range))
            XCTAssertEqual(u.tokens.map(\.key), alone.map(\.key))
            XCTAssertEqual(u.tokens.map(\.kind), alone.map(\.kind))
            let hashes = u.keyHashes
            var read = [Int]()
            hashes.withHashes { read = $0.map { Int($0) } }
            XCTAssertEqual(read, Array(hashes))
            total += u.tokens.count
        }
        XCTAssertGreaterThan(total, 8000)
    }

    /// Rules stream through every token many times; the layout is part of the speed.
    func testTokenStaysCompact() {
        XCTAssertLessThanOrEqual(MemoryLayout<Token>.stride, 32)
        // What a store keeps a token and a sentence in: a large draft holds a million of the one.
        XCTAssertLessThanOrEqual(MemoryLayout<TokenRecord>.stride, 12)
        XCTAssertLessThanOrEqual(MemoryLayout<Sentence>.stride, 16)
    }

    /// Tokens keep no text: a unit reads it from its prose, and it must be the text as written, with
    /// the facts the token keeps about it (whether it is its key, whether it is one byte) true of it.
    func testTokenTextIsReadFromTheProseAsWritten() {
        let text = "Don’t LEVERAGE the AWS API — ÉCOLE, naïve, iPhone 35% and $1.2M; a “quote” 😀 é U.S. **bold** x_y"
        let units = Draft(document: Document(text: text)).units
        let written = units.flatMap { u in u.tokens.indices.map { u.text($0) } }
        XCTAssertEqual(written.joined(separator: " "),
                       "Don’t LEVERAGE the AWS API — ÉCOLE , naïve , iPhone 35% and $1.2M ; a “ quote ” 😀 é U.S . bold x _ y")
        for u in units {
            for (k, t) in u.tokens.enumerated() {
                XCTAssertEqual(u.text(of: t), u.text(k))
                XCTAssertEqual(t.keyIsText, t.key == u.text(k), u.text(k))
                XCTAssertEqual(t.isLongerThanOneByte, u.text(k).utf8.count > 1, u.text(k))
                XCTAssertEqual(u.text(k).unicodeScalars.count, t.range.count, u.text(k))
            }
        }
    }

    /// A store keeps each distinct key once, and a token's key is its lower-cased text however often and
    /// however it is written: keys of eight bytes or fewer compare packed, longer ones byte by byte, so
    /// two that share their first eight bytes stay two.
    func testStoreKeepsEachKeyOnceAndEveryTokenItsOwn() {
        let text = "Internationalization and INTERNATIONALISATION and internationalization. The the THE. "
            + "Don’t don't DON’T; naïve NAÏVE naive. " + String(repeating: "word ", count: 600)
            + (0..<1_500).map { "w\($0)" }.joined(separator: " ")
        let units = Draft(document: Document(text: text)).units
        let store = units[0].tokens.store
        // Each key once, by its bytes (a String set would fold a key's two Unicode spellings, which the
        // table, lent from draft to draft on a thread, may hold from an earlier draft).
        XCTAssertEqual(Set(store.keys.map { Array($0.utf8) }).count, store.keys.count)
        var seen = Set<String>()
        for u in units {
            XCTAssertTrue(u.tokens.store === store)
            for (k, t) in u.tokens.enumerated() {
                XCTAssertEqual(t.key, t.kind == .word ? Tokenizer.lower(u.text(k)) : u.text(k))
                seen.insert(t.key)
            }
        }
        // The store's keys are the thread's table's: this draft's and those of drafts read before it.
        XCTAssertTrue(seen.isSubset(of: Set(store.keys)))
        XCTAssertTrue(seen.isSuperset(of: ["internationalization", "internationalisation", "the", "don't", "naïve", "naive"]))
    }

    /// `is` answers what comparing the token's text with a one-character literal answered, for every
    /// token and every character asked, ASCII or not.
    func testTokenIsAnswersAsItsTextComparedWithTheCharacter() {
        let text = "A (b), c; “quoted” — I said: $5 & 10% - x/y? 9 – Don’t!"
        let tokens = Draft(document: Document(text: text)).units.flatMap { u in u.tokens.map { ($0, u.text(of: $0)) } }
        XCTAssertGreaterThan(tokens.count, 20)
        let asked: [Unicode.Scalar] = ["A", "a", "I", "(", ")", ",", ";", ":", "$", "&", "%", "-", "/", "?", "!", "9",
                                       "“", "”", "—", "’", "x"]
        for (t, text) in tokens {
            for c in asked { XCTAssertEqual(t.is(c), text == String(Character(c)), "\(text) is \(c)") }
            XCTAssertEqual(t.isDash, ["-", "–", "—"].contains(text), text)
        }
        XCTAssertTrue(tokens.contains { $0.0.is("—") })
        XCTAssertTrue(tokens.contains { $0.0.is(",") })
    }

    /// An ASCII mark standing alone is recorded once a table and copied to each place: every copy is the
    /// record a first meeting makes (kind, scalar, key, case bits), and a mark a combining mark or joiner
    /// follows is still read whole.
    func testAsciiSymbolsAloneAreRecordedAsTheFirstOne() {
        var text = ""
        for v in 0x21..<0x7F {
            let c = Unicode.Scalar(UInt8(v))
            guard !(CharacterSet.alphanumerics.contains(c)) else { continue }
            text += "x\(Character(c)) \(Character(c))y \(Character(c))"
        }
        text += " !\u{301} ?\u{FE0F} #\u{200D}x ."
        for u in Draft(document: Document(text: text)).units {
            var byScalar = [UInt32: Token]()
            for (k, t) in u.tokens.enumerated() {
                let written = u.text(k)
                guard t.kind == .symbol else { continue }
                XCTAssertEqual(t.key, written, written)
                XCTAssertTrue(t.keyIsText, written)
                XCTAssertFalse(t.isFirstUpper || t.isAllCaps, written)
                guard t.range.count == 1 else { continue }
                let c = t.bits & Token.scalarMask
                XCTAssertEqual(c, written.unicodeScalars.first!.value, written)
                if let first = byScalar[c] {
                    // Whether it stands in quotation marks is its place's, found after the records.
                    XCTAssertEqual(first.bits & ~TokenRecord.quotedBit, t.bits & ~TokenRecord.quotedBit, written)
                    XCTAssertEqual(first.key, t.key, written)
                    XCTAssertEqual(first.keyHash, t.keyHash, written)
                } else {
                    byScalar[c] = t
                }
            }
            XCTAssertGreaterThan(byScalar.count, 20)
            XCTAssertTrue(u.tokens.contains { u.text(of: $0) == "!\u{301}" })
            XCTAssertTrue(u.tokens.contains { u.text(of: $0) == "?\u{FE0F}" })
        }
    }

    /// A record keeps a one-scalar token's scalar, or a longer token's length, in the same bits: every
    /// token's range and scalar read back as the scanner found them, and a run longer than a record can
    /// hold is cut in pieces that tile it.
    func testRecordsGiveBackRangesAndScalars() {
        let text = "A (b), internationalization; “q” 😀 x https://example.com/a/very/long/path é"
        for u in Draft(document: Document(text: text)).units {
            var last = 0
            for (k, t) in u.tokens.enumerated() {
                XCTAssertGreaterThanOrEqual(t.range.lowerBound, last)
                last = t.range.upperBound
                let written = u.text(k)
                XCTAssertEqual(t.range.count, written.unicodeScalars.count, written)
                XCTAssertEqual(t.bits & Token.scalarMask, t.range.count == 1 ? written.unicodeScalars.first!.value : 0, written)
            }
        }
        let longest = TokenRecord.maxLength
        let run = Tokenizer.tokens(Prose(plain: String(repeating: "a", count: longest + 3) + " b"))
        XCTAssertEqual(run.map(\.range), [0..<longest, longest..<(longest + 3), (longest + 4)..<(longest + 5)])
        XCTAssertEqual(run.map(\.kind), [.word, .word, .word])
    }

    func testTypographicApostropheSharesTheKey() {
        let keys = Draft(document: Document(text: "Don’t and don't.")).units[0].tokens.filter(\.isWord).map(\.key)
        XCTAssertEqual(keys, ["don't", "and", "don't"])
    }

    func testCodeSpansAreOpaqueTokens() {
        let t = tokens("Run `prfaq lint very` now.")
        XCTAssertEqual(t.map(\.1), ["Run", "\u{FFFC}", "now", "."])
    }

    func testReadability() {
        XCTAssertEqual(Readability.syllables("table"), 2)
        XCTAssertEqual(Readability.syllables("make"), 1)
        XCTAssertEqual(Readability.syllables("organization"), 5)
        // The ASCII byte path counts what the scalar path counts.
        for w in ["table", "make", "wanted", "needed", "jumped", "ed", "ted", "bed", "le", "the", "rhythm", "queue",
                  "created", "e", "", "aeiou", "fly", "skied", "cradle", "ble", "don't", "state-of-the-art", "x"] {
            XCTAssertEqual(Readability.syllables(w), Readability.scalarSyllables(w), w)
        }
        var r = Readability()
        Draft(document: Document(text: "The cat sat. The dog ran.")).units.forEach { r.add($0) }
        XCTAssertEqual(r.sentences, 2)
        XCTAssertEqual(r.words, 6)
        XCTAssertLessThan(r.grade, 2)
    }

    /// The press release's address test reads a paragraph's scalars only when its tokens may hold a "/" or
    /// an opaque span's mark (a "/" or opaque token, or a symbol past ASCII other than one scalar of
    /// General Punctuation): on every fixture and on marks the tokenizer takes into a URL or a symbol run,
    /// the tokens say so whenever the scalars do.
    func testTokensTellWhereASlashOrAnOpaqueMarkMayBe() throws {
        var texts = try fixtureTexts()
        texts.append("See https://x.com/`code` and 👩\u{200D}`code` and a/b, 24/7 and `x` here.")
        texts.append("A dash —\u{200D}`code` joined, and \u{200D}/ alone, “quoted” — here.")
        var slashes = 0, marks = 0
        for text in texts {
            for u in Draft(document: Document(text: text)).units {
                let t = u.tokens
                // What the records say, walked, not the kinds the list keeps (`holds`).
                let opaque = t.indices.contains { t[$0].kind == .opaque }
                let wide = t.firstSymbolPastASCII(from: 0) != nil
                let rare = t.indices.contains { k in
                    let scalars = Array(t[k].key.unicodeScalars)
                    return t[k].kind == .symbol && t[k].isLongerThanOneByte
                        && (scalars.count > 1 || !(0x2000...0x206F).contains(scalars[0].value))
                }
                XCTAssertEqual(t.holds(.opaque), opaque, u.text)
                XCTAssertEqual(t.holdsSymbolPastASCII, wide, u.text)
                XCTAssertEqual(t.holdsSymbolPastPunctuation, rare, u.text)
                let (slash, mark) = u.prose.withScalars { s in (s.contains("/"), s.contains(Prose.opaque)) }
                if slash { slashes += 1; XCTAssertTrue(opaque || rare || t.firstSymbol("/", from: 0) != nil, u.text) }
                if mark { marks += 1; XCTAssertTrue(opaque || rare, u.text) }
            }
        }
        XCTAssertGreaterThan(slashes, 3)
        XCTAssertGreaterThan(marks, 3)
    }

    /// The quoted tokens and the reading counts a unit is built with are what a walk over its tokens gives:
    /// a unit with no quotation mark standing alone is not walked for quotes, and the counts are read from
    /// the records.
    func testQuotedTokensAndReadingCountsAgreeWithATokenWalk() throws {
        var texts = try fixtureTexts()
        texts.append("She said \"ship it\" twice. “Curly” and ”closing first“ marks. Don’t count “apostrophes’ here.\n\nNo marks at all, 3 numbers 4 and 5.\n\nAn open “quote runs on\n\n\"Straight\" then “curly”.")
        var quotedUnits = 0, skipped = 0
        for text in texts {
            for u in Draft(document: Document(text: text)).units {
                let t = u.tokens
                var expected = Set<Int>()
                ProseUnit.quoted(t) { expected.insert($0) }
                XCTAssertEqual(Set(t.indices.filter { u.quotedTokens[$0] }), expected, u.text)
                let marks = t.contains { $0.kind == .symbol && ($0.is("\"") || $0.is("“") || $0.is("”")) }
                XCTAssertEqual(t.kinds & TokenList.quoteBit != 0, marks, u.text)
                if marks { quotedUnits += 1 } else { skipped += 1 }
                var words = 0, sentences = 0, syllables = 0
                for s in u.sentences {
                    var w = 0
                    for k in s.tokens where t[k].kind == .word || t[k].kind == .number {
                        w += 1
                        syllables += t[k].kind == .number ? 2 : Readability.syllables(t[k].key)
                    }
                    if w > 0 { words += w; sentences += 1 }
                }
                XCTAssertEqual([Int(u.reading.words), Int(u.reading.sentences), Int(u.reading.syllables)],
                               [words, sentences, syllables], u.text)
            }
        }
        XCTAssertGreaterThan(quotedUnits, 5)
        XCTAssertGreaterThan(skipped, 5)
    }

    /// A unit's sentences cover its tokens end to end, each token in one sentence: the rules that sum
    /// words over a unit's sentences read the unit's word count instead.
    func testSentencesCoverEveryUnitsTokens() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures")
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".md") }
        XCTAssertGreaterThan(names.count, 5)
        var units = 0
        for name in names {
            let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
            for u in Draft(document: Document(text: text)).units {
                var next = 0
                for s in u.sentences {
                    XCTAssertEqual(s.tokens.lowerBound, next, "\(name): \(u.text)")
                    XCTAssertFalse(s.tokens.isEmpty, "\(name): \(u.text)")
                    next = s.tokens.upperBound
                }
                XCTAssertEqual(next, u.tokens.count, "\(name): \(u.text)")
                XCTAssertEqual(u.sentences.reduce(0) { $0 + u.words(in: $1) }, u.wordCount, "\(name): \(u.text)")
                units += 1
            }
        }
        XCTAssertGreaterThan(units, 500)
    }
}
