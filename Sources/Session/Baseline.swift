import Foundation
import LintCore
import Markdown
import Settings

/// The findings a team has accepted, so that a long-lived docs repository can adopt prfaq and hear only
/// about what is new (SwiftLint's baseline is the model). A finding is known by its file, its rule and a
/// fingerprint of the text it flags and the line around it, not by its line number: lines inserted above
/// it do not make it new. The same finding twice in a file is counted twice.
public struct Baseline {
    public struct Entry: Codable, Hashable, Sendable {
        public let path: String
        public let rule: String
        public let fingerprint: String
        /// Where the finding was when recorded, for a reader of the file; matching ignores it.
        public let line: Int
        public let message: String
    }

    struct Key: Hashable {
        let path: String
        let rule: String
        let fingerprint: String
    }

    public private(set) var entries: [Entry]
    /// The folder entries' paths are relative to: the baseline file's, so the same file serves a run from
    /// the repository's root, one from a subfolder and the editor (which names drafts by absolute path).
    public let root: String

    public init(entries: [Entry], root: String) {
        self.entries = entries
        self.root = ConfigLoader.absolute(root)
    }

    /// Today's findings, as `--write-baseline FILE` records them.
    public init(results: [FileResult], file: String) {
        root = Self.folder(of: file)
        entries = []
        entries = results.flatMap { r -> [Entry] in
            guard let source = r.source else { return [] }
            return r.diagnostics.map { entry($0, path: r.path, source: source) }
        }
    }

    /// The entry that records a finding.
    public func entry(_ d: Diagnostic, path: String, source: SourceFile) -> Entry {
        Entry(path: key(path), rule: d.rule, fingerprint: Self.fingerprint(d, in: source), line: d.start.line, message: d.message)
    }

    static func folder(of file: String) -> String { (ConfigLoader.absolute(file) as NSString).deletingLastPathComponent }

    struct File: Codable {
        var version: Int
        var tool: String
        var findings: [Entry]
    }

    public struct LoadError: Error, CustomStringConvertible {
        public let description: String
    }

