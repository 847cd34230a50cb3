import DraftAnatomy
import LintCore

/// An exclamation mark asks the reader to feel excited instead of giving them a reason to be; in a
/// business document it reads as hype.
struct Exclamation: Rule {
    let description = RuleDescription(
        id: "markdown/exclamation",
        summary: "An exclamation mark in prose",
        rationale: """
            Amazon's writing guidance keeps exclamation marks out of narratives and press releases: the \
            figures should carry the excitement. End the sentence with a full stop and add the number that \
            makes it remarkable. A customer's quoted words may keep theirs.
            """,
        severity: .warning,
        triggering: [
            RuleExample("Night-shift pick rates rose by 30%⟦!⟧"),
            RuleExample("Sign up today at https://example.com⟦!⟧ It takes 2 minutes."),
        ],
        nonTriggering: [
            RuleExample("Night-shift pick rates rose from 86 to 112 units an hour."),
            RuleExample("“This saved my Monday!” said Ana, a store manager. Set `retries != 0` to retry."),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        for u in draft.units where !u.inQuote {
            let quoted = u.quotedTokens
            // From one "!" to the next, read from the stored records.
            var next = u.tokens.firstSymbol("!", from: 0)
            while let k = next {
                guard !quoted[k] else { next = u.tokens.firstSymbol("!", from: k + 1); continue }
                var end = k + 1
                while end < u.tokens.count, u.tokens[end].is("!"),
                      u.tokens[end].range.lowerBound == u.tokens[end - 1].range.upperBound { end += 1 }
                // "!=" is an operator written in prose, not an exclamation.
                if end < u.tokens.count, u.tokens[end].is("="), u.tokens[end].range.lowerBound == u.tokens[end - 1].range.upperBound {
                    next = u.tokens.firstSymbol("!", from: end + 1)
                    continue
                }
                ctx.report(u.sourceRange(tokens: k..<end), "exclamation mark in prose; end with a full stop",
                           help: "let the content make the point: \"rose by 30%!\" → \"rose from 86 to 112 units an hour.\"")
                next = u.tokens.firstSymbol("!", from: end)
            }
        }
    }
}
