import Markdown
import Text

/// Who reads the draft. It decides only which words this reader already knows — acronyms, technology
/// words — never whether structure, data or customer checks run.
public enum Audience: String, CaseIterable, Sendable, Codable {
    case general, technical

    public static let all: Set<Audience> = Set(allCases)
}

/// Reads the audience from a draft's content: technical when it carries code, API-style names or is
/// written for developers. Conservative — one stray code span or one "developers" leaves a draft general —
/// and explainable: every signal that counted is named with where it was first seen.
public struct AudienceDetector {
    public struct Result: Sendable {
        public let audience: Audience
        /// The signals that decided, strongest first (`prfaq stats` shows them).
        public let evidence: [String]
    }

    /// How much of each signal makes a draft technical.
    static let codeBlocksNeeded = 2
    static let codeSpansNeeded = 3
    static let apiNamesNeeded = 2
    static let developerMentionsNeeded = 2
    static let codeMentionsNeeded = 2

    /// Words before "code" that make it a zip code or a discount, not software.
    static let notSoftware: WordSet = ["zip", "postal", "promo", "promotional", "discount", "qr", "coupon", "dress", "area",
                                       "country", "access", "gift", "referral", "bar", "morse", "colour", "color", "tax",
                                       "penal", "building", "voucher", "confirmation", "verification", "booking"]

    /// "code" as software: "write code using the SDK", "converts code into a diagram"; not "zip code"
    /// or "code of conduct".
    static func isCodeMention(_ t: TokenList, _ k: Int) -> Bool {
        guard t[k].key == "code" || t[k].key == "codebase" else { return false }
        if k > 0, t[k - 1].kind == .word, notSoftware.contains(t[k - 1]) { return false }
        if k + 1 < t.count, t[k + 1].key == "of" || t[k + 1].key == "word" || t[k + 1].key == "name" { return false }
        return true
    }

    let document: Document
    let units: [ProseUnit]

    public init(document: Document, units: [ProseUnit]) {
        self.document = document
        self.units = units
    }

