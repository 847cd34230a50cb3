import Settings
import XCTest
import Foundation
import Markdown
@testable import DraftAnatomy
@testable import Formats
@testable import HTMLReport
@testable import LintCore
@testable import Session
import PRFAQRules

/// `prfaq report` (the HTML page) and `--format markdown` (the scorecard): every fixture gives a
/// well-formed page whose findings all appear; the draft's own HTML never runs; marks never change how
/// cmark renders the draft; the scorecard's table keeps its shape whatever a message holds.
final class ReportTests: XCTestCase {
    /// The budgets of the built-in length rules at their defaults.
    static let limits = ReportLimits(linter: Linter(rules: BuiltinRules.all), config: Configuration())

    override func setUp() {
        _ = FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
    }

    // MARK: helpers

    func lintFixture(_ name: String) -> (FileResult, Draft) {
        let r = LintRun(linter: Linter(rules: BuiltinRules.all), options: .init()).run(["Fixtures/" + name])[0]
        // The draft as the linter read it: its front matter's prompt included.
        let draft = Linter(rules: BuiltinRules.all).analyze(r.source!, profile: r.profile).draft!
        return (r, draft)
    }

    /// A result with hand-made findings at the `⟦…⟧` spans of a marked text, in order, as the linter sorts them.
    func synthetic(_ marked: String, _ findings: [(Severity, String)], path: String = "draft.md",
                   profile: Profile = .narrative) -> (FileResult, Draft) {
        let (text, spans) = unmark(marked)
        let source = SourceFile(path: path, text: text)
        let ordered = spans.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        var diags = [Diagnostic]()
        for (i, r) in ordered.enumerated() {
            let (sev, message) = i < findings.count ? findings[i] : (.warning, "finding \(i + 1)")
            var d = Diagnostic(rule: "test/rule-\(i + 1)", severity: sev, message: message, help: "help \(i + 1)", range: r, fix: nil)
            d.start = source.position(ofByte: r.lowerBound)
            d.end = source.position(ofByte: r.upperBound)
            diags.append(d)
        }
        let draft = Draft(document: Document(source: source), profile: profile)
        return (FileResult(path: path, source: source, profile: profile, diagnostics: diags), draft)
    }

    func page(_ r: FileResult, _ d: Draft) -> String { ReportHTML.page(result: r, draft: d, limits: Self.limits) }

    /// The `<article>` that holds the draft.
    func article(_ html: String) -> String {
        guard let a = html.range(of: "<article class=\"draft\">\n"), let b = html.range(of: "</article>") else { return "" }
        return String(html[a.upperBound..<b.lowerBound])
    }

    /// The article with every mark, reference, badge and note taken out: cmark's own rendering again.
    func unmarked(_ article: String) -> String {
        var s = article
        for pattern in [
            "<span class=\"note f-[a-z]+\" aria-hidden=\"true\"><span class=\"n\">[0-9]+</span> <span class=\"sev\">[a-z]+</span> [^<]*</span>",
            "<sup class=\"(ref|badge)[^\"]*\"[^>]*><a href=\"#d[0-9]+\" aria-label=\"finding [0-9]+\">[0-9]+</a></sup>",
            "<mark [^>]*>", "</mark>",
        ] {
            s = s.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
        }
        return s
    }

    func count(_ s: String, _ needle: String) -> Int { s.components(separatedBy: needle).count - 1 }

    /// Checks that every element closes in order (void and self-closed ones aside), and that links and
    /// marks never nest. Returns a description of the first problem.
    func nestingProblem(_ html: String) -> String? {
        let body = html.replacingOccurrences(of: "<style>[\\s\\S]*?</style>", with: "", options: .regularExpression)
        let re = try! NSRegularExpression(pattern: "<!--[\\s\\S]*?-->|<![A-Za-z][^>]*>|<(/?)([A-Za-z][A-Za-z0-9]*)\\b[^>]*?(/?)>")
        let voids: Set<String> = ["br", "img", "meta", "hr", "input", "link", "wbr", "col", "area", "base", "source"]
        var stack = [String]()
        let ns = body as NSString
        for m in re.matches(in: body, range: NSRange(location: 0, length: ns.length)) {
            guard m.range(at: 2).location != NSNotFound else { continue }
            let name = ns.substring(with: m.range(at: 2)).lowercased()
            let closing = m.range(at: 1).length > 0
            let selfClosed = m.range(at: 3).length > 0
            if closing {
                guard stack.last == name else { return "</\(name)> closes <\(stack.last ?? "nothing")> at \(m.range.location)" }
                stack.removeLast()
            } else if !selfClosed && !voids.contains(name) {
                if (name == "a" || name == "mark") && stack.contains(name) { return "<\(name)> nested in <\(name)> at \(m.range.location)" }
                stack.append(name)
            }
        }
        return stack.isEmpty ? nil : "unclosed: \(stack)"
    }

