import Foundation
import Markdown
import TestSupport
import XCTest
import DraftAnatomy
@testable import LintCore
import PRFAQRules
@testable import Settings

/// The word-list rules share one walk over a draft's units (their candidates gathered once a block of
/// units): each must report, in order, exactly what it reports when it runs alone.
final class GroupedScanTests: XCTestCase {
    func testGroupedWordListRulesReportWhatEachReportsAlone() throws {
        let scanners = BuiltinRules.all.filter { $0.unitScanner != nil }
        XCTAssertGreaterThan(scanners.count, 5)
        let folder = packageRoot.appendingPathComponent("Fixtures")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        XCTAssertFalse(files.isEmpty)
        var reported = 0
        for name in files {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            // The draft once, and again with its paragraphs repeated past one block of units.
            for body in [text, String(repeating: text + "\n\n", count: 3)] {
                let draft = Draft(document: Document(text: body))
                let start = scanners.map { RuleContext(description: $0.description, severity: $0.description.severity, options: [:]) }
                let jobs = start.indices.map { Linter.Job(rule: $0, context: start[$0]) }
                let grouped = try XCTUnwrap(Linter.run(jobs, of: scanners, scanners: scanners.map(\.unitScanner),
                                                       shared: Linter.shared(scanners.compactMap(\.unitScanner)), on: draft,
                                                       deadline: nil))
                // A draft's group may be some of the linter's scanners (rules off, or for another profile):
                // every other one here, with what all of them share.
                let some = Array(stride(from: 0, to: scanners.count, by: 2))
                let part = try XCTUnwrap(Linter.run(some.map { jobs[$0] }, of: scanners, scanners: scanners.map(\.unitScanner),
                                                    shared: Linter.shared(scanners.compactMap(\.unitScanner)), on: draft,
                                                    deadline: nil))
                // And with nothing shared: each group then makes its own.
                let unshared = try XCTUnwrap(Linter.run(jobs, of: scanners, scanners: scanners.map(\.unitScanner), shared: [:],
                                                        on: draft, deadline: nil))
                for (i, rule) in scanners.enumerated() {
                    var ctx = start[i]
                    rule.check(draft, &ctx)
                    let alone = ctx.finished.map { "\($0.range) \($0.message)" }
                    XCTAssertEqual(grouped[i].map { "\($0.range) \($0.message)" }, alone, "\(rule.description.id) in \(name)")
                    XCTAssertEqual(unshared[i].map { "\($0.range) \($0.message)" }, alone, "\(rule.description.id) in \(name)")
                    if let k = some.firstIndex(of: i) {
                        XCTAssertEqual(part[k].map { "\($0.range) \($0.message)" }, alone, "\(rule.description.id) in \(name), some rules")
                    }
                    reported += alone.count
                }
            }
        }
        XCTAssertGreaterThan(reported, 20, "the fixtures give the word lists something to find")
    }

    /// The lists a unit's candidates may start, as the shared filter gives them in its one pass, are the
    /// lists whose own filters pass some candidate (`PhraseMatcher.mayMatch`): on every fixture, for every
    /// word-list rule, and for a filter of every other rule.
    func testTheFiltersListsAreTheListsThatMayMatch() throws {
        let packs = BuiltinRules.all.compactMap { $0 as? PackRule }.filter { $0.unitScanner != nil }
        XCTAssertGreaterThan(packs.count, 5)
        let folder = packageRoot.appendingPathComponent("Fixtures")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        var matched = 0, passed = 0
        for filterRules in [packs, Array(stride(from: 0, to: packs.count, by: 2).map { packs[$0] })] {
            let filter = CandidateFilter(filterRules)
            for name in files {
                let draft = Draft(document: Document(text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)))
                for unit in draft.units {
                    var candidates = [Int]()
                    let lists = filter.appendCandidates(unit.keyHashes, to: &candidates)
                    for rule in filterRules {
                        let place = try XCTUnwrap(filter.place(of: rule))
                        let may = rule.matcher.mayMatch(candidates[...], unit.keyHashes)
                        XCTAssertEqual(lists & (1 << UInt64(place)) != 0, may, "\(rule.description.id) in \(name): \(unit.text)")
                        if may { matched += 1 } else if !candidates.isEmpty { passed += 1 }
                    }
                }
            }
        }
        XCTAssertGreaterThan(matched, 50)
        XCTAssertGreaterThan(passed, 50, "units with candidates that some lists turn away")
    }
}
