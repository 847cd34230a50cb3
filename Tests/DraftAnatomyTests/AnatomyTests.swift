import XCTest
import Foundation
import Markdown
@testable import DraftAnatomy
@testable import LintCore
import PRFAQRules

/// The parts of a draft and the profile detected from them.
final class AnatomyTests: XCTestCase {
    let prfaq = """
        # Busy Parents Repeat Their Weekly Order in One Tap

        _Parents who shop weekly save 12 minutes an order._

        SEATTLE — May 3, 2027 — Acme launches Reorder for parents.

        Today parents spend 12 minutes rebuilding the same order.

        With Reorder, parents repeat last week's order in one tap.

        “We built it for busy parents,” said Raj Rao, VP of Grocery.

        To get started, open the app and tap Reorder.

        “I save 12 minutes every Sunday,” said Maria Lopez, a nurse.

        Reorder is available today at https://example.com.

        ## External FAQ

        ### How much does it cost?

        It is free.

        **Q: Can I edit an order?** Yes, before checkout.

        ## Internal FAQ

        Q: What are the risks?
        A: Carriers may miss windows.

        ### What do we depend on?

        """

    /// A document-level finding points at line 1 unless it is blank (then the first unit's line): spaces and
    /// tabs are blank; a line with a form feed or a word is not, and one past ASCII is read by Foundation.
    func testDocumentRangeSkipsABlankFirstLineAsFoundationReadsIt() {
        func firstLine(_ text: String) -> String {
            let d = Draft(document: Document(text: text))
            return d.text(d.documentRange)
        }
        XCTAssertEqual(firstLine("# Title\n\nBody.\n"), "# Title")
        XCTAssertEqual(firstLine(" \t \n# Title\n\nBody.\n"), "# Title")
        // Blank to Foundation too, but cmark reads it as a paragraph: the first unit is on line 1.
        XCTAssertEqual(firstLine("\u{00A0}\u{3000}\n# Title\n\nBody.\n"), "\u{00A0}\u{3000}")
        XCTAssertEqual(firstLine("\u{0C}\n# Title\n\nBody.\n"), "\u{0C}")
        XCTAssertEqual(firstLine("\u{00A0}x\n# Title\n"), "\u{00A0}x")
    }

    /// What names a date: a month (not the verb "may"), a quarter, a year, a numbered week or day, a
    /// deadline counted from now.
    func testHasDate() {
        func dated(_ text: String) -> Bool {
            let d = Draft(document: Document(text: text))
            return d.hasDate(d.units[0])
        }
        for text in ["We ship in March.", "We ship in Q3.", "We ship in 2027.", "We review it in week 6.",
                     "It lands within four weeks.", "It lands in 90 days.", "We ship in May."] {
            XCTAssertTrue(dated(text), text)
        }
        for text in ["We may ship soon.", "We ship in Q5.", "We ship in 1999.", "We ship in a few weeks.",
                     "Every week counts.", "The q3x model ships."] {
            XCTAssertFalse(dated(text), text)
        }
    }

    func testPressReleasePartsAndFAQs() {
        let d = Draft(document: Document(text: prfaq))
        XCTAssertEqual(d.profile, .prfaq)
        let a = d.anatomy
        for p in Anatomy.PRPart.allCases { XCTAssertNotNil(a.prParts[p], "no \(p)") }
        XCTAssertEqual(d.units[a.prParts[.leaderQuote]!.marker].text.hasPrefix("“We built"), true)
        XCTAssertEqual(d.units[a.prParts[.customerQuote]!.marker].text.hasPrefix("“I save"), true)
        XCTAssertTrue(a.datelineFound)
        XCTAssertNotNil(a.faqSections[.external])
        XCTAssertNotNil(a.faqSections[.internal])
        let questions = a.faqItems.map { d.units[$0.question].prose.string($0.questionRange) }
        XCTAssertEqual(questions, ["How much does it cost?", "Q: Can I edit an order?", "Q: What are the risks?", "What do we depend on?"])
        XCTAssertEqual(a.faqItems.map(\.hasAnswer), [true, true, true, false])
        XCTAssertEqual(a.faqItems.map(\.faq), [.external, .external, .internal, .internal])
    }

    func testRFCVariant() {
        let d = Draft(document: Document(text: "# RFC\n\n## Working Backwards\n\nREADME text.\n\n## Public FAQ\n\n### What are we launching today?\n\nA thing.\n\n## Internal FAQ\n\n### Why should we *not* do this?\n\nCost.\n"))
        XCTAssertEqual(d.profile, .prfaq)
        XCTAssertFalse(d.anatomy.hasPressRelease)
        XCTAssertTrue(d.anatomy.prParts.isEmpty)
        XCTAssertEqual(d.anatomy.faqItems.count, 2)
    }

