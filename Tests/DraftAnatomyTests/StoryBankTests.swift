import XCTest
import Markdown
@testable import DraftAnatomy

/// STAR stories in every label style candidates use, and files that hold several stories (banks): each
/// story found with its title and each part starting on its own line.
final class StoryBankTests: XCTestCase {
    /// Part → line of its label, for each story.
    func lines(_ d: Draft) -> [[Anatomy.StarPart: Int]] {
        d.anatomy.stories.map { $0.parts.mapValues { d.line(of: $0) } }
    }

    func assertOneStory(_ text: String, _ expected: [Anatomy.StarPart: Int], file: StaticString = #filePath, line: UInt = #line) {
        let d = Draft(document: Document(text: text))
        XCTAssertEqual(d.anatomy.stories.count, 1, "stories", file: file, line: line)
        XCTAssertEqual(lines(d).first ?? [:], expected, file: file, line: line)
        XCTAssertEqual(d.profile, .star, file: file, line: line)
        XCTAssertNil(d.anatomy.stories.first?.title, file: file, line: line)
    }

    func testHeadings() {
        assertOneStory("# Story\n\n### Situation\n\nI ran a team of 6.\n\n### Task\n\nI owned the backlog.\n\n### Action\n\nI cut it.\n\n### Result\n\nIt fell by 40%.\n",
                       [.situation: 3, .task: 7, .action: 11, .result: 15])
    }

    /// "- **R** — Impact was small": the word after the dash is the answer even when it names a part.
    func testLetterDashThenAnAnswerThatStartsWithAPartName() {
        assertOneStory("- **S** — I ran a team of 6.\n- **T** — Task lists were 3 weeks long.\n- **A** — I cut them.\n- **R** — Impact was small: lists fell by 40%.\n",
                       [.situation: 1, .task: 2, .action: 3, .result: 4])
    }

    /// A bank titled by Leadership Principle and told in first-person prose: each section is a story.
    func testPrincipleSectionsInProseAreStories() {
        let story = { (what: String) in
            "In 2026 I ran the returns desk for a sporting goods store with 9 branches, and \(what) took 11 days from the request to the money.\n\nI mapped every step of the process with the branch staff, and I moved approval from the head office to the branch managers. I also set a daily report of open requests.\n\nBy March \(what) took 2 days, down from 11, and complaints fell from 140 a month to 35.\n"
        }
        let bank = Draft(document: Document(text: "# My stories\n\n## Bias for Action\n\n" + story("a refund") + "\n## Dive Deep\n\n" + story("an exchange")))
        XCTAssertEqual(bank.anatomy.stories.map(\.title), ["Bias for Action", "Dive Deep"])
        XCTAssertEqual(bank.profile, .star)
        XCTAssertEqual(bank.anatomy.stories.first.map { Set($0.parts.keys) }, [.situation, .action, .result])
        // One principle section in a narrative is not a bank.
        let one = Draft(document: Document(text: "# Plan\n\n## Ownership\n\n" + story("a refund") + "\n## Risks\n\nCarriers may be late.\n"))
        XCTAssertTrue(one.anatomy.stories.isEmpty)
    }

    /// Notes after a rule or a code block past the Result are not part of the story.
    func testARuleOrCodeBlockAfterTheResultEndsTheStory() {
        let text = "## Led a project\n\n### Situation\n\nI ran a team of 6.\n\n### Task\n\nI owned the backlog.\n\n### Action\n\nI cut it.\n\n### Result\n\nIt fell by 40%.\n\n```\nwhat they look for\n```\n\nQ2. Prompts for the next answer and notes to self.\n"
        let d = Draft(document: Document(text: text))
        let result = d.anatomy.stories.first?.parts[.result]
        XCTAssertEqual(result.map { d.bodyUnits(of: $0).map { d.units[$0].text } }, ["It fell by 40%."])
    }

