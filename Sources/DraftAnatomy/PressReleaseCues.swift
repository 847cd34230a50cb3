import Markdown
import Text

/// What a paragraph of a release does: announce the launch, say where to go next, say how to start.
extension PressReleaseFinder {
    /// A paragraph that reports a launch ("Acme today launched …", "the Foundation published …").
    func announces(_ u: ProseUnit) -> Bool {
        guard !u.isHeading, u.wordCount >= 8 else { return false }
        // The words found on the records: asked of every paragraph, each word's key was hashed again and
        // compared with three strings.
        let t = u.tokens
        if t.firstWord(in: Self.announceVerbs, from: 0) != nil { return true }
        var from = 0
        while let k = t.firstWord(in: Self.availabilityLeads, from: from) {
            if k + 1 < t.count {
                let next = t[k + 1].key
                if next == "available" || (next == "launching" && t[k].key != "now") { return true }
            }
            from = k + 1
        }
        return false
    }

    /// "is available", "are launching", "now available".
    static let availabilityLeads: WordSet = ["is", "are", "now"]

    /// A launch told as news in the paragraph's first sentence: a launch verb with "today" or "now"
    /// ("Today we are releasing Ailly", "Today, Acme announced …", "… is available now").
    func launches(_ u: ProseUnit) -> Bool {
        guard !u.isHeading, let first = u.sentences.first else { return false }
        let words = u.tokens[first.tokens].lazy.filter { $0.kind == .word }
        guard words.contains(where: { $0.key == "today" || $0.key == "now" }) else { return false }
        return words.contains { Self.announceVerbs.contains($0) || Self.launchForms.contains($0) || $0.key == "available" }
    }

    static let launchForms: WordSet = ["announce", "announcing", "launch", "launching", "release", "releasing",
                                       "introduce", "introducing", "unveil", "unveiling", "publish", "publishing", "ship",
                                       "shipping", "ships", "shipped", "open", "opening"]

    /// A paragraph set off by emphasis as a whole: "**Acme Launches …**" or "*Teams ship in a day*".
    func isEmphasisLine(_ i: Int) -> Bool {
        let u = units[i]
        guard !u.isHeading, !u.inList, u.sentences.count <= 3 else { return false }
        let r = document.blocks[u.block].range
        let b = document.source.bytes
        var end = r.upperBound
        while end > r.lowerBound, [0x20, 0x0A, 0x0D, 0x09].contains(b[end - 1]) { end -= 1 }
        guard end - r.lowerBound > 2 else { return false }
        let open = b[r.lowerBound], close = b[end - 1]
        return (open == 0x2A || open == 0x5F) && (close == 0x2A || close == 0x5F)
    }

    static let announceVerbs: WordSet = ["announced", "announces", "launched", "launches", "released", "releases",
                                         "introduced", "introduces", "unveiled", "unveils", "published", "publishes",
                                         "debuted", "debuts", "opened", "opens"]

    static let startCues: WordSet = ["start", "sign", "download", "install", "open", "setup", "set", "enable", "tap", "scan",
                                     "create", "connect", "choose", "log", "begin"]
    static let actionCues: WordSet = ["visit", "learn", "sign", "order", "download", "register", "join", "apply",
                                      "subscribe", "contact", "try", "reserve", "book", "update", "get", "go", "call",
                                      "email", "find", "ask", "read", "request", "install", "start", "buy"]

    /// Where to go next: a link, "is available", or a sentence that opens with the action ("Visit …",
    /// "Sign up …", "To learn more, …"). "The visit" or "contact" inside a sentence is no call to action.
    // Single words asked of every token of the paragraphs after a press release's body, by hash first:
    // String comparisons a token were most of these tests' cost.
    static let available: WordSet = ["available"]
    static let live: WordSet = ["live"]
    static let goingLive: WordSet = ["is", "are", "goes", "went"]
    static let started: WordSet = ["started"]
    static let getting: WordSet = ["get", "getting"]

    func isCallToAction(_ u: ProseUnit) -> Bool {
        // The cue words are found on the records (only a word's key is a word).
        if hasURL(u) || u.tokens.firstWord(in: Self.available, from: 0) != nil { return true }
        // "Commons is live for the team today."
        var next = 1
        while let k = u.tokens.firstWord(in: Self.live, from: next) {
            if Self.goingLive.contains(u.tokens[k - 1]) { return true }
            next = k + 1
        }
        return u.sentences.contains { s in
            let words = u.tokens[s.tokens].lazy.filter { $0.kind == .word }
            guard let first = words.first else { return false }
            if names.contains(first.key) { return false }
            return Self.actionCues.contains(first) || (first.key == "to" && words.dropFirst().first.map { Self.actionCues.contains($0) } == true)
        }
    }