    /// "Kilnbook: Press Release and FAQ" names the document: the bold line under it is the headline.
    func testATitleThatNamesTheDocumentIsNotTheHeadline() {
        let d = Draft(document: Document(text: "# Kilnbook: Press Release and FAQ\n\n**Kilnbook lets hobby potters book kiln space from their phones**\n\n*Members know the day their pots come out*\n\nSEATTLE — March 3, 2027 — Clayhouse today launched Kilnbook.\n\n## FAQ\n\n### What does it cost?\n\n$12 a month.\n"))
        XCTAssertEqual(d.profile, .prfaq)
        XCTAssertEqual(d.anatomy.prParts[.headline].map { d.document.line(ofBlock: d.units[$0.marker].block) }, 3)
        XCTAssertEqual(d.anatomy.prParts[.subheading].map { d.document.line(ofBlock: d.units[$0.marker].block) }, 5)
    }

    /// A narrative that ends with an FAQ appendix, with no press release, stays a narrative.
    /// Layouts of fresh public drafts: a headline under a release line that ends with its date, one above
    /// "## Press Release" under a "# PRFAQ" title, a creator's quote (the leader's) and one from "a
    /// principal engineer at an early-adopter organization" (a customer's).
    func testHeadlinesAndSpeakersOfFreshDrafts() {
        func headlineLine(_ text: String) -> Int? {
            let d = Draft(document: Document(text: text))
            return d.anatomy.prParts[.headline].map { d.document.line(ofBlock: d.units[$0.marker].block) }
        }
        XCTAssertEqual(headlineLine("# Stitch\n\n## Press Release\n\n**FOR IMMEDIATE RELEASE — San Francisco, CA, June 7, 2026**\n\n### Stitch turns scattered sources into pipelines\n\nToday, every team that needs insight from scattered sources writes glue code.\n\n## FAQ\n\n### What is it?\n\nA CLI.\n"), 7)
        XCTAssertEqual(headlineLine("# PRFAQ\n\n## Build AI That Matters\n\nDependable AI systems for real-world impact\n\n---\n\n## Press Release\n\nLISBON – (Mar 2026) – A new talk introduces a framework for dependable AI.\n\n## FAQ\n\n### Who is it for?\n\nEngineers.\n"), 3)
        let quotes = Draft(document: Document(text: "# Hofmann Ships OPAQUE for Java\n\n## Press Release\n\n**OPEN SOURCE — March 2026** — Today, the Hofmann project announces OPAQUE for Java.\n\n\"We built it for every Java team,\" said Ned Wolpert, creator of the Hofmann project.\n\n\"We evaluated it after our third incident,\" said a principal engineer at an early-adopter organization.\n\n## FAQ\n\n### What is it?\n\nA library.\n"))
        XCTAssertEqual(quotes.anatomy.prParts[.leaderQuote].map { quotes.units[$0.marker].text.contains("Wolpert") }, true)
        XCTAssertEqual(quotes.anatomy.prParts[.customerQuote].map { quotes.units[$0.marker].text.contains("principal engineer") }, true)
    }

    func testAnFAQAppendixLeavesANarrativeANarrative() {
        let text = "# Lockers\n\n## Purpose\n\nThis asks for $46,000.\n\n## Background\n\nThe desk closes at 6 PM.\n\n## Proposal\n\nWe install 60 lockers.\n\n## FAQ\n\n### Is it free?\n\nYes.\n"
        XCTAssertEqual(Draft(document: Document(text: text)).profile, .narrative)
        // With a press release heading, the same FAQ makes it a PR/FAQ.
        XCTAssertEqual(Draft(document: Document(text: text.replacingOccurrences(of: "## Purpose", with: "## Press Release"))).profile, .prfaq)
    }

    /// A section of a few words gets no reading grade in `stats` (one word graded -3.4), and one word is "1 word".
    func testStatsGradesOnlySectionsLongEnoughToGrade() {
        let long = String(repeating: "Parents rebuild the same weekly order every Sunday night. ", count: 4)
        let stats = DraftStats(Draft(document: Document(text: "# Reorder\n\n## Why\n\n\(long)\n\n## Depends on\n\nNothing.\n")))
        let text = stats.text(path: "a.md")
        XCTAssertTrue(text.contains("    1 word   too short to grade"), text)
        XCTAssertTrue(text.contains("   36 words  grade "), text)
    }

