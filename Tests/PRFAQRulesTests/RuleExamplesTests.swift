import XCTest
import Markdown
@testable import LintCore
@testable import Settings
import PRFAQRules
import Yams

/// One test runs every rule's own examples: the marked spans must be exactly what the rule reports,
/// also behind a multibyte prefix; inside a code block and after a disable comment it must stay quiet.
final class RuleExamplesTests: XCTestCase {
    static let prefix = "Zoë’s café 🚀 opened in São Paulo. "

    func testEveryRuleHasExamples() {
        for rule in BuiltinRules.all {
            let d = rule.description
            XCTAssertFalse(d.triggering.isEmpty, "\(d.id) has no failing example")
            XCTAssertFalse(d.nonTriggering.isEmpty, "\(d.id) has no passing example")
            XCTAssertFalse(d.summary.isEmpty, d.id)
            XCTAssertNotNil(Category(rawValue: d.category), "\(d.id): unknown category")
        }
    }

    func testFailingExamplesReportExactlyTheMarkedSpans() {
        for rule in BuiltinRules.all {
            let d = rule.description
            for ex in d.triggering {
                let (text, spans) = unmark(ex.text)
                XCTAssertFalse(spans.isEmpty, "\(d.id): a failing example marks no span")
                let got = lint(text, rule: rule, profile: exampleProfile(ex, d), audience: ex.audience)
                XCTAssertEqual(Set(got.map(\.range)), Set(spans),
                               "\(d.id) on \(text.debugDescription): got \(got.map { "\($0.start)-\($0.end) \($0.message)" })")
            }
        }
    }

    func testPassingExamplesStayQuiet() {
        for rule in BuiltinRules.all {
            let d = rule.description
            for ex in d.nonTriggering {
                let got = lint(ex.text, rule: rule, profile: exampleProfile(ex, d), audience: ex.audience)
                XCTAssertTrue(got.isEmpty, "\(d.id) fired on its passing example \(ex.text.debugDescription): \(got.map(\.message))")
            }
        }
    }

