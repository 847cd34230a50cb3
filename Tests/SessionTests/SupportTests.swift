import XCTest
@testable import DraftAnatomy
@testable import Markdown
@testable import Session
@testable import Settings
@testable import Text

final class SupportTests: XCTestCase {
    func testGlobs() {
        XCTAssertTrue(Glob("archive/**").matches("archive/2025/old.md"))
        XCTAssertFalse(Glob("archive/**").matches("docs/archive.md"))
        XCTAssertTrue(Glob("*.draft.md").matches("docs/a.draft.md"))
        XCTAssertTrue(Glob("scratch").matches("docs/scratch/a.md"))
        XCTAssertTrue(Glob("docs/*.md").matches("docs/a.md"))
        XCTAssertFalse(Glob("docs/*.md").matches("docs/sub/a.md"))
        XCTAssertTrue(Glob("docs/?.md").matches("docs/a.md"))
    }

    func testSuggestions() {
        XCTAssertEqual(Suggest.nearest("concision/weasel-words", ["concision/weasel-word", "clarity/hedge"]), "concision/weasel-word")
        XCTAssertEqual(Suggest.nearest("profil", ["profile", "rules"]), "profile")
        XCTAssertNil(Suggest.nearest("zzzzzz", ["profile", "rules"]))
        XCTAssertEqual(Suggest.nearest("weasel-word", ["concision/weasel-word"]), "concision/weasel-word")
    }

    func testMessageTemplate() {
        let t = PackRule.MessageTemplate("\"{match}\" is {kind}; at most {max} {unknown} {open")
        XCTAssertEqual(t.fill { ["match": "very", "kind": "vague", "max": "2"][$0] }, "\"very\" is vague; at most 2 {unknown} {open")
        XCTAssertEqual(PackRule.MessageTemplate("plain").fill { _ in "x" }, "plain")
    }

    func testProseEncodesEveryUTF8Length() {
        let scalars = Array("a é — 😀 ñ\u{301} z".unicodeScalars)
        let s = scalars.withUnsafeBufferPointer { Prose.encode($0) }
        XCTAssertEqual(s, String(String.UnicodeScalarView(scalars)))
    }

    func testHashCounterCountsThroughGrowth() {
        var c = HashCounter(capacity: 4)
        var reference = [Int: Int]()
        for i in 0..<5_000 {
            let key = (i % 1_700) &* 0x1E37_79B9_7F4A_7C15 &+ (i % 3 == 0 ? Int.min : 0)
            reference[key, default: 0] += 1
            XCTAssertEqual(c.increment(key), reference[key])
        }
        var zero = HashCounter()
        XCTAssertEqual(zero.increment(0), 1)
        XCTAssertEqual(zero.increment(0), 2)
    }

    func testPhraseSet() {
        let d = Draft(document: .init(text: "We considered a build vs buy choice; P&L is flat and it won’t ship."))
        let u = d.units[0]
        XCTAssertTrue(PhraseSet(["build vs"]).occurs(in: u))
        XCTAssertTrue(PhraseSet(["won't"]).occurs(in: u))
        XCTAssertTrue(PhraseSet(["p & l"]).occurs(in: u))
        // A phrase may start with a symbol: the walk passes tokens of every kind.
        XCTAssertTrue(PhraseSet(["& l"]).occurs(in: u))
        XCTAssertFalse(PhraseSet(["pay"]).occurs(in: u))
        // Every phrase that occurs, by its place in the list; a phrase at the unit's end still counts.
        let set = PhraseSet(["pay", "build vs", "build", "won't", "ship", "p & l", "flat out"])
        var found = [Int]()
        set.occurrences(in: u) { found.append($0); return true }
        XCTAssertEqual(found.sorted(), [1, 2, 3, 4, 5])
        // Stopped by its caller after the first.
        found = []
        set.occurrences(in: u) { found.append($0); return false }
        XCTAssertEqual(found.count, 1)
        // Inside a scalar range only: "We considered a build vs buy" holds no "ship".
        found = []
        set.occurrences(in: u, within: 0..<28) { found.append($0); return true }
        XCTAssertEqual(found.sorted(), [1, 2])
    }

