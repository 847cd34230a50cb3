import DraftAnatomy
import LintCore
import Settings
import Text

/// A team that has settled "use, not leverage" wants every draft to say so, in the editor, the CLI and CI
/// alike: the substitutions come from `vocabulary: reject:` in `.prfaq.yml`, one list for all three.
struct TeamVocabulary: Rule {
    let description = RuleDescription(
        id: "clarity/team-vocabulary",
        summary: "A word the team's vocabulary rejects",
        rationale: """
            A team settles its own words: the product's name as customers say it, the plain word for a \
            buzzword its leaders dislike. `vocabulary: reject:` in .prfaq.yml lists them (`{phrase: \
            leverage, use: use}`, or a phrase alone), and this rule reports each use with the team's \
            replacement as a safe fix. With no list it reports nothing.
            """,
        severity: .warning,
        fixable: true,
        triggering: [
            RuleExample("---\nprfaq:\n  vocabulary:\n    reject: [{phrase: leverage, use: use}, {phrase: Project Falcon, use: One-Tap Reorder}]\n---\n\nWe ⟦leverage⟧ last week's basket.\n\n⟦Project Falcon⟧ ships in May.\n"),
            RuleExample("---\nprfaq:\n  vocabulary:\n    reject: [synergy]\n---\n\nThe teams find ⟦synergy⟧ in one queue.\n"),
        ],
        nonTriggering: [
            RuleExample("We reuse last week's basket."),
            RuleExample("---\nprfaq:\n  vocabulary:\n    reject: [{phrase: leverage, use: use}]\n---\n\nWe use last week's basket.\n"),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let list = ctx.vocabulary.reject
        guard !list.isEmpty else { return }
        // The word lists' own matcher: one hash lookup a token, longest phrase first.
        let matcher = PhraseMatcher(entries: list.map { s in
            PhraseEntry(words: s.phrase.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init),
                        replacement: s.use.isEmpty ? nil : s.use)
        })
        for unit in draft.units where !unit.inQuote {
            for m in matcher.matches(in: unit, quoted: unit.quotedTokens) {
                let use = matcher.entries[m.entry].replacement ?? ""
                let range = unit.sourceRange(tokens: m.tokens)
                let said = draft.text(range)
                let fix = use.isEmpty ? nil : Fix(range: range, replacement: Self.cased(use, like: said))
                ctx.report(range, use.isEmpty ? "the team's vocabulary rejects \"\(said)\"" : "the team writes \"\(use)\", not \"\(said)\"",
                           help: use.isEmpty ? "say it another way (vocabulary: reject: in .prfaq.yml)"
                                             : "write \"\(use)\" (vocabulary: reject: in .prfaq.yml)",
                           fix: fix)
            }
        }
    }

    /// The replacement with the capital the replaced text opens with: "Leverage" → "Use".
    static func cased(_ use: String, like said: String) -> String {
        guard let first = said.first, first.isUppercase, let u = use.first, u.isLowercase else { return use }
        return u.uppercased() + use.dropFirst()
    }
}
