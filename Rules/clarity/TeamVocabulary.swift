import DraftAnatomy
import LintCore
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
        // Phrases by their first word, as lower-case word keys.
        var byFirst = [String: [(words: [String], use: String)]]()
        for s in list {
            let words = s.phrase.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let first = words.first else { continue }
            byFirst[first, default: []].append((words, s.use))
        }
        for unit in draft.units where !unit.inQuote {
            let t = unit.tokens
            var k = 0
            while k < t.count {
                guard t[k].kind == .word, let candidates = byFirst[t[k].key],
                      let hit = candidates.first(where: { c in
                          k + c.words.count <= t.count && c.words.indices.allSatisfy { t[k + $0].kind == .word && t[k + $0].key == c.words[$0] }
                      }) else { k += 1; continue }
                let range = unit.sourceRange(tokens: k..<(k + hit.words.count))
                let said = draft.text(range)
                let fix = hit.use.isEmpty ? nil : Fix(range: range, replacement: Self.cased(hit.use, like: said))
                ctx.report(range, hit.use.isEmpty ? "the team's vocabulary rejects \"\(said)\""
                                                  : "the team writes \"\(hit.use)\", not \"\(said)\"",
                           help: hit.use.isEmpty ? "say it another way (vocabulary: reject: in .prfaq.yml)"
                                                 : "write \"\(hit.use)\" (vocabulary: reject: in .prfaq.yml)",
                           fix: fix)
                k += hit.words.count
            }
        }
    }

    /// The replacement with the capital the replaced text opens with: "Leverage" → "Use".
    static func cased(_ use: String, like said: String) -> String {
        guard let first = said.first, first.isUppercase, let u = use.first, u.isLowercase else { return use }
        return u.uppercased() + use.dropFirst()
    }
}
