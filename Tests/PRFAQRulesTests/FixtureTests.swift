import XCTest
import Yams
import Markdown
@testable import DraftAnatomy
@testable import LintCore
@testable import Session
import PRFAQRules

/// The realistic drafts in Fixtures/: golden text and JSON output, every seeded flaw caught with its exact
/// span, good drafts nearly silent, and every word and finding slicing back to its own text.
final class FixtureTests: XCTestCase {
    static let fixtures: [String] = {
        let dir = packageRoot.appendingPathComponent("Fixtures").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
    }()

    override func setUp() {
        _ = FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
    }

    func results(_ name: String) -> FileResult {
        LintRun(linter: Linter(rules: BuiltinRules.all), options: .init()).run(["Fixtures/" + name])[0]
    }

    func testThereAreEnoughFixturesOfEveryKind() {
        XCTAssertGreaterThanOrEqual(Self.fixtures.count, 18)
        for p in Profile.allCases {
            XCTAssertTrue(Self.fixtures.contains { $0.hasPrefix(p.rawValue + "-good") }, "no good \(p) fixture")
            XCTAssertTrue(Self.fixtures.contains { $0.hasPrefix(p.rawValue + "-flawed") }, "no flawed \(p) fixture")
        }
    }

    func testGoldenTextAndJSON() throws {
        for name in Self.fixtures {
            let r = results(name)
            XCTAssertNil(r.error, name)
            let json = try checkGoldens(r, base: packageRoot.appendingPathComponent("Fixtures/" + name.dropLast(3)), name: name)
            // The JSON parses and carries the profile the file name promises.
            let obj = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            let file = (obj?["files"] as? [[String: Any]])?.first
            XCTAssertEqual(file?["profile"] as? String, String(name.prefix { $0 != "-" }), name)
        }
    }

    /// Recall: every flaw a fixture's sidecar records is reported on its line with exactly its span.
    /// Noise: good drafts have no errors and no warnings.
    func testSeededFlawsAreCaughtAndGoodDraftsStayQuiet() throws {
        var total = 0, caught = 0
        var goodErrors = 0, goodWarnings = 0, goodFiles = 0
        for name in Self.fixtures {
            let r = results(name)
            guard let src = r.source else { XCTFail("\(name) unread"); continue }
            let sidecar = packageRoot.appendingPathComponent("Fixtures/" + name.dropLast(3) + ".flaws.yml")
            if name.contains("-good-") {
                goodFiles += 1
                goodErrors += r.count(.error)
                goodWarnings += r.count(.warning)
                XCTAssertEqual(r.count(.error), 0, "\(name): \(r.diagnostics.filter { $0.severity == .error }.map(\.message))")
                XCTAssertEqual(r.count(.warning), 0, "\(name): \(r.diagnostics.filter { $0.severity == .warning }.map(\.message))")
                continue
            }
            let yaml = try String(contentsOf: sidecar, encoding: .utf8)
            let flaws = ((try Yams.load(yaml: yaml) as? [String: Any])?["flaws"] as? [[String: Any]]) ?? []
            XCTAssertFalse(flaws.isEmpty, "\(name) records no flaws")
            for f in flaws {
                guard let line = f["line"] as? Int, let rule = f["rule"] as? String, let text = f["text"] as? String else { continue }
                total += 1
                let hit = r.diagnostics.contains { d in
                    d.rule == rule && d.start.line == line && d.end.line == line
                        && slice(src, line: line, from: d.start.column, to: d.end.column) == text
                }
                if hit { caught += 1 } else { XCTFail("\(name):\(line): \(rule) \"\(text)\" not reported with that span") }
            }
        }
        print("fixtures: recall \(caught)/\(total) seeded flaws caught with their exact span; "
              + "noise \(goodErrors) errors, \(goodWarnings) warnings over \(goodFiles) good drafts")
        XCTAssertGreaterThan(total, 50)
    }

    /// For every word the linter sees and every finding it reports, slicing the source line at the
    /// reported columns gives back exactly that text — across em dashes, curly quotes, accents and emoji.
    func testEveryWordAndFindingSlicesBackToItsText() throws {
        var words = 0
        for name in Self.fixtures {
            let data = try [UInt8](Data(contentsOf: packageRoot.appendingPathComponent("Fixtures/" + name)))
            let src = try SourceFile.decode(path: name, data: data)
            let draft = Draft(document: Document(source: src))
            for unit in draft.units {
                for (k, t) in unit.tokens.enumerated() where t.kind == .word {
                    let text = unit.text(of: t)
                    let r = unit.sourceRange(tokens: k..<(k + 1))
                    let a = src.position(ofByte: r.lowerBound), b = src.position(ofByte: r.upperBound)
                    XCTAssertEqual(a.line, b.line, "\(name): \(text) spans lines")
                    let got = slice(src, line: a.line, from: a.column, to: b.column)
                    // Escapes and entities are the only way source and word may differ.
                    if got != text { XCTAssertTrue(got.contains("\\") || got.contains("&"), "\(name):\(a): \(got.debugDescription) != \(text.debugDescription)") }
                    words += 1
                }
            }
            for d in results(name).diagnostics where d.start.line == d.end.line {
                XCTAssertEqual(slice(src, line: d.start.line, from: d.start.column, to: d.end.column), src.text(d.range), "\(name): \(d.rule) at \(d.start)")
                if let quoted = d.message.split(separator: "\"").first, d.message.hasPrefix("\"") {
                    XCTAssertEqual(String(quoted), src.text(d.range), "\(name): \(d.rule) message names another text")
                }
            }
        }
        print("fixtures: \(words) words and every single-line finding sliced back to their own text")
        XCTAssertGreaterThan(words, 5000)
    }
}
