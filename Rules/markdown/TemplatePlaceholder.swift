import DraftAnatomy
import LintCore
import Markdown
import Text

/// A skeleton from `prfaq init --template` marks what to write as `[[Headline]]`: visible in every
/// preview, and never real prose, so what is left of them can be counted exactly. One finding says how
/// many are left; the other rules' findings on an unfilled skeleton would only restate it.
struct TemplatePlaceholder: Rule {
    let description = RuleDescription(
        id: "markdown/template-placeholder",
        summary: "Template placeholders ([[…]]) left in the draft",
        rationale: """
            The skeletons `prfaq init --template` writes mark each thing to write as `[[…]]`. A draft sent \
            with one left is a draft with a hole the reader finds first. The finding counts what is left and \
            points at the first one.
            """,
        severity: .warning,
        triggering: [
            RuleExample("# ⟦[[Headline]]⟧\n\nParents rebuild the same grocery order every week. [[Problem paragraph.]]\n"),
        ],
        nonTriggering: [
            RuleExample("# Reorder in one tap\n\nParents rebuild the same grocery order every week [1]. See [the notes] for more.\n"),
        ])

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        var found = [(range: Range<Int>, text: String)]()
        // The assessment skeleton's `prompt: "[[Paste the prompt here]]"` in front matter counts too.
        if let fm = draft.document.frontMatter {
            for (k, line) in fm.yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.hasPrefix("prompt:") && line.contains("[[") && line.contains("]]") {
                found.append((draft.lineRange(fm.firstLine + k), "prompt"))
            }
        }
        for unit in draft.units {
            for r in Self.placeholders(in: unit.prose) { found.append((unit.prose.sourceRange(r), unit.prose.string(r))) }
        }
        guard let first = found.first else { return }
        let names = found.prefix(3).map(\.text).joined(separator: ", ") + (found.count > 3 ? ", …" : "")
        let message = found.count == 1 ? "a template placeholder is left: \(names)"
            : "\(found.count) template placeholders are left: \(names)"
        ctx.report(first.range, message, help: "replace each [[…]] with your own text, or delete it")
    }

    /// Scalar ranges of `[[…]]` runs on one line of a unit's prose (brackets included).
    static func placeholders(in prose: Prose) -> [Range<Int>] {
        var out = [Range<Int>]()
        prose.withScalars { s in
            var i = 0
            while i + 3 < s.count {
                guard s[i] == "[", s[i + 1] == "[" else { i += 1; continue }
                var j = i + 2
                while j + 1 < s.count, s[j] != "]", s[j] != "[", s[j] != "\n" { j += 1 }
                if j + 1 < s.count, j > i + 2, s[j] == "]", s[j + 1] == "]" {
                    out.append(i..<(j + 2))
                    i = j + 2
                } else {
                    i = j
                }
            }
        }
        return out
    }
}
