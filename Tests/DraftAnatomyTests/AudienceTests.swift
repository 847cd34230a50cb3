import XCTest
import Foundation
import Markdown
@testable import DraftAnatomy
@testable import LintCore
@testable import Settings
import PRFAQRules

/// Who a draft is read for: detected from its content (conservatively, with reasons), or chosen with the
/// same precedence as the profile (command line, front matter, nearest .prfaq.yml, detection).
final class AudienceTests: XCTestCase {
    func draft(_ text: String, audience: Audience? = nil) -> Draft {
        Draft(document: Document(text: text), audience: audience)
    }

    let consumer = """
        # Parents Reorder in One Tap

        SEATTLE — May 3, 2027 — Parents repeat last week's order in one tap on their iPhone at Amazon.com.

        Today parents spend 12 minutes rebuilding the same order.
        """

    /// A lint asks only for the audience, and the detector then stops at the first signal that decides
    /// it: on every fixture, and on drafts that decide by each signal, it gives what the full reading gives.
    func testStoppingAtTheDecidingSignalGivesTheSameAudience() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures")
        var texts = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".md") }
            .map { try String(contentsOf: fixtures.appendingPathComponent($0), encoding: .utf8) }
        texts += [consumer, consumer + "\n\n```swift\nlet a = 1\n```\n", "Set `a`, `b` and `c`.\n",
                  "Call bucket.grantRead() or grant().\n", "Developers deploy.\n\nDevelopers wait.\n",
                  "We write code.\n\nThey review code.\n", "Tap `Reorder` once.\n"]
        var technical = 0
        for text in texts {
            let d = Draft(document: Document(text: text))
            let detector = AudienceDetector(document: d.document, units: d.units)
            let full = detector.detect(), quick = detector.detect(explaining: false)
            XCTAssertEqual(quick.audience, full.audience, String(text.prefix(80)))
            XCTAssertEqual(d.detectedAudience, full.audience)
            if full.audience == .technical { technical += 1; XCTAssertEqual(quick.evidence, []) }
        }
        XCTAssertGreaterThanOrEqual(technical, 5)
    }

    func testAConsumerDraftIsGeneral() {
        let d = draft(consumer)
        XCTAssertEqual(d.audience, .general)
        XCTAssertEqual(d.detectedAudience, .general)
        XCTAssertEqual(d.audienceEvidence, ["no code, API-style names or developer readers"])
    }

    func testALabelledCodeBlockMakesItTechnical() {
        let d = draft(consumer + "\n\n```typescript\nnew Bucket(this, 'B');\n```\n")
        XCTAssertEqual(d.audience, .technical)
        XCTAssertEqual(d.audienceEvidence, ["1 code block (typescript), first at line 7"])
    }

    func testOneUnlabelledBlockOrOneCodeSpanIsTooLittle() {
        let d = draft(consumer + "\n\n```\nYour order is on its way.\n```\n\nTap `Reorder` to start.\n")
        XCTAssertEqual(d.audience, .general)
        XCTAssertEqual(d.audienceEvidence, ["only 1 unlabelled code block, 1 code span: too little to read as technical"])
        XCTAssertEqual(draft(consumer + "\n\n```\na\n```\n\n    b = 1\n").audience, .technical)
    }

    func testCodeSpansAndAPINamesMakeItTechnical() {
        let spans = draft("# Buckets\n\nSet `versioned`, `encryption` and `removalPolicy` on the bucket.\n")
        XCTAssertEqual(spans.audience, .technical)
        XCTAssertEqual(spans.audienceEvidence, ["3 code spans, first at line 3"])
        let names = draft("# Buckets\n\nCall bucket.grantRead() or grant() with max_retries set.\n")
        XCTAssertEqual(names.audience, .technical)
        XCTAssertEqual(names.audienceEvidence, ["API-style names (bucket.grantRead, grant(), max_retries), first at line 3"])
        // Names of shops and phones are not API names.
        XCTAssertEqual(draft("# Shop\n\nBuy on Amazon.com with an iPhone, eBay or macOS app.\n").audienceEvidence,
                       ["no code, API-style names or developer readers"])
    }

    func testDevelopersAsCustomersMakeItTechnical() {
        let d = draft("# Deploy Faster\n\nDevelopers deploy in one command.\n\nUntil now, developers wrote scripts.\n")
        XCTAssertEqual(d.audience, .technical)
        XCTAssertEqual(d.audienceEvidence, ["written for developers: 2 mentions such as \"Developers\" (first at line 3)"])
        XCTAssertEqual(draft("# Deploy\n\nPlatform engineers approve each change.\n\nCloud administrators see it.\n").audience, .technical)
        // A list of roles in one place is not a readership.
        XCTAssertEqual(draft("# Patterns\n\n* **Role**: Web Developer, Data Scientist\n").audience, .general)
        // The team's own developers, or builders of houses, are not the readers.
        XCTAssertEqual(draft("# Homes\n\nOur developers built it. Our developers tested it with home builders and builders.\n").audience, .general)
        XCTAssertEqual(draft("# Tours\n\nTour operators and machine operators book 40 trips.\n").audience, .general)
    }

    /// Readers who write code are technical readers, even with no code in the draft.
    func testReadersWhoWriteCodeMakeItTechnical() {
        let d = draft("# Boundaries\n\nTeams write code using the kit to draw their boundary.\n\n- It converts code into a diagram.\n")
        XCTAssertEqual(d.audience, .technical)
        XCTAssertEqual(d.audienceEvidence, ["its readers write code: \"code\" in 2 paragraphs (first at line 3)"])
        // Zip codes, discount codes and a code of conduct are not software.
        XCTAssertEqual(draft("# Shop\n\nEnter your zip code.\n\nUse the discount code at checkout and read our code of conduct.\n").audience, .general)
    }

    func testAChosenAudienceWinsAndSaysWhatTheContentReadsAs() {
        let d = draft(consumer, audience: .technical)
        XCTAssertEqual(d.audience, .technical)
        XCTAssertEqual(d.detectedAudience, .general)
        XCTAssertEqual(d.audienceEvidence, ["chosen by configuration or --audience (the content reads as general)"])
        let stats = DraftStats(d)
        XCTAssertEqual(stats.json["audience"] as? String, "technical")
        XCTAssertTrue(stats.text(path: "a.md").contains("  audience            technical (chosen by configuration or --audience"))
    }

    // MARK: configuration

    let linter = Linter(rules: BuiltinRules.all)

    func testConfigurationAcceptsAudienceAndRejectsUnknownValuesWithTheirLine() throws {
        let parser = ConfigParser(rules: BuiltinRules.all.map(\.description))
        let (c, _) = try parser.parse("profile: prfaq\naudience: technical\n", file: ".prfaq.yml")
        XCTAssertEqual(c.audience, .technical)
        XCTAssertEqual(c.origins["audience"], ".prfaq.yml")
        XCTAssertNil(try parser.parse("audience: auto\n", file: ".prfaq.yml").0.audience)
        XCTAssertThrowsError(try parser.parse("profile: auto\naudience: developers\n", file: ".prfaq.yml")) { e in
            XCTAssertEqual((e as? ConfigError)?.description,
                           ".prfaq.yml:2:11: unknown audience \"developers\"; use auto, general or technical")
        }
        XCTAssertThrowsError(try parser.parse("audience: technicl\n", file: "team.yml")) { e in
            XCTAssertTrue("\(e)".contains("team.yml:1:11: unknown audience \"technicl\" (did you mean technical?)"), "\(e)")
        }
    }

    func testPrecedenceCommandLineThenFrontMatterThenConfigThenDetection() throws {
        var config = Configuration()
        config.audience = .technical
        let plain = SourceFile(path: "a.md", text: consumer)
        XCTAssertEqual(linter.lint(plain).audience, .general, "detected")
        XCTAssertEqual(linter.lint(plain, config: config).audience, .technical, ".prfaq.yml beats detection")
        let front = SourceFile(path: "b.md", text: "---\nprfaq:\n  audience: general\n---\n" + consumer + "\n\n```swift\nlet x = 1\n```\n")
        XCTAssertEqual(linter.lint(front).audience, .general, "front matter beats detection")
        XCTAssertEqual(linter.lint(front, config: config).audience, .general, "front matter beats .prfaq.yml")
        XCTAssertEqual(linter.lint(front, config: config, audience: .technical).audience, .technical, "the command line beats both")
        let bad = SourceFile(path: "c.md", text: "---\nprfaq:\n  audience: experts\n---\n" + consumer)
        XCTAssertEqual(linter.lint(bad).error, "c.md:3:13: unknown audience \"experts\"; use auto, general or technical")
        var merged = Configuration()
        merged.merge(config)
        merged.merge(Configuration())
        XCTAssertEqual(merged.audience, .technical, "a layer without audience keeps the one below")
    }

    /// The audience changes only word lists: structure, data and customer checks run the same.
    func testTheAudienceNeverSilencesStructureDataOrCustomerChecks() {
        let text = "# Faster Builds\n\nBuilds will be significantly faster for the CDK.\n"
        let general = linter.lint(SourceFile(path: "a.md", text: text), audience: .general).diagnostics
        let technical = linter.lint(SourceFile(path: "a.md", text: text), audience: .technical).diagnostics
        let wordRules: Set<String> = ["clarity/undefined-acronym", "customer/technology-in-press-release"]
        XCTAssertTrue(general.contains { $0.rule == "clarity/undefined-acronym" })
        XCTAssertFalse(technical.contains { $0.rule == "clarity/undefined-acronym" })
        XCTAssertFalse(general.filter { !wordRules.contains($0.rule) }.isEmpty)
        XCTAssertEqual(general.filter { !wordRules.contains($0.rule) }.map(\.rule), technical.filter { !wordRules.contains($0.rule) }.map(\.rule))
    }
}