    func testUnifiedDiffOfIdenticalTextIsEmpty() {
        XCTAssertEqual(UnifiedDiff.make("a\nb\n", "a\nb\n", path: "x"), "")
    }
}

/// File names are bytes: every byte sequence comes back as the same bytes, valid UTF-8 is left as text,
/// and a stray byte prints as `\xFF`.
final class FilePathTests: XCTestCase {
    func testNamesRoundTripToTheirBytes() {
        let cases: [[UInt8]] = [Array("plain.md".utf8), Array("café.md".utf8), [0x61, 0xFF, 0x2E, 0x6D, 0x64],
                                [0xC3], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98, 0x80, 0x80], [0xC0, 0xAF],
                                // U+100000 is valid and starts with F4, as an escape's scalar does; a stray F4.
                                [0x61, 0xF4, 0x80, 0x80, 0x80], [0x61, 0xF4, 0x2E]]
        for bytes in cases {
            let s = FilePath.string(bytes)
            XCTAssertEqual(FilePath.bytes(s).dropLast().map { UInt8(bitPattern: $0) }, bytes, "\(bytes)")
        }
        XCTAssertEqual(FilePath.bytes("café.md").map { UInt8(bitPattern: $0) }, Array("café.md".utf8) + [0], "NUL-terminated")
        XCTAssertEqual(FilePath.string(Array("café.md".utf8)), "café.md")
        XCTAssertEqual(FilePath.display(FilePath.string([0x61, 0xFF, 0x0A])), "a\\xFF\n")
        XCTAssertEqual(FilePath.display(FilePath.string([0xED, 0xA0, 0x80])), "\\xED\\xA0\\x80", "a surrogate's encoding is three stray bytes")
    }
}

/// Ignore globs are matched in time polynomial in their size: a walk with a hostile `ignore` list ends.
final class GlobCostTests: XCTestCase {
    func testManyDoubleStarsAgainstADeepPath() {
        let deep = (0..<60).map { "d\($0)" }.joined(separator: "/") + "/file.md"
        let stars = Array(repeating: "**", count: 40).joined(separator: "/")
        XCTAssertFalse(Glob(stars + "/nothing.md").matches(deep))
        XCTAssertTrue(Glob(stars + "/file.md").matches(deep))
        XCTAssertFalse(Glob(String(repeating: "*a", count: 50) + "b").matches(String(repeating: "a", count: 5000)))
        XCTAssertTrue(Glob("d0/**/d50").matches(deep), "a folder deep inside still covers what is below it")
        XCTAssertTrue(Glob("d50").matches(deep), "a bare name matches a folder at any depth")
        XCTAssertFalse(Glob("/d3/**").matches(deep), "anchored at the root")
    }
}

/// The draft's two largest arrays, its blocks and its sections, are allocated once at their size: grown
/// by doubling, each held two copies at once at its peak and kept up to twice the room it needed.
final class AllocationTests: XCTestCase {
    func testBlocksAndSectionsAreAllocatedAtTheirSize() {
        for (text, blocks) in [(String(repeating: "# H\n\nSome text.\n\n", count: 10_000), 20_001),
                               (String(repeating: "> - ## In a quote\n>   - item\n\n", count: 3_000), 1 + 3_000 * 7)] {
            let document = Document(text: text)
            XCTAssertEqual(document.blocks.count, blocks)
            XCTAssertLessThan(document.blocks.capacity, document.blocks.count + document.blocks.count / 20 + 8)
            let draft = Draft(document: document)
            XCTAssertLessThan(draft.sections.capacity, draft.sections.count + draft.sections.count / 20 + 8)
            XCTAssertLessThan(draft.chapters.capacity, draft.chapters.count + draft.sections.count / 20 + 8)
        }
    }

