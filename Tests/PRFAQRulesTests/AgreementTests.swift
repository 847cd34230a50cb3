import XCTest
import Markdown
import DraftAnatomy
import LintCore
import Session
import PRFAQRules

/// The tool agrees with itself: the writing it shows as good — each rule's passing examples, the
/// examples in its help, the skeletons `init` writes once filled in — passes every rule, not only the
/// rule that shows it. A help that says "write X" where X is a finding of another rule loses a writer.
final class AgreementTests: XCTestCase {
    /// Rules that read sentences and blocks; the document rules judge whole drafts, which examples are not.
    static let proseLinter = Linter(rules: BuiltinRules.all.filter { $0.description.scope != .document })
    static let fullLinter = Linter(rules: BuiltinRules.all)

    func prose(_ text: String, _ profile: Profile, audience: Audience? = nil) -> [Diagnostic] {
        Self.proseLinter.lint(SourceFile(path: "example.md", text: text), profile: profile, audience: audience).diagnostics
    }

    func testPassingExamplesPassEveryRule() {
        for rule in BuiltinRules.all {
            let d = rule.description
            for ex in d.nonTriggering {
                let got = prose(ex.text, exampleProfile(ex, d), audience: ex.audience).filter { $0.rule != "markdown/unknown-rule-in-comment" }
                XCTAssertTrue(got.isEmpty, "\(d.id)'s passing example \(ex.text.debugDescription) trips \(got.map { "\($0.rule): \($0.message)" })")
            }
        }
    }

    /// Every quoted example of three words or more in a help text the rules emit on the fixtures and
    /// on their own failing examples.
    func testHelpExamplesPassEveryRule() throws {
        var helps = Set<String>()
        var drafts = [String]()
        let fixtures = packageRoot.appendingPathComponent("Fixtures")
        for folder in [fixtures, fixtures.appendingPathComponent("layouts")] {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".md") && name != "README.md" {
                drafts.append(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            }
        }
        for rule in BuiltinRules.all { drafts += rule.description.triggering.map { unmark($0.text).text } }
        for text in drafts {
            for d in Self.fullLinter.lint(SourceFile(path: "x.md", text: text)).diagnostics { if let h = d.help { helps.insert(h) } }
        }
        XCTAssertGreaterThan(helps.count, 40)
        var checked = 0
        for help in helps {
            for example in Self.quoted(help) where example.split(separator: " ").count >= 3 {
                checked += 1
                let got = prose(example + "\n", .narrative)
                XCTAssertTrue(got.isEmpty, "help \(help.debugDescription): its example trips \(got.map { "\($0.rule): \($0.message)" })")
            }
        }
        XCTAssertGreaterThan(checked, 20)
    }

    /// The skeletons of `prfaq init --template`, filled in the way they ask, lint without errors or warnings.
    func testFilledTemplatesLintClean() {
        for profile in [Profile.prfaq, .narrative, .star] {
            let filled = Self.fill(Templates.draft(profile))
            let r = Self.fullLinter.lint(SourceFile(path: "draft.md", text: filled))
            XCTAssertEqual(r.profile, profile, filled)
            let loud = r.diagnostics.filter { $0.severity != .suggestion }
            XCTAssertTrue(loud.isEmpty, "\(profile): \(loud.map { "\($0.start.line): \($0.rule): \($0.message)" })\n\(filled)")
        }
    }

    /// Text between straight or curly double quotes that the help recommends: not the bad example
    /// before "→", nor the one after "rather than", "instead of" or "not".
    static func quoted(_ s: String) -> [String] {
        var out = [String]()
        var current: String? = nil
        var before = ""
        var pending: (text: String, shown: Bool)? = nil
        for ch in s {
            if ch == "\"" || ch == "“" || ch == "”" {
                if let c = current {
                    let bad = ["rather than ", "instead of ", "not "].contains { before.hasSuffix($0) }
                    pending = (c, !bad)
                    current = nil
                    before = ""
                } else {
                    if let p = pending, p.shown { out.append(p.text) }
                    pending = nil
                    current = ""
                }
            } else if current != nil {
                current?.append(ch)
            } else {
                before.append(ch)
                if ch == "→" { pending = nil }
            }
        }
        if let p = pending, p.shown { out.append(p.text) }
        return out
    }

    /// Replaces each `<placeholder>` with writing of the kind it asks for.
    static func fill(_ template: String) -> String {
        var out = ""
        var rest = template[...]
        while let open = rest.range(of: "[["), let close = rest.range(of: "]]", range: open.upperBound..<rest.endIndex) {
            out += rest[..<open.lowerBound] + filler(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    static func filler(_ placeholder: String) -> String {
        let p = placeholder.lowercased()
        if p == "city" { return "HARWICK, ME" }
        if p.hasPrefix("month") { return "June 9, 2027" }
        if p.hasPrefix("headline") { return "Boat Owners Get a Text Before Each Storm" }
        if p.hasPrefix("name") { return "Ana Ruiz" }
        if p.hasPrefix("customer name") { return "Tom Hale" }
        if p.hasPrefix("call to action") { return "Sign up at https://example.com/harwick for $4 a month, from June 9, 2027." }
        if p.hasPrefix("role") { return "head of operations" }
        if p.hasPrefix("company") { return "Harwick Marine" }
        if p.hasPrefix("who they are") { return "a boat owner in Harwick Bay" }
        if p.hasPrefix("why we built") { return "Owners lost 31 boats to storms in 2026" }
        if p.hasPrefix("what changed") { return "I moved both boats 5 hours before the March storm" }
        return "Harwick Bay boat owners got 214 storm texts in May 2027, each 6 hours ahead"
    }
}

/// README shows real output: each line of its first example is a line of that fixture's golden text.
final class ReadmeAgreementTests: XCTestCase {
    func testReadmeSampleIsTheFixturesOutput() throws {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let marker = "$ prfaq lint "
        let start = try XCTUnwrap(readme.range(of: marker))
        let path = String(readme[start.upperBound...].prefix { $0 != "\n" })
        let sample = readme[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
            .prefix { !$0.hasPrefix("```") }
        let golden = try String(contentsOf: packageRoot.appendingPathComponent(path.replacingOccurrences(of: ".md", with: ".expected.txt")), encoding: .utf8)
        let lines = Set(golden.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        XCTAssertGreaterThan(sample.count, 5)
        for line in sample where line != "…" {
            XCTAssertTrue(lines.contains(String(line)), "README shows a line prfaq does not print: \(line)")
        }
    }
}