    /// `src=` and `href=` values that point off the page.
    func externalURLs(_ html: String) -> [String] {
        let re = try! NSRegularExpression(pattern: "(?:src|href)\\s*=\\s*\"([^\"]*)\"", options: [.caseInsensitive])
        let ns = html as NSString
        return re.matches(in: html, range: NSRange(location: 0, length: ns.length)).map {
            ns.substring(with: $0.range(at: 1)).replacingOccurrences(of: "&amp;", with: "&")
        }.filter { $0.lowercased().hasPrefix("http") || $0.hasPrefix("//") }
    }

    // MARK: every fixture

    func testEveryFixtureGivesAWellFormedReportWithEveryFinding() throws {
        XCTAssertGreaterThanOrEqual(FixtureTests.fixtures.count, 18)
        var inline = 0, badges = 0, panel = 0
        for name in FixtureTests.fixtures {
            let (r, draft) = lintFixture(name)
            XCTAssertNil(r.error, name)
            let model = ReportModel(result: r, draft: draft, limits: Self.limits)
            let rendered = ReportMarkup.render(model, draft: draft)
            let html = ReportHTML.page(model, draft: draft)
            XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"), name)
            XCTAssertEqual(count(html, "<mark"), count(html, "</mark>"), "\(name): unbalanced marks")
            XCTAssertNil(nestingProblem(html), "\(name): \(nestingProblem(html) ?? "")")
            for landmark in ["<header", "<main", "<aside", "<nav"] { XCTAssertTrue(html.contains(landmark), "\(name): no \(landmark)") }
            XCTAssertFalse(html.lowercased().contains("<script"), name)
            XCTAssertFalse(html.lowercased().contains("javascript:"), name)
            XCTAssertTrue(html.contains("@media print"), name)
            let source = draft.source.text(0..<draft.source.bytes.count)
            for url in externalURLs(html) {
                XCTAssertTrue(source.contains(url) || source.contains(url.removingPercentEncoding ?? url), "\(name): \(url) is not the draft's")
            }
            // The marks leave cmark's rendering of the draft exactly as it was.
            XCTAssertEqual(unmarked(article(html)), HTMLRenderer.render(draft.source.bytes), "\(name): marks changed the rendering")
            // Every finding is in the panel, and in the text as a mark or a badge where it was placed there.
            XCTAssertEqual(model.findings.count, r.diagnostics.count)
            for f in model.findings {
                let n = f.number
                XCTAssertTrue(html.contains("<li id=\"d\(n)\" value=\"\(n)\""), "\(name): finding \(n) not in the panel")
                switch rendered.placements[n] ?? .panel {
                case .inline:
                    inline += 1
                    XCTAssertTrue(html.contains("<mark class=\"f-\(f.diagnostic.severity.rawValue)\" id=\"f\(n)\"")
                                  || html.contains("<sup class=\"ref\" id=\"f\(n)\""), "\(name): finding \(n) not marked")
                    XCTAssertTrue(html.contains("<a href=\"#d\(n)\" aria-label=\"finding \(n)\">\(n)</a></sup>"), "\(name): no reference \(n)")
                case .badge:
                    badges += 1
                    XCTAssertTrue(html.contains("<sup class=\"badge f-\(f.diagnostic.severity.rawValue)\" id=\"f\(n)\""), "\(name): no badge \(n)")
                case .panel:
                    panel += 1
                    XCTAssertFalse(html.contains("id=\"f\(n)\""), "\(name): finding \(n) both in the panel only and in the text")
                }
            }
        }
        print("report: \(inline) findings marked in place, \(badges) badges, \(panel) in the panel only")
        XCTAssertGreaterThan(inline, 100)
        XCTAssertGreaterThan(badges, 5)
    }

