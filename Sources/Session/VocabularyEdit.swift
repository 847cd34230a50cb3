import Foundation

/// Adds a word to `vocabulary: accept:` in a `.prfaq.yml` as one small text insertion, so the file keeps
/// its comments, order and layout (re-serialising the YAML would lose them): into a flow list
/// (`accept: [GMV]` → `accept: [GMV, ASIN]`), after the last item of a block list, as a new `accept:`
/// under an existing `vocabulary:`, or as a new `vocabulary:` at the end.
public enum VocabularyEdit {
    /// Where to insert (a byte offset into `yaml`) and what.
    public struct Insertion: Equatable, Sendable {
        public let offset: Int
        public let text: String
    }

    public static func accepting(_ word: String, in yaml: String) -> Insertion {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var offsets = [Int]()
        var at = 0
        for l in lines {
            offsets.append(at)
            at += l.utf8.count + 1
        }
        let item = quoted(word)
        guard let v = lines.firstIndex(where: { $0.hasPrefix("vocabulary:") }) else {
            let end = yaml.utf8.count
            let lead = yaml.isEmpty || yaml.hasSuffix("\n") ? "" : "\n"
            return Insertion(offset: end, text: lead + "vocabulary:\n  accept: [\(item)]\n")
        }
        // The vocabulary block: the lines after it that are indented, blank or comments.
        var end = v + 1
        while end < lines.count, lines[end].isEmpty || lines[end].hasPrefix(" ") || lines[end].hasPrefix("#") { end += 1 }
        if let a = (v + 1..<end).first(where: { lines[$0].trimmingCharacters(in: .whitespaces).hasPrefix("accept:") }) {
            let line = lines[a]
            let afterKey = line.range(of: "accept:").map { String(line[$0.upperBound...]) } ?? ""
            let value = afterKey.split(separator: "#", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if value.hasPrefix("["), let close = line.lastIndex(of: "]") {
                // A flow list: before its closing bracket.
                let inner = value.dropFirst().prefix { $0 != "]" }.trimmingCharacters(in: .whitespaces)
                let offset = offsets[a] + line[..<close].utf8.count
                return Insertion(offset: offset, text: inner.isEmpty ? item : ", " + item)
            }
            // A block list: after its last "- item" line, at that line's indent.
            var last = a
            var indent = String(line.prefix { $0 == " " }) + "  "
            for j in (a + 1)..<end {
                let t = lines[j].trimmingCharacters(in: .whitespaces)
                if t.hasPrefix("- ") {
                    last = j
                    indent = String(lines[j].prefix { $0 == " " })
                } else if !t.isEmpty && !t.hasPrefix("#") { break }
            }
            return Insertion(offset: offsets[last] + lines[last].utf8.count, text: "\n" + indent + "- " + item)
        }
        let indent = (v + 1..<end).map { lines[$0] }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("#") }
            .map { String($0.prefix { $0 == " " }) } ?? "  "
        return Insertion(offset: offsets[v] + lines[v].utf8.count, text: "\n" + indent + "accept: [" + item + "]")
    }

    /// The word as a YAML scalar: plain when it can be, else double-quoted.
    static func quoted(_ w: String) -> String {
        let plain = !w.isEmpty && w.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "." || $0 == "/" }
            && w.first.map { $0.isLetter || $0.isNumber } == true && w.last != " "
        return plain ? w : "\"" + w.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
