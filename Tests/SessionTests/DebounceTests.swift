import Dispatch
import XCTest
@testable import Session

/// The language server lints a change after a pause at once and waits inside a burst of typing.
final class DebounceTests: XCTestCase {
    func testAPauseLintsAtOnceAndABurstWaits() {
        let t0 = DispatchTime(uptimeNanoseconds: 1_000_000_000)
        let wait = DispatchTimeInterval.milliseconds(40)
        // The first change of a document: nothing came before it.
        XCTAssertTrue(LanguageServer.lintsAtOnce(lastChange: nil, now: t0, wait: wait))
        // A keystroke 150 ms after the last one: at once.
        XCTAssertTrue(LanguageServer.lintsAtOnce(lastChange: t0, now: t0 + .milliseconds(150), wait: wait))
        // Exactly the wait apart still counts as a pause.
        XCTAssertTrue(LanguageServer.lintsAtOnce(lastChange: t0, now: t0 + .milliseconds(40), wait: wait))
        // 10 ms after the last: inside a burst, it waits.
        XCTAssertFalse(LanguageServer.lintsAtOnce(lastChange: t0, now: t0 + .milliseconds(10), wait: wait))
    }
}