    public static func load(_ path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(description: "\(path): cannot read the baseline")
        }
        do {
            let file = try JSONDecoder().decode(File.self, from: data)
            guard file.version == 1 else { throw LoadError(description: "\(path): baseline version \(file.version) is not 1") }
            return Baseline(entries: file.findings, root: folder(of: path))
        } catch let e as LoadError {
            throw e
        } catch {
            throw LoadError(description: "\(path): not a prfaq baseline (JSON with version and findings)")
        }
    }

    /// The baseline as JSON, one finding per line, sorted so that a change to it reads well in a diff.
    public func encoded() -> [UInt8] {
        let sorted = entries.sorted { ($0.path, $0.line, $0.rule, $0.fingerprint) < ($1.path, $1.line, $1.rule, $1.fingerprint) }
        var out = "{\n  \"version\": 1,\n  \"tool\": \"prfaq\",\n  \"findings\": ["
        for (i, e) in sorted.enumerated() { out += (i == 0 ? "\n    " : ",\n    ") + Self.line(e) }
        out += sorted.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return Array(out.utf8)
    }

    /// One entry as the file writes it.
    static func line(_ e: Entry) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(e)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// Where to insert `entry` in a baseline file's text, and what, so the file stays valid JSON and keeps
    /// its other lines; nil when the text is not a baseline this way can extend (then: the whole file anew).
    public static func insertion(of entry: Entry, into text: String) -> (offset: Int, text: String)? {
        guard let r = text.range(of: "\"findings\": [") else { return nil }
        let offset = text.utf8.distance(from: text.startIndex, to: r.upperBound)
        let rest = text[r.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\t" }
        return rest.first == "]" ? (offset, "\n    " + line(entry) + "\n  ") : (offset, "\n    " + line(entry) + ",")
    }

    /// A file's findings without those the baseline holds, and how many it held.
    public func filter(_ r: FileResult) -> (result: FileResult, known: Int) {
        guard let source = r.source else { return (r, 0) }
        let path = key(r.path)
        var left = counts(path: path)
        var out = r
        var known = 0
        out.diagnostics = r.diagnostics.filter { d in
            let k = Key(path: path, rule: d.rule, fingerprint: Self.fingerprint(d, in: source))
            guard let n = left[k], n > 0 else { return true }
            left[k] = n - 1
            known += 1
            return false
        }
        return (out, known)
    }

    /// Entries of the linted files that no finding matches any more: fixed, or reworded past recognition.
    public func stale(_ results: [FileResult]) -> [Entry] {
        var found = [Key: Int]()
        var linted = Set<String>()
        for r in results {
            guard let source = r.source else { continue }
            let path = key(r.path)
            linted.insert(path)
            for d in r.diagnostics { found[Key(path: path, rule: d.rule, fingerprint: Self.fingerprint(d, in: source)), default: 0] += 1 }
        }
        var out = [Entry]()
        for e in entries where linted.contains(e.path) {
            let k = Key(path: e.path, rule: e.rule, fingerprint: e.fingerprint)
            if let n = found[k], n > 0 { found[k] = n - 1 } else { out.append(e) }
        }
        return out
    }

    /// The baseline without the given entries (each removed once).
    public func removing(_ gone: [Entry]) -> Baseline {
        var drop = [Entry: Int]()
        for e in gone { drop[e, default: 0] += 1 }
        return Baseline(entries: entries.filter { e in
            guard let n = drop[e], n > 0 else { return true }
            drop[e] = n - 1
            return false
        }, root: root)
    }

    private func counts(path: String) -> [Key: Int] {
        var c = [Key: Int]()
        for e in entries where e.path == path { c[Key(path: e.path, rule: e.rule, fingerprint: e.fingerprint), default: 0] += 1 }
        return c
    }

    /// A draft's path relative to the baseline's folder: "./drafts/a.md", "drafts/a.md" and the editor's
    /// "/repo/drafts/a.md" are one file.
    func key(_ path: String) -> String {
        let a = ConfigLoader.absolute(path).split(separator: "/"), r = root.split(separator: "/")
        var i = 0
        while i < a.count, i < r.count, a[i] == r[i] { i += 1 }
        return (Array(repeating: "..", count: r.count - i) + a[i...].map(String.init)).joined(separator: "/")
    }

    /// What identifies a finding across edits elsewhere: its rule, the text it flags and the sentence that
    /// holds it, spaces folded. A finding about a whole part or the whole document (a span of several
    /// lines) is known by its message instead, with its numbers taken out ("at line 12" moves).
    public static func fingerprint(_ d: Diagnostic, in source: SourceFile) -> String {
        var h = FNV()
        h.add(d.rule)
        let first = source.line(ofByte: d.range.lowerBound)
        let last = source.line(ofByte: max(d.range.lowerBound, d.range.upperBound - 1))
        if first == last {
            h.add(folded(source.text(d.range)))
            h.add(folded(source.text(sentence(around: d.range, in: source))))
        } else {
            h.add(folded(messageKey(d)))
        }
        return h.hex
    }

    /// The sentence that holds a span, by bytes: back to the end of the previous sentence (". ", "? ", "! ")
    /// or the start of the line, on to the end of this one or of the line. An edit to another sentence
    /// of the same paragraph leaves the fingerprint alone.
    static func sentence(around r: Range<Int>, in source: SourceFile) -> Range<Int> {
        let b = source.bytes
        func ends(_ i: Int) -> Bool { (b[i] == 0x2E || b[i] == 0x3F || b[i] == 0x21) && (i + 1 >= b.count || b[i + 1] == 0x20) }
        var lo = min(r.lowerBound, b.count)
        while lo > 0, b[lo - 1] != 0x0A, !(lo >= 2 && b[lo - 1] == 0x20 && ends(lo - 2)) { lo -= 1 }
        var hi = max(r.upperBound, lo)
        while hi < b.count, b[hi] != 0x0A, !(hi > 0 && ends(hi - 1) && hi > r.upperBound - 1) { hi += 1 }
        return lo..<min(hi, b.count)
    }

    /// A finding's message without its numbers ("at line 12" moves with edits elsewhere): what identifies
    /// a finding about a whole part or document, here and for `lint --since`.
    static func messageKey(_ d: Diagnostic) -> String {
        d.rule + "\u{0}" + String(d.message.unicodeScalars.filter { !CharacterSet.decimalDigits.contains($0) })
    }

    /// Whitespace runs as one space, ends trimmed.
    static func folded(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }

    /// FNV-1a, 64 bits: stable across runs and machines, unlike Swift's seeded `Hasher`.
    struct FNV {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        mutating func add(_ s: String) {
            for b in s.utf8 { value = (value ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
            // A byte no UTF-8 text holds ends each field: ("ab", "c") and ("a", "bc") differ.
            value = (value ^ 0xff) &* 0x0000_0100_0000_01b3
        }
        var hex: String {
            let s = String(value, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
    }
}

/// Baselines read once per change of the file: the editor lints on every keystroke.
final class BaselineCache: @unchecked Sendable {
    static let shared = BaselineCache()
    private let lock = NSLock()
    private var loaded = [String: (stamp: FileStamp?, baseline: Baseline)]()

    func baseline(_ path: String) throws -> Baseline {
        let stamp = FileStamp(path: path)
        lock.lock()
        if let hit = loaded[path], hit.stamp != nil, hit.stamp == stamp {
            lock.unlock()
            return hit.baseline
        }
        lock.unlock()
        let b = try Baseline.load(path)
        lock.lock()
        loaded[path] = (stamp, b)
        lock.unlock()
        return b
    }
}
