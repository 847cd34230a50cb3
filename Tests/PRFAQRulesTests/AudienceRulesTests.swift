import XCTest
import Markdown
import DraftAnatomy
import LintCore
import Session
import PRFAQRules

/// The rules the audience changes: which acronyms need defining, and whether technology words in a press
/// release are a problem.
final class AudienceRulesTests: XCTestCase {
    func rule(_ id: String) -> any Rule { BuiltinRules.all.first { $0.description.id == id }! }
    func found(_ text: String, _ id: String, profile: Profile = .narrative, audience: Audience? = nil) -> [String] {
        lint(text, rule: rule(id), profile: profile, audience: audience).map { SourceFile(path: "x", text: text).text($0.range) }
    }

    let pressRelease = "## Press Release\n\n# Reorder in One Tap\n\nSEATTLE — May 3, 2027 — Shoppers reorder with a new API on the backend.\n\n## Internal FAQ\n\n### What does it cost?\n\nIt costs $1.2M.\n"

    func testTechnologyInPressReleaseIsForAGeneralAudienceOnly() {
        let id = "customer/technology-in-press-release"
        XCTAssertEqual(found(pressRelease, id, profile: .prfaq), ["API", "backend"], "detected general")
        XCTAssertEqual(found(pressRelease, id, profile: .prfaq, audience: .general), ["API", "backend"])
        XCTAssertEqual(found(pressRelease, id, profile: .prfaq, audience: .technical), [])
        XCTAssertEqual(rule(id).description.audiences, [.general])
        // Detected technical: the press release is written for developers.
        let forDevelopers = pressRelease.replacingOccurrences(of: "Shoppers reorder", with: "Developers deploy")
            .replacingOccurrences(of: "# Reorder", with: "# Developers Reorder")
        XCTAssertEqual(found(forDevelopers, id, profile: .prfaq), [])
        XCTAssertEqual(found(forDevelopers, id, profile: .prfaq, audience: .general), ["API", "backend"], "a chosen audience wins")
    }

    let acronyms = "# Build Pipeline\n\nThe CI/CD pipeline assumes an IAM role in the VPC and reports its TTFL weekly.\n"

    /// A phrase can be a finding for one reader only: "ecosystem" is jargon to a general reader.
    func testJargonCanBeForOneAudience() {
        let text = "The package ecosystem grows, and we leverage it.\n"
        XCTAssertEqual(found(text, "clarity/jargon", audience: .general), ["ecosystem", "leverage"])
        XCTAssertEqual(found(text, "clarity/jargon", audience: .technical), ["leverage"])
    }

    func testTechnicalReadersKnowTheTechnicalGlossary() {
        let id = "clarity/undefined-acronym"
        XCTAssertEqual(found(acronyms, id, audience: .general), ["CI/CD", "IAM", "VPC", "TTFL"])
        XCTAssertEqual(found(acronyms, id, audience: .technical), ["TTFL"])
        XCTAssertEqual(found(acronyms, id), ["CI/CD", "IAM", "VPC", "TTFL"], "no code, no developers: general")
        XCTAssertEqual(found(acronyms + "\n```yaml\nstages: [build]\n```\n", id), ["TTFL"], "a YAML block: technical")
    }

    func testOptionsStillWorkForBothAudiences() {
        let id = "clarity/undefined-acronym"
        var config = Configuration()
        for other in BuiltinRules.all where other.description.id != id { config.rules[other.description.id] = RuleSetting(enabled: false) }
        func run(_ options: [String: OptionValue], _ audience: Audience) -> [String] {
            config.rules[id] = RuleSetting(options: options)
            let src = SourceFile(path: "a.md", text: acronyms)
            return allRulesLinter.lint(src, config: config, audience: audience).diagnostics.map { src.text($0.range) }
        }
        XCTAssertEqual(run(["extra-allow": .strings(["ttfl", "CI/CD"])], .general), ["IAM", "VPC"])
        XCTAssertEqual(run(["extra-allow": .strings(["TTFL"])], .technical), [])
        XCTAssertEqual(run(["technical-allow": .strings(["IAM"])], .technical), ["CI/CD", "VPC", "TTFL"])
        XCTAssertEqual(run(["technical-allow": .strings(["IAM"])], .general), ["CI/CD", "IAM", "VPC", "TTFL"])
        XCTAssertEqual(run(["allow": .strings(["CI", "CD", "VPC"])], .general), ["IAM", "TTFL"], "CI/CD is known when both halves are")
    }

