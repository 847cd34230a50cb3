import Foundation
import XCTest

/// `.prfaq.yml` discovery, extends, front matter, validation errors, suppression comments and rule packs.
final class ConfigTests: CLITestCase {
    let weasel = "# Title\n\nDelivery will drop significantly for rural customers.\n"

    func rules(_ run: Run) throws -> [String] { diagnostics(try json(run)).compactMap { $0["rule"] as? String } }
    func severity(_ run: Run, _ rule: String) throws -> String? {
        diagnostics(try json(run)).first { $0["rule"] as? String == rule }?["severity"] as? String
    }

    func testNearestConfigWinsAndParentsAreIgnored() throws {
        try write(".prfaq.yml", "rules:\n  concision/weasel-word: error\n")
        try write("team/.prfaq.yml", "rules:\n  concision/weasel-word: suggestion\n")
        try write("team/a.md", weasel)
        try write("b.md", weasel)
        XCTAssertEqual(try severity(try prfaq(["lint", "--format", "json", "team/a.md"]), "concision/weasel-word"), "suggestion")
        XCTAssertEqual(try severity(try prfaq(["lint", "--format", "json", "b.md"]), "concision/weasel-word"), "error")
        try write("other.yml", "rules:\n  concision/weasel-word: off\n")
        XCTAssertFalse(try rules(try prfaq(["lint", "--format", "json", "--config", "other.yml", "team/a.md"])).contains("concision/weasel-word"))
    }