    /// Labels with nothing after them hold a place; the story lacks those parts.
    func testEmptyLabelsAreMissingParts() {
        let d = Draft(document: Document(text: "## Earn Trust\n\n**S:** In 2025 a supplier shipped 400 faulty helmets.\n**T:**\n**A:** …\n**R:**\n"))
        XCTAssertEqual(d.anatomy.stories.count, 1)
        XCTAssertEqual(Set(d.anatomy.stories.first?.parts.keys ?? [:].keys), [.situation])
        let template = Draft(document: Document(text: "## Earn Trust\n\n**S:**\n**T:**\n**A:**\n**R:**\n"))
        XCTAssertTrue(template.anatomy.stories.isEmpty, "an empty template is no story")
    }

    func testBoldLeadInsWithColon() {
        assertOneStory("**Situation:** I ran a team of 6.\n\n**Task:** I owned the backlog.\n\n**Action:** I cut it.\n\n**Result:** It fell by 40%.\n",
                       [.situation: 1, .task: 3, .action: 5, .result: 7])
    }

    /// "**Situation.** In 2024…": a full stop closes the label as a colon does; "Action. I cut it." without
    /// bold is a sentence that starts with a part's name.
    func testBoldLeadInsWithFullStop() {
        assertOneStory("**Situation.** I ran a team of 6.\n\n**Task.** I owned the backlog.\n\n**Action.** I cut it.\n\n**Result.** It fell by 40%.\n",
                       [.situation: 1, .task: 3, .action: 5, .result: 7])
        let plain = Draft(document: Document(text: "# Plan\n\nContext. We ran a team of 6.\n\nAction. We cut it.\n"))
        XCTAssertTrue(plain.anatomy.stories.isEmpty)
    }

    func testBoldLabelAloneOnItsLine() {
        assertOneStory("**Situation**\n\nI ran a team of 6.\n\n**Task**\n\nI owned the backlog.\n\n**Action**\n\nI cut it.\n\n**Result**\n\nIt fell by 40%.\n",
                       [.situation: 1, .task: 5, .action: 9, .result: 13])
    }

    func testBoldLabelThenTextOnTheNextLineOfTheSameParagraph() {
        assertOneStory("**Situation**\nI ran a team of 6.\n\n**Task**\nI owned the backlog.\n\n**Action**\nI cut it.\n\n**Result**\nIt fell by 40%.\n",
                       [.situation: 1, .task: 4, .action: 7, .result: 10])
    }

    func testPlainAndLetterLabels() {
        assertOneStory("Situation: I ran a team of 6.\n\nTask: I owned the backlog.\n\nAction: I cut it.\n\nResult: It fell by 40%.\n",
                       [.situation: 1, .task: 3, .action: 5, .result: 7])
        assertOneStory("S: I ran a team of 6.\n\nT: I owned the backlog.\n\nA: I cut it.\n\nR: It fell by 40%.\n",
                       [.situation: 1, .task: 3, .action: 5, .result: 7])
        assertOneStory("**S:** I ran a team of 6.\n\n**T:** I owned the backlog.\n\n**A:** I cut it.\n\n**R:** It fell by 40%.\n",
                       [.situation: 1, .task: 3, .action: 5, .result: 7])
    }

    func testLetterWithItsNameInParentheses() {
        assertOneStory("**S (Situation):** I ran a team of 6.\n\n**T (Task):** I owned the backlog.\n\n**A (Action):** I cut it.\n\n**R (Result):** It fell by 40%.\n",
                       [.situation: 1, .task: 3, .action: 5, .result: 7])
    }

    func testLetterDashNameAsHeadingAndAsLeadIn() {
        assertOneStory("## S - Situation\n\nI ran a team of 6.\n\n## T - Task\n\nI owned the backlog.\n\n## A - Action\n\nI cut it.\n\n## R - Result\n\nIt fell by 40%.\n",
                       [.situation: 1, .task: 5, .action: 9, .result: 13])
        assertOneStory("**S - Situation:** I ran a team of 6.\n\n**T - Task:** I owned the backlog.\n\n**A - Action:** I cut it.\n\n**R - Result:** It fell by 40%.\n",
                       [.situation: 1, .task: 3, .action: 5, .result: 7])
    }