    func testMarkedWordsAreTheFindingsText() throws {
        let (r, draft) = lintFixture("prfaq-flawed-pharmacy-refills.md")
        let html = page(r, draft)
        let re = try NSRegularExpression(pattern: "<mark class=\"f-[a-z]+\" id=\"f([0-9]+)\" title=\"[^\"]*\">([^<]*)</mark>")
        let ns = html as NSString
        var checked = 0
        for m in re.matches(in: html, range: NSRange(location: 0, length: ns.length)) {
            let n = Int(ns.substring(with: m.range(at: 1)))!
            let marked = ns.substring(with: m.range(at: 2))
            let d = r.diagnostics[n - 1]
            let expected = ReportHTML.escape(draft.source.text(d.range))
            XCTAssertEqual(marked, expected, "finding \(n)")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 8)
    }

    // MARK: marks keep cmark's rendering

    func testMarksKeepEmphasisLinksHeadingsAndLists() throws {
        let marked = """
            # A ⟦heading⟧ title

            This is *⟦very⟧* good, **⟦x⟧** and *⟦quite* big⟧, see [the ⟦fast⟧ page](https://example.com/a?b=1&c=2) now.
            Also __⟦bold⟧__ and _⟦it⟧_ and `code` here.

            - ⟦item⟧ one
            - item ⟦two⟧

            > A ⟦quoted⟧ line.

            """
        let (r, draft) = synthetic(marked, [])
        let html = page(r, draft)
        let a = article(html)
        XCTAssertEqual(unmarked(a), HTMLRenderer.render(draft.source.bytes))
        XCTAssertNil(nestingProblem(html), nestingProblem(html) ?? "")
        XCTAssertTrue(a.contains("<h1>A <mark class=\"f-warning\" id=\"f1\""), a)
        XCTAssertTrue(a.contains("<em><mark class=\"f-warning\" id=\"f2\""), a)
        XCTAssertTrue(a.contains("<strong><mark class=\"f-warning\" id=\"f3\""), a)
        // A mark across an element boundary is split into segments that nest.
        XCTAssertTrue(a.contains("<em><mark class=\"f-warning\" id=\"f4\"") && a.contains("quite</mark></em><mark class=\"f-warning\" title="), a)
        // A reference inside the draft's link waits until the link closes.
        XCTAssertTrue(a.contains("<a href=\"https://example.com/a?b=1&amp;c=2\">the <mark class=\"f-warning\" id=\"f5\""), a)
        XCTAssertTrue(a.contains("page</a><sup class=\"ref\"><a href=\"#d5\" aria-label=\"finding 5\">5</a></sup>"), a)
        XCTAssertTrue(a.contains("<strong><mark class=\"f-warning\" id=\"f6\""), a)
        XCTAssertTrue(a.contains("<em><mark class=\"f-warning\" id=\"f7\""), a)
        XCTAssertTrue(a.contains("<code>code</code>"), a)
        XCTAssertTrue(a.contains("<ul>\n<li><mark class=\"f-warning\" id=\"f8\""), a)
        XCTAssertTrue(a.contains("<blockquote>\n<p>A <mark class=\"f-warning\" id=\"f10\""), a)
        XCTAssertEqual(count(a, "<sup class=\"ref\""), 10)
    }

    func testDocumentAndBlockLevelFindingsBecomeBadges() throws {
        // Findings: line 1 with its "# " (document-level), a whole paragraph block, one overlapping it,
        // one inside a code block, and one past the last block.
        let marked = "⟦# Title⟧\n\n⟦A ⟦short⟧ paragraph.⟧\n\n```\n⟦code⟧\n```\n\nLast words.\n\n⟦⟧"
        let (r, draft) = synthetic(marked, [(.error, "no purpose"), (.warning, "block"), (.suggestion, "overlap"), (.warning, "in code"), (.warning, "at the end")])
        let model = ReportModel(result: r, draft: draft, limits: Self.limits)
        let placements = model.findings.map(\.placement)
        XCTAssertEqual(placements[0], .badge(unit: 0))
        XCTAssertEqual(placements[1], .inline(unit: 1))
        XCTAssertEqual(placements[2], .badge(unit: 1))
        XCTAssertEqual(placements[3], .badge(unit: 2))     // the next prose block; never inside the code
        XCTAssertEqual(placements[4], .panel)
        let html = ReportHTML.page(model, draft: draft)
        let a = article(html)
        XCTAssertTrue(a.contains("<h1><sup class=\"badge f-error\" id=\"f1\""), a)
        XCTAssertTrue(a.contains("<a href=\"#d1\" aria-label=\"finding 1\">1</a></sup>"), a)
        XCTAssertTrue(a.contains("<pre><code>code\n</code></pre>"), a)
        XCTAssertFalse(a.contains("id=\"f5\""))
        XCTAssertTrue(html.contains("<li id=\"d5\" value=\"5\""))
        XCTAssertTrue(html.contains("Not marked in the text."))
        XCTAssertEqual(unmarked(a), HTMLRenderer.render(draft.source.bytes))
    }

