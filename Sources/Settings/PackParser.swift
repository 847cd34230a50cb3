import DraftAnatomy
import Foundation
import LintCore
import Markdown
import Text
import Yams

/// Reads a rule pack (YAML) into a `PackRule`; every mistake names the file, line and column.
public struct PackParser: Sendable {
    public init() {}

    static let keys = ["id", "kind", "severity", "technical-severity", "profiles", "audience", "summary", "rationale", "message", "help", "in",
                       "exceptions", "phrases", "max", "per", "section", "examples"]
    static let entryKeys = ["phrase", "replace", "help", "message", "unless", "not-after", "not-before", "not-name-or-date", "before-number", "modal", "unless-explained", "modifies-next", "noun-replacement", "unless-compared", "quantity-only", "as-name", "before-claim-figure", "audience", "severity", "placement"]

    /// Several mistakes as one error on one line: the first where it is, then each other by line and column.
    static func together(_ problems: [ConfigError]) -> ConfigError {
        let sorted = problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        guard let first = sorted.first else { return ConfigError(file: "", line: 1, column: 1, message: "invalid rule pack") }
        let rest = sorted.dropFirst().map { "\($0.line):\($0.column): \($0.message)" }
        return ConfigError(file: first.file, line: first.line, column: first.column,
                           message: first.message + (rest.isEmpty ? "" : "; also " + rest.joined(separator: "; ")))
    }

