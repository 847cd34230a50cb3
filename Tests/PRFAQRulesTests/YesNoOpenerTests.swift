import XCTest
import Markdown
import DraftAnatomy
@testable import PRFAQRules

/// The evasive-answer rule tells a yes/no question by its opener before gathering its words: the quick
/// test passes every question the full one does.
final class YesNoOpenerTests: XCTestCase {
    func testTheOpenerTestPassesEveryQuestionTheWordsTestDoes() {
        let questions = ["Can members cancel at any time?", "Q: Will it ship in May?", "Q: Q: Is it free?", "Q:", "Q",
                         "What does it cost?", "Is it free or paid?", "Can you tell me more?", "**Does it work offline?**",
                         "— Are there limits?", "q: do we need a team?", "Will riders have to prove it?"]
        for text in questions {
            let d = Draft(document: Document(text: text + "\n"))
            for u in d.units {
                let range = 0..<u.prose.count
                let words = EvasiveAnswer.words(u, range)
                let opens = words.first.map { EmptyAnswer.yesNoOpeners.contains($0) } ?? false
                XCTAssertEqual(EvasiveAnswer.opensYesOrNo(u, range), opens, text)
                if EvasiveAnswer.asksYesOrNo(words) { XCTAssertTrue(EvasiveAnswer.opensYesOrNo(u, range), text) }
            }
        }
    }
}