    func testASentinelThatWouldBreakAReferenceLinkFallsBack() throws {
        let marked = "See [very ⟦fast⟧] now, and ⟦this⟧ too.\n\n[very fast]: https://example.com/ref\n"
        let (r, draft) = synthetic(marked, [])
        let html = page(r, draft)
        let a = article(html)
        XCTAssertTrue(a.contains("<a href=\"https://example.com/ref\">"), a)
        XCTAssertEqual(unmarked(a), HTMLRenderer.render(draft.source.bytes))
        // The mark inside the label would break the link: a badge instead. The other mark stays.
        XCTAssertFalse(a.contains("<mark class=\"f-warning\" id=\"f1\""), a)
        XCTAssertTrue(a.contains("<p><sup class=\"badge f-warning\" id=\"f1\""), a)
        XCTAssertTrue(a.contains("<mark class=\"f-warning\" id=\"f2\""), a)
    }

    /// However many blocks break under their marks, finding their safe places costs a bounded number of
    /// renders of the draft (one block at a time took three renders a block: a quadratic report). The
    /// page stays cmark's own rendering and keeps every finding.
    func testManyBrokenLinksCostABoundedNumberOfRenders() throws {
        var marked = "# Links\n\n"
        for i in 0..<300 { marked += "See [ref ⟦\(i)⟧] now.\n\n[ref \(i)]: https://example.com/\(i)\n\n" }
        marked += "A ⟦plain⟧ mark.\n"
        let (r, draft) = synthetic(marked, [])
        let model = ReportModel(result: r, draft: draft, limits: Self.limits)
        let rendered = ReportMarkup.render(model, draft: draft)
        XCTAssertLessThanOrEqual(rendered.renders, ReportMarkup.maxRenders + 2)
        XCTAssertEqual(rendered.placements.count, 301)
        XCTAssertEqual(unmarked(article(page(r, draft))), HTMLRenderer.render(draft.source.bytes))
        // One bad block among many good ones is found by halving, and the rest keep their marks.
        var few = "# Links\n\n"
        for i in 0..<300 { few += i == 150 ? "See [ref ⟦x⟧] now.\n\n[ref x]: https://example.com/x\n\n" : "A ⟦mark⟧ here.\n\n" }
        let (r2, d2) = synthetic(few, [])
        let one = ReportMarkup.render(ReportModel(result: r2, draft: d2, limits: Self.limits), draft: d2)
        XCTAssertLessThan(one.renders, 30)
        XCTAssertEqual(one.placements.values.filter { if case .inline = $0 { return true } else { return false } }.count, 299)
    }

    func testPrivateUseCharactersInTheDraftLeaveItUnmarked() throws {
        let (r, draft) = synthetic("Odd \u{E000}\u{E101} text with ⟦very⟧ here.\n", [])
        let html = page(r, draft)
        XCTAssertFalse(html.contains("<mark class=\"f-warning\" id=\"f1\""))
        XCTAssertTrue(html.contains("<li id=\"d1\""))
        XCTAssertTrue(article(html).contains("\u{E000}\u{E101}"))
    }

    // MARK: the draft's HTML never runs