    /// - Parameter explaining: false to learn only the audience: the walk then stops as soon as one signal
    ///   makes the draft technical, and the result names no evidence.
    public func detect(explaining: Bool = true) -> Result {
        let bytes = document.source.bytes
        // Code blocks: a fence that names a language is code for sure; unlabelled or indented blocks
        // (a mock-up of a text message, an indented paragraph) count only when there are several.
        var blocks = 0, labelled = [String](), firstBlock: Int?
        for (i, b) in document.blocks.enumerated() where b.kind == .codeBlock {
            blocks += 1
            if firstBlock == nil { firstBlock = document.line(ofBlock: i) }
            if let lang = Self.fenceLanguage(bytes, from: b.range.lowerBound), !Self.plainLanguages.contains(lang.lowercased()) {
                labelled.append(lang)
            }
        }
        var spans = 0, firstSpan: Int?
        var names = [String](), firstName: Int?
        var mentions = 0, firstMention: (word: String, line: Int)?, mentionUnits = Set<Int>()
        var codeUnits = Set<Int>(), firstCode: Int?
        let cues = Self.cues
        // Each signal's threshold, asked while reading (to stop once one decides) and to name the evidence.
        func byBlocks() -> Bool { !labelled.isEmpty || blocks >= Self.codeBlocksNeeded }
        func bySpans() -> Bool { spans >= Self.codeSpansNeeded }
        func byNames() -> Bool { names.count >= Self.apiNamesNeeded }
        // Named in two places at least: one list of roles ("Web Developer, Data Scientist") is not a readership.
        func byMentions() -> Bool { mentions >= Self.developerMentionsNeeded && mentionUnits.count >= 2 }
        func byCode() -> Bool { codeUnits.count >= Self.codeMentionsNeeded }
        /// Whether the signals counted so far already make the draft technical.
        func decided() -> Bool { byBlocks() || bySpans() || byNames() || byMentions() || byCode() }
        if !explaining && decided() { return Result(audience: .technical, evidence: []) }
        // Each signal in its own walk over a unit's records, which passes the tokens that cannot give it
        // without reading them as tokens: opaque spans, words that may start a name, cue words.
        for (ui, u) in units.enumerated() {
            let t = u.tokens
            for k in t.indices(of: .opaque) {
                let at = u.prose.sourceRange(t[k].range).lowerBound
                if at < bytes.count, bytes[at] == 0x60 {
                    spans += 1
                    if firstSpan == nil { firstSpan = document.line(ofBlock: u.block) }
                }
            }
            var k = 0
            while let n = t.firstNameStart(from: k) {
                if let name = Self.apiName(u, n), !names.contains(name) {
                    names.append(name)
                    if firstName == nil { firstName = document.line(ofBlock: u.block) }
                }
                k = n + 1
            }
            k = 0
            while let c = t.firstWord(in: cues, from: k) {
                k = c + 1
                if Self.isCodeMention(t, c) {
                    codeUnits.insert(ui)
                    if firstCode == nil { firstCode = document.line(ofBlock: u.block) }
                }
                if Self.isDeveloperMention(t, c) {
                    mentions += 1
                    mentionUnits.insert(ui)
                    if firstMention == nil { firstMention = (u.text(c), document.line(ofBlock: u.block)) }
                }
            }
            if !explaining && decided() { return Result(audience: .technical, evidence: []) }
        }
        func plural(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        var evidence = [String]()
        if byBlocks(), let line = firstBlock {
            let langs = Array(Set(labelled.map { $0.lowercased() })).sorted().prefix(3)
            evidence.append(plural(blocks, "code block", "code blocks") + (langs.isEmpty ? "" : " (" + langs.joined(separator: ", ") + ")")
                            + ", first at line \(line)")
        }
        if bySpans(), let line = firstSpan {
            evidence.append(plural(spans, "code span", "code spans") + ", first at line \(line)")
        }
        if byNames(), let line = firstName {
            evidence.append("API-style names (" + names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", …" : "") + "), first at line \(line)")
        }
        if byMentions(), let first = firstMention {
            evidence.append("written for developers: \(mentions) mentions such as \"\(first.word)\" (first at line \(first.line))")
        }
        if byCode(), let line = firstCode {
            evidence.append("its readers write code: \"code\" in \(codeUnits.count) paragraphs (first at line \(line))")
        }
        if !evidence.isEmpty { return Result(audience: .technical, evidence: evidence) }
        var weak = [String]()
        if blocks > 0 { weak.append(plural(blocks, "unlabelled code block", "unlabelled code blocks")) }
        if spans > 0 { weak.append(plural(spans, "code span", "code spans")) }
        if !names.isEmpty { weak.append(plural(names.count, "API-style name", "API-style names")) }
        if mentions > 0 { weak.append(plural(mentions, "mention", "mentions") + " of developers") }
        return Result(audience: .general, evidence: weak.isEmpty
            ? ["no code, API-style names or developer readers"]
            : ["only " + weak.joined(separator: ", ") + ": too little to read as technical"])
    }

    /// Info strings that label text, not code.
    static let plainLanguages: Set<String> = ["text", "txt", "plain", "plaintext", "markdown", "md", "none", "output"]

    /// The language a fence names (```` ```swift ````), nil for an indented block or a bare fence.
    static func fenceLanguage(_ b: [UInt8], from start: Int) -> String? {
        var i = start
        while i < b.count, b[i] == 0x20 { i += 1 }
        guard i < b.count, b[i] == 0x60 || b[i] == 0x7E else { return nil }
        let fence = b[i]
        while i < b.count, b[i] == fence { i += 1 }
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
        var j = i
        while j < b.count, b[j] != 0x0A, b[j] != 0x0D, b[j] != 0x20, b[j] != 0x7B, b[j] != 0x09 { j += 1 }
        guard j > i else { return nil }
        return String(decoding: b[i..<j], as: UTF8.self)
    }

    /// Endings of web addresses: "Amazon.com" is a shop, not a member access.
    static let domainEndings: Set<String> = ["com", "org", "net", "io", "co", "uk", "gov", "edu", "de", "fr", "jp", "ca", "au", "us", "eu", "info", "ai", "app", "dev"]
    /// Mixed-case consumer names that look like camelCase.
    static let consumerNames: WordSet = ["macos", "ipados", "watchos", "tvos", "visionos", "youtube", "ebay"]

    /// Whether word `k` can start an API-style name: it is joined to a "(", "_" or "." after it, or has a
    /// capital inside. Most words do neither; the detector finds the words that do on the records
    /// (`TokenList.firstNameStart`) before calling `apiName`.
    @inline(__always)
    static func mayStartName(_ t: TokenList, _ k: Int) -> Bool {
        let w = t[k]
        return joinedToMark(t, k) || (!w.isFirstUpper && !w.keyIsText)
    }

