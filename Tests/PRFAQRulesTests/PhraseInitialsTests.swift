import DraftAnatomy
import Markdown
@testable import PRFAQRules
import Text
import XCTest

/// The acronyms a run of capitalised words spells are found on packed bytes; they must be what building
/// each word's first letter as a String finds (the way they were found before), for ASCII and for words
/// whose first letters are not (accents, a Kelvin sign, hyphens, a long hyphenated word).
final class PhraseInitialsTests: XCTestCase {
    /// The String way: each member's letters as text, keys compared as Strings.
    static func reference(_ u: ProseUnit, wanted: Set<String>) -> [String: Int] {
        let t = u.tokens
        let firsts = Set(wanted.compactMap { $0.utf8.first })
        let longest = wanted.map { $0.utf8.count }.max() ?? 0
        let connectors: Set<String> = ["of", "and", "for", "to", "the", "in", "on", "a", "&"]
        func capital(_ tok: Token) -> Bool { tok.kind == .word && tok.isFirstUpper && !tok.isAllCaps }
        func initials(_ k: Int) -> String {
            let text = u.text(k)
            if text.utf8.contains(0x2D) {
                let parts = text.split(separator: "-")
                if parts.allSatisfy({ $0.first?.isUppercase == true }) { return String(parts.compactMap(\.first)).uppercased() }
            }
            return UndefinedAcronym.firstLetter(text)
        }
        var out = [String: Int]()
        var k = 0
        while k < t.count {
            guard capital(t[k]) else { k += 1; continue }
            var e = k
            while e < t.count {
                if capital(t[e]) { e += 1; continue }
                if t[e].kind == .word || t[e].is("&"), connectors.contains(t[e].key), e + 1 < t.count, capital(t[e + 1]) { e += 1; continue }
                break
            }
            let members = (k..<e).map { (token: $0, connector: !capital(t[$0])) }
            let capitals = members.indices.filter { !members[$0].connector }
            if capitals.count >= 2 {
                let run = members.map { (letters: $0.connector ? UndefinedAcronym.firstLetter(u.text($0.token)) : initials($0.token),
                                         connector: $0.connector, token: $0.token) }
                for (x, i) in capitals.enumerated() where run[i].letters.utf8.first.map(firsts.contains) ?? false {
                    var plain = run[i].letters, all = run[i].letters, last = i
                    for j in capitals[(x + 1)...].prefix(7) {
                        guard j - i < longest + 4, plain.utf8.count <= longest || all.utf8.count <= longest else { break }
                        for m in (last + 1)...j {
                            all += run[m].letters
                            if !run[m].connector { plain += run[m].letters }
                        }
                        last = j
                        for key in plain == all ? [plain] : [plain, all]
                        where key.utf8.count <= longest && wanted.contains(key) && out[key] == nil { out[key] = run[i].token }
                    }
                }
            }
            k = e
        }
        return out
    }

    func testPackedLettersAgreeWithTheStringWay() {
        let text = """
        The Green Software Foundation and the Net Promoter Score lead. Time to First Listing matters.
        Multi-Factor Authentication helps; Ångström Unit Labs and \u{212A}elvin Scale Tools exist. \
        Élan Vital Group, Out-Of-Band Management, A-B-C-D-E-F-G-H-I Widget Corp and Research & Development \
        Plan. Bring Your Own Device For Everyone. Ünited Kingdom Trade, Quality Of Service.
        """
        let wanted: Set<String> = ["GSF", "NPS", "TTFL", "TFL", "MFA", "MA", "AUL", "KST", "EVG", "OOBM", "RDP", "RD",
                                   "BYOD", "BYODFE", "UKT", "QOS", "QS", "CI/CD", "SDK/CCAPI", "KS", "ABCDEFGHIWC"]
        let spelling = UndefinedAcronym.Spelling(wanted)
        var found = 0
        // One scratch for all units, as the rule keeps it: what one unit leaves there must not leak into the next.
        var scratch = UndefinedAcronym.PhraseScratch()
        for u in Draft(document: Document(text: text)).units {
            let got = UndefinedAcronym.phraseInitials(u, spelling, &scratch)
            XCTAssertEqual(got, Self.reference(u, wanted: wanted), u.prose.string)
            found += got.count
        }
        XCTAssertGreaterThanOrEqual(found, 8)
    }

    func testLettersPackEightASCIIBytesAndNoMore() {
        var l = UndefinedAcronym.Letters(byte: 0x41)
        l.add(UndefinedAcronym.Letters("BCDEFGH"))
        XCTAssertEqual(l.string, "ABCDEFGH")
        XCTAssertEqual(l.packed, UndefinedAcronym.Letters("ABCDEFGH").packed)
        l.add(0x49)
        XCTAssertNil(l.packed)
        XCTAssertEqual(l.count, 9)
        XCTAssertNil(UndefinedAcronym.Letters("É").packed)
        XCTAssertEqual(UndefinedAcronym.Letters("É").count, 2)
    }
}
