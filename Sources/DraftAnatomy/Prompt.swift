import Markdown
import Text

/// The prompt a written assessment (or a STAR answer) responds to, from front matter `prompt:` or
/// `--prompt`, split into the parts a reader checks off: each question, and each "and what…" inside one.
/// A part is answered where a section (its heading and prose) or a paragraph uses most of its words.
public struct Prompt: Sendable {
    public struct Part: Sendable {
        /// The part as the prompt words it ("what was the outcome").
        public let text: String
        /// Its content words, stemmed, with synonyms folded ("outcome" and "result" are one).
        public let words: Set<String>
    }

    public let text: String
    public let parts: [Part]
    static let maxCharacters = 4_000
    static let maxParts = 40
    /// Every part's words: what stating the prompt up front repeats.
    public var words: Set<String> { parts.reduce(into: Set<String>()) { $0.formUnion($1.words) } }

    /// Nil when the text holds no part with a content word.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        // A template's "[[Paste the prompt here]]" is no prompt yet (markdown/template-placeholder says so).
        if trimmed.hasPrefix("[["), trimmed.hasSuffix("]]") { return nil }
        var parts = [Part]()
        // A prompt is a paragraph; a front matter that pastes a book into `prompt:` gets its first parts
        // checked, so the cost stays bounded by the draft's size.
        for piece in Self.pieces(String(trimmed.prefix(Self.maxCharacters))) where parts.count < Self.maxParts {
            let words = Set(Self.contentWords(piece).filter { !Self.instructionStems.contains($0) })
            if !words.isEmpty { parts.append(Part(text: piece, words: words)) }
        }
        guard !parts.isEmpty else { return nil }
        self.text = trimmed
        self.parts = parts
    }

    // MARK: splitting

    /// Sentences and questions, then "…, and what…" / "… and how…" inside one.
    static func pieces(_ text: String) -> [String] {
        var out = [String]()
        var current = ""
        for ch in text {
            if ch == "?" || ch == "." || ch == ";" || ch == "!" || ch == "\n" {
                out.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        out.append(current)
        return out.flatMap(splitList).flatMap(splitAtQuestionWords)
            .map { $0.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) }
            .filter { !$0.isEmpty }
    }

    /// "State the customer problem, your proposal, how you will measure success, and the risks": a list
    /// of three or more items is one part per item (a single "and" may join one idea: "pros and cons").
    static func splitList(_ s: String) -> [String] {
        let items = s.split(separator: ",").map(String.init)
        guard items.count >= 3 else { return [s] }
        return items.map { item in
            let t = item.trimmingCharacters(in: .whitespaces)
            for lead in ["and ", "or "] where t.lowercased().hasPrefix(lead) { return String(t.dropFirst(lead.count)) }
            return t
        }
    }

    /// "What did you do and what was the outcome" → two parts; "pros and cons" stays one.
    static func splitAtQuestionWords(_ s: String) -> [String] {
        let tokens = s.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var out = [[String]]()
        var current = [String]()
        for (i, t) in tokens.enumerated() {
            let lower = t.lowercased().trimmingCharacters(in: .punctuationCharacters)
            let joins = lower == "and" || lower == "or" || t.hasSuffix(",")
            if joins, i + 1 < tokens.count, opensQuestion(tokens[i + 1]), !current.isEmpty {
                if lower != "and" && lower != "or" { current.append(String(t.dropLast())) }
                out.append(current)
                current = []
                continue
            }
            current.append(t)
        }
        out.append(current)
        return out.filter { !$0.isEmpty }.map { $0.joined(separator: " ") }
    }

    static func opensQuestion(_ word: String) -> Bool {
        let w = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
        return ["what", "how", "why", "who", "when", "which", "where", "describe", "explain", "include", "share"].contains(w)
    }

    // MARK: words

    /// Words of a prompt that say what to do, not what about: they are not looked for in the answer.
    /// A part that sets the premise rather than asking for a section: "Pick an Amazon product you use",
    /// "Propose a new feature for an app you use".
    static func isPremise(_ part: Part) -> Bool {
        let first = part.text.split(separator: " ").first.map { $0.lowercased() } ?? ""
        return premiseVerbs.contains(first)
    }
    static let premiseVerbs: Set<String> = ["pick", "choose", "select", "propose", "imagine", "take", "consider", "think"]

    /// The instructions as `contentWords` gives them ("describe" as "describ"), which is how they are met.
    static let instructionStems = Set(instructions.map { fold(stem($0)) })
    static let instructions: Set<String> = [
        "tell", "describe", "explain", "discuss", "share", "give", "provide", "include", "walk", "please", "example",
        "specific", "detail", "time", "would", "could", "should", "will", "did", "does", "do", "what", "how", "why",
        "who", "when", "which", "where", "you", "your", "yourself", "u", "me", "about", "answer", "question",
        "response", "use", "using", "written", "write", "page", "word", "made", "make", "making",
        // Degree, not topic: "the biggest risks" is answered by the risks.
        "biggest", "main", "key", "top", "major", "primary", "greatest", "largest", "most", "important", "least",
    ]

    /// Content words of a text, stemmed and folded, function words dropped.
    public static func contentWords(_ text: String) -> [String] {
        var out = [String]()
        var word = ""
        func flush() {
            if !word.isEmpty, !FunctionWords.all.contains(word) { out.append(fold(stem(word))) }
            word = ""
        }
        for u in text.lowercased().unicodeScalars {
            if (u >= "a" && u <= "z") || (u >= "0" && u <= "9") { word.unicodeScalars.append(u) } else if u == "'" || u == "’" {
                continue
            } else { flush() }
        }
        flush()
        return out
    }

    /// A light stem: plurals and the common verb endings, so "metrics" meets "metric" and "launched" meets
    /// "launch". Folded before and after, so a synonym is found in either form.
    static func stem(_ w: String) -> String {
        if synonyms[w] != nil || w.count <= 3 { return w }
        var t = w
        if t.hasSuffix("ies"), t.count > 4 { t = String(t.dropLast(3)) + "y" }
        else if t.hasSuffix("sses") { t = String(t.dropLast(2)) }
        else if ["xes", "ches", "shes"].contains(where: t.hasSuffix) { t = String(t.dropLast(2)) }
        else if t.hasSuffix("s"), !t.hasSuffix("ss"), !t.hasSuffix("us"), !t.hasSuffix("is") { t = String(t.dropLast()) }
        for end in ["ing", "ed"] where t.hasSuffix(end) && t.count - end.count >= 3 {
            t = String(t.dropLast(end.count))
            // "cutting" and "planned": the doubled consonant goes too.
            let tail = Array(t.unicodeScalars.suffix(2))
            if tail.count == 2, tail[0] == tail[1], !"aeiouls".unicodeScalars.contains(tail[0]) { t.removeLast() }
            break
        }
        // "propose", "proposes" and "proposed" meet at "propos".
        if t.hasSuffix("e"), t.count > 4 { t = String(t.dropLast()) }
        return t
    }

    /// Words an answer uses for what a prompt asks ("outcome" is answered by a "Result").
    static func fold(_ w: String) -> String { synonyms[w] ?? w }
    static let synonyms: [String: String] = [
        "outcome": "result", "impact": "result", "learn": "lesson", "learnt": "lesson", "takeaway": "lesson",
        "measure": "metric", "measur": "metric", "measurement": "metric", "kpi": "metric", "approach": "plan",
        "strategy": "plan", "user": "customer", "client": "customer", "downside": "risk", "drawback": "risk",
        "tradeoff": "risk", "goal": "success", "target": "success", "objective": "success",
        // "a decision you made" is answered by "how I decided"; "with incomplete data" by "before the data
        // was complete": the topic, whichever way it is put.
        "decision": "decid", "incomplete": "complet", "unknown": "known", "uncertain": "certain",
    ]

    // MARK: coverage

    /// Where each part is answered: the section (by index) that uses most of its words, or nil. A part of
    /// one or two words needs all of them; a longer one, half.
    public func coverage(in draft: Draft) -> [(part: Part, section: Int?)] {
        var unitWords = draft.units.map { Set(Self.contentWords($0.text)) }
        // A paragraph that quotes the prompt ("Prompt: …") states it; it answers none of it.
        let all = words
        let quoting = unitWords.indices.filter { unitWords[$0].intersection(all).count * 5 >= all.count * 4 }
        for u in quoting { unitWords[u] = [] }
        let quoted = Set(quoting)
        // The title's section holds the whole draft: words scattered across it answer nothing, so it
        // counts only its own paragraphs.
        let sectionWords = draft.sections.map { s in
            let units = (s.heading.map { [$0] } ?? []) + Array(s.level <= 1 ? s.ownUnits : s.allUnits)
            return Set(units.filter { !quoted.contains($0) }.flatMap { Self.contentWords(draft.units[$0].text) })
        }
        return parts.map { part in
            let need = part.words.count <= 2 ? part.words.count : (part.words.count + 1) / 2
            // The deepest section that holds the words names where the answer is.
            var best: Int?
            for (i, w) in sectionWords.enumerated() where w.intersection(part.words).count >= need {
                if best == nil || draft.sections[i].level > draft.sections[best ?? 0].level { best = i }
            }
            if best == nil, let u = unitWords.indices.first(where: { unitWords[$0].intersection(part.words).count >= need }) {
                best = draft.units[u].section
            }
            // "Describe the customer and the problem": "## The customer" then "## The problem" answer it
            // together, each naming half.
            if best == nil {
                for i in draft.sections.indices.dropLast() where draft.sections[i].level == draft.sections[i + 1].level
                    && sectionWords[i].union(sectionWords[i + 1]).intersection(part.words).count >= need {
                    best = i
                    break
                }
            }
            // "Pick an Amazon product you use": the premise, which the draft's title and opening take up.
            if best == nil, Self.isPremise(part), let first = draft.units.indices.first {
                let opening = draft.units.indices.filter { !draft.units[$0].isHeading }.prefix(2) + [first]
                if opening.contains(where: { unitWords[$0].intersection(part.words).count >= 1 }) { best = draft.units[first].section }
            }
            return (part, best)
        }
    }
}
