import DraftAnatomy
import LintCore
import Markdown
@testable import Settings
import XCTest

/// Configuration files, front matter and rule packs read YAML through one loader: one depth limit, one
/// way of turning a YAML error into a file, line and message.
final class YAMLLoaderTests: XCTestCase {
    func testTooDeepIsAnErrorAtItsLineEvenWhenInvalidTextIsIgnored() {
        let deep = "a: 1\nb: " + String(repeating: "[", count: 200)
        for ignoring in [false, true] {
            XCTAssertThrowsError(try YAMLLoader.compose(deep, file: "f.yml", lineOffset: 10, ignoringInvalid: ignoring)) { e in
                let c = e as? ConfigError
                XCTAssertEqual(c?.line, 12)
                XCTAssertEqual(c?.message, "YAML nested more than \(YAMLDepth.limit) levels deep")
            }
        }
    }

    func testInvalidYAMLNamesTheLineInItsFileAndTheProblem() {
        XCTAssertThrowsError(try YAMLLoader.compose("a: 1\nb: [oops\n", file: "f.yml", lineOffset: 1, name: "front matter")) { e in
            let c = e as? ConfigError
            XCTAssertEqual(c?.file, "f.yml")
            XCTAssertEqual(c?.line, 4)
            XCTAssertTrue(c?.message.hasPrefix("front matter is not valid YAML: ") == true, c?.message ?? "")
        }
        XCTAssertNil(try YAMLLoader.compose("a: [oops\n", file: "f.yml", ignoringInvalid: true))
    }

    /// The three readers report the same broken YAML the same way (lines shifted for front matter).
    func testConfigPackAndFrontMatterShareOneErrorPath() throws {
        let broken = "prfaq:\n  rules: [oops\n"
        func error(_ body: () throws -> Void) -> ConfigError? {
            do { try body() } catch { return error as? ConfigError }
            return nil
        }
        let config = error { _ = try ConfigParser(rules: []).parse(broken, file: "c.yml") }
        let pack = error { _ = try PackParser().parse(broken, file: "p.yml") }
        let draft = SourceFile(path: "d.md", text: "---\n" + broken + "---\n\n# T\n")
        let fm = try XCTUnwrap(Document(source: draft).frontMatter)
        let front = error { _ = try Linter(rules: []).frontMatterConfig(fm, file: "d.md") }
        XCTAssertEqual(config?.line, 3)
        XCTAssertEqual(pack?.line, 3)
        XCTAssertEqual(front?.line, 4)
        XCTAssertEqual(config?.message, pack?.message)
        XCTAssertEqual(front?.message, "front matter is " + (config?.message ?? ""))
    }
}