    /// Whether token `k` is joined to a "(", "_" or "." right after it: how a call, a snake_case name or a
    /// member goes on.
    static func joinedToMark(_ t: TokenList, _ k: Int) -> Bool {
        k + 1 < t.count && t[k].range.upperBound == t[k + 1].range.lowerBound
            && (t[k + 1].is("(") || t[k + 1].is("_") || t[k + 1].is("."))
    }

    /// The API-style name that starts at word `k`: a call (`render()`), snake_case, a member
    /// (`Stack.of`, `props.bucketName`) or camelCase with a lower-case word before the capital (`bucketName`).
    static func apiName(_ u: ProseUnit, _ k: Int) -> String? {
        let t = u.tokens
        let w = t[k]
        func adjacent(_ a: Int, _ b: Int) -> Bool { b < t.count && t[a].range.upperBound == t[b].range.lowerBound }
        // Each name below but camelCase is joined to the next token by "(", "_" or "."; and camelCase
        // is a lower-case word whose key is not its text. Most words are neither ("word," "word."), and
        // leave here.
        guard mayStartName(t, k) else { return nil }
        // Only the first word of a joined name is asked; its continuation is part of it.
        if k > 0, adjacent(k - 1, k), t[k - 1].is("_") || t[k - 1].is(".") { return nil }
        if adjacent(k, k + 1), t[k + 1].is("("), adjacent(k + 1, k + 2), t[k + 2].is(")") { return u.text(of: w) + "()" }
        if adjacent(k, k + 1), t[k + 1].is("_"), adjacent(k + 1, k + 2), t[k + 2].kind == .word, !w.isFirstUpper {
            return u.text(of: w) + "_" + u.text(k + 2)
        }
        if adjacent(k, k + 1), t[k + 1].is("."), adjacent(k + 1, k + 2), t[k + 2].kind == .word {
            let member = u.text(k + 2)
            // A sentence that ends without a space before the next ("done.then") is rare; a member is not.
            if let f = member.unicodeScalars.first, f.properties.isLowercase, member.count >= 2,
               !domainEndings.contains(t[k + 2].key) {
                return u.text(of: w) + "." + member
            }
        }
        // camelCase: at least two lower-case letters, then a capital ("bucketName"; not "iPhone", "eBay").
        // Every word passes here: its key equals its text unless it has a capital, so most leave at once.
        guard !w.isFirstUpper, !w.keyIsText, !consumerNames.contains(w) else { return nil }
        var lowers = 0
        let text = u.text(of: w)
        for b in text.utf8 {
            if b >= 0x41 && b <= 0x5A { return lowers >= 2 ? text : nil }
            if b >= 0x61 && b <= 0x7A { lowers += 1 } else { return nil }
        }
        return nil
    }

    /// Readers who build software. Developers and programmers are so wherever they are named (but "our
    /// developers" are the team); engineers, administrators, operators and builders only with a
    /// technical word before them ("platform engineers", "cloud builders", not "home builders").
    static let developers: WordSet = ["developer", "developers", "programmer", "programmers", "devops", "sre", "sres"]
    static let qualified: WordSet = ["engineer", "engineers", "administrator", "administrators", "admin", "admins",
                                         "operator", "operators", "builder", "builders"]
    static let qualifiers: WordSet = ["software", "cloud", "platform", "system", "systems", "infrastructure", "network",
                                          "database", "devops", "data", "ml", "backend", "frontend", "front-end",
                                          "back-end", "security", "it", "aws", "kubernetes", "cluster", "application",
                                          "app", "web", "mobile", "reliability", "sre", "site", "server", "linux", "cdk"]

    static let scientists: WordSet = ["scientist", "scientists"]

    /// Every word `isCodeMention` or `isDeveloperMention` can start from.
    package static let cues = WordSet(["code", "codebase"] + developers.words + qualified.words + scientists.words)

    static func isDeveloperMention(_ t: TokenList, _ k: Int) -> Bool {
        if developers.contains(t[k]) { return !(k > 0 && (t[k - 1].key == "our" || t[k - 1].key == "my")) }
        if scientists.contains(t[k]) { return k > 0 && t[k - 1].key == "data" }
        guard qualified.contains(t[k]), k > 0 else { return false }
        return qualifiers.contains(t[k - 1])
    }
}
