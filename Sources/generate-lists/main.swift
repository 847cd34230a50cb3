// Compiles Rules/Lists/*.yml into Rules/Generated/BuiltinLists.swift: rule packs become PackRules, and
// glossaries (`kind: glossary`, a `terms` list) become lists of strings that coded rules consult.
//
// The YAML files stay the readable source of truth. The binary carries them as Swift values, so an
// installed prfaq needs no files beside it and spends no start-up time parsing YAML. Each list is first
// read by PackParser, the reader of teams' packs, so a mistake is reported as it would be for a team's
// pack (file, line, column); the YAML text is embedded too, and a test checks that PackParser makes of it
// exactly the generated rule. `make lists` runs this with the hash of its inputs, which it records so an
// unchanged checkout is not regenerated.
//
//     generate-lists ROOT INPUTS-SHA256
import Foundation
import LintCore
import Settings
import Yams

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("generate-lists: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else { fail("usage: generate-lists ROOT INPUTS-SHA256") }
let root = URL(fileURLWithPath: arguments[1])
let digest = arguments[2]
let source = root.appendingPathComponent("Rules/Lists")
let output = root.appendingPathComponent("Rules/Generated/BuiltinLists.swift")

/// A Swift string literal.
func lit(_ v: String?) -> String {
    guard let v else { return "nil" }
    var out = "\""
    for c in v.unicodeScalars {
        switch c {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default: out.unicodeScalars.append(c)
        }
    }
    return out + "\""
}

func lits(_ xs: [String]) -> String { "[" + xs.map(lit).joined(separator: ", ") + "]" }

/// A phrase as the tokenizer keys its words: split on spaces, lower case, typographic apostrophes plain.
func words(_ phrase: String) -> [String] {
    phrase.split(separator: " ").map { $0.lowercased().replacingOccurrences(of: "\u{2019}", with: "'") }
}

/// Every scalar is read as a string, as PackParser reads them (so "no" stays a word, not false).
func string(_ n: Node?) -> String? { n?.scalar?.string }

/// A value that may be one string or a list of them.
func list(_ n: Node?) -> [String] {
    guard let n else { return [] }
    if let s = string(n) { return [s] }
    return (n.sequence ?? []).compactMap(string)
}

func truthy(_ n: Node?) -> Bool { ["true", "yes"].contains(string(n) ?? "") }

func entry(_ e: Node) -> String {
    guard let m = e.mapping else { return "PhraseEntry(words: \(lits(words(string(e) ?? ""))))" }
    var args = ["words: \(lits(words(string(m["phrase"]) ?? "")))"]
    if let v = m["replace"] { args.append("replacement: \(lit(string(v)))") }
    if let v = m["help"] { args.append("help: \(lit(string(v)))") }
    if let v = m["message"] { args.append("message: \(lit(string(v)))") }
    if string(m["unless"]) == "figure" { args.append("unlessFigure: true") }
    for (key, label) in [("not-after", "notAfter"), ("not-before", "notBefore")] where m[key] != nil {
        args.append("\(label): \(lits(Set(words(list(m[key]).joined(separator: " "))).sorted()))")
    }
    let flags = [("not-name-or-date", "notNameOrDate"), ("before-number", "beforeNumber"), ("modal", "modal"),
                 ("unless-explained", "unlessExplained"), ("modifies-next", "modifiesNext"),
                 ("noun-replacement", "nounReplacement"), ("unless-compared", "unlessCompared"),
                 ("quantity-only", "quantityOnly"), ("as-name", "asName"), ("before-claim-figure", "beforeClaimFigure")]
    for (key, label) in flags where truthy(m[key]) { args.append("\(label): true") }
    for key in ["audience", "severity", "placement"] {
        if let v = string(m[key]) { args.append("\(key): .\(v)") }
    }
    return "PhraseEntry(" + args.joined(separator: ", ") + ")"
}

let kinds = ["existence": "existence", "substitution": "substitution", "occurrence": "occurrence",
             "required-section": "requiredSection"]
let regions = ["anywhere": "anywhere", "press-release": "pressRelease", "faq": "faq", "body": "body",
               "statements": "statements", "claims": "claims", "commitments": "commitments"]
let defaultMessages = ["existence": "avoid \"{match}\"", "substitution": "write \"{replacement}\" instead of \"{match}\"",
                       "occurrence": "\"{match}\" appears more than {max} times", "required-section": "missing section \"{section}\""]

let names = ((try? FileManager.default.contentsOfDirectory(atPath: source.path)) ?? [])
    .filter { $0.hasSuffix(".yml") }
    .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
var rules = "", texts = "", glossaries = "", glossaryTexts = ""
for name in names {
    guard let data = FileManager.default.contents(atPath: source.appendingPathComponent(name).path) else {
        fail("\(name): cannot read")
    }
    let text = String(decoding: data, as: UTF8.self)
    if text.contains("\"\"\"#") { fail("\(name): contains the raw-string terminator") }
    let node: Node?
    do { node = try YAMLLoader.compose(text, file: "Rules/Lists/\(name)") } catch { fail("\(error)") }
    guard let d = node?.mapping else { fail("\(name): a list must be a mapping (id, kind, phrases, …)") }
    if string(d["kind"]) == "glossary" {
        // A glossary is a list of terms a rule consults (acronyms a reader knows), not a rule of its own.
        // Terms may be grouped in sub-lists for reading; the embedded list is flat.
        let terms = (d["terms"]?.sequence ?? []).flatMap { $0.sequence.map { $0.compactMap(string) } ?? [string($0)].compactMap { $0 } }
        guard !terms.isEmpty, terms.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            fail("\(name): a glossary needs a non-empty \"terms\" list of strings")
        }
        glossaries += "        \(lit(String(name.dropLast(4)))): \(lits(terms)),\n"
        glossaryTexts += "        (\"\(name)\", #\"\"\"\n\(text)\"\"\"#),\n"
        continue
    }
    // The same reader as a team's pack: a mistake is reported with its file, line and column.
    do { _ = try PackParser().parse(text, file: "Rules/Lists/\(name)") } catch { fail("\(error)") }
    let kind = string(d["kind"]) ?? "existence"
    guard let kindCase = kinds[kind], let id = string(d["id"]) else { fail("\(name): no id or an unknown kind") }
    let phrases = d["phrases"]?.sequence ?? []
    let profiles = d["profiles"].map(list) ?? ["prfaq", "narrative", "star"]
    let audiences = d["audience"].map(list) ?? ["general", "technical"]
    let examples = d["examples"]?.mapping
    let fixable = kind == "substitution" && phrases.contains { !(string($0.mapping?["replace"]) ?? "").isEmpty }
    let scope = ["required-section", "occurrence"].contains(kind) ? ".document" : ".text"
    let description = "RuleDescription(id: \(lit(id)), summary: \(lit(string(d["summary"]) ?? id)), "
        + "rationale: \(lit(string(d["rationale"]) ?? "")), severity: .\(string(d["severity"]) ?? "warning"), "
        + "profiles: [\(profiles.map { "." + $0 }.joined(separator: ", "))], "
        + "audiences: [\(audiences.map { "." + $0 }.joined(separator: ", "))], options: [], "
        + "scope: \(scope), fixable: \(fixable), "
        + "triggering: [\(list(examples?["fail"]).map { "RuleExample(\(lit($0)))" }.joined(separator: ", "))], "
        + "nonTriggering: [\(list(examples?["pass"]).map { "RuleExample(\(lit($0)))" }.joined(separator: ", "))])"
    let region = string(d["in"]) ?? "anywhere"
    guard let regionCase = regions[region] else { fail("\(name): unknown region \"\(region)\"") }
    rules += "        PackRule(\n"
        + "            description: \(description),\n"
        + "            kind: .\(kindCase),\n"
        + "            entries: [\n" + phrases.map { "                \(entry($0)),\n" }.joined() + "            ],\n"
        + "            exceptions: [\(list(d["exceptions"]).map { lits(words($0)) }.joined(separator: ", "))],\n"
        + "            message: \(lit(string(d["message"]) ?? defaultMessages[kind])), help: \(lit(string(d["help"]))),\n"
        + "            region: .\(regionCase), max: \(Int(string(d["max"]) ?? "0") ?? 0), perSection: \(string(d["per"]) == "section"),\n"
        + "            sectionNames: \(lits(list(d["section"])))"
        + (string(d["technical-severity"]).map { ", technicalSeverity: .\($0)" } ?? "") + "),\n"
    texts += "        (\"\(name)\", #\"\"\"\n\(text)\"\"\"#),\n"
}

let generated = "// Generated by generate-lists (Sources/generate-lists) from Rules/Lists/*.yml. Do not edit; run `make lists`.\n"
    + "// inputs sha256: \(digest)\n"
    + "// swiftlint:disable all\n"
    + "import LintCore\nimport Settings\n\n"
    + "/// The built-in word and phrase lists: compiled rules, and the YAML they were compiled from.\n"
    + "public enum BuiltinLists {\n"
    + "    public static let rules: [PackRule] = [\n" + rules + "    ]\n\n"
    + "    public static let files: [(name: String, yaml: String)] = [\n" + texts + "    ]\n\n"
    + "    /// Glossaries (`kind: glossary`): terms by list name, e.g. the acronyms every reader knows.\n"
    + "    public static let glossaries: [String: [String]] = [\n" + glossaries + "    ]\n\n"
    + "    public static let glossaryFiles: [(name: String, yaml: String)] = [\n" + glossaryTexts + "    ]\n}\n"
if (try? String(contentsOf: output, encoding: .utf8)) != generated {
    do {
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        try generated.write(to: output, atomically: true, encoding: .utf8)
    } catch { fail("cannot write \(output.path): \(error)") }
    print("wrote Rules/Generated/BuiltinLists.swift (\(names.count) lists)")
}
