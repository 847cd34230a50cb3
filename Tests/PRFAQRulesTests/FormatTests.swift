import TestSupport
import XCTest
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Markdown
@testable import Formats
@testable import LintCore
@testable import Session
@testable import Text
import PRFAQRules

/// The machine formats (`--format sarif|github|checkstyle|junit`): each is valid for the tool that
/// reads it, escapes what that tool needs escaped, and carries the same findings as the JSON output.
final class FormatTests: XCTestCase {
    static let fixtureNames = [
        "prfaq-flawed-freight-dock-ready.md", "star-flawed-ledger-migration.md",
        "narrative-flawed-loyalty-tiers.md", "prfaq-good-clinic-waitlist.md",
        // Its figures disagree: a finding with a related place.
        "narrative-flawed-claims-triage.md",
    ]
    static let missing = FileResult(path: "missing.md", error: "no such file or directory")

    override func setUp() {
        _ = FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
    }

    /// A few fixtures (with fixes, several severities and a clean one) plus a file that could not be read.
    func results() -> [FileResult] {
        let run = LintRun(linter: Linter(rules: BuiltinRules.all), options: .init())
        return run.run(Self.fixtureNames.map { "Fixtures/" + $0 }) + [Self.missing]
    }

    var descriptions: [RuleDescription] { BuiltinRules.all.map(\.description) }

    func sarif(_ r: [FileResult]) -> String { SARIFFormatter(toolVersion: "9.9.9", rules: descriptions).format(r) }

    /// One synthetic finding whose message, help, rule-adjacent text and path hold every character some format must escape.
    func awkward() -> FileResult {
        var d = Diagnostic(rule: "clarity/odd-text", severity: .warning,
                           message: "a <b> & \"c\" 'd'\nnext: 100% sure, really\r\u{1}end",
                           help: "say x, y: z", range: 0..<1, fix: Fix(range: 0..<1, replacement: "<&>"))
        d.start = Position(line: 3, column: 5)
        d.end = Position(line: 3, column: 9)
        d.fixPositions = (Position(line: 3, column: 5), Position(line: 3, column: 9))
        var multi = Diagnostic(rule: "structure/long-block", severity: .suggestion, message: "block", help: nil, range: 0..<1, fix: nil)
        multi.start = Position(line: 4, column: 1)
        multi.end = Position(line: 6, column: 3)
        return handMadeResult(path: "odd dir/100%, a:b <é>.md", profile: .prfaq, diagnostics: [d, multi])
    }

    // MARK: - Helpers

    @discardableResult
    func python(_ script: String, _ args: [String]) throws -> (status: Int32, output: String) {
        let r = try Subprocess.run("/usr/bin/env", ["python3", "-c", script] + args, mergeStandardError: true)
        return (r.status, r.stdout)
    }