    func testDraftHTMLIsEscapedOrDropped() throws {
        let text = """
            # Launch <b>now</b>

            <script>alert(1)</script>

            A paragraph with <img src=x onerror=alert(1)> inline, a [x](javascript:alert(1)) link,
            a [y](JAVASCRIPT:alert(2)) one, ![i](javascript:alert(3)) and <!-- c --> a comment.

            <div onclick="alert(4)">raw block</div>

            Very <em onmouseover="alert(5)">big</em> plans.

            """
        let source = SourceFile(path: "evil <b>\"x\"</b>.md", text: text)
        var r = allRulesLinter.lint(source, config: Configuration(), profile: .narrative)
        var d = Diagnostic(rule: "test/escape", severity: .error, message: "a message with <&>\" and 'quotes'", help: "<i>help</i>",
                           range: 0..<1, fix: Fix(range: 0..<1, replacement: "<script>"))
        d.start = Position(line: 1, column: 1)
        d.end = Position(line: 1, column: 2)
        r.diagnostics.insert(d, at: 0)
        let draft = Draft(document: Document(source: source), profile: .narrative)
        let html = page(r, draft)
        let lower = html.lowercased()
        XCTAssertFalse(lower.contains("<script"), html)
        XCTAssertFalse(lower.contains("javascript:"), html)
        XCTAssertFalse(lower.contains("onerror"), html)
        XCTAssertFalse(lower.contains("onclick"), html)
        XCTAssertFalse(lower.contains("onmouseover"), html)
        XCTAssertFalse(html.contains("<!-- c -->"), html)
        XCTAssertFalse(html.contains("<b>now</b>"))
        XCTAssertTrue(html.contains("<!-- raw HTML omitted -->"))
        XCTAssertTrue(html.contains("a message with &lt;&amp;&gt;&quot; and &#39;quotes&#39;"), html)
        XCTAssertFalse(html.contains("with <&>\""))
        XCTAssertTrue(html.contains("&lt;i&gt;help&lt;/i&gt;"))
        XCTAssertTrue(html.contains("evil &lt;b&gt;&quot;x&quot;&lt;/b&gt;.md"))
        XCTAssertTrue(html.contains("Content-Security-Policy"))
        XCTAssertNil(nestingProblem(html), nestingProblem(html) ?? "")
        XCTAssertEqual(count(html, "<mark"), count(html, "</mark>"))
        // The links are still there, with their unsafe destinations emptied.
        XCTAssertTrue(article(html).contains("<a href=\"\">x</a>"), article(html))
    }

    func testHTMLRendererIsCmarksSafeMode() {
        let out = HTMLRenderer.render(Array("---\ntitle: <script>\n---\n\n<script>alert(1)</script>\n\n*a* [x](javascript:alert(1))\n".utf8))
        XCTAssertEqual(out, "<!-- raw HTML omitted -->\n<p><em>a</em> <a href=\"\">x</a></p>\n")
        XCTAssertEqual(HTMLRenderer.render([]), "")
    }

    // MARK: the panel

    func testInternalFAQCoverageComesFromTheRulesFindings() throws {
        let text = "# Reorder\n\nSEATTLE — May 3, 2027 — Shoppers reorder in one tap.\n\n## Internal FAQ\n\n### What does it cost?\n\n$1.2M in 2027.\n\n### What are the risks?\n\nCarrier delays.\n\n### What do we depend on?\n\nThe payments team.\n\n### What alternatives did we consider?\n\nA subscription.\n"
        let source = SourceFile(path: "pr.md", text: text)
        let r = allRulesLinter.lint(source, config: Configuration(), profile: .prfaq)
        XCTAssertTrue(r.diagnostics.contains { $0.rule == ReportModel.coverageRule })
        let draft = Draft(document: Document(source: source), profile: .prfaq)
        guard case .areas(let areas) = ReportModel(result: r, draft: draft, limits: Self.limits).coverage else { return XCTFail("no coverage") }
        XCTAssertEqual(areas.map(\.name), ["cost", "risks", "dependencies", "alternatives", "out of scope"])
        XCTAssertEqual(areas.map(\.covered), [true, true, true, true, false])
        guard case .areas(let unknown) = ReportModel(result: r, draft: draft, ranRules: [], limits: Self.limits).coverage else { return XCTFail("no coverage") }
        XCTAssertTrue(unknown.allSatisfy { $0.covered == nil })
        let html = page(r, draft)
        XCTAssertTrue(html.contains("out of scope<span class=\"state\">missing</span>"), html)
        XCTAssertTrue(html.contains("cost<span class=\"state\">covered</span>"))
    }

