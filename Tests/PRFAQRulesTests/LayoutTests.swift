import XCTest
import Yams
import Markdown
@testable import DraftAnatomy
@testable import LintCore
@testable import Session
import PRFAQRules

/// The layouts real writers use (Fixtures/layouts/): for each draft, the parts its `*.parts.yml` says a
/// careful reader finds are found on those lines, the profile is the one it names, its golden output
/// holds, and it gets no error or warning beyond the findings the sidecar lists.
final class LayoutTests: XCTestCase {
    static let folder = "Fixtures/layouts"

    static let layouts: [String] = {
        let dir = packageRoot.appendingPathComponent(folder).path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
    }()

    override func setUp() {
        _ = FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
    }

    func result(_ name: String) -> FileResult {
        LintRun(linter: Linter(rules: BuiltinRules.all), options: .init()).run([Self.folder + "/" + name])[0]
    }

    func sidecar(_ name: String) throws -> [String: Any] {
        let url = packageRoot.appendingPathComponent(Self.folder + "/" + name.dropLast(3) + ".parts.yml")
        return (try Yams.load(yaml: String(contentsOf: url, encoding: .utf8)) as? [String: Any]) ?? [:]
    }

    func testThereAreLayoutsOfEveryKind() {
        XCTAssertGreaterThanOrEqual(Self.layouts.count, 25)
        for p in Profile.allCases { XCTAssertTrue(Self.layouts.contains { $0.hasPrefix(p.rawValue + "-") }, "no \(p) layout") }
    }

    func testEachLayoutIsReadAsItsSidecarSays() throws {
        var checked = 0
        for name in Self.layouts {
            let want = try sidecar(name)
            XCTAssertFalse(want.isEmpty, "\(name) has no parts.yml")
            let r = result(name)
            guard let src = r.source else { XCTFail("\(name): \(r.error ?? "unread")"); continue }
            let draft = Draft(document: Document(source: src), profile: r.profile)
            let got = AnatomySummary(draft)
            if let p = want["profile"] as? String {
                XCTAssertEqual(got.profile.rawValue, p, "\(name): profile (evidence: \(draft.evidence))")
                checked += 1
            }
            if let reader = want["audience"] as? String {
                XCTAssertEqual(draft.audience.rawValue, reader, "\(name): audience (evidence: \(draft.audienceEvidence))")
                checked += 1
            }
            if let pr = want["press-release"] as? Bool { XCTAssertEqual(got.pressRelease, pr, "\(name): press release"); checked += 1 }
            for (part, line) in (want["parts"] as? [String: Int]) ?? [:] {
                XCTAssertEqual(got.parts[part], line, "\(name): \(part)")
                checked += 1
            }
            for part in (want["missing"] as? [String]) ?? [] {
                XCTAssertNil(got.parts[part], "\(name): \(part) should not be found")
                checked += 1
            }
            if let faq = want["faq"] as? [String: Int] {
                XCTAssertEqual(got.faq, faq, "\(name): FAQ questions by kind")
                checked += 1
            }
            if let unanswered = want["unanswered"] as? [Int] {
                XCTAssertEqual(got.unanswered.sorted(), unanswered.sorted(), "\(name): unanswered questions")
                checked += 1
            }
            if let stories = want["stories"] as? [[String: Any]] {
                XCTAssertEqual(got.stories.count, stories.count, "\(name): stories")
                for (s, w) in zip(got.stories, stories) {
                    XCTAssertEqual(s.title, w["title"] as? String, "\(name): story title")
                    XCTAssertEqual(s.line, w["line"] as? Int, "\(name): story \(s.title ?? "") line")
                    XCTAssertEqual(s.parts, (w["parts"] as? [String: Int]) ?? [:], "\(name): story \(s.title ?? "") parts")
                    checked += 1
                }
            }
        }
        print("layouts: \(Self.layouts.count) drafts, \(checked) expectations about their parts")
        XCTAssertGreaterThan(checked, 200)
    }

    /// Listed findings are reported on their lines; nothing else reaches warning or error.
    func testLayoutsGetOnlyTheFindingsTheySeed() throws {
        for name in Self.layouts {
            let r = result(name)
            let listed = ((try sidecar(name))["findings"] as? [[String: Any]]) ?? []
            var expected = Set<String>()
            for f in listed {
                guard let rule = f["rule"] as? String, let line = f["line"] as? Int else { continue }
                expected.insert("\(rule):\(line)")
                XCTAssertTrue(r.diagnostics.contains { $0.rule == rule && $0.start.line == line }, "\(name):\(line): \(rule) not reported")
            }
            let loud = r.diagnostics.filter { $0.severity != .suggestion && !expected.contains("\($0.rule):\($0.start.line)") }
            XCTAssertTrue(loud.isEmpty, "\(name): " + loud.map { "\($0.start.line): \($0.message) [\($0.rule)]" }.joined(separator: "; "))
        }
    }

    func testGoldenTextAndJSON() throws {
        for name in Self.layouts {
            try checkGoldens(result(name), base: packageRoot.appendingPathComponent(Self.folder + "/" + name.dropLast(3)), name: name)
        }
    }
}