    func testStarByHeadingsAndLeadIns() {
        let headings = Draft(document: Document(text: "## Situation\n\nA.\n\n## Task\n\nB.\n\n## Action\n\nC.\n\n## Result\n\nD.\n"))
        XCTAssertEqual(headings.profile, .star)
        let leadIns = Draft(document: Document(text: "**Situation:** A.\n\n**Task:** B.\n\n**Action:** C.\n\n**Result:** D.\n"))
        XCTAssertEqual(leadIns.profile, .star)
        XCTAssertEqual(Set(leadIns.anatomy.starParts.keys), [.situation, .task, .action, .result])
        XCTAssertNil(Draft(document: Document(text: "## Action items for next week\n\nA.\n")).anatomy.starParts[.action])
    }

    func testNarrativeAndBylineIsNotADateline() {
        let d = Draft(document: Document(text: "# Plan\n\n*Kwame Mensah, Director — March 3, 2027*\n\n## Purpose\n\nWe ask for $1M.\n\n## Background\n\nBuses run late.\n"))
        XCTAssertEqual(d.profile, .narrative)
        XCTAssertFalse(d.anatomy.datelineFound)
        XCTAssertNotNil(d.anatomy.narrativeParts[.purpose])
    }

    func testSectionKeys() {
        XCTAssertEqual(Section.key(for: "2. Internal FAQ:"), "internal faq")
        XCTAssertEqual(Section.key(for: "Part 3: Risks & Mitigations"), "risks & mitigations")
        XCTAssertEqual(Section.key(for: "A. Appendix"), "appendix")
    }

    /// The indexed part-name lookup answers what a first-match scan of the table answers.
    func testPartNameIndexMatchesALinearScan() {
        func linear<T>(_ key: String, _ table: [(T, [String])]) -> T? {
            for (part, names) in table where names.contains(key) { return part }
            for (part, names) in table {
                for name in names where name.contains(" ") && key.hasPrefix(name + " ") { return part }
            }
            return nil
        }
        let names = (PartNames.pr.flatMap(\.1) + PartNames.narrative.flatMap(\.1) + PartNames.star.flatMap(\.1))
        var keys = names + ["", " ", "action items for next week", "internal quote from jane", "the problem today",
                            "customer quote from ana", "how it works in practice", "risks and mitigations 2027", "zzz"]
        keys += names.map { $0 + " and more" } + names.map { "the " + $0 }
        for k in keys {
            XCTAssertEqual(PartNames.match(k, in: PartNames.prIndex).map { "\($0)" }, linear(k, PartNames.pr).map { "\($0)" }, k)
            XCTAssertEqual(PartNames.match(k, in: PartNames.narrativeIndex).map { "\($0)" }, linear(k, PartNames.narrative).map { "\($0)" }, k)
            XCTAssertEqual(PartNames.match(k, in: PartNames.starIndex).map { "\($0)" }, linear(k, PartNames.star).map { "\($0)" }, k)
        }
    }

    /// The byte path for ASCII titles must give what the Character path gives, numbering and all.
    func testASCIISectionKeysMatchTheCharacterPath() {
        var titles = ["2. Internal FAQ:", "Part 3: Risks & Mitigations", "A. Appendix", "b) Notes", "1) 2. 3 Plan",
                      "  Why now?  ", "Q&A / FAQ", "I. Intro", "IV. Results", "Part two", "part 3", "12", "a. b",
                      "A.B C", "Don't  stop -- ever!", "What's next?", "x", "", "...", "3.5 Goals", "(Draft) Plan",
                      "Tab\there", "Line\nbreak", "CAPS AND lower", "#1 Priority", "a) ", "Z) z", "PART 4: Risks", "Part\tx", "part", "B. Two  words  ", "9) Z) z"]
        // Every ASCII byte but the carriage return (the Character path's own), between letters.
        titles.append((1...127).filter { $0 != 0x0D }.map { "a" + String(UnicodeScalar(UInt8($0))) }.joined() + "a")
        for dir in ["Fixtures", "../Fixtures"] {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { continue }
            for n in names where n.hasSuffix(".md") {
                let text = (try? String(contentsOfFile: dir + "/" + n, encoding: .utf8)) ?? ""
                titles += text.split(separator: "\n").filter { $0.hasPrefix("#") }.map { String($0.drop { $0 == "#" }) }
            }
        }
        var compared = 0
        for t in titles {
            guard let fast = Section.asciiKey(t) else { continue }
            XCTAssertEqual(fast, Section.characterKey(t), "title \(t.debugDescription)")
            compared += 1
        }
        XCTAssertGreaterThan(compared, 25)
    }

