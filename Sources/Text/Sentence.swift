import Markdown

/// A sentence inside one prose block. `tokens` indexes the block's token array; `range` is the scalar
/// range from the first to the last visible character, closing punctuation and quotes included.
/// Stored in 32-bit bounds (blocks are capped well below 2 G scalars): 16 bytes a sentence, not 32.
public struct Sentence: Sendable {
    @usableFromInline let firstToken: Int32
    @usableFromInline let endToken: Int32
    @usableFromInline let lower: Int32
    @usableFromInline let upper: Int32

    @inlinable public var tokens: Range<Int> { Int(firstToken)..<Int(endToken) }
    @inlinable public var range: Range<Int> { Int(lower)..<Int(upper) }

    init(tokens: Range<Int>, range: Range<Int>) {
        firstToken = Int32(truncatingIfNeeded: tokens.lowerBound)
        endToken = Int32(truncatingIfNeeded: tokens.upperBound)
        lower = Int32(truncatingIfNeeded: range.lowerBound)
        upper = Int32(truncatingIfNeeded: range.upperBound)
    }
}

/// Splits a block's tokens into sentences. Abbreviations, initials, decimals (already one number token),
/// ellipses and em dashes do not end a sentence; a terminator ends one only before a capital, a digit,
/// an opening quote or the end of the block.
enum SentenceSplitter {
    /// "…, logs, etc.) Since the …": "etc." ends a sentence when a capitalised word follows, past a
    /// closing parenthesis or quote.
    static func etcEnds(_ tokens: TokenList, at i: Int) -> Bool {
        guard i >= 1, etc.contains(tokens[i - 1]) else { return false }
        var j = i + 1
        while j < tokens.count, tokens[j].kind == .symbol, (tokens[j].is(")") || tokens[j].is("”") || tokens[j].is("\"") || tokens[j].is("’")) { j += 1 }
        return j < tokens.count && tokens[j].kind == .word && tokens[j].isFirstUpper && j > i + 1
    }

    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "approx", "no", "inc", "ltd", "co",
        "corp", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mt", "gen", "gov", "rep", "sen", "est", "dept", "univ", "cf", "al", "ca",
    ]
    /// Closing and opening marks, each one scalar: told by the token's scalar, not a set of Strings.
    static func isCloser(_ t: Token) -> Bool {
        t.is("\"") || t.is("'") || t.is("”") || t.is("’") || t.is(")") || t.is("]") || t.is("»") || t.is("*")
    }
    static func isOpener(_ t: Token) -> Bool {
        t.is("\"") || t.is("“") || t.is("‘") || t.is("(") || t.is("[") || t.is("«") || t.is("'")
    }

    /// Single words asked of every full stop after a word, by their hash first.
    static let ms: WordSet = ["ms"]
    static let etc: WordSet = ["etc"]

    /// Words that open a sentence written in lower case.
    static let lowerStarters: WordSet = ["i", "we", "these", "this", "it", "they", "he", "she", "my", "our", "there", "then",
                                         "those", "that's", "it's", "i'm", "we're", "they're"]

    /// Appends the sentences of one unit's tokens to `out`.
    static func split(_ tokens: TokenList, of prose: Prose, into out: inout [Sentence]) {
        var start = 0
        var i = 0
        let n = tokens.count
        func close(_ end: Int) {
            guard end > start else { return }
            out.append(Sentence(tokens: start..<end, range: tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound))
            start = end
        }
        // Only a full stop, "!" or "?" can end a sentence: the records take the walk to the next one.
        while let stop = tokens.firstStop(from: i) {
            i = stop
            let t = tokens[i]
            // "..." is an ellipsis, not an end.
            if t.is("."), i + 1 < n, tokens[i + 1].is("."), tokens[i + 1].range.lowerBound == t.range.upperBound {
                var j = i
                while j < n && tokens[j].is(".") { j += 1 }
                i = j
                continue
            }
            if t.is("."), i > start, tokens[i - 1].range.upperBound == t.range.lowerBound {
                let prev = tokens[i - 1]
                // "Ms. Ruiz" continues; "in 40 ms. The next" ends: after a number, "ms" is a unit.
                let unit = (Self.ms.contains(prev) && i >= 2 && tokens[i - 2].kind == .number) || Self.etcEnds(tokens, at: i)
                if prev.kind == .word && !unit && (abbreviations.contains(prev) || (prev.range.count == 1 && prev.isFirstUpper)) {
                    i += 1
                    continue
                }
                // Dotted abbreviations: "e.g." and "i.e." never end a sentence; "U.S." does only before a capital.
                // On the key's bytes: the generic walk over a UTF8View cost two hundred instructions a word.
                if prev.kind == .word,
                   prev.key.utf8.withContiguousStorageIfAvailable({ $0.contains(0x2E) }) ?? prev.key.utf8.contains(0x2E) {
                    let next = i + 1 < n ? tokens[i + 1] : nil
                    if prev.key == "e.g" || prev.key == "i.e" || !(next?.isFirstUpper ?? true) {
                        i += 1
                        continue
                    }
                }
            }
            var end = i + 1
            while end < n, tokens[end].kind == .symbol, tokens[end].is("!") || tokens[end].is("?") { end += 1 }
            while end < n, tokens[end].kind == .symbol, isCloser(tokens[end]),
                  tokens[end].range.lowerBound == tokens[end - 1].range.upperBound { end += 1 }
            if end >= n { break }
            let next = tokens[end]
            // Notes written fast start sentences in lower case ("…with him. these happened twice."): after a
            // full stop that ends a word (abbreviations were passed above), a pronoun or a determiner that
            // opens sentences starts one.
            let lowerStart = t.is(".") && next.kind == .word && lowerStarters.contains(next) && i > start
                && tokens[i - 1].kind == .word && prose.string(tokens[i - 1].range).utf8.count >= 3
            let startsNew = next.isFirstUpper || next.kind == .number || next.kind == .opaque || lowerStart
                || (next.kind == .symbol && (isOpener(next) || next.is("—") || next.is("-")))
            if startsNew { close(end) }
            i = end
        }
        close(n)
    }
}
