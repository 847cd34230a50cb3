import XCTest
import Foundation
import Markdown
import DraftAnatomy
import Formats
import LintCore
import Session
import PRFAQRules
import TestSupport

/// Splits a marked example into clean text and the byte ranges the markers `⟦…⟧` enclosed.
func unmark(_ marked: String) -> (text: String, spans: [Range<Int>]) {
    var out = [UInt8]()
    var spans = [Range<Int>]()
    var open = [Int]()
    for s in marked.unicodeScalars {
        if s == "⟦" { open.append(out.count); continue }
        if s == "⟧", let start = open.popLast() { spans.append(start..<out.count); continue }
        out.append(contentsOf: Array(String(s).utf8))
    }
    return (String(decoding: out, as: UTF8.self), spans)
}

/// Lints text with one rule only (opt-in rules switched on); the rest of the catalogue is known, so
/// directive rules see real rule ids.
func lint(_ text: String, rule: any Rule, profile: Profile?, audience: Audience? = nil) -> [Diagnostic] {
    var config = Configuration()
    config.rules[rule.description.id] = RuleSetting(enabled: true)
    // Rules about suppression comments need the others running to know what a comment silenced.
    if !rule.checksDirectives {
        for other in BuiltinRules.all where other.description.id != rule.description.id {
            config.rules[other.description.id] = RuleSetting(enabled: false)
        }
    }
    return allRulesLinter.lint(SourceFile(path: "example.md", text: text), config: config, profile: profile, audience: audience)
        .diagnostics.filter { $0.rule == rule.description.id }
}

let allRulesLinter = Linter(rules: BuiltinRules.all)

/// The profile an example runs under: its own, else one the rule applies to.
func exampleProfile(_ ex: RuleExample, _ d: RuleDescription) -> Profile {
    if let p = ex.profile { return p }
    for p in [Profile.narrative, .prfaq, .star] where d.profiles.contains(p) { return p }
    return .narrative
}

/// The package root, for reading Fixtures/ and Rules/ (TestSupport's, under this target's old name).
let packageRoot = TestSupport.packageRoot

/// Python-style slice of a line by 1-based scalar columns (end exclusive), as the contract's users do.
func slice(_ source: SourceFile, line: Int, from: Int, to: Int) -> String {
    let scalars = Array(source.lineText(line).unicodeScalars)
    let lo = max(0, min(from - 1, scalars.count)), hi = max(lo, min(to - 1, scalars.count))
    var v = String.UnicodeScalarView()
    v.append(contentsOf: scalars[lo..<hi])
    return String(v)
}

/// A result made by hand for output tests: a path, a profile and findings, no source.
func handMadeResult(path: String, profile: Profile, diagnostics: [Diagnostic]) -> FileResult {
    var r = FileResult(path: path, error: "")
    r.error = nil
    r.profile = profile
    r.diagnostics = diagnostics
    return r
}

/// Compares a file's text and JSON output with its goldens beside it (`NAME.expected.txt`/`.json`), or,
/// with PRFAQ_UPDATE_GOLDENS=1, writes them. Returns the JSON for further checks.
@discardableResult
func checkGoldens(_ r: FileResult, base: URL, name: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
    let text = TextFormatter(color: false).format([r])
    let json = JSONFormatter().format([r])
    let textURL = base.appendingPathExtension("expected.txt"), jsonURL = base.appendingPathExtension("expected.json")
    if ProcessInfo.processInfo.environment["PRFAQ_UPDATE_GOLDENS"] == "1" {
        try text.write(to: textURL, atomically: true, encoding: .utf8)
        try json.write(to: jsonURL, atomically: true, encoding: .utf8)
        return json
    }
    XCTAssertEqual(text, try String(contentsOf: textURL, encoding: .utf8), "\(name): text output changed (make goldens, then review the diff)", file: file, line: line)
    XCTAssertEqual(json, try String(contentsOf: jsonURL, encoding: .utf8), "\(name): JSON output changed", file: file, line: line)
    return json
}