    /// A profile the writer chose runs its structure checks on a short draft; a weakly detected one does not.
    func testChosenProfileChecksShortDrafts() {
        let text = "# Bus routes\n\nWe propose new routes for the fall term.\n"
        let linter = Linter(rules: BuiltinRules.all)
        let chosen = linter.lint(SourceFile(path: "n.md", text: text), profile: .narrative)
        XCTAssertTrue(chosen.diagnostics.contains { $0.rule == "structure/no-execution-plan" }, "\(chosen.diagnostics.map(\.rule))")
        let detected = linter.lint(SourceFile(path: "n.md", text: text))
        XCTAssertEqual(detected.profile, .narrative)
        XCTAssertFalse(detected.diagnostics.contains { $0.rule == "structure/no-execution-plan" })
        XCTAssertFalse(Draft(document: Document(text: text)).isClearly)
        XCTAssertTrue(Draft(document: Document(text: text), profile: .narrative).isClearly)
    }

    /// Missing press-release parts on a draft that only looks like a PR/FAQ are a warning, and one finding.
    func testWeakEvidenceMakesMissingPartsAWarning() {
        let linter = Linter(rules: BuiltinRules.all)
        let weak = linter.lint(SourceFile(path: "launch-pr-faq.md", text: "# Acme Reorder\n\nParents reorder groceries in one tap.\n"))
        XCTAssertEqual(weak.profile, .prfaq)
        let missing = weak.diagnostics.filter { $0.rule == "structure/missing-section" }
        XCTAssertEqual(missing.count, 1)
        XCTAssertEqual(missing.first?.severity, .warning)
        let strong = linter.lint(SourceFile(path: "x.md", text: "## Press Release\n\n# Acme Reorder\n\nParents reorder groceries in one tap.\n"))
        XCTAssertEqual(strong.diagnostics.filter { $0.rule == "structure/missing-section" }.map(\.severity), [.error])
        XCTAssertEqual(strong.diagnostics.first { $0.rule == "structure/missing-section" }?.start.line, 1)
    }

    /// Questions that go on after a design section belong to the FAQ before it; design sub-headings do not.
    func testQuestionsAfterADesignSectionContinueTheFAQ() {
        let d = Draft(document: Document(text: """
            # RFC

            ## Internal FAQ

            ### Why should we not do this?

            It adds a dependency.

            ## Interfaces

            ### Is this a breaking change?

            No.

            ### What alternatives did you consider?

            ### What are the drawbacks?

            Two more APIs to learn.

            ## Design

            ### Storage

            A table per tenant.
            """))
        let asked = d.anatomy.faqItems.map { d.units[$0.question].text }
        XCTAssertEqual(asked, ["Why should we not do this?", "Is this a breaking change?", "What alternatives did you consider?", "What are the drawbacks?"])
        XCTAssertEqual(d.anatomy.faqItems.filter { !$0.hasAnswer }.map { d.units[$0.question].text }, ["What alternatives did you consider?"])
    }

    /// A long README with no narrative section is a narrative only because it is nothing else: no six-pager checks.
    func testAReadmeIsNotHeldToANarrativesParts() {
        let body = String(repeating: "The library creates a table and grants the function access to it in one call. ", count: 14)
        let r = Linter(rules: BuiltinRules.all).lint(SourceFile(path: "README.md", text: "# Table Library\n\n" + body + "\n\n## Usage\n\n" + body + "\n"))
        XCTAssertEqual(r.profile, .narrative)
        XCTAssertFalse(r.diagnostics.contains { ["structure/no-execution-plan", "structure/purpose-up-front", "tradeoffs/narrative-risks"].contains($0.rule) },
                       "\(r.diagnostics.map(\.rule))")
    }

    /// FAQ labels: a title that contains "FAQ" is no FAQ; a Technical FAQ is an internal one; a single FAQ
    /// that asks the business's questions (alternatives, what is not being built) serves as the internal one.
    func testFAQLabelsAndAGeneralFAQThatAsksInternalQuestions() {
        XCTAssertNil(PartNames.faqKind("acme reorder pr/faq"))
        XCTAssertNil(PartNames.faqKind("prfaq"))
        XCTAssertNil(PartNames.faqKind("why do customers ask questions?"))
        XCTAssertEqual(PartNames.faqKind("technical faq"), .internal)
        XCTAssertEqual(PartNames.faqKind("frequently asked questions"), .general)
        XCTAssertEqual(PartNames.faqKind("customer q & a"), .external)
        let one = Draft(document: Document(text: "# Reorder\n\n## FAQ\n\n### Why a phone app instead of a website?\n\nParents shop on phones.\n\n### What are we not building?\n\nA desktop site.\n"))
        XCTAssertTrue(one.anatomy.hasFAQ(.internal))
        let customer = Draft(document: Document(text: "# Reorder\n\n## FAQ\n\n### Do we pay for delivery?\n\nNo.\n\n### Is it in scope for my store?\n\nYes.\n"))
        XCTAssertFalse(customer.anatomy.hasFAQ(.internal))
    }
}