    func testLetterAndNameJoinedByAHyphen() {
        assertOneStory("### S-Situation\n\nI ran a team of 6.\n\n### T-Task\n\nI owned the backlog.\n\n### A-Action\n\nI cut it.\n\n### R-Result\n\nIt fell by 40%.\n",
                       [.situation: 1, .task: 5, .action: 9, .result: 13])
    }

    func testListItemsWithBoldLetterAndDash() {
        assertOneStory("# Story\n\n- **S** — I ran a team of 6.\n- **T** — I owned the backlog.\n- **A** — I cut it.\n- **R** — It fell by 40%.\n",
                       [.situation: 3, .task: 4, .action: 5, .result: 6])
    }

    func testEmojiPrefixedHeadings() {
        assertOneStory("### ✅ **S - Situation**\n\nI ran a team of 6.\n\n### 🎯 **T - Task**\n\nI owned the backlog.\n\n### 🛠️ **A - Action**\n\nI cut it.\n\n### 📈 **R - Result**\n\nIt fell by 40%.\n",
                       [.situation: 1, .task: 5, .action: 9, .result: 13])
    }

    func testConsecutiveLinesInOneParagraph() {
        let text = "# Story\n\n**S:** I ran a team of 6.\n**T:** We had to cut the backlog.\n**A:** I cut it.\n**R:** It fell by 40%.\n"
        assertOneStory(text, [.situation: 3, .task: 4, .action: 5, .result: 6])
        // Each part holds only its own line: the Task's "we" is not in the Action.
        let d = Draft(document: Document(text: text))
        guard let action = d.anatomy.stories.first?.parts[.action] else { return XCTFail("no action") }
        let words = d.spokenScalars(of: action).flatMap { (i, r) in d.units[i].tokens.filter { r.contains($0.range.lowerBound) }.map(\.key) }
        XCTAssertEqual(words, ["a", ":", "i", "cut", "it", "."])
    }

    func testActionAsABulletList() {
        let text = "**Situation:** I ran a team of 6.\n\n**Task:** I owned the backlog.\n\n**Action:**\n\n- I sorted it.\n- I cut it.\n\n**Result:** It fell by 40%.\n"
        assertOneStory(text, [.situation: 1, .task: 3, .action: 5, .result: 10])
        let d = Draft(document: Document(text: text))
        XCTAssertEqual(d.anatomy.stories.first?.parts[.action]?.units.count, 3)
    }

    func testOtherNamesForTheParts() {
        assertOneStory("**Situation/Context:** I ran a team of 6.\n\n**Task/Goal:** I owned the backlog.\n\n**Action(s):** I cut it.\n\n**Result(s)/Outcome/Impact:** It fell by 40%.\n\n**Lessons:** I learned to ask.\n",
                       [.situation: 1, .task: 3, .action: 5, .result: 7, .learning: 9])
        assertOneStory("## Context\n\nI ran a team of 6.\n\n## Task\n\nI owned it.\n\n## Actions\n\nI cut it.\n\n## Outcome\n\nIt fell by 40%.\n\n## Reflection\n\nI learned to ask.\n",
                       [.situation: 1, .task: 5, .action: 9, .result: 13, .learning: 17])
    }

    static let bank = """
        # Interview stories

        ## Questions to expect

        - Tell me about a time you missed a deadline.
        - Tell me about a time you helped a customer.

        ## How to use this file

        Each story follows STAR. **Situation:** describe where you were, then say what you did.

        | Principle | Story |
        |---|---|
        | Ownership | Build |

        ## Customer Obsession

        ### Situation

        In 2024 I ran support for a bike rental app with 40,000 riders.

        ### Task

        I owned the refund backlog of 900 tickets.

        ### Action

        I sorted the tickets by age and answered the oldest first.

        ### Result

        The backlog fell from 900 to 60 in three weeks.

        ## Ownership

        **S:** Our nightly build broke twice a week in 2023.
        **T:** I had to make it reliable.
        **A:** I split the build into 4 stages.

        ## Dive Deep

        Our checkout lost 3% of orders in March, and nobody knew why.

        My goal was to find the cause within two weeks.

        I read 400 error logs, and I found one payment call that timed out. I wrote a fix and I tested it.

        As a result, lost orders fell from 3% to 0.4% in April.

        ## How to tell a story

        **Situation:** say where you were.
        **Task:** say what you had to do.
        **Action:** say what you did, step by step.
        **Result:** give your figure.

        """

