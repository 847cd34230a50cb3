import DraftAnatomy
import LintCore
import Text

/// Emoji read as chat, not as a document a leader will sign; Amazon's writing guidance bans them outside
/// quoted customer words.
struct Emoji: Rule {
    let description = RuleDescription(
        id: "markdown/emoji",
        summary: "An emoji in prose",
        rationale: """
            Narratives and PR/FAQs are read as business documents; an emoji signals tone instead of stating \
            a fact, and it renders differently on every screen. Say it in words, or cut it. Emoji inside a \
            customer's quoted words are theirs and are left alone.
            """,
        severity: .warning,
        triggering: [
            RuleExample("- orders ship the same day ⟦🚚⟧\n- refunds land in 2 days ⟦👍🏽⟧\n"),
            RuleExample("*Launch:* the pilot starts in 4 stores ⟦🎉🎉⟧ on May 3.\n"),
        ],
        nonTriggering: [
            RuleExample("The pilot starts in 4 stores on May 3. “Best day ever 🎉,” said Ana, a store manager."),
            RuleExample("Prices include tax © 2027 Example Corp. See step #3 for the refund* rules."),
            // General Punctuation: dashes, curly quotes, "‼" without U+FE0F.
            RuleExample("Orders rose ‼ — from 86 to 112 an hour, “as planned” … per the 2027 plan."),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        // A unit whose symbols past ASCII are all dashes and curly quotes has no emoji (`isEmoji`).
        for u in draft.units where !u.inQuote && u.tokens.holdsSymbolPastPunctuation {
            let quoted = u.quotedTokens
            // Only symbols past ASCII can be emoji: found on the stored records, the rest passed unread.
            var next = u.tokens.firstSymbolPastASCII(from: 0)
            while let k = next {
                guard !quoted[k], Self.isEmoji(u.tokens[k]) else { next = u.tokens.firstSymbolPastASCII(from: k + 1); continue }
                // One finding per run: a flag's two halves, a skin tone, or "🎉🎉" written together.
                var end = k + 1
                while end < u.tokens.count, u.tokens[end].range.lowerBound == u.tokens[end - 1].range.upperBound,
                      Self.isEmoji(u.tokens[end]) || Self.extends(u.tokens[end]) { end += 1 }
                // In a heading an emoji decorates a writer's own notes more often than it replaces words:
                // a step below the rule's severity there.
                if u.isHeading {
                    ctx.report(u.sourceRange(tokens: k..<end), "emoji in a heading; the heading's words carry it alone",
                               help: "e.g. \"## Result\" without \"✅\"", severity: ctx.severity == .error ? .warning : .suggestion)
                } else {
                    ctx.report(u.sourceRange(tokens: k..<end), "emoji in prose; say it in words or cut it",
                               help: "e.g. \"orders ship the same day\" without \"🚚\"")
                }
                next = u.tokens.firstSymbolPastASCII(from: end)
            }
        }
    }

    /// Symbols that read as text even though Unicode lists them as emoji-capable.
    static let textSymbols: Set<UInt32> = [0xA9, 0xAE, 0x2122, 0x2022, 0x2013, 0x2014, 0x2192, 0x2190, 0x2194, 0x2191, 0x2193]

    /// A symbol token drawn as an emoji: emoji presentation by default, or an emoji-capable symbol from the
    /// pictograph blocks or the Miscellaneous Symbols/Dingbats blocks asked for with U+FE0F.
    static func isEmoji(_ t: Token) -> Bool {
        // One ASCII byte (most symbols: punctuation) is never one, and is told without reading the key.
        guard t.kind == .symbol, t.isLongerThanOneByte, let first = t.key.unicodeScalars.first else { return false }
        let v = first.value
        // Dashes, curly quotes and the rest of General Punctuation, the symbols past ASCII prose has most:
        // none is drawn as an emoji by default, and none lies in the blocks below that ask for U+FE0F.
        if v < 0x80 || TokenList.generalPunctuation.contains(v) || textSymbols.contains(v) { return false }
        if first.properties.isEmojiPresentation { return true }
        let asksEmoji = t.key.unicodeScalars.contains { $0.value == 0xFE0F }
        if (0x1F000...0x1FAFF).contains(v) { return first.properties.isEmoji }
        if (0x2600...0x27BF).contains(v) || (0x2B00...0x2BFF).contains(v) || (0x2190...0x21FF).contains(v) || (0x2300...0x23FF).contains(v) {
            return first.properties.isEmoji && asksEmoji
        }
        return false
    }

    /// Pieces that continue the emoji before them: skin tones, tag characters, selectors and joiners.
    static func extends(_ t: Token) -> Bool {
        guard t.kind == .symbol, t.isLongerThanOneByte, let first = t.key.unicodeScalars.first else { return false }
        let v = first.value
        return first.properties.isEmojiModifier || (0xE0020...0xE007F).contains(v) || v == 0xFE0F || v == 0x200D || v == 0x20E3
    }
}