    /// A unit owns no arrays: its prose, tokens, key hashes, quote marks and sentences are views into
    /// stores shared by many units, the tokens allocated at exactly their number (issue 15, item 12: a
    /// draft of 10⁶ headings took 952 MB, four arrays and their headers a unit among it).
    func testUnitsShareStoresSizedExactly() {
        let text = String(repeating: "# A “quoted” heading\n\nSome text, with words. And two sentences.\n\n", count: 5_000)
        for bytes in [Int.max, 0] {
            // Both paths: the serial one and the one that shares runs of blocks out across the cores.
            let saved = Parallel.draftBytes
            Parallel.draftBytes = bytes
            defer { Parallel.draftBytes = saved }
            let draft = Draft(document: Document(text: text))
            let units = draft.units
            XCTAssertEqual(units.count, 10_000)
            let tokenStores = Set(units.map { ObjectIdentifier($0.tokens.store) })
            let proseStores = Set(units.map { ObjectIdentifier($0.prose.storage) })
            XCTAssertEqual(proseStores.count, 1)
            XCTAssertLessThanOrEqual(tokenStores.count, bytes == 0 ? 8 : 1)
            for u in units {
                XCTAssertTrue(u.tokens.store === u.sentences.store)
                let store = u.tokens.store
                // Exactly their number, give or take what malloc rounds a block up to.
                XCTAssertLessThan(store.tokens.capacity, store.tokens.count + store.tokens.count / 200 + 16)
                XCTAssertLessThan(store.sentences.capacity, store.sentences.count + 8)
            }
            // The views read what a unit's own arrays held.
            let heading = units[0], paragraph = units[1]
            XCTAssertEqual(heading.tokens.indices.map { heading.text($0) }, ["A", "“", "quoted", "”", "heading"])
            XCTAssertEqual(Array(heading.quotedTokens), [false, true, true, false, false])
            XCTAssertEqual(Array(heading.keyHashes), heading.tokens.map(\.keyHash))
            XCTAssertEqual(paragraph.sentences.count, 2)
            XCTAssertEqual(paragraph.text(of: paragraph.sentences[1]), "And two sentences.")
            XCTAssertEqual(paragraph.wordCount, 7)
        }
    }
}

/// A file comes back byte for byte, over more reads than one buffer holds.
final class FileReaderTests: XCTestCase {
    func testReadBytesReturnsEveryByteOfAFileLongerThanOneRead() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<200_003).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let path = NSTemporaryDirectory() + "prfaq-read-\(getpid()).bin"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertEqual(try FileReader.readBytes(path).get(), bytes)
        // A size told wrong (the file grew or shrank since it was looked at) still reads every byte.
        for reserve in [1, 10, 65_536, 200_002, 200_003, 200_004, 300_000] {
            let fd = open(path, O_RDONLY)
            XCTAssertGreaterThanOrEqual(fd, 0)
            XCTAssertEqual(try Descriptor.readAll(fd, limit: 1 << 20, reserve: reserve).get(), bytes, "\(reserve)")
            close(fd)
        }
        let fd = open(path, O_RDONLY)
        if case .success = Descriptor.readAll(fd, limit: 100_000, reserve: 200_003) { XCTFail("read past the limit") }
        close(fd)
        let empty = path + ".empty"
        XCTAssertTrue(FileManager.default.createFile(atPath: empty, contents: Data()))
        defer { try? FileManager.default.removeItem(atPath: empty) }
        XCTAssertEqual(try FileReader.readBytes(empty).get(), [])
    }

    /// A file is a draft by its extension, read on its name's bytes the way `NSString.pathExtension`
    /// reads it: after the last dot of the last component, unless the dot starts the name; any case; past
    /// ASCII, as Foundation says.
    func testDraftExtensionsReadAsFoundationReadsThem() {
        let names = ["a.md", "a.MD", "a.Md", "b.markdown", "b.MarkDown", ".md", "..md", ".x.md", "x.", "md", "a.mdx",
                     "a.m d", "a.md ", "a..md", "é.md", "a.mé", "a.b.md", "README", "notes.txt", "a.markdow", "a.\u{212A}",
                     "a.mar\u{212A}down", "dir.md/a", "x/.md", "x/y.md", ".", "..", "a.md/", "x/y.md//", "/", "a/",
                     ".md/", "a.b/c", "//", "docs/Draft.MARKDOWN"]
        for n in names {
            XCTAssertEqual(FileWalker.hasDraftExtension(n),
                           FileWalker.extensions.contains((n as NSString).pathExtension.lowercased()), n)
        }
    }
}