    /// "To get started, …", "Getting started takes …", or a sentence that opens with the first step ("Open
    /// the app …", "Download …"). "Branches open 52 hours a week" is not how to start.
    func tellsHowToStart(_ u: ProseUnit) -> Bool {
        let t = u.tokens
        var next = 1
        while let k = t.firstWord(in: Self.started, from: next) {
            if Self.getting.contains(t[k - 1]) { return true }
            next = k + 1
        }
        return u.sentences.contains { s in
            // The sentence's first two words, without collecting them.
            var first: Token?, second: Token?
            for k in s.tokens where t[k].kind == .word {
                if first == nil { first = t[k] } else { second = t[k]; break }
            }
            guard let first else { return false }
            if first.key == "to", let second { return Self.startCues.contains(second) }
            return Self.startCues.contains(first) && !names.contains(first.key)
        }
    }

    func nameWords(_ units: [Int]) -> Set<String> {
        var out = Set<String>()
        for i in units where i < self.units.count {
            let u = self.units[i]
            for s in u.sentences {
                for k in s.tokens.dropFirst() where u.tokens[k].kind == .word && u.tokens[k].isFirstUpper && !u.isHeading {
                    out.insert(u.tokens[k].key)
                }
            }
        }
        return out
    }

    /// A link, written with a scheme or bare ("shop.example/app", "www.acme.com").
    func hasURL(_ u: ProseUnit) -> Bool {
        // The scalars are read only for a paragraph whose tokens may hold a "/" or an opaque span's mark:
        // either is a token of its own ("/", an opaque span), or inside a URL (opaque) or a symbol run of
        // more than one scalar (a joiner takes what follows it); a lone dash or curly quote holds neither.
        // Most paragraphs have none of the three, and decoding each was most of this test.
        let t = u.tokens
        let opaque = t.holds(.opaque), rareSymbol = t.holdsSymbolPastPunctuation
        if opaque || rareSymbol || t.firstSymbol("/", from: 0) != nil, Self.mayHoldAddress(u.prose),
           u.prose.string.split(separator: " ").contains(where: Self.looksLikeAddress) { return true }
        return hasSchemeURL(u, mayHoldMark: opaque || rareSymbol)
    }

    /// Whether some space-separated chunk has a dot and then a slash, scanned on the scalars: "24/7" and
    /// "and/or" are common, and splitting the whole paragraph into Characters for them was most of the
    /// call-to-action test's time.
    static func mayHoldAddress(_ prose: Prose) -> Bool {
        prose.withScalars { s in
            var dot = false
            for c in s {
                if c == " " { dot = false } else if c == "." { dot = true } else if c == "/" && dot { return true }
            }
            return false
        }
    }

    /// "host.tld/path": a dot between letters before the first slash.
    static func looksLikeAddress(_ chunk: Substring) -> Bool {
        guard let slash = chunk.firstIndex(of: "/"), slash > chunk.startIndex else { return false }
        let host = chunk[..<slash]
        guard let dot = host.lastIndex(of: "."), dot > host.startIndex else { return false }
        let tld = host[host.index(after: dot)...]
        return tld.count >= 2 && tld.allSatisfy { $0.isLetter } && host[..<dot].last?.isLetter == true
    }

    /// Links arrive as opaque tokens (autolinks, link targets) or as words ("www.acme.com", "acme.io").
    /// `mayHoldMark`: whether the paragraph has an opaque token or a symbol past ASCII other than a lone
    /// dash or curly quote, where alone an opaque span's mark can be (see `hasURL`).
    func hasSchemeURL(_ u: ProseUnit, mayHoldMark: Bool = true) -> Bool {
        u.tokens.contains { t in
            t.kind == .opaque && (t.key.includes("://") || t.key.hasPrefix("www."))
                || t.kind == .word && Self.namesSite(t.key)
        } || mayHoldMark && u.prose.withScalars { $0.contains(Prose.opaque) }
    }

    /// A word key that is a site: "www…", "….com", "….org", "….io". On the bytes: four `hasPrefix` and
    /// `hasSuffix` calls a word were most of the call-to-action test's time.
    static func namesSite(_ key: String) -> Bool {
        key.withBytes { b in
            let n = b.count
            if n >= 3 && b[0] == 0x77 && b[1] == 0x77 && b[2] == 0x77 { return true }  // www
            func ends(_ suffix: StaticString) -> Bool {
                let m = suffix.utf8CodeUnitCount
                guard n >= m else { return false }
                let s = suffix.utf8Start
                for i in 0..<m where b[n - m + i] != s[i] { return false }
                return true
            }
            return ends(".com") || ends(".org") || ends(".io")
        }
    }

    /// Scalar offsets where each source line of a paragraph starts (line breaks arrive as spaces).
    func lineStarts(_ u: ProseUnit) -> [Int] {
        var out = [0]
        var last = document.source.line(ofByte: u.prose.sourceRange(0..<min(1, u.prose.count)).lowerBound)
        for t in u.tokens {
            let l = document.source.line(ofByte: u.prose.sourceRange(t.range).lowerBound)
            if l != last { out.append(t.range.lowerBound); last = l }
        }
        return out
    }
}