/// The byte checks that replaced string searches in the press-release cues answer as the searches did.
final class CueByteCheckTests: XCTestCase {
    func testSiteNamesAndFAQLetters() {
        for (key, site) in [("www", true), ("wwwexample", true), ("acme.com", true), ("acme.org", true), ("acme.io", true),
                            (".com", true), ("com", false), ("io", false), ("wow", false), ("acme.co", false), ("", false),
                            ("café.com", true), ("ww", false), ("x.io", true), ("org", false), ("é", false), ("blog", false)] {
            let expected = key.hasPrefix("www") || key.hasSuffix(".com") || key.hasSuffix(".org") || key.hasSuffix(".io")
            XCTAssertEqual(expected, site, key)
            XCTAssertEqual(PressReleaseFinder.namesSite(key), site, key)
        }
        // A key without a core word's letters is no FAQ label, and leaves before the word split.
        for key in ["faq", "internal faqs", "frequently asked questions", "q & a", "q and a", "q&a", "customer questions"] {
            XCTAssertTrue(PartNames.mayNameFAQ(key), key)
            XCTAssertNotNil(PartNames.faqKind(key), key)
        }
        for key in ["the problem", "getting started", "quotes", "answers"] {
            XCTAssertFalse(PartNames.mayNameFAQ(key), key)
            XCTAssertNil(PartNames.faqKind(key), key)
        }
    }
}

/// The matcher on a list of words that the two in place replaced, kept here as their reference: true
/// when the words hold one of the risk names as a run of whole words.
private func namesInWords(_ words: [String]) -> Bool {
    for i in words.indices {
        for p in RiskContext.phrases where p[0] == words[i] && i + p.count <= words.count {
            if (1..<p.count).allSatisfy({ words[i + $0] == p[$0] }) { return true }
        }
    }
    return false
}

/// The risk names found on a unit's tokens in place agree with those found in its words gathered first.
final class RiskNameTests: XCTestCase {
    func testNamesOnTokensAgreeWithNamesOnWords() {
        let lines = ["Cons:", "**What could go wrong?**", "What could it go wrong", "Why not?", "why should we not",
                     "Pros and cons", "Trade-offs", "The risks.", "Why should we — not", "Go, wrong", "could this fail",
                     "What could go", "Failure modes", "Plain text here", "Q: What are the risks?", "pros, and cons"]
        for line in lines {
            let d = Draft(document: Document(text: line + "\n"))
            for u in d.units {
                let words = u.tokens.filter { $0.kind == .word }.map(\.key)
                XCTAssertEqual(RiskContext.names(u.tokens, where: { _ in true }), namesInWords(words), line)
                // Only the words from the third on.
                let late = u.tokens.indices.filter { u.tokens[$0].kind == .word }.dropFirst(2)
                XCTAssertEqual(RiskContext.names(u.tokens, where: { late.contains($0) }),
                               namesInWords(late.map { u.tokens[$0].key }), line)
            }
        }
        XCTAssertTrue(RiskContext.names(Draft(document: Document(text: "What could go wrong?\n")).units[0].tokens, where: { _ in true }))
    }

    func testNamesOnAKeysBytesAgreeWithNamesOnItsSplitWords() {
        let keys = ["risks", "what could go wrong", "what could go", "why not?", "why//not", "  pros and cons ", "pros/cons",
                    "failure modes and effects", "the risk", "riskier", "why should we not do this", "go wrong?",
                    "", "/", "café risks", "trade-offs", "tradeoffs considered", "could this fail?", "what if it fails"]
        for key in keys {
            let words = key.utf8.split { $0 == 0x20 || $0 == 0x2F || $0 == 0x3F }.map { String(decoding: $0, as: UTF8.self) }
            XCTAssertEqual(RiskContext.names(key: key), namesInWords(words), key)
        }
    }

    /// The file name the profile is guessed from is the path's last part, as splitting on "/" gives it.
    func testFileNameIsThePathsLastPart() {
        for path in ["plan.md", "drafts/plan.md", "/work/PR-FAQ drafts/Écrit.md", "a/b/", "a//b", "/", "", "//x//",
                     "prfaq-drafts/plan.md", "notes/pr_faq.markdown", "é/ü/😀.md"] {
            XCTAssertEqual(String(Draft.fileName(path)), String(path.split(separator: "/").last ?? ""), path)
        }
    }
}