    func testBankFindsEveryStoryAndNothingElse() {
        let d = Draft(document: Document(text: Self.bank))
        XCTAssertEqual(d.profile, .star)
        let stories = d.anatomy.stories
        XCTAssertEqual(stories.map(\.title), ["Customer Obsession", "Ownership", "Dive Deep"])
        XCTAssertEqual(stories.compactMap(\.heading).map { d.lineRange(ofUnit: $0) }.map { d.source.line(ofByte: $0.lowerBound) }, [16, 34, 40])
        XCTAssertEqual(lines(d), [
            [.situation: 18, .task: 22, .action: 26, .result: 30],
            [.situation: 36, .task: 37, .action: 38],
            [.situation: 42, .task: 44, .action: 46, .result: 48],
        ])
        XCTAssertEqual(stories.map(\.isUnlabelled), [false, false, true])
    }

    func testStoriesSplitByTitleLinesWithoutHeadings() {
        let text = "**Story 1: Ownership**\n\nS: I ran a team of 6.\n\nT: I owned the backlog.\n\nA: I cut it.\n\nR: It fell by 40%.\n\n**Story 2: Frugality**\n\nS: I had $5,000.\n\nT: I owned the budget.\n\nA: I cut costs.\n\nR: We saved 30%.\n"
        let d = Draft(document: Document(text: text))
        XCTAssertEqual(d.anatomy.stories.map(\.title), ["Story 1: Ownership", "Story 2: Frugality"])
        XCTAssertEqual(lines(d), [[.situation: 3, .task: 5, .action: 7, .result: 9], [.situation: 13, .task: 15, .action: 17, .result: 19]])
    }

    func testUnlabelledStoryInOrderIsOneStory() {
        let text = "# Fixing checkout\n\nOur checkout lost 3% of orders in March, and nobody knew why.\n\nMy goal was to find the cause within two weeks.\n\nI read 400 error logs, and I found one payment call that timed out. I wrote a fix and I tested it.\n\nAs a result, lost orders fell from 3% to 0.4% in April.\n"
        let d = Draft(document: Document(text: text))
        XCTAssertEqual(lines(d), [[.situation: 3, .task: 5, .action: 7, .result: 9]])
        XCTAssertEqual(d.anatomy.stories.first?.isUnlabelled, true)
    }

    /// A narrative's "Context", "Results" and "Action items", an RFC's "## Context", a method guide: no story.
    func testOtherDocumentsHaveNoStory() {
        let narrative = "# Plan\n\n## Context\n\nWe run 40 buses.\n\n## Results\n\nLate arrivals fell 12%.\n\n## Lessons learned\n\nWe learned a lot.\n\n## Action items\n\nBuy 4 buses.\n"
        XCTAssertTrue(Draft(document: Document(text: narrative)).anatomy.stories.isEmpty)
        XCTAssertEqual(Draft(document: Document(text: narrative)).profile, .narrative)
        let rfc = "# RFC: Budgets\n\n## Context\n\nUsers overspend.\n\n## Working Backwards\n\nText.\n\n## Public FAQ\n\n### Why?\n\nCost.\n"
        XCTAssertTrue(Draft(document: Document(text: rfc)).anatomy.stories.isEmpty)
        let guide = "# The STAR method\n\n**Situation:** describe where you were.\n\n**Task:** say what you had to do.\n\n**Action:** say what you did.\n\n**Result:** give your numbers.\n"
        XCTAssertTrue(Draft(document: Document(text: guide)).anatomy.stories.isEmpty)
        XCTAssertEqual(Draft(document: Document(text: "A lot happened.\n\nA - B testing won.\n\nResults were mixed.\n")).anatomy.stories.count, 0)
    }
}