    public func parse(_ yaml: String, file: String) throws -> PackRule {
        let node = try YAMLLoader.compose(yaml, file: file)
        guard let root = node, let map = root.mapping else {
            throw ConfigError(file: file, line: 1, column: 1, message: "a rule pack must be a mapping (id, kind, phrases, …)")
        }
        func fail(_ n: Node, _ m: String) -> ConfigError {
            ConfigError(file: file, line: n.mark?.line ?? 1, column: n.mark?.column ?? 1, message: m)
        }
        func string(_ key: String, required: Bool = false) throws -> String? {
            guard let n = map[key] else {
                if required { throw fail(root, "missing required key \"\(key)\"") }
                return nil
            }
            guard let s = n.string else { throw fail(n, "\"\(key)\" must be a string") }
            return s
        }
        func strings(_ n: Node, _ what: String) throws -> [String] {
            if let s = n.string { return [s] }
            guard let seq = n.sequence else { throw fail(n, "\"\(what)\" must be a list of strings") }
            return try seq.map { i in guard let s = i.string else { throw fail(i, "\"\(what)\" must be a list of strings") }; return s }
        }

        // The mistakes a pack's head can have are all found before any is reported: a pack with four of
        // them once took four runs to fix.
        var problems = [ConfigError]()
        for (k, _) in map {
            guard let key = k.string, Self.keys.contains(key) else {
                problems.append(fail(k, "unknown key \"\(k.string ?? "?")\"\(Suggest.didYouMean(k.string ?? "", Self.keys))"))
                continue
            }
        }
        let id = try string("id", required: true) ?? ""
        if !RuleID.isValid(id), let n = map["id"] {
            problems.append(fail(n, "rule id \"\(id)\" must be CATEGORY/kebab-name: lower-case letters, digits and hyphens"))
        }
        let kindName = try string("kind") ?? "existence"
        let kind = PackRule.Kind(rawValue: kindName)
        if kind == nil, let n = map["kind"] {
            problems.append(fail(n, "unknown kind \"\(kindName)\"\(Suggest.didYouMean(kindName, PackRule.Kind.allCases.map(\.rawValue)))"))
        }
        let sevName = try string("severity") ?? "warning"
        let severity = Severity(rawValue: sevName)
        if severity == nil, let n = map["severity"] {
            problems.append(fail(n, "unknown severity \"\(sevName)\"; use error, warning or suggestion"))
        }
        var technicalSeverity: Severity? = nil
        if let t = try string("technical-severity") {
            technicalSeverity = Severity(rawValue: t)
            if technicalSeverity == nil, let n = map["technical-severity"] {
                problems.append(fail(n, "unknown severity \"\(t)\"; use error, warning or suggestion"))
            }
        }
        guard problems.isEmpty, let kind, let severity else { throw Self.together(problems) }
        var profiles = Profile.all
        if let p = map["profiles"] {
            profiles = []
            for name in try strings(p, "profiles") {
                guard let prof = Profile(rawValue: name) else { throw fail(p, "unknown profile \"\(name)\"; use prfaq, narrative or star") }
                profiles.insert(prof)
            }
        }
        var audiences = Audience.all
        if let a = map["audience"] {
            audiences = []
            for name in try strings(a, "audience") {
                guard let reader = Audience(rawValue: name) else {
                    throw fail(a, "unknown audience \"\(name)\"\(Suggest.didYouMean(name, Audience.allCases.map(\.rawValue))); use general or technical")
                }
                audiences.insert(reader)
            }
        }
        let regionName = try string("in") ?? "anywhere"
        guard let region = PackRule.Region(rawValue: regionName) else {
            throw fail(map["in"]!, "unknown region \"\(regionName)\"; use \(PackRule.Region.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var entries = [PhraseEntry]()
        var warnings = [ConfigError]()
        if let ps = map["phrases"] {
            guard let seq = ps.sequence else { throw fail(ps, "\"phrases\" must be a list") }
            for item in seq {
                let e = try entry(item, kind: kind, fail)
                if let word = e.words.indices.first(where: { !Self.isOneToken(e.words[$0], first: $0 == 0) }).map({ e.words[$0] }) {
                    let shown = e.words.joined(separator: " ")
                    warnings.append(fail(item, "the phrase \"\(shown)\" can never match: prfaq matches whole words, and \"\(word)\" reads as \(Self.reading(word)) (regular expressions and punctuation are not supported)"))
                }
                entries.append(e)
            }
        }
        if kind != .requiredSection && entries.isEmpty { throw fail(root, "a \(kind.rawValue) pack needs a non-empty \"phrases\" list") }
        let exceptions = try map["exceptions"].map { try strings($0, "exceptions") } ?? []
        var maxCount = 0
        if let m = map["max"] {
            guard let v = m.int, v >= 0 else { throw fail(m, "\"max\" must be a whole number") }
            maxCount = v
        } else if kind == .occurrence { throw fail(root, "an occurrence pack needs \"max\"") }
        let per = try string("per") ?? "document"
        guard per == "document" || per == "section" else { throw fail(map["per"]!, "\"per\" must be document or section") }
        let sections = try map["section"].map { try strings($0, "section") } ?? []
        if kind == .requiredSection && sections.isEmpty { throw fail(root, "a required-section pack needs \"section\" names") }

        var fails = [RuleExample](), passes = [RuleExample]()
        if let ex = map["examples"] {
            guard let em = ex.mapping else { throw fail(ex, "\"examples\" must map fail/pass to lists") }
            for (k, v) in em {
                guard let key = k.string, key == "fail" || key == "pass" else { throw fail(k, "examples take \"fail\" and \"pass\"") }
                let list = try strings(v, "examples.\(key)").map { RuleExample($0) }
                if key == "fail" { fails = list } else { passes = list }
            }
        }
        let defaultMessage: String
        switch kind {
        case .existence: defaultMessage = "avoid \"{match}\""
        case .substitution: defaultMessage = "write \"{replacement}\" instead of \"{match}\""
        case .occurrence: defaultMessage = "\"{match}\" appears more than {max} times"
        case .requiredSection: defaultMessage = "missing section \"{section}\""
        }
        let description = RuleDescription(
            id: id, summary: try string("summary") ?? id, rationale: try string("rationale") ?? "",
            severity: severity, profiles: profiles, audiences: audiences, options: [],
            scope: kind == .requiredSection || kind == .occurrence ? .document : .text,
            fixable: kind == .substitution && entries.contains { !($0.replacement ?? "").isEmpty },
            triggering: fails, nonTriggering: passes)
        let words = { (s: String) in s.split(whereSeparator: { $0 == " " }).map { Tokenizer.lower(String($0)) } }
        return PackRule(description: description, kind: kind,
                        matcher: PhraseMatcher(entries: entries, exceptions: exceptions.map(words)),
                        message: try string("message") ?? defaultMessage, help: try string("help"), region: region,
                        max: maxCount, perSection: per == "section", sectionNames: sections,
                        technicalSeverity: technicalSeverity, warnings: warnings)
    }

    /// Whether a phrase's word is one token as a draft's text is read: phrases match whole tokens (a
    /// word, or after the first word a symbol such as "&"), so "c++", "a.*b" or "24/7" would never match.
    static func isOneToken(_ w: String, first: Bool) -> Bool {
        let t = Tokenizer.tokens(Prose(plain: w))
        return t.count == 1 && t[0].key == w && (t[0].kind == .word || (!first && t[0].kind == .symbol))
    }

    /// How the tokenizer reads a phrase's word, for the warning: "\"c\", \"+\", \"+\"".
    static func reading(_ w: String) -> String {
        let prose = Prose(plain: w)
        let parts = Tokenizer.tokens(prose).map { "\"\(prose.string($0.range))\"" }
        return parts.isEmpty ? "nothing" : parts.joined(separator: ", ")
    }

    private func entry(_ n: Node, kind: PackRule.Kind, _ fail: (Node, String) -> ConfigError) throws -> PhraseEntry {
        let words = { (s: String) in s.split(whereSeparator: { $0 == " " }).map { Tokenizer.lower(String($0)) } }
        if let s = n.string {
            guard !s.trimmingCharacters(in: .whitespaces).isEmpty else { throw fail(n, "an empty phrase") }
            if kind == .substitution { throw fail(n, "a substitution phrase needs \"replace\": {phrase: \"\(s)\", replace: \"…\"}") }
            return PhraseEntry(words: words(s))
        }
        guard let m = n.mapping else { throw fail(n, "a phrase is a string or a map with \"phrase\"") }
        for (k, _) in m {
            guard let key = k.string, Self.entryKeys.contains(key) else {
                throw fail(k, "unknown phrase key \"\(k.string ?? "?")\"\(Suggest.didYouMean(k.string ?? "", Self.entryKeys))")
            }
        }
        guard let phrase = m["phrase"]?.string, !phrase.isEmpty else { throw fail(n, "a phrase map needs \"phrase\"") }
        var audience: Audience? = nil
        if let a = m["audience"] {
            guard let name = a.string, let reader = Audience(rawValue: name) else {
                throw fail(a, "a phrase's \"audience\" is general or technical")
            }
            audience = reader
        }
        func list(_ key: String) throws -> Set<String> {
            guard let v = m[key] else { return [] }
            if let s = v.string { return [Tokenizer.lower(s)] }
            guard let seq = v.sequence else { throw fail(v, "\"\(key)\" must be a list of words") }
            return Set(seq.compactMap { $0.string.map(Tokenizer.lower) })
        }
        var unlessFigure = false
        if let u = m["unless"] {
            guard u.string == "figure" else { throw fail(u, "\"unless\" takes: figure") }
            unlessFigure = true
        }
        var placement = PhraseEntry.Placement.anywhere
        if let p = m["placement"] {
            guard let s = p.string, let v = PhraseEntry.Placement(rawValue: s) else { throw fail(p, "\"placement\" takes anywhere, quotes or prose") }
            placement = v
        }
        let replacement = m["replace"]?.string
        if kind == .substitution && replacement == nil { throw fail(n, "a substitution phrase needs \"replace\"") }
        return PhraseEntry(words: words(phrase), replacement: replacement, help: m["help"]?.string, message: m["message"]?.string, unlessFigure: unlessFigure,
                           notAfter: try list("not-after"), notBefore: try list("not-before"),
                           notNameOrDate: m["not-name-or-date"]?.bool ?? false,
                           beforeNumber: m["before-number"]?.bool ?? false, modal: m["modal"]?.bool ?? false,
                           unlessExplained: m["unless-explained"]?.bool ?? false,
                           modifiesNext: m["modifies-next"]?.bool ?? false,
                           nounReplacement: m["noun-replacement"]?.bool ?? false,
                           unlessCompared: m["unless-compared"]?.bool ?? false,
                           quantityOnly: m["quantity-only"]?.bool ?? false,
                           asName: m["as-name"]?.bool ?? false,
                           beforeClaimFigure: m["before-claim-figure"]?.bool ?? false, audience: audience,
                           severity: try m["severity"].map { n in
                               guard let name = n.string, let s = Severity(rawValue: name) else {
                                   throw fail(n, "a phrase's \"severity\" is error, warning or suggestion")
                               }
                               return s
                           },
                           placement: placement)
    }
}