    func temp(_ text: String, _ ext: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("prfaq-format-\(UUID().uuidString).\(ext)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url.path
    }

    func json(_ s: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any])
    }

    func xml(_ s: String) throws -> XMLDocument { try XMLDocument(data: Data(s.utf8), options: []) }

    func elements(_ doc: XMLDocument, _ xpath: String) throws -> [XMLElement] {
        try doc.nodes(forXPath: xpath).compactMap { $0 as? XMLElement }
    }

    struct Finding: Hashable, Comparable, CustomStringConvertible {
        let rule: String, line: Int, column: Int
        static func < (a: Finding, b: Finding) -> Bool { (a.line, a.column, a.rule) < (b.line, b.column, b.rule) }
        var description: String { "\(rule)@\(line):\(column)" }
    }

    /// Undoes the workflow-command property escaping.
    func unescapeProperty(_ s: Substring) -> String {
        String(s).replacingOccurrences(of: "%2C", with: ",").replacingOccurrences(of: "%3A", with: ":")
            .replacingOccurrences(of: "%0A", with: "\n").replacingOccurrences(of: "%0D", with: "\r")
            .replacingOccurrences(of: "%25", with: "%")
    }

    /// `[key: value]` of a workflow command line's properties.
    func properties(_ line: String) -> [String: String] {
        guard let sp = line.firstIndex(of: " "), let end = line.range(of: "::", range: sp..<line.endIndex) else { return [:] }
        var out = [String: String]()
        for kv in line[line.index(after: sp)..<end.lowerBound].split(separator: ",") {
            let parts = kv.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { out[String(parts[0])] = unescapeProperty(parts[1]) }
        }
        return out
    }

    // MARK: - SARIF

    func testSARIFValidatesAgainstTheSchema() throws {
        let schema = packageRoot.appendingPathComponent("../shared/schemas/sarif-schema-2.1.0.json").standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: schema) else { throw XCTSkip("no SARIF schema at \(schema)") }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            cls = jsonschema.validators.validator_for(schema)
            cls.check_schema(schema)
            v = cls(schema, format_checker=cls.FORMAT_CHECKER)
            bad = 0
            for path in sys.argv[2:]:
                for e in v.iter_errors(json.load(open(path, encoding="utf-8"))):
                    bad += 1
                    print(path, "/".join(map(str, e.absolute_path)), e.message[:300])
            sys.exit(1 if bad else 0)
            """
        let docs = [sarif(results()), sarif([awkward(), Self.missing]), sarif([]),
                    sarif(Array(results().prefix(1)))]
        let paths = try docs.enumerated().map { try temp($0.element, "sarif") }
        let (status, output) = try python(script, [schema] + paths)
        XCTAssertEqual(status, 0, "SARIF does not validate:\n\(output)")
    }

    func testSARIFContent() throws {
        let rs = results()
        let root = try json(sarif(rs))
        XCTAssertEqual(root["version"] as? String, "2.1.0")
        XCTAssertEqual(root["$schema"] as? String, "https://json.schemastore.org/sarif-2.1.0.json")
        let runs = try XCTUnwrap(root["runs"] as? [[String: Any]])
        XCTAssertEqual(runs.count, 1)
        let run = runs[0]
        XCTAssertEqual(run["columnKind"] as? String, "unicodeCodePoints")
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "prfaq")
        XCTAssertEqual(driver["version"] as? String, "9.9.9")
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.map { $0["id"] as? String }, descriptions.map(\.id))
        for (rule, d) in zip(rules, descriptions) {
            XCTAssertEqual((rule["shortDescription"] as? [String: Any])?["text"] as? String, d.summary)
            XCTAssertEqual((rule["fullDescription"] as? [String: Any])?["text"] as? String, d.rationale)
            let help = try XCTUnwrap((rule["help"] as? [String: Any])?["text"] as? String)
            XCTAssertTrue(help.hasPrefix(d.rationale) && help.contains("\(d.id): off"), d.id)
            let level = (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String
            XCTAssertEqual(level, ["error": "error", "warning": "warning", "suggestion": "note"][d.severity.rawValue], d.id)
            XCTAssertEqual((rule["properties"] as? [String: Any])?["tags"] as? [String], [d.category])
            let name = try XCTUnwrap(rule["name"] as? String)
            XCTAssertTrue(name.range(of: "^[A-Z][A-Za-z0-9]*$", options: .regularExpression) != nil, name)
        }
        XCTAssertEqual(SARIFFormatter.name("concision/weasel-word"), "WeaselWord")

        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        let diagnostics = rs.flatMap { r in r.diagnostics.map { (r.path, $0) } }
        XCTAssertEqual(results.count, diagnostics.count)
        var fixes = 0
        for (res, (path, d)) in zip(results, diagnostics) {
            let index = try XCTUnwrap(res["ruleIndex"] as? Int)
            XCTAssertEqual(rules[index]["id"] as? String, res["ruleId"] as? String)
            let text = try XCTUnwrap((res["message"] as? [String: Any])?["text"] as? String)
            XCTAssertTrue(text.hasPrefix(d.message))
            if let h = d.help { XCTAssertTrue(text.hasSuffix(h)) }
            let loc = try XCTUnwrap(((res["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
            XCTAssertEqual((loc["artifactLocation"] as? [String: Any])?["uri"] as? String, path)
            let region = try XCTUnwrap(loc["region"] as? [String: Int])
            XCTAssertEqual(region, ["startLine": d.start.line, "startColumn": d.start.column, "endLine": d.end.line, "endColumn": d.end.column])
            if let fix = d.fix, let p = d.fixPositions {
                fixes += 1
                let change = try XCTUnwrap(((res["fixes"] as? [[String: Any]])?.first?["artifactChanges"] as? [[String: Any]])?.first)
                let rep = try XCTUnwrap((change["replacements"] as? [[String: Any]])?.first)
                XCTAssertEqual(rep["deletedRegion"] as? [String: Int], ["startLine": p.0.line, "startColumn": p.0.column, "endLine": p.1.line, "endColumn": p.1.column])
                XCTAssertEqual((rep["insertedContent"] as? [String: Any])?["text"] as? String ?? "", fix.replacement)
            } else {
                XCTAssertNil(res["fixes"])
            }
        }
        XCTAssertGreaterThan(fixes, 0, "no fixture finding with a fix: pick another fixture")

        let invocation = try XCTUnwrap((run["invocations"] as? [[String: Any]])?.first)
        XCTAssertEqual(invocation["executionSuccessful"] as? Bool, false)
        let notes = try XCTUnwrap(invocation["toolExecutionNotifications"] as? [[String: Any]])
        XCTAssertEqual(notes.count, 1)
        XCTAssertEqual(notes[0]["level"] as? String, "error")
        XCTAssertEqual((notes[0]["message"] as? [String: Any])?["text"] as? String, "missing.md: cannot lint: no such file or directory")

        let clean = try json(sarif(Array(rs.dropLast())))
        let cleanInvocation = ((clean["runs"] as? [[String: Any]])?.first?["invocations"] as? [[String: Any]])?.first
        XCTAssertEqual(cleanInvocation?["executionSuccessful"] as? Bool, true)
        XCTAssertNil(cleanInvocation?["toolExecutionNotifications"])
    }

    /// A finding about two places (figures that disagree) points at the second and carries the first: a
    /// "note:" in text, `related` in JSON, `relatedLocations` in SARIF, each slicing the first figure.
    func testARelatedPlaceReachesEveryFormatThatCanPointAtIt() throws {
        let rs = results()
        let file = try XCTUnwrap(rs.first { $0.path.hasSuffix("claims-triage.md") })
        let src = try XCTUnwrap(file.source)
        let d = try XCTUnwrap(file.diagnostics.first { !$0.related.isEmpty })
        let r = try XCTUnwrap(d.related.first)
        XCTAssertEqual(src.text(r.range), "from 9 days to 2 days")
        XCTAssertEqual(src.position(ofByte: r.range.lowerBound), r.start)

        let lines = src.text(0..<src.bytes.count).components(separatedBy: "\n")
        func slice(_ line: Int, _ col: Int, _ endCol: Int) -> String {
            String(Array(lines[line - 1].unicodeScalars)[(col - 1)..<(endCol - 1)].map(Character.init))
        }
        let json = try self.json(JSONFormatter().format([file]))
        let diags = try XCTUnwrap(((json["files"] as? [[String: Any]])?.first?["diagnostics"]) as? [[String: Any]])
        let withRelated = try XCTUnwrap(diags.first { $0["related"] != nil })
        let rel = try XCTUnwrap((withRelated["related"] as? [[String: Any]])?.first)
        XCTAssertEqual(slice(rel["line"] as? Int ?? 0, rel["column"] as? Int ?? 0, rel["endColumn"] as? Int ?? 0), "from 9 days to 2 days")
        XCTAssertEqual(rel["message"] as? String, r.message)

        let sarif = try self.json(self.sarif([file]))
        let results = try XCTUnwrap(((sarif["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let located = try XCTUnwrap(results.first { $0["relatedLocations"] != nil })
        let loc = try XCTUnwrap((located["relatedLocations"] as? [[String: Any]])?.first)
        let region = try XCTUnwrap((loc["physicalLocation"] as? [String: Any])?["region"] as? [String: Int])
        XCTAssertEqual(slice(region["startLine"] ?? 0, region["startColumn"] ?? 0, region["endColumn"] ?? 0), "from 9 days to 2 days")
        XCTAssertEqual((loc["message"] as? [String: Any])?["text"] as? String, r.message)

        let text = TextFormatter(color: false).file(file)
        XCTAssertTrue(text.contains("\(file.path):\(r.start.line):\(r.start.column): note: \(r.message)\n"), text)
        XCTAssertFalse(TextFormatter(color: false).file(rs[0]).contains(": note: "))
    }

    func testSARIFURIsArePercentEncoded() {
        XCTAssertEqual(SARIFFormatter.uri("Fixtures/a-b_c.md"), "Fixtures/a-b_c.md")
        XCTAssertEqual(SARIFFormatter.uri("odd dir/100%, a:b <é>.md"), "odd%20dir/100%25%2C%20a%3Ab%20%3C%C3%A9%3E.md")
        XCTAssertEqual(SARIFFormatter.uri("/abs/my draft.md"), "file:///abs/my%20draft.md")
        XCTAssertNotNil(URL(string: SARIFFormatter.uri("odd dir/100%, a:b <é>.md")))
    }

    // MARK: - GitHub

    static let commandPattern = #"^::(error|warning|notice) file=[^,]+,line=\d+(,col=\d+)?,endLine=\d+(,endColumn=\d+)?,title=[a-z]+/[a-z-]+::.+$"#

    func testGitHubLinesAreWorkflowCommands() throws {
        let rs = results()
        let out = GitHubFormatter().format(rs)
        XCTAssertTrue(out.hasSuffix("\n"))
        var lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines.removeLast(), "")
        XCTAssertEqual(lines.removeLast(), Summary(rs).line)
        XCTAssertEqual(lines.removeLast(), "::error file=missing.md::cannot lint: no such file or directory")
        let diagnostics = rs.flatMap(\.diagnostics)
        XCTAssertEqual(lines.count, diagnostics.count)
        for (line, d) in zip(lines, diagnostics) {
            XCTAssertNotNil(line.range(of: Self.commandPattern, options: .regularExpression), line)
            XCTAssertTrue(line.hasPrefix("::" + ["error": "error", "warning": "warning", "suggestion": "notice"][d.severity.rawValue]! + " "), line)
            let p = properties(line)
            // The runner drops annotations with columns whose line and endLine differ.
            if d.start.line == d.end.line {
                XCTAssertEqual(p["col"], String(d.start.column), line)
                XCTAssertEqual(p["endColumn"], String(d.end.column), line)
            } else {
                XCTAssertNil(p["col"], line)
                XCTAssertNil(p["endColumn"], line)
            }
        }
    }

    func testGitHubEscaping() throws {
        let out = GitHubFormatter().format([awkward(), FileResult(path: "a,b:c.md", error: "a,b:c.md: bad\nbytes, 50%")])
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4, out)
        XCTAssertEqual(lines[0],
            "::warning file=odd dir/100%25%2C a%3Ab <é>.md,line=3,col=5,endLine=3,endColumn=9,title=clarity/odd-text::"
            + "a <b> & \"c\" 'd'%0Anext: 100%25 sure, really%0D\u{1}end — help: say x, y: z")
        XCTAssertEqual(lines[1], "::notice file=odd dir/100%25%2C a%3Ab <é>.md,line=4,endLine=6,title=structure/long-block::block")
        XCTAssertEqual(lines[2], "::error file=a%2Cb%3Ac.md::cannot lint: bad%0Abytes, 50%25")
        XCTAssertEqual(properties(lines[0])["file"], "odd dir/100%, a:b <é>.md")
        for l in lines.prefix(2) { XCTAssertNotNil(l.range(of: Self.commandPattern, options: .regularExpression), l) }
    }

    // MARK: - XML

    func testCheckstyleAndJUnitAreWellFormedXML() throws {
        let sets: [[FileResult]] = [results(), [awkward(), Self.missing], []]
        var paths = [String]()
        for rs in sets {
            for out in [CheckstyleFormatter().format(rs), JUnitFormatter().format(rs)] {
                XCTAssertTrue(out.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
                XCTAssertNoThrow(try xml(out), out)
                paths.append(try temp(out, "xml"))
            }
        }
        let (status, output) = try python("""
            import sys, xml.etree.ElementTree as ET
            for p in sys.argv[1:]:
                root = ET.parse(p).getroot()
                assert root.tag in ("checkstyle", "testsuites"), root.tag
            """, paths)
        XCTAssertEqual(status, 0, output)
    }

    func testCheckstyleContent() throws {
        let rs = results()
        let doc = try xml(CheckstyleFormatter().format(rs))
        let root = try XCTUnwrap(doc.rootElement())
        XCTAssertEqual(root.name, "checkstyle")
        XCTAssertEqual(root.attribute(forName: "version")?.stringValue, "4.3")
        let files = try elements(doc, "/checkstyle/file")
        XCTAssertEqual(files.compactMap { $0.attribute(forName: "name")?.stringValue }, rs.map(\.path))
        let missing = try XCTUnwrap(files.last?.elements(forName: "error").first)
        XCTAssertEqual(missing.attribute(forName: "severity")?.stringValue, "error")
        XCTAssertEqual(missing.attribute(forName: "message")?.stringValue, "cannot lint: no such file or directory")
        XCTAssertEqual(missing.attribute(forName: "source")?.stringValue, "prfaq")
        for (file, r) in zip(files, rs) where r.error == nil {
            let errors = file.elements(forName: "error")
            XCTAssertEqual(errors.count, r.diagnostics.count)
            for (e, d) in zip(errors, r.diagnostics) {
                XCTAssertEqual(e.attribute(forName: "severity")?.stringValue, ["error": "error", "warning": "warning", "suggestion": "info"][d.severity.rawValue])
                XCTAssertEqual(e.attribute(forName: "message")?.stringValue, d.formatMessageWithHelp)
            }
        }
    }

    func testJUnitContent() throws {
        let rs = results()
        let doc = try xml(JUnitFormatter().format(rs))
        let root = try XCTUnwrap(doc.rootElement())
        XCTAssertEqual(root.name, "testsuites")
        XCTAssertEqual(root.attribute(forName: "name")?.stringValue, "prfaq")
        let all = rs.flatMap(\.diagnostics)
        let failing = all.filter { $0.severity != .suggestion }.count
        let clean = rs.filter { $0.error == nil && $0.diagnostics.isEmpty }.count
        XCTAssertGreaterThan(clean, 0)
        XCTAssertEqual(root.attribute(forName: "tests")?.stringValue, String(all.count + clean + 1))
        XCTAssertEqual(root.attribute(forName: "failures")?.stringValue, String(failing))
        XCTAssertEqual(root.attribute(forName: "errors")?.stringValue, "1")
        let suites = try elements(doc, "/testsuites/testsuite")
        XCTAssertEqual(suites.compactMap { $0.attribute(forName: "name")?.stringValue }, rs.map(\.path))
        for (suite, r) in zip(suites, rs) {
            let cases = suite.elements(forName: "testcase")
            XCTAssertTrue(cases.allSatisfy { $0.attribute(forName: "classname")?.stringValue == r.path })
            XCTAssertEqual(suite.attribute(forName: "tests")?.stringValue, String(cases.count))
            if r.error != nil {
                XCTAssertEqual(cases.count, 1)
                XCTAssertEqual(cases[0].elements(forName: "error").first?.attribute(forName: "message")?.stringValue, "cannot lint: no such file or directory")
                continue
            }
            if r.diagnostics.isEmpty {
                XCTAssertEqual(cases.count, 1)
                XCTAssertEqual(cases[0].attribute(forName: "name")?.stringValue, "prfaq lint")
                XCTAssertEqual(cases[0].childCount, 0)
                continue
            }
            XCTAssertEqual(cases.count, r.diagnostics.count)
            for (c, d) in zip(cases, r.diagnostics) {
                XCTAssertEqual(c.attribute(forName: "name")?.stringValue, "\(d.rule) at \(d.start.line):\(d.start.column)")
                if d.severity == .suggestion {
                    XCTAssertTrue(c.elements(forName: "failure").isEmpty)
                    XCTAssertTrue(c.elements(forName: "system-out").first?.stringValue?.contains(d.message) ?? false)
                } else {
                    let f = try XCTUnwrap(c.elements(forName: "failure").first)
                    XCTAssertEqual(f.attribute(forName: "type")?.stringValue, d.rule)
                    XCTAssertEqual(f.attribute(forName: "message")?.stringValue, d.formatMessageWithHelp)
                    XCTAssertTrue(f.stringValue?.hasPrefix("\(r.path):\(d.start.line):\(d.start.column): \(d.severity.rawValue): \(d.message)") ?? false)
                }
            }
        }
    }

    func testXMLEscaping() throws {
        let r = awkward()
        let expectedMessage = "a <b> & \"c\" 'd'\nnext: 100% sure, really\rend — help: say x, y: z"
        XCTAssertEqual(XMLText.escape("<&>\"'\n\t\r\u{1}\u{FFFE}x"), "&lt;&amp;&gt;&quot;&apos;&#10;&#9;&#13;x")
        XCTAssertEqual(XMLText.escape("<&>\"'\n\t\r\u{1}x", attribute: false), "&lt;&amp;&gt;&quot;&apos;\n\t&#13;x")

        let checkstyle = CheckstyleFormatter().format([r])
        XCTAssertFalse(checkstyle.unicodeScalars.contains("\u{1}"))
        let cs = try xml(checkstyle)
        let file = try XCTUnwrap(try elements(cs, "/checkstyle/file").first)
        XCTAssertEqual(file.attribute(forName: "name")?.stringValue, r.path)
        let error = try XCTUnwrap(file.elements(forName: "error").first)
        XCTAssertEqual(error.attribute(forName: "message")?.stringValue, expectedMessage)
        XCTAssertEqual(error.attribute(forName: "source")?.stringValue, "prfaq.clarity/odd-text")

        let junit = JUnitFormatter().format([r])
        let ju = try xml(junit)
        let testcase = try XCTUnwrap(try elements(ju, "/testsuites/testsuite/testcase").first)
        XCTAssertEqual(testcase.attribute(forName: "classname")?.stringValue, r.path)
        let failure = try XCTUnwrap(testcase.elements(forName: "failure").first)
        XCTAssertEqual(failure.attribute(forName: "message")?.stringValue, expectedMessage)
        XCTAssertEqual(failure.stringValue, "\(r.path):3:5: warning: a <b> & \"c\" 'd'\nnext: 100% sure, really\rend\nhelp: say x, y: z")

        // SARIF keeps the text exactly (JSON can carry every character) and percent-encodes the path.
        let s = try json(sarif([r]))
        let res = try XCTUnwrap((((s["runs"] as? [[String: Any]])?.first)?["results"] as? [[String: Any]])?.first)
        XCTAssertEqual((res["message"] as? [String: Any])?["text"] as? String, r.diagnostics[0].formatMessageWithHelp)
        let uri = ((((res["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
        XCTAssertEqual(uri, "odd%20dir/100%25%2C%20a%3Ab%20%3C%C3%A9%3E.md")
        // A rule the catalogue does not describe still gets a descriptor its results point at.
        let only = try json(SARIFFormatter(toolVersion: "1", rules: []).format([r]))
        let run = try XCTUnwrap((only["runs"] as? [[String: Any]])?.first)
        let rules = (((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]) ?? []
        XCTAssertEqual(rules.compactMap { $0["id"] as? String }, ["clarity/odd-text", "structure/long-block"])
        XCTAssertEqual(((run["results"] as? [[String: Any]]) ?? []).compactMap { $0["ruleIndex"] as? Int }, [0, 1])
    }

    // MARK: - Same findings everywhere

    func testEveryFormatCarriesTheJSONFindings() throws {
        let rs = results()
        let root = try json(JSONFormatter().format(rs))
        var expected = [Finding]()
        for f in (root["files"] as? [[String: Any]]) ?? [] {
            for d in (f["diagnostics"] as? [[String: Any]]) ?? [] {
                expected.append(Finding(rule: d["rule"] as! String, line: d["line"] as! Int, column: d["column"] as! Int))
            }
        }
        expected.sort()
        XCTAssertGreaterThan(expected.count, 20)

        let s = try json(sarif(rs))
        let sarifFindings = (((s["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []).map { r -> Finding in
            let region = ((((r["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])?["region"] as? [String: Int]) ?? [:]
            return Finding(rule: r["ruleId"] as? String ?? "", line: region["startLine"] ?? 0, column: region["startColumn"] ?? 0)
        }
        XCTAssertEqual(sarifFindings.sorted(), expected, "sarif")

        let github = GitHubFormatter().format(rs).split(separator: "\n").map(String.init).filter { $0.contains(",title=") }.map { l -> Finding in
            let p = properties(l)
            // Multi-line spans carry no columns (the runner would drop them); their start column is then 1 or taken from JSON.
            return Finding(rule: p["title"] ?? "", line: Int(p["line"] ?? "") ?? 0, column: Int(p["col"] ?? "") ?? -1)
        }
        let multiLine = Set(rs.flatMap(\.diagnostics).filter { $0.start.line != $0.end.line }.map { Finding(rule: $0.rule, line: $0.start.line, column: -1) })
        let githubResolved = github.map { f in
            f.column != -1 ? f : (expected.first { $0.rule == f.rule && $0.line == f.line } ?? f)
        }
        XCTAssertTrue(github.filter { $0.column == -1 }.allSatisfy { multiLine.contains($0) })
        XCTAssertEqual(githubResolved.sorted(), expected, "github")

        let cs = try xml(CheckstyleFormatter().format(rs))
        let checkstyle = try elements(cs, "//error").compactMap { e -> Finding? in
            guard let src = e.attribute(forName: "source")?.stringValue, src.hasPrefix("prfaq.") else { return nil }
            return Finding(rule: String(src.dropFirst(6)), line: Int(e.attribute(forName: "line")?.stringValue ?? "") ?? 0,
                           column: Int(e.attribute(forName: "column")?.stringValue ?? "") ?? 0)
        }
        XCTAssertEqual(checkstyle.sorted(), expected, "checkstyle")

        let ju = try xml(JUnitFormatter().format(rs))
        let junit = try elements(ju, "//testcase").compactMap { c -> Finding? in
            guard let name = c.attribute(forName: "name")?.stringValue, let at = name.range(of: " at ") else { return nil }
            let lc = name[at.upperBound...].split(separator: ":")
            return Finding(rule: String(name[..<at.lowerBound]), line: Int(lc[0]) ?? 0, column: Int(lc[1]) ?? 0)
        }
        XCTAssertEqual(junit.sorted(), expected, "junit")
    }
}

/// A file with many findings streams in pieces (so its text is never held twice over), and the pieces
/// read exactly as the whole.
final class StreamedChunkTests: XCTestCase {
    func testPiecesJoinToTheWholeAndStayBounded() {
        let text = "# T\n\n" + String(repeating: "word ", count: 6_000) + "\n"
        let r = Linter(rules: BuiltinRules.all).lint(SourceFile(path: "big.md", text: text))
        XCTAssertGreaterThan(r.diagnostics.count, 5_000)
        let textChunks = TextFormatter(color: false).fileChunks(r, chunkBytes: 64 * 1024)
        XCTAssertGreaterThan(textChunks.count, 4)
        XCTAssertTrue(textChunks.allSatisfy { $0.count < 64 * 1024 + 4096 })
        XCTAssertEqual(String(decoding: textChunks.joined(), as: UTF8.self), TextFormatter(color: false).file(r))
        let json = JSONFormatter()
        Parallel.findings = 1000
        defer { Parallel.findings = 4096 }
        let jsonChunks = json.fileChunks(r, first: true)
        XCTAssertGreaterThan(jsonChunks.count, 2)
        let whole = json.header + String(decoding: jsonChunks.joined(), as: UTF8.self) + json.footer(Summary([r]))
        XCTAssertEqual(whole, json.format([r]))
        XCTAssertNotNil(try? JSONSerialization.jsonObject(with: Data(whole.utf8)))
    }
}

/// The text format's caret widths: below U+0300 it answers without a Unicode property lookup, and that
/// shortcut must agree with the lookup (combining marks, enclosing marks and format characters take no
/// column) for every scalar it covers.
final class TextWidthTests: XCTestCase {
    func testShortcutAgreesWithGeneralCategory() {
        for v in UInt32(0)..<0x300 {
            guard let s = Unicode.Scalar(v) else { continue }
            let zero: Bool
            switch s.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: zero = true
            default: zero = false
            }
            XCTAssertEqual(TextFormatter.width(s), zero ? 0 : 1, "U+\(String(v, radix: 16))")
        }
        XCTAssertEqual(TextFormatter.width("\u{301}"), 0)
        XCTAssertEqual(TextFormatter.width("界"), 2)
    }

    func testSoftHyphenAndWideCharactersKeepCaretsUnderTheWord() throws {
        let text = "# T\n\nCo\u{AD}op 界界 very good.\n"
        let r = Linter(rules: BuiltinRules.all).lint(SourceFile(path: "w.md", text: text))
        let out = TextFormatter(color: false).file(r)
        // "very" starts after "Co­op 界界 ": 5 columns for "Co­op " (the soft hyphen takes none), 5 for "界界 ".
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
        guard let i = lines.firstIndex(where: { $0.contains("very good") && $0.contains(" | ") }) else {
            return XCTFail(out)
        }
        let caret = lines[i + 1]
        let bar = caret.range(of: " | ")!.upperBound
        XCTAssertEqual(String(caret[bar...]), String(repeating: " ", count: 10) + "^~~~", out)
    }
}

/// The byte writer behind the JSON output writes what `JSONValue` writes: every escape, wherever it falls
/// against the eight-byte steps, and numbers of any size.
final class JSONBytesTests: XCTestCase {
    func testStringsAndNumbersMatchTheValueWriter() {
        let pieces = ["a", "bcdefgh", "\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", " ", "é", "“", "”", "\u{2028}",
                      "\u{2029}", "\u{2027}", "—", "€", "😀", "~", "\u{7F}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let s = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            var w = JSONBytes(capacity: 0)
            w.string(s)
            var expected = ""
            JSONValue.quote(s, &expected)
            XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), expected, s.debugDescription)
        }
        var w = JSONBytes(capacity: 1)
        for n in [0, 7, -7, 10, 99, 100, 1_000_000_007, Int.max, Int.min] { w.int(n); w.raw(",") }
        XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), "0,7,-7,10,99,100,1000000007,\(Int.max),\(Int.min),")
    }
}