    func testSlashJoinedAcronymsAreOneTermAndDefinedAsOne() {
        let id = "clarity/undefined-acronym"
        XCTAssertEqual(found("We use CI/CD daily. CD stays.\n", id, audience: .general), ["CI/CD", "CD"])
        XCTAssertEqual(found("Continuous integration and delivery (CI/CD) runs daily. CI/CD stays fast.\n", id, audience: .general), [])
        XCTAssertEqual(found("We run CI/CD daily.\n\nLater: continuous integration and delivery (CI/CD).\n", id, audience: .general), ["CI/CD"])
    }

    func testCapitalsThatAreNotAcronyms() {
        let id = "clarity/undefined-acronym"
        let none: [String] = []
        for text in ["You MUST NOT skip it; the field is REQUIRED.", "NOTE: read the README and the CHANGELOG.",
                     "See [USE CASES] and OPEN QUESTIONS below.", "Set RETAIN on the table; COPY the IMPORT file.",
                     "Pick ON_DEMAND or SPOT_PRICE capacity.", "Open it in VS Code or a .NET app built with the AWS CDK v2.",
                     "Growth was XX% over NN weeks at {ORG}.", "PUBLIC and PRIVATE subnets; two CASES were USED.",
                     "It runs on Windows XP for Consultancy ABC."] {
            XCTAssertEqual(found(text + "\n", id, audience: .general), none, text)
        }
        // Still acronyms: capitals that are no English word, next to shouting ones or a name part of three letters.
        XCTAssertEqual(found("DO NOT call the SKR team. The SKR Console is new.\n", id, audience: .general), ["SKR"])
        XCTAssertEqual(found("Ship the SDM Report, then UPS and DOS labels.\n", id, audience: .general), ["SDM", "UPS", "DOS"])
        XCTAssertEqual(found("Tools. Ops QX the Release NPS.\n", id, audience: .general), ["QX", "NPS"], "after a sentence's first word, no name")
        XCTAssertEqual(found("Cloud QX is new.\n", id, audience: .general), ["QX"])
    }

    func testATitleAcronymIsAnAcronymForGeneralReadersAndTheGlossaryDecidesForTechnicalOnes() {
        let id = "clarity/undefined-acronym"
        let text = "# CDK Refactoring Support\n\nTeams rename 40 resources with the TTFL tool.\n"
        XCTAssertEqual(found(text, id, audience: .general), ["CDK", "TTFL"])
        XCTAssertEqual(found(text, id, audience: .technical), ["TTFL"])
    }
}

extension AudienceRulesTests {
    func testCapitalisedPhrasesSpellTheirAcronyms() {
        let id = "clarity/undefined-acronym"
        XCTAssertEqual(found("# Green Software Foundation\n\nThe GSF trains 400 people.\n", id, audience: .general), [])
        XCTAssertEqual(found("Time to First Listing is tracked weekly. Our TTFL fell.\n", id, audience: .general), [])
        XCTAssertEqual(found("Our TTFL fell. Time to First Listing is tracked weekly.\n", id, audience: .general), ["TTFL"])
        XCTAssertEqual(found("Our TTFL fell.\n\nTime to First Listing is tracked weekly.\n", id, audience: .general), ["TTFL"])
        XCTAssertEqual(lint("Our TTFL fell.\n\nTime to First Listing is tracked weekly.\n", rule: rule(id), profile: .narrative, audience: .general)
            .map(\.message), ["\"TTFL\" is used before it is defined"])
        XCTAssertEqual(found("- **CDI**: Cloud Digital Interface, for video.\n", id, audience: .general), [])
        XCTAssertEqual(found("Ask the Green Team about the GSF.\n", id, audience: .general), ["GSF"])
    }

    func testNumberedVariantsAndMixedSlashTerms() {
        let id = "clarity/undefined-acronym"
        XCTAssertEqual(found("Pick AES256 or HTTP2 for JPEG XS.\n", id, audience: .technical), [])
        XCTAssertEqual(found("Pick AES256 or HTTP2.\n", id, audience: .general), ["AES256"])
        XCTAssertEqual(found("Hotswap through SDK/CCAPI calls; CI/CD stays.\n", id, audience: .technical), ["CCAPI"])
        XCTAssertEqual(found("Use the MAJOR.MINOR.PATCH scheme.\n", id, audience: .general), [])
    }
}
