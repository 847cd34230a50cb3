import DraftAnatomy
import LintCore
import Text

/// A press release about "we" and "our" is about the company; customers read for "you".
struct WeOverYou: Rule {
    let description = RuleDescription(
        id: "customer/we-over-you",
        summary: "The press release talks about us more than about the customer",
        rationale: """
            Press releases written from the customer's side say "you" and "customers". When "we" and "our" \
            outnumber them, the text describes the team's work instead of the customer's gain.
            """,
        severity: .suggestion,
        profiles: [.prfaq],
        options: [RuleOption("min-we", .int(5), "fewest we/our/us before the balance is judged")],
        scope: .document,
        triggering: [
            RuleExample("⟦# Our New Ledger⟧\n\nSEATTLE — May 3, 2027 — We built our ledger. We moved our data. We rewrote our code. We are proud of our work.\n", profile: .prfaq),
        ],
        nonTriggering: [
            RuleExample("# Payouts the Next Morning\n\nSEATTLE — May 3, 2027 — Sellers get paid the next morning. You see every payout in the app.\n", profile: .prfaq),
        ])

    /// Both sets' words, for the walk that finds them.
    static let weOrYou = WordSet(we.words + you.words)
    static let we: WordSet = ["we", "our", "us", "we're", "we've", "we'll", "ours"]
    static let you: WordSet = CustomerWords.all

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let a = draft.anatomy
        guard a.hasPressRelease, !a.pressRelease.isEmpty else { return }
        var w = 0, y = 0
        for u in a.pressRelease {
            let unit = draft.units[u]
            let quoted = unit.quotedTokens
            // The words of either set found on the records; the rest are turned away unread.
            let t = unit.tokens
            var next = 0
            while let k = t.firstWord(in: Self.weOrYou, from: next) {
                next = k + 1
                guard !quoted[k] else { continue }
                if Self.we.contains(t[k]) { w += 1 } else if Self.you.contains(t[k]) { y += 1 }
            }
        }
        guard w >= ctx.int("min-we"), w > y else { return }
        ctx.report(draft.lineRange(ofUnit: a.pressRelease.lowerBound),
                   "the press release says we/our/us \(w) times and names the customer \(y) times",
                   help: "rewrite from the customer's side: \"You see every payout\" rather than \"We built a dashboard\"")
    }
}