    func testStarSharesAndPrinciples() throws {
        let (r, draft) = lintFixture("star-flawed-ledger-migration.md")
        let model = ReportModel(result: r, draft: draft, limits: Self.limits)
        XCTAssertEqual(model.starShares.map(\.part), ["situation", "task", "action", "result"])
        XCTAssertEqual(model.starShares.map(\.share).reduce(0, +), 1, accuracy: 0.001)
        XCTAssertEqual(model.starShares.map(\.target), [0.2, 0.1, 0.6, 0.1])
        XCTAssertTrue(model.starShares.allSatisfy { $0.words > 0 })
        let html = page(r, draft)
        XCTAssertTrue(html.contains("id=\"chart-star\""))
        XCTAssertTrue(html.contains("id=\"principles\""))
        XCTAssertEqual(model.budgets.first?.budget, 450)
        XCTAssertEqual(model.budgets.first?.title, "Story (3 minutes spoken at most)")
        let (pr, prDraft) = lintFixture("prfaq-good-clinic-waitlist.md")
        let prModel = ReportModel(result: pr, draft: prDraft, limits: Self.limits)
        XCTAssertEqual(prModel.budgets.map(\.budget), [600, 2_500])
        XCTAssertTrue(prModel.starShares.isEmpty)
    }

    /// The chart's budgets are the length rules' limits as configured, so a press release the rule lets
    /// pass is never drawn over budget (the report once said 500 words where the rule allowed 600).
    func testBudgetsFollowTheLengthRulesSettings() throws {
        let linter = Linter(rules: BuiltinRules.all)
        var config = Configuration()
        config.rules["structure/press-release-length"] = RuleSetting(options: ["max-words": .int(800)])
        config.rules["structure/document-length"] = RuleSetting(options: ["words-per-page": .int(400), "faq-pages": .double(3)])
        let limits = ReportLimits(linter: linter, config: config)
        XCTAssertEqual(limits.pressReleaseWords, 800)
        XCTAssertEqual(limits.faqWords, 1_200)
        XCTAssertEqual(limits.narrativeWords, 2_400)
        XCTAssertEqual(limits.storyWords, 450)
        let (pr, prDraft) = lintFixture("prfaq-good-clinic-waitlist.md")
        XCTAssertEqual(ReportModel(result: pr, draft: prDraft, limits: limits).budgets.map(\.budget), [800, 1_200])
        // A linter without the length rules draws no budget rather than a made-up one.
        let bare = ReportLimits(linter: Linter(rules: []), config: Configuration())
        XCTAssertTrue(ReportModel(result: pr, draft: prDraft, limits: bare).budgets.isEmpty)
    }