    func testExtendsChainsRelativeAndDetectsCycles() throws {
        try write("base/common.yml", "rules:\n  concision/weasel-word: error\n  clarity/hedge: off\n")
        try write("team/.prfaq.yml", "extends: [../base/common.yml]\nrules:\n  clarity/hedge: warning\n")
        try write("team/a.md", weasel + "\nIt might work.\n")
        let r = try prfaq(["lint", "--format", "json", "team/a.md"])
        XCTAssertEqual(try severity(r, "concision/weasel-word"), "error")
        XCTAssertEqual(try severity(r, "clarity/hedge"), "warning")
        try write("loop/.prfaq.yml", "extends: [b.yml]\n")
        try write("loop/b.yml", "extends: [.prfaq.yml]\n")
        try write("loop/a.md", weasel)
        let bad = try prfaq(["lint", "loop/a.md"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("cycle"), bad.stderr)
    }

    func testFrontMatterOverridesConfigAndCLIOverridesBoth() throws {
        try write(".prfaq.yml", "profile: narrative\nrules:\n  concision/weasel-word: error\n")
        try write("a.md", "---\ntitle: x\nprfaq:\n  profile: star\n  rules:\n    concision/weasel-word: suggestion\n---\n" + weasel)
        let r = try prfaq(["lint", "--format", "json", "a.md"])
        XCTAssertEqual(try severity(r, "concision/weasel-word"), "suggestion")
        XCTAssertEqual((try json(r)["files"] as? [[String: Any]])?.first?["profile"] as? String, "star")
        let cli = try prfaq(["lint", "--format", "json", "--profile", "prfaq", "a.md"])
        XCTAssertEqual((try json(cli)["files"] as? [[String: Any]])?.first?["profile"] as? String, "prfaq")
    }

    func testValidationErrorsNameFileLineAndSuggest() throws {
        let cases: [(String, String)] = [
            ("profil: star\n", ".prfaq.yml:1:1: unknown key \"profil\" (did you mean profile?)"),
            ("rules:\n  concision/weasel-words: error\n", ".prfaq.yml:2:3: unknown rule \"concision/weasel-words\" (did you mean concision/weasel-word?)"),
            ("rules:\n  concision/long-sentence: { max-word: 20 }\n", ".prfaq.yml:2:30: concision/long-sentence has no option \"max-word\" (did you mean max-words?)"),
            ("rules:\n  concision/long-sentence: { max-words: many }\n", ".prfaq.yml:2:41: concision/long-sentence: option \"max-words\" takes an integer"),
            ("rules:\n  concision/weasel-word: eror\n", ".prfaq.yml:2:26: unknown severity \"eror\" (did you mean error?)"),
            ("profile: novel\n", ".prfaq.yml:1:10: unknown profile \"novel\""),
            ("rules: [oops\n", ".prfaq.yml:2:1: not valid YAML"),
        ]
        try write("a.md", weasel)
        for (yaml, expected) in cases {
            try write(".prfaq.yml", yaml)
            let r = try prfaq(["lint", "a.md"])
            XCTAssertEqual(r.status, 2, yaml)
            XCTAssertTrue(r.stderr.contains(expected), "\(yaml.debugDescription): \(r.stderr)")
        }
    }

    /// Nesting hidden behind a quote in a comment still meets the depth guard (issue 15: it overflowed the
    /// stack in front matter, `.prfaq.yml` and packs).
    func testNestingBehindACommentQuoteIsRefused() throws {
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        try write("a.md", "---\nprfaq:\n  profile: prfaq # \"\n  ignore: \(deep)\n---\n# T\n")
        try write("b/.prfaq.yml", "profile: prfaq # it's \"quoted\nignore: \(deep)\n")
        try write("b/c.md", "# T\n")
        try write("d/.prfaq.yml", "rule-paths: [packs]\n")
        try write("d/packs/x.yml", "id: team/x # \"\nphrases: \(deep)\n")
        try write("d/e.md", "# T\n")
        for (draft, expected) in [("a.md", "a.md:4:1: front matter nested more than 64 levels deep"),
                                  ("b/c.md", ".prfaq.yml:2:1: YAML nested more than 64 levels deep"),
                                  ("d/e.md", "x.yml:2:1: YAML nested more than 64 levels deep")] {
            let r = try prfaq(["lint", draft])
            XCTAssertEqual(r.status, 2, r.stderr)
            XCTAssertTrue(r.stderr.contains(expected), r.stderr)
        }
        // Quotes that are part of a scalar or a real quoted string still read as YAML.
        try write("f/.prfaq.yml", "profile: prfaq # the team's \"main\" config\nignore: [\"a#b/**\", 'it''s/**']\n")
        try write("f/g.md", "# T\n\nIt is slow.\n")
        let r = try prfaq(["lint", "f/g.md"])
        XCTAssertNotEqual(r.status, 2, r.stderr)
        XCTAssertEqual(r.stderr, "")
    }

    /// Option values a rule cannot use are config errors with the range, not traps inside the rule
    /// (issue 15: `paragraphs: -1`, `max-repeats: Int.max`, `max-grade: -1e300` crashed the linter).
    func testOptionValuesOutOfRangeAreConfigErrors() throws {
        let cases = [
            ("customer/no-customer-problem: {paragraphs: -1}", "customer/no-customer-problem: option \"paragraphs\" takes an integer from 0 to 1000000"),
            ("concision/repeated-phrase: {max-repeats: 9223372036854775807}", "option \"max-repeats\" takes an integer from 1 to 1000"),
            ("concision/repeated-phrase: {phrase-words: 9223372036854775807}", "option \"phrase-words\" takes an integer from 2 to 20"),
            ("clarity/reading-grade: {max-grade: -1e300}", "option \"max-grade\" takes a number from 0 to 100"),
            ("clarity/passive-voice: {max-share: 1.5}", "option \"max-share\" takes a number from 0 to 1"),
            // A misspelt word in a list option would switch its check off without a word.
            ("structure/missing-section: {pr-parts: [headline, summry]}",
             "option \"pr-parts\" has no \"summry\" (did you mean summary?); it takes one or more of headline, subheading, summary"),
            ("tradeoffs/internal-faq-coverage: {areas: [costs]}",
             "option \"areas\" has no \"costs\" (did you mean cost?); it takes one or more of cost, risks, dependencies, alternatives, scope"),
        ]
        for (rule, expected) in cases {
            try write("a.md", "---\nprfaq:\n  rules:\n    \(rule)\n---\n" + weasel)
            let r = try prfaq(["lint", "a.md"])
            XCTAssertEqual(r.status, 2, rule)
            XCTAssertTrue(r.stderr.contains("a.md:4:"), "\(rule): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(expected), "\(rule): \(r.stderr)")
        }
    }

    /// `explain` lists the words a list option takes.
    func testExplainListsAnOptionsChoices() throws {
        let r = try prfaq(["explain", "tradeoffs/internal-faq-coverage"])
        XCTAssertTrue(r.stdout.contains("areas (list of one or more of cost, risks, dependencies, alternatives, scope, default"), r.stdout)
    }

    func testFrontMatterErrorsPointIntoTheDraft() throws {
        try write("a.md", "---\ntitle: x\nprfaq:\n  rules:\n    concision/weasel-wor: off\n---\n" + weasel)
        let r = try prfaq(["lint", "a.md"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("a.md:5:5: unknown rule \"concision/weasel-wor\" (did you mean concision/weasel-word?)"), r.stderr)
    }

    func testBrokenFrontMatterWithAPrfaqKeyIsAnError() throws {
        try write("a.md", "---\nprfaq:\n  rules: [oops\n---\n" + weasel)
        let r = try prfaq(["lint", "a.md"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("a.md:") && r.stderr.contains("front matter is not valid YAML"), r.stderr)
        try write("b.md", "---\ntitle: [oops\n---\n" + weasel)
        XCTAssertEqual(try prfaq(["lint", "b.md"]).status, 0, "someone else's broken front matter is left alone")
    }

    func testSuppressionComments() throws {
        let text = """
            # Title

            <!-- prfaq-disable concision/weasel-word -->
            It is very slow.
            <!-- prfaq-enable concision/weasel-word -->

            It is very slow again.

            <!-- prfaq-disable-next-line -->

            It is very slow, and it might stay slow.

            It is very slow once more, and it might stay slow.

            <!-- prfaq-disable -->
            It is very slow, and it might stay slow.

            """
        try write("a.md", text)
        let ds = diagnostics(try json(try prfaq(["lint", "--format", "json", "a.md"])))
        let weasels = ds.filter { $0["rule"] as? String == "concision/weasel-word" }.compactMap { $0["line"] as? Int }
        XCTAssertEqual(weasels, [7, 13])
        let hedges = ds.filter { $0["rule"] as? String == "clarity/hedge" }.compactMap { $0["line"] as? Int }
        XCTAssertEqual(hedges, [13])
    }

    func testUnknownIdInCommentWarnsAndUnusedDisableIsOptIn() throws {
        try write("a.md", "# Title\n\n<!-- prfaq-disable concision/weasel-words -->\n\n<!-- prfaq-disable-next-line clarity/hedge -->\nIt is fine at 4 days.\n")
        var ds = diagnostics(try json(try prfaq(["lint", "--format", "json", "a.md"])))
        let unknown = ds.first { $0["rule"] as? String == "markdown/unknown-rule-in-comment" }
        XCTAssertEqual(unknown?["line"] as? Int, 3)
        XCTAssertEqual(unknown?["column"] as? Int, 20)
        XCTAssertTrue((unknown?["message"] as? String ?? "").contains("did you mean concision/weasel-word?"))
        XCTAssertFalse(ds.contains { $0["rule"] as? String == "markdown/unused-disable" })
        try write(".prfaq.yml", "rules:\n  markdown/unused-disable: warning\n")
        ds = diagnostics(try json(try prfaq(["lint", "--format", "json", "a.md"])))
        XCTAssertEqual(ds.filter { $0["rule"] as? String == "markdown/unused-disable" }.compactMap { $0["line"] as? Int }, [5])
    }

    func testRulePacksOfEveryKind() throws {
        try write("packs/codenames.yml", """
            id: team/no-codenames
            kind: existence
            severity: error
            summary: Internal code names
            message: '"{match}" is a code name; customers do not know it'
            phrases: [Project Falcon, Falcon]
            examples:
              fail: ["We launch ⟦Falcon⟧."]
              pass: ["We launch Reorder."]
            """)
        try write("packs/spelling.yml", """
            id: team/house-spelling
            kind: substitution
            phrases:
              - { phrase: e-mail, replace: email }
            """)
        try write("packs/occurrence.yml", """
            id: team/we-budget
            kind: occurrence
            max: 2
            phrases: [synergy]
            """)
        try write("packs/required.yml", """
            id: team/needs-risks
            kind: required-section
            profiles: [narrative]
            message: 'add a "{section}" section'
            section: [Risks, Risks and mitigations]
            """)
        try write(".prfaq.yml", "rule-paths: [packs]\nrules:\n  team/house-spelling: warning\n")
        try write("a.md", "# Plan\n\nProject Falcon sends an e-mail.\n\nsynergy synergy synergy.\n")
        let r = try prfaq(["lint", "--format", "json", "a.md"])
        let ds = diagnostics(try json(r))
        let byRule = Dictionary(grouping: ds, by: { $0["rule"] as? String ?? "" })
        XCTAssertEqual(byRule["team/no-codenames"]?.count, 1)
        XCTAssertEqual(byRule["team/no-codenames"]?.first?["column"] as? Int, 1)
        XCTAssertEqual(byRule["team/no-codenames"]?.first?["endColumn"] as? Int, 15)
        XCTAssertEqual((byRule["team/house-spelling"]?.first?["fix"] as? [String: Any])?["replacement"] as? String, "email")
        XCTAssertEqual(byRule["team/we-budget"]?.count, 1)
        XCTAssertEqual(byRule["team/we-budget"]?.first?["column"] as? Int, 17)
        XCTAssertEqual(byRule["team/needs-risks"]?.first?["line"] as? Int, 1)
        XCTAssertEqual(r.status, 1)
        // Custom rules appear in `rules` and `explain`.
        XCTAssertTrue(try prfaq(["rules"]).stdout.contains("team/no-codenames"))
        XCTAssertTrue(try prfaq(["explain", "team/no-codenames"]).stdout.contains("We launch Falcon."))
    }

    func testPackMistakesAreClearErrors() throws {
        try write(".prfaq.yml", "rule-paths: [packs]\n")
        try write("a.md", weasel)
        let cases: [(String, String)] = [
            ("id: team/x\nkind: existance\nphrases: [a]\n", "x.yml:2:7: unknown kind \"existance\" (did you mean existence?)"),
            ("id: Team X\nphrases: [a]\n", "x.yml:1:5: rule id \"Team X\" must be CATEGORY/kebab-name"),
            // One id check for packs and config: an upper-case category loaded here once, then was an
            // "unknown rule" to the .prfaq.yml that named it.
            ("id: Team/x\nphrases: [a]\n", "x.yml:1:5: rule id \"Team/x\" must be CATEGORY/kebab-name"),
            ("id: team/x\nphrase: [a]\n", "x.yml:2:1: unknown key \"phrase\" (did you mean phrases?)"),
            ("id: team/x\nkind: substitution\nphrases: [a]\n", "x.yml:3:11: a substitution phrase needs \"replace\""),
            ("id: concision/weasel-word\nphrases: [a]\n", "already defined"),
            ("id: team/x\nkind: occurrence\nphrases: [a]\n", "an occurrence pack needs \"max\""),
            // Every mistake in a pack's head at once, in one line, not one per run.
            ("id: team/BadName\nkind: existance\nseverity: warn\nphrase: [a]\n",
             "x.yml:1:5: rule id \"team/BadName\" must be CATEGORY/kebab-name: lower-case letters, digits and hyphens; "
                + "also 2:7: unknown kind \"existance\" (did you mean existence?); 3:11: unknown severity \"warn\"; "
                + "use error, warning or suggestion; 4:1: unknown key \"phrase\" (did you mean phrases?)"),
        ]
        for (yaml, expected) in cases {
            try write("packs/x.yml", yaml)
            let r = try prfaq(["lint", "a.md"])
            XCTAssertEqual(r.status, 2, yaml)
            XCTAssertTrue(r.stderr.contains(expected), "\(yaml.debugDescription): \(r.stderr)")
        }
    }

    /// Every id a pack may have is one `.prfaq.yml` can name, with a severity and with options.
    func testAnIDAPackAcceptsIsOneTheConfigAccepts() throws {
        try write("packs/x.yml", "id: team-2/no-x1\nphrases: [synergy]\n")
        try write("a.md", "# Plan\n\nWe want synergy.\n")
        try write(".prfaq.yml", "rule-paths: [packs]\nrules:\n  team-2/no-x1: error\n")
        let r = try prfaq(["lint", "--format", "json", "a.md"])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stdout.contains("\"rule\": \"team-2/no-x1\""), r.stdout)
        try write(".prfaq.yml", "rule-paths: [packs]\nrules:\n  team-2/no-x1: {severity: off}\n")
        XCTAssertEqual(try prfaq(["lint", "a.md"]).status, 0)
    }

    /// A phrase the matcher can never find (punctuation, a regular expression) is allowed but named,
    /// once, with file and line; the pack's other phrases still work.
    func testAPhraseThatCanNeverMatchIsAWarning() throws {
        try write(".prfaq.yml", "rule-paths: [packs]\n")
        try write("packs/x.yml", "id: team/x\nphrases:\n  - synergy\n  - c++\n  - {phrase: \"a.*b\"}\n  - state-of-the-art\n")
        try write("a.md", "# Plan\n\nWe want synergy in c++ and a.*b here.\n")
        try write("b.md", "# Plan\n\nMore synergy.\n")
        let r = try prfaq(["lint", "a.md", "b.md"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let warnings = r.stderr.replacingOccurrences(of: dir.path + "/", with: "").split(separator: "\n").filter { $0.hasPrefix("prfaq: warning: ") }
        XCTAssertEqual(warnings, [
            "prfaq: warning: packs/x.yml:4:5: the phrase \"c++\" can never match: prfaq matches whole words, and \"c++\" reads as \"c\", \"+\", \"+\" (regular expressions and punctuation are not supported)",
            "prfaq: warning: packs/x.yml:5:5: the phrase \"a.*b\" can never match: prfaq matches whole words, and \"a.*b\" reads as \"a\", \".\", \"*\", \"b\" (regular expressions and punctuation are not supported)",
        ])
        XCTAssertEqual(r.stdout.components(separatedBy: "team/x").count - 1, 2, "synergy still found in both files: \(r.stdout)")
    }

    /// `audience` takes the profile's precedence: --audience, front matter, the nearest .prfaq.yml, detection.
    func testAudienceFromCommandLineFrontMatterConfigOrContent() throws {
        let draft = "# Build Pipeline\n\nThe CI/CD pipeline assumes an IAM role and reports its TTFL weekly.\n"
        func acronyms(_ args: [String]) throws -> [String] {
            diagnostics(try json(try prfaq(["lint", "--format", "json"] + args)))
                .filter { $0["rule"] as? String == "clarity/undefined-acronym" }.compactMap { $0["message"] as? String }
        }
        try write("a.md", draft)
        XCTAssertEqual(try acronyms(["a.md"]).count, 3, "detected: general")
        XCTAssertEqual(try acronyms(["--audience", "technical", "a.md"]), ["\"TTFL\" is never defined"])
        try write(".prfaq.yml", "audience: technical\n")
        XCTAssertEqual(try acronyms(["a.md"]).count, 1, ".prfaq.yml")
        XCTAssertEqual(try acronyms(["--audience", "general", "a.md"]).count, 3, "--audience beats .prfaq.yml")
        try write("b.md", "---\nprfaq:\n  audience: general\n---\n" + draft)
        XCTAssertEqual(try acronyms(["b.md"]).count, 3, "front matter beats .prfaq.yml")
        XCTAssertEqual(try acronyms(["--audience", "technical", "b.md"]).count, 1, "--audience beats front matter")
        let explain = try prfaq(["config", "--explain", "b.md"])
        XCTAssertTrue(explain.stdout.contains("  audience: general (b.md (front matter))"), explain.stdout)
        let stats = try prfaq(["stats", "--audience", "technical", "a.md"])
        XCTAssertTrue(stats.stdout.contains("  audience            technical (chosen by configuration or --audience (the content reads as general))"), stats.stdout)
        try write(".prfaq.yml", "profile: auto\naudience: developers\n")
        let bad = try prfaq(["lint", "a.md"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains(".prfaq.yml:2:11: unknown audience \"developers\"; use auto, general or technical"), bad.stderr)
        XCTAssertEqual(try prfaq(["lint", "--audience", "experts", "b.md"]).status, 2)
    }

    func testConfigExplainShowsOrigins() throws {
        try write("base.yml", "rules:\n  clarity/hedge: off\n")
        try write(".prfaq.yml", "extends: [base.yml]\nrules:\n  concision/long-sentence: { max-words: 25 }\n")
        try write("a.md", "---\nprfaq:\n  rules:\n    concision/weasel-word: error\n---\n" + weasel)
        let r = try prfaq(["config", "--explain", "a.md"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("concision/long-sentence: warning (max-words=25, margin=8)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("clarity/hedge: off  ← "), r.stdout)
        XCTAssertTrue(r.stdout.contains("base.yml"), r.stdout)
        XCTAssertTrue(r.stdout.contains("concision/weasel-word: error"), r.stdout)
        XCTAssertTrue(r.stdout.contains("(front matter)"), r.stdout)
    }

    func testFilledTemplatesPassTheStructureRules() throws {
        for t in ["prfaq", "narrative", "star"] {
            XCTAssertEqual(try prfaq(["init", "--template", t, "\(t).md"]).status, 0)
            var text = try String(contentsOf: dir.appendingPathComponent("\(t).md"), encoding: .utf8)
            // Fill every [[placeholder]] with plain, specific words, as a writer would.
            text = Self.fill(text)
            try write("\(t).md", text)
            let r = try prfaq(["lint", "--format", "json", "--profile", t, "\(t).md"])
            let structure = diagnostics(try json(r)).filter { ($0["rule"] as? String ?? "").hasPrefix("structure/") || ($0["rule"] as? String ?? "").hasPrefix("star/") }
            XCTAssertEqual(structure.map { $0["message"] as? String ?? "" }, [], "\(t) template, filled")
        }
    }

    static func fill(_ template: String) -> String {
        var out = ""
        var rest = Substring(template)
        var n = 0
        while let open = rest.range(of: "[["), let close = rest.range(of: "]]", range: open.upperBound..<rest.endIndex) {
            n += 1
            out += rest[..<open.lowerBound] + Self.filler(String(rest[open.upperBound..<close.lowerBound]), n)
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    static func filler(_ placeholder: String, _ n: Int) -> String {
        let p = placeholder.lowercased()
        if p.hasPrefix("headline") { return "Busy Parents Repeat Their Weekly Grocery Order in One Tap" }
        if p == "city" { return "SEATTLE" }
        if p.hasPrefix("month") { return "May 3, 2027" }
        if p == "name" { return "Raj Rao" }
        if p == "role" { return "VP of Grocery" }
        if p == "company" { return "Acme" }
        if p == "customer name" { return "Maria Lopez" }
        if p.hasPrefix("who they are") { return "a nurse in Tucson" }
        if p.hasPrefix("title") || p.hasPrefix("the question") { return "Re-planning 41 School Bus Routes" }
        if p.hasPrefix("call to action") { return "Reorder is available today in the app; learn more at https://example.com/reorder" }
        if p.hasPrefix("this document asks") { return "This document asks for $240,000 to re-plan 41 bus routes by August 2027" }
        if p.hasPrefix("milestones") { return "By March 1, 2027, Ana Ruiz picks a vendor. By June 1, 2027, Raj Rao re-plans the routes" }
        if p.hasPrefix("what could go wrong") { return "Drivers may reject split shifts; we pilot 5 routes first to find out" }
        if p.hasPrefix("result") { return "On-time arrivals rose from 86% to 97% in 8 weeks" }
        if p.hasPrefix("situation") { return "In 2026 our 41 routes ran late on 14% of mornings" }
        if p.hasPrefix("task") { return "I owned the re-plan" }
        if p.hasPrefix("action") { return "I mapped every stop, merged 310 stops and tested the new routes with 12 drivers" }
        if p.hasPrefix("why we built it") { return "Parents spend 12 minutes a week rebuilding the same order" }
        if p.hasPrefix("what changed for me") { return "I save 12 minutes every Sunday" }
        if p.hasPrefix("summary") { return "Acme launches Reorder, which lets parents repeat last week's grocery order in 1 tap" }
        if p.hasPrefix("problem") { return "Parents spend 12 minutes each week rebuilding the same grocery order by hand" }
        if p.hasPrefix("solution") { return "With Reorder, parents repeat last week's order in 1 tap and edit it before checkout" }
        if p.hasPrefix("how to get started") { return "To get started, open the app and tap Reorder on any past order" }
        if p.hasPrefix("subheading") { return "Parents who shop weekly save 12 minutes an order" }
        return "Answer \(n): it costs $1.2M in 2027; the risk is carrier delay; we depend on the payments team; we considered a subscription; gift orders are out of scope; the target is 30% of weekly shoppers by June 30, 2027"
    }

    /// The vocabulary in .prfaq.yml on the command line: an accepted acronym is silent, a rejected word is
    /// reported and `--fix` writes the team's word.
    func testTheVocabularyOnTheCommandLine() throws {
        try write(".prfaq.yml", "# team words\nvocabulary:\n  accept: [GMV]\n  reject: [{phrase: utilize, use: use}]\n")
        try write("plan.md", "# Plan\n\nWe utilize the GMV report and the XQZ report for 12 launches.\n")
        let r = try prfaq(["lint", "--format", "json", "plan.md"])
        let found = diagnostics(try json(r)).map { "\($0["rule"] as? String ?? ""): \($0["message"] as? String ?? "")" }
        XCTAssertFalse(found.contains { $0.contains("\"GMV\"") }, "\(found)")
        XCTAssertTrue(found.contains { $0.hasPrefix("clarity/undefined-acronym") && $0.contains("XQZ") }, "\(found)")
        XCTAssertTrue(found.contains("clarity/team-vocabulary: the team writes \"use\", not \"utilize\""), "\(found)")
        XCTAssertEqual(try prfaq(["lint", "--fix", "plan.md"]).status, 0)
        let fixed = try String(contentsOf: dir.appendingPathComponent("plan.md"), encoding: .utf8)
        XCTAssertTrue(fixed.contains("We use the GMV report"), fixed)
    }
}