    func testSpansHoldBehindAMultibytePrefix() {
        for rule in BuiltinRules.all where rule.description.scope == .text {
            let d = rule.description
            for ex in d.triggering {
                let lines = ex.text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                    guard let f = line.unicodeScalars.first(where: { $0 != "⟦" }), f.properties.isUppercase || ("0"..."9").contains(f) else { return String(line) }
                    return Self.prefix + line
                }
                let (text, spans) = unmark(lines.joined(separator: "\n"))
                let got = lint(text, rule: rule, profile: exampleProfile(ex, d), audience: ex.audience)
                XCTAssertEqual(Set(got.map(\.range)), Set(spans), "\(d.id) behind a multibyte prefix: \(got.map { "\($0.start)-\($0.end)" })")
                // The reported columns slice back to the marked text.
                let src = SourceFile(path: "x", text: text)
                for g in got where g.start.line == g.end.line {
                    XCTAssertEqual(slice(src, line: g.start.line, from: g.start.column, to: g.end.column), src.text(g.range), d.id)
                }
            }
        }
    }

    func testQuietInsideCodeCommentsAndAfterDisable() {
        for rule in BuiltinRules.all {
            let d = rule.description
            for ex in d.triggering {
                let (text, _) = unmark(ex.text)
                let profile = exampleProfile(ex, d)
                if d.scope != .document {
                    let indented = "    " + text.replacingOccurrences(of: "\n", with: "\n    ") + "\n"
                    let frontMatter = "---\nnote: |\n" + indented + "---\n"
                    for wrapped in ["```\n\(text)\n```\n", "<!--\n\(text)\n-->\n", indented, frontMatter] {
                        let got = lint(wrapped, rule: rule, profile: profile, audience: ex.audience)
                        XCTAssertTrue(got.isEmpty, "\(d.id) fired inside code or a comment: \(got.map(\.message))")
                    }
                }
                for directive in ["<!-- prfaq-disable \(d.id) -->", "<!-- prfaq-disable -->"] {
                    let got = lint(directive + "\n\n" + text, rule: rule, profile: profile, audience: ex.audience)
                    XCTAssertTrue(got.isEmpty, "\(d.id) fired after \(directive): \(got.map(\.message))")
                }
            }
        }
    }

    func testRuleIdsAreUniqueAndWellFormed() {
        let ids = BuiltinRules.all.map(\.description.id)
        XCTAssertEqual(ids.count, Set(ids).count)
        for id in ids {
            let parts = id.split(separator: "/")
            XCTAssertEqual(parts.count, 2, id)
            XCTAssertTrue(parts.last!.allSatisfy { $0.isLowercase || $0 == "-" }, id)
        }
    }

    /// The compiled lists equal what PackParser — the reader of teams' packs — makes of the YAML, and the
    /// YAML embedded is the YAML on disk: one source of truth, checked.
    func testBuiltinListsMatchTheirYAML() throws {
        let dir = packageRoot.appendingPathComponent("Rules/Lists")
        let all = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".yml") }.sorted()
        let glossaries = try all.filter { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8).contains("\nkind: glossary\n")
            || String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8).hasPrefix("kind: glossary\n") }
        let names = all.filter { !glossaries.contains($0) }
        XCTAssertEqual(names, BuiltinLists.files.map(\.name), "run `make lists`")
        XCTAssertEqual(glossaries, BuiltinLists.glossaryFiles.map(\.name), "run `make lists`")
        for (name, yaml) in BuiltinLists.glossaryFiles {
            let onDisk = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            XCTAssertEqual(onDisk, yaml + "\n", "\(name) drifted from the compiled copy: run `make lists`")
            // The terms, read with the YAML reader packs use, are the embedded terms.
            let node = try XCTUnwrap(try Yams.compose(yaml: yaml))
            let terms = (node.mapping?["terms"]?.sequence ?? []).flatMap { $0.sequence.map(Array.init) ?? [$0] }.compactMap(\.string)
            XCTAssertEqual(terms, BuiltinLists.glossaries[String(name.dropLast(4))], name)
        }
        XCTAssertEqual(BuiltinLists.rules.count, BuiltinLists.files.count)
        for ((name, yaml), compiled) in zip(BuiltinLists.files, BuiltinLists.rules) {
            let onDisk = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            XCTAssertEqual(onDisk, yaml + "\n", "\(name) drifted from the compiled copy: run `make lists`")
            let parsed = try PackParser().parse(yaml, file: name)
            XCTAssertEqual(parsed.warnings.map(\.description), [], "every built-in phrase can match")
            let a = parsed.description, b = compiled.description
            XCTAssertEqual(a.id, b.id, name)
            XCTAssertEqual(a.summary, b.summary, name)
            XCTAssertEqual(a.rationale, b.rationale, name)
            XCTAssertEqual(a.severity, b.severity, name)
            XCTAssertEqual(a.profiles, b.profiles, name)
            XCTAssertEqual(a.audiences, b.audiences, name)
            XCTAssertEqual(a.fixable, b.fixable, name)
            XCTAssertEqual(a.scope == .document, b.scope == .document, name)
            XCTAssertEqual(a.triggering.map(\.text), b.triggering.map(\.text), name)
            XCTAssertEqual(a.nonTriggering.map(\.text), b.nonTriggering.map(\.text), name)
            XCTAssertEqual(parsed.kind, compiled.kind, name)
            XCTAssertEqual(parsed.message, compiled.message, name)
            XCTAssertEqual(parsed.help, compiled.help, name)
            XCTAssertEqual(parsed.region, compiled.region, name)
            XCTAssertEqual(parsed.max, compiled.max, name)
            XCTAssertEqual(parsed.perSection, compiled.perSection, name)
            XCTAssertEqual(parsed.sectionNames, compiled.sectionNames, name)
            XCTAssertEqual(parsed.matcher.exceptions, compiled.matcher.exceptions, name)
            XCTAssertEqual(parsed.matcher.entries.count, compiled.matcher.entries.count, name)
            for (x, y) in zip(parsed.matcher.entries, compiled.matcher.entries) { XCTAssertEqual(x, y, "\(name): \(x.words)") }
        }
    }
}