    /// Margin notes run in the findings' order down the page: a finding that overlaps an earlier mark
    /// ("would" inside "I would", a sentence that starts where a phrase does) waits for that mark's end.
    func testMarginNotesRunInOrder() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("Fixtures").path)
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
        for name in names {
            let (r, draft) = lintFixture(name)
            let html = page(r, draft)
            var numbers = [Int]()
            var rest = html[...]
            while let at = rest.range(of: "aria-hidden=\"true\"><span class=\"n\">") {
                rest = rest[at.upperBound...]
                numbers.append(Int(rest.prefix { $0.isNumber }) ?? 0)
            }
            XCTAssertEqual(numbers, numbers.sorted(), name)
        }
    }

    /// The panel lists each part of the prompt with where it is answered, or that it is not.
    func testThePanelShowsThePromptPartByPart() throws {
        let (r, draft) = lintFixture("narrative-flawed-assessment-prompt.md")
        let html = page(r, draft)
        XCTAssertTrue(html.contains("id=\"prompt\""), html)
        XCTAssertTrue(html.contains("the biggest risks<span class=\"state\">not answered</span>"), html)
        XCTAssertTrue(html.contains("your solution<span class=\"state\">answered in The solution (line 19)</span>"), html)
        let (plain, plainDraft) = lintFixture("narrative-good-returns-assessment.md")
        XCTAssertFalse(page(plain, plainDraft).contains("id=\"prompt\""))
    }

    /// Figures that disagree sit side by side in the panel, the first place and then the second, which
    /// links to the finding.
    func testThePanelSetsFiguresThatDisagreeSideBySide() throws {
        let (r, draft) = lintFixture("narrative-flawed-claims-triage.md")
        let html = page(r, draft)
        XCTAssertTrue(html.contains("id=\"contradictions\""), html)
        let f = try XCTUnwrap(r.diagnostics.firstIndex { !$0.related.isEmpty })
        XCTAssertTrue(html.contains("<td><span class=\"where\">line 17</span> from 9 days to 2 days</td>"), html)
        XCTAssertTrue(html.contains("<td><a href=\"#f\(f + 1)\"><span class=\"where\">line 51</span> from 9 days to 3 days</a></td>"), html)
        let (plain, plainDraft) = lintFixture("prfaq-good-clinic-waitlist.md")
        XCTAssertFalse(page(plain, plainDraft).contains("id=\"contradictions\""))
    }

    /// Coverage is read from the finding's data, not its wording: a reworded message changes nothing.
    func testCoverageReadsTheFindingsDataNotItsMessage() throws {
        let (pr, prDraft) = lintFixture("prfaq-good-clinic-waitlist.md")
        guard prDraft.anatomy.faqSections[.internal] != nil else { return XCTFail("the fixture has an internal FAQ") }
        var r = pr
        r.diagnostics = [Diagnostic(rule: ReportModel.coverageRule, severity: .suggestion, message: "reworded: costs and risks",
                                    help: nil, range: 0..<1, fix: nil, data: .missing(["dependencies"]))]
        guard case .areas(let areas) = ReportModel(result: r, draft: prDraft, limits: Self.limits).coverage else {
            return XCTFail("no coverage")
        }
        XCTAssertEqual(areas.filter { $0.covered == false }.map(\.name), ["dependencies"])
    }

    // MARK: --format markdown

    func testMarkdownScorecard() throws {
        let run = LintRun(linter: Linter(rules: BuiltinRules.all), options: .init())
        var rs = run.run(["Fixtures/prfaq-flawed-freight-dock-ready.md", "Fixtures/star-good-checkout-latency.md"])
        var odd = Diagnostic(rule: "clarity/odd-text", severity: .error, message: "a | b\nc *d* <e> `f` \\|", help: nil, range: 0..<1, fix: nil)
        odd.start = Position(line: 7, column: 2)
        odd.end = Position(line: 7, column: 3)
        rs.append(handMadeResult(path: "odd|name.md", profile: .narrative, diagnostics: [odd]))
        rs.append(FileResult(path: "missing.md", error: "no such file or directory"))
        let md = MarkdownFormatter().format(rs)
        XCTAssertTrue(md.hasPrefix("## prfaq: " + Summary(rs).line + "\n"), md)
        XCTAssertTrue(md.contains("### Fixtures/prfaq-flawed-freight-dock-ready.md\n\nProfile **prfaq** · "))
        XCTAssertTrue(md.contains("| Line | Severity | Rule | Message |\n|---:|---|---|---|\n"))
        XCTAssertTrue(md.contains("Parts found: "))
        XCTAssertTrue(md.contains("Parts missing: "))
        XCTAssertTrue(md.contains("### missing.md\n\n**Could not be linted:** no such file or directory"))
        XCTAssertTrue(md.contains("### odd\\|name.md"))
        XCTAssertTrue(md.contains("| 7 | **error** | `clarity/odd-text` | a \\| b c \\*d\\* \\<e\\> \\`f\\` \\\\\\| |\n"), md)
        // Every table row has exactly four cells: five pipes not escaped by a backslash.
        var rows = 0
        for line in md.split(separator: "\n", omittingEmptySubsequences: false) where line.hasPrefix("| ") || line.hasPrefix("|---") {
            var pipes = 0, escaped = false
            for ch in line {
                if escaped { escaped = false; continue }
                if ch == "\\" { escaped = true; continue }
                if ch == "|" { pipes += 1 }
            }
            XCTAssertEqual(pipes, 5, String(line))
            rows += 1
        }
        let findings = rs.reduce(0) { $0 + $1.diagnostics.count }
        XCTAssertEqual(rows, findings + 2 * rs.filter { !$0.diagnostics.isEmpty }.count)
        // Long tables are cut with a note.
        let cut = MarkdownFormatter(maxRowsPerFile: 2).format([rs[0]])
        XCTAssertTrue(cut.contains("… and \(rs[0].diagnostics.count - 2) more"), cut)
    }
}
