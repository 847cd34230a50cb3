import DraftAnatomy
import Foundation
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
            // Brackets written as entities are brackets in the prose.
            RuleExample("# Reorder in one tap\n\nParents rebuild the same grocery order. ⟦&#91;&#91;Problem&#93;&#93;⟧\n"),
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
        let bytes = draft.source.bytes
        for unit in draft.units where Self.mayHoldBracket(bytes, unit.prose.sourceRange(0..<unit.prose.count)) {
            for r in Self.placeholders(in: unit.prose) { found.append((unit.prose.sourceRange(r), unit.prose.string(r))) }
        }
        guard let first = found.first else { return }
        let names = found.prefix(3).map(\.text).joined(separator: ", ") + (found.count > 3 ? ", …" : "")
        let message = found.count == 1 ? "a template placeholder is left: \(names)"
            : "\(found.count) template placeholders are left: \(names)"
        ctx.report(first.range, message, help: "replace each [[…]] with your own text, or delete it")
    }

    /// Whether a block's source can give its prose a "[": a "[" byte, or an entity ("&#91;"). Reading
    /// its bytes for two values is a fraction of reading its scalars for brackets, and most blocks have
    /// neither. `memchr` for each: every byte of every block passes here.
    static func mayHoldBracket(_ bytes: [UInt8], _ span: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            let lo = max(0, min(span.lowerBound, b.count)), hi = max(lo, min(span.upperBound, b.count))
            guard hi > lo, let base = b.baseAddress.map({ UnsafeRawPointer($0 + lo) }) else { return false }
            return memchr(base, 0x5B, hi - lo) != nil || memchr(base, 0x26, hi - lo) != nil
        }
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
