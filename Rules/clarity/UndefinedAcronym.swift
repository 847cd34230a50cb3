import DraftAnatomy
import LintCore
import Text

/// An acronym the reader cannot expand stops them cold; define each one where it first appears.
struct UndefinedAcronym: Rule {
    let description = RuleDescription(
        id: "clarity/undefined-acronym",
        summary: "Acronym used before or without its definition",
        rationale: """
            Readers outside the team do not know your acronyms. Write the full form with the acronym in \
            parentheses on first use — "Time to First Listing (TTFL)" — and the short form after that. A \
            suggestion: judged on real drafts, most acronyms outside the glossaries were ones the readers knew. A \
            capitalised phrase that spells the acronym earlier ("the Green Software Foundation … the GSF") or \
            in the same sentence ("CDI: Cloud Digital Interface") defines it too.

            Which acronyms need no definition depends on who reads the draft. Every reader knows those in \
            `allow` (Rules/Lists/acronyms-common.yml: US, CEO, FAQ, GB…). When the audience is technical — \
            `audience: technical` in .prfaq.yml or front matter, `--audience technical`, or detected because \
            the draft has code blocks, code spans, API-style names or a developer customer (`prfaq stats` \
            says why) — the widely known technical terms and AWS service names in `technical-allow` \
            (Rules/Lists/acronyms-technical.yml: CI/CD, IAM, VPC, SDK…) need none either. A slash-joined \
            term ("CI/CD") is one term. Not acronyms for any reader: ordinary English words in capitals \
            ("You MUST", "NOTE", "README", a shouted "USE CASES"; Rules/Lists/not-acronyms.yml), constants \
            (`BEST_FIT`), parts of product names ("VS Code", "JPEG XS", ".NET", "CDK v2"), placeholders ("[NAME]", \
            "XX") and a dateline's city.
            """,
        severity: .suggestion,
        options: [
            RuleOption("allow", .strings(UndefinedAcronym.common), "acronyms every reader knows"),
            RuleOption("technical-allow", .strings(UndefinedAcronym.technical),
                       "acronyms a technical reader also knows; used only when the audience is technical"),
            RuleOption("extra-allow", .strings([]), "your team's own additions to the allow-list"),
        ],
        triggering: [
            RuleExample("Our ⟦TTFL⟧ fell from 19 days to 6."),
            RuleExample("The ⟦NPS⟧ survey ran in May. Net Promoter Score (NPS) rose from 31 to 44."),
            // A general reader does not know CI/CD; it is reported once, as one term.
            RuleExample("Every team now ships through ⟦CI/CD⟧ in 12 minutes."),
            RuleExample("# ⟦CDK⟧ Refactoring Support\n\nTeams rename 40 resources a month.", audience: .general),
            // A technical reader knows IAM, but not the team's own TTFL.
            RuleExample("Each stack gets an IAM role. Our ⟦TTFL⟧ fell from 19 days to 6.", audience: .technical),
            RuleExample("You MUST rotate the ⟦SKR⟧ key in the ON DEMAND plan."),
        ],
        nonTriggering: [
            RuleExample("Our Time to First Listing (TTFL) fell from 19 days to 6. TTFL is now tracked weekly."),
            RuleExample("It reads AGENT.md and CLAUDE.md before each run."),
            RuleExample("The JSII compiler turns TypeScript into Python; install it with `npm install jsii`. A call from Seattle, WA pages us."),
            RuleExample("A SEV1 pages the on-call engineer; install the agent with `npm install agent`.", audience: .technical),
            RuleExample("SEATTLE — May 3, 2027 — The AWS API serves the US and the EU at 40 ms, 2 GB, in Q3."),
            RuleExample("## Press Release\n\n**Harwick, ME — June 9, 2027**\n\n### Boat Owners Get a Text Before Each Storm\n\nHarwick Bay owners get a text 6 hours ahead.\n", profile: .prfaq),
            RuleExample("“It found 14 broken citations,” said [NAME, TITLE]."),
            RuleExample("# CDK Refactoring Support\n\nThe CLI moves resources between stacks; CI/CD pipelines keep their IAM roles.", audience: .technical),
            // Detected as technical: code spans and an API-style name.
            RuleExample("Call `Stack.of(this)` with `props` and `scope`, or bucket.grantRead(), and the IAM policy and the KMS key follow."),
            RuleExample("You MUST NOT delete the README. NOTE: the [USE CASES] section lists 3 cases."),
            RuleExample("Install the VS Code extension or the .NET package; set MAX_TTL to 30. Revenue was XX% of plan."),
        ])

    static let common = BuiltinLists.glossaries["acronyms-common"] ?? []
    static let technical = BuiltinLists.glossaries["acronyms-technical"] ?? []

    /// The default allow-lists, upper-cased once rather than for every draft.
    static let commonSet = Set(common.map { $0.uppercased() })
    static let technicalSet = Set(technical.map { $0.uppercased() })
    static let commonAndTechnicalSet = commonSet.union(technicalSet)
    /// Ordinary English words, not acronyms in capitals ("MUST", "NOTE", "CASES").
    static let englishWords = Set((BuiltinLists.glossaries["not-acronyms"] ?? []).map { $0.uppercased() })

    /// An acronym, or slash-joined acronyms read as one term ("CI/CD"): token range and upper-case key.
    struct Term {
        let tokens: Range<Int>
        let key: String
        var start: Int { tokens.lowerBound }
        var end: Int { tokens.upperBound }
    }

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let allow = ctx.strings("allow"), extra = ctx.strings("extra-allow")
        var known = allow == Self.common ? Self.commonSet : Set(allow.map { $0.uppercased() })
        if draft.audience == .technical {
            let technical = ctx.strings("technical-allow")
            // The default lists' union is made once, not once a technical draft.
            if allow == Self.common && technical == Self.technical {
                known = Self.commonAndTechnicalSet
            } else {
                known.formUnion(technical == Self.technical ? Self.technicalSet : Set(technical.map { $0.uppercased() }))
            }
        }
        known.formUnion(extra.map { $0.uppercased() })
        /// Known as written, or a numbered variant of a known one ("AES256", "HTTP2").
        /// On the bytes: a term's key is ASCII capitals, digits and "/" (`acronym`), so its numbers are 0–9.
        func isKnown(_ key: String) -> Bool {
            if known.contains(key) { return true }
            let bytes = key.utf8
            let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
            guard let firstDigit = bytes.firstIndex(where: isDigit) else { return false }
            let letters = bytes.distance(from: bytes.startIndex, to: firstDigit)
            return letters >= 2 && bytes[firstDigit...].allSatisfy(isDigit) && known.contains(String(key[..<firstDigit]))
        }
        /// What to ask about a term: nothing when the reader knows it (a slash-joined term as a whole or in
        /// every part), its unknown parts when it joins known and unknown ones ("SDK/CCAPI"), else itself.
        func unknown(_ term: Term) -> [Term] {
            if isKnown(term.key) { return [] }
            guard term.tokens.count > 1 else { return [term] }
            let parts = stride(from: term.start, to: term.end, by: 2).map { Term(tokens: $0..<($0 + 1), key: term.key.split(separator: "/").map(String.init)[($0 - term.start) / 2]) }
            let open = parts.filter { !isKnown($0.key) }
            return open.count == parts.count ? [term] : open
        }
        let terms = draft.units.map { Self.terms($0) }
        // A capitalised phrase spells its acronym: "Green Software Foundation" defines GSF where it stands.
        // Only acronyms still in question are worth spelling out: a clean draft builds no strings.
        let wanted = Set(terms.joined().flatMap { unknown($0).map(\.key) })
        let spelling = Spelling(wanted)
        var scratch = PhraseScratch()
        let spelled = wanted.isEmpty ? Array(repeating: [:], count: terms.count) : draft.units.map { Self.phraseInitials($0, spelling, &scratch) }
        // Closures, not key paths, here and in `Spelling`: applied once a unit, a key path cost 700 instructions.
        // Most units spell nothing: only those that do are read (a flat map built an array a unit).
        var defined = Set<String>()
        for d in spelled where !d.isEmpty { defined.formUnion(d.keys) }
        // Definitions anywhere: "Full Form (ABC)" or "ABC (Full Form)".
        for (ui, unit) in draft.units.enumerated() {
            let t = unit.tokens
            for term in terms[ui] {
                let (k, e) = (term.start, term.end)
                if k >= 2, t[k - 1].is("("), e < t.count, t[e].is(")"), t[k - 2].kind == .word { defined.insert(term.key) }
                if e + 1 < t.count, t[e].is("("), t[e + 1].kind == .word, !t[e + 1].isAllCaps { defined.insert(term.key) }
            }
        }
        // A term the draft also writes in lower case ("jsii", `npm`) is a name its readers type, not an
        // acronym they need expanded.
        let lowered = wanted.isEmpty ? [] : Self.writtenInLowerCase(draft, Set(wanted.map { $0.lowercased() }))
        var definedSoFar = Set<String>()
        var reported = Set<String>()
        for (ui, unit) in draft.units.enumerated() {
            defer { if !spelled[ui].isEmpty { definedSoFar.formUnion(spelled[ui].keys) } }
            // Only units with a candidate are worth the closer look.
            guard !terms[ui].isEmpty, !Self.isShouting(unit) else { continue }
            let t = unit.tokens
            // "SEATTLE, WA —": a dateline's place names are not acronyms.
            let a = draft.anatomy
            let dateline = a.prParts[.summary]?.marker == ui || a.datelineUnit == ui ? Self.datelineEnd(unit) : 0
            let shouted = Self.shoutedRuns(unit)
            for whole in terms[ui] where whole.start >= dateline {
                let definesHere = (whole.start > 0 && t[whole.start - 1].is("(")) || (whole.end < t.count && t[whole.end].is("("))
                // A phrase spelling it out earlier in the unit or in the same sentence ("CDI: Cloud Digital Interface").
                let sentence = unit.sentences.first { $0.tokens.contains(whole.start) }
                let sentenceEnd = sentence?.tokens.upperBound ?? t.count
                for term in unknown(whole) {
                    if Self.isOrdinary(unit, term, shouted: shouted) { continue }
                    if lowered.contains(term.key.lowercased()) || Self.isPlace(t, term)
                        || (draft.audience == .technical && Self.isCode(t, term)) { continue }
                    if term.tokens.count == 1, Self.endsAName(unit, term.start, sentenceStart: sentence?.tokens.lowerBound ?? 0) { continue }
                    if definesHere || (spelled[ui][term.key].map { $0 < sentenceEnd } ?? false) { definedSoFar.insert(term.key); continue }
                    if definedSoFar.contains(term.key) || !reported.insert(term.key).inserted { continue }
                    let range = unit.sourceRange(tokens: term.tokens)
                    let text = term.tokens.map { unit.text($0) }.joined()
                    if defined.contains(term.key) {
                        ctx.report(range, "\"\(text)\" is used before it is defined", help: "move the definition here: \"Full Form (\(term.key))\"")
                    } else {
                        ctx.report(range, "\"\(text)\" is never defined", help: "write the full form on first use: \"Full Form (\(term.key))\"")
                    }
                }
            }
        }
    }

    /// The wanted keys that appear somewhere as a lower-case word or a code span.
    static func writtenInLowerCase(_ draft: Draft, _ wanted: Set<String>) -> Set<String> {
        var out = Set<String>()
        // Looked up by each token's precomputed hash: a large draft has millions of lower-case words.
        let quick = WordSet(wanted)
        var word = [UInt8]()
        for u in draft.units {
            let t = u.tokens
            // The words found on the records: the set's filter turns most away unread.
            var next = 0
            while let k = t.firstWord(in: quick, from: next) {
                next = k + 1
                if !t[k].isFirstUpper { out.insert(t[k].key) }
            }
            // A code span is one opaque token in the prose; its text is in the source.
            for k in t.indices(of: .opaque) {
                let r = u.sourceRange(tokens: k..<(k + 1))
                guard r.lowerBound < r.upperBound, draft.source.bytes[r.lowerBound] == 0x60 else { continue }
                if Self.asciiCodeWords(draft.source.bytes, r, in: quick, &word, { if wanted.contains($0) { out.insert($0) } }) { continue }
                for part in Self.lowerCaseWords(draft.text(r)) where wanted.contains(part) { out.insert(part) }
            }
        }
        return out
    }

    /// `lowerCaseWords` of an ASCII code span, read in place from the source: each word is hashed as it is
    /// lower-cased, and only one the wanted set's filter lets through is made a String for `found`. False,
    /// with nothing found, for a span past ASCII (the Character path then reads it).
    static func asciiCodeWords(_ bytes: [UInt8], _ r: Range<Int>, in set: WordSet, _ word: inout [UInt8],
                               _ found: (String) -> Void) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            let span = UnsafeBufferPointer(rebasing: b[r])
            guard !span.contains(where: { $0 >= 0x80 }) else { return false }
            func flush() {
                guard !word.isEmpty else { return }
                if word.withUnsafeBufferPointer({ set.mayContain(hash: WordHash.of($0)) }) {
                    found(String(decoding: word, as: UTF8.self))
                }
                word.removeAll(keepingCapacity: true)
            }
            for c in span {
                let lower = c >= 0x41 && c <= 0x5A ? c + 32 : c
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) { word.append(lower) } else { flush() }
            }
            flush()
            return true
        }
    }

    /// The runs of letters and digits of a code span past ASCII, lower-cased (`asciiCodeWords` reads the
    /// rest on their bytes).
    static func lowerCaseWords(_ code: String) -> [String] {
        code.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// "SEV1", "P99": to a technical reader, capitals with digits name a level, a model or a setting.
    static func isCode(_ t: TokenList, _ term: Term) -> Bool {
        // Lower-casing keeps digits: the key has the text's.
        t[term.tokens].contains(where: { $0.key.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } })
    }

    /// "Seattle, WA": two capitals after a capitalised place and a comma are a state or a country.
    static func isPlace(_ t: TokenList, _ term: Term) -> Bool {
        let k = term.start
        return term.key.characterCount == 2 && k >= 2 && t[k - 1].is(",") && t[k - 2].kind == .word && t[k - 2].isFirstUpper && !t[k - 2].isAllCaps
    }

    /// Small words a spelled-out name may keep or drop in its acronym ("Time to First Listing": TTFL).
    static let connectors: WordSet = ["of", "and", "for", "to", "the", "in", "on", "a", "&"]

    /// The acronyms the unit's capitalised phrases spell, with the token each phrase starts at: for every
    /// run of two to eight capitalised words (small connectors allowed inside), the initials with and
    /// without the connectors.
    /// The acronyms worth spelling out, their first letters and the longest one (read once per draft).
    struct Spelling {
        let firsts: ByteSet
        let longest: Int
        /// The wanted keys of eight ASCII bytes or fewer, packed (`Letters`): every acronym a phrase can
        /// spell, since `acronym` keeps at most six; a longer key joins acronyms with "/", which no
        /// phrase's letters hold.
        let packed: Set<UInt64>
        init(_ wanted: Set<String>) {
            firsts = ByteSet(wanted.compactMap { $0.utf8.first })
            longest = wanted.map { $0.utf8.count }.max() ?? 0
            packed = Set(wanted.compactMap { Letters($0).packed })
        }
    }

    /// Bytes as 256 bits: the wanted acronyms' first letters, asked of capital after capital, where a
    /// `Set<UInt8>` hashed each byte.
    struct ByteSet {
        private var low: UInt128 = 0, high: UInt128 = 0
        init(_ bytes: [UInt8]) {
            for b in bytes {
                if b < 128 { low |= 1 << UInt128(b) } else { high |= 1 << UInt128(b - 128) }
            }
        }
        func contains(_ b: UInt8) -> Bool {
            b < 128 ? low & (1 << UInt128(b)) != 0 : high & (1 << UInt128(b - 128)) != 0
        }
    }

    /// A phrase's letters as they grow, packed eight bytes to a word, with no String made: nearly every
    /// run of capitals spells nothing wanted, and building its letters as Strings was this rule's cost.
    struct Letters: Equatable {
        /// Bytes in order, the first lowest; none is zero, so the packing is unambiguous.
        private(set) var word: UInt64 = 0
        /// The letters' length in UTF-8 bytes, as `String.utf8.count` would say.
        private(set) var count = 0
        /// False once a byte past ASCII or past the eighth is added: no wanted key is then possible.
        private(set) var packable = true

        init() {}
        init(_ s: String) { for b in s.utf8 { add(b) } }
        init(byte: UInt8) { add(byte) }

        mutating func add(_ b: UInt8) {
            if b >= 0x80 || count >= 8 { packable = false } else { word |= UInt64(b) << (8 * UInt64(count)) }
            count += 1
        }
        mutating func add(_ other: Letters) {
            guard packable, other.packable, count + other.count <= 8 else {
                packable = false
                count += other.count
                return
            }
            word |= other.word << (8 * UInt64(count))
            count += other.count
        }
        var packed: UInt64? { packable ? word : nil }
        var firstByte: UInt8? { count == 0 ? nil : (packable ? UInt8(truncatingIfNeeded: word) : nil) }
        /// The letters as a String; only for packable letters.
        var string: String {
            String(decoding: (0..<count).map { UInt8(truncatingIfNeeded: word >> (8 * UInt64($0))) }, as: UTF8.self)
        }
    }

    /// A word's first character in capitals: from a table for ASCII (nearly every word), where
    /// `uppercased()` cost a thousand instructions a call.
    static func firstLetter(_ text: String) -> String {
        // An ASCII byte then another ASCII byte (or none) is a whole Character: no mark joins it.
        var bytes = text.utf8.makeIterator()
        if let b = bytes.next(), b < 0x80, (bytes.next() ?? 0) < 0x80 { return asciiCapitals[Int(b)] }
        return text.prefix(1).uppercased()
    }
    static let asciiCapitals: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))).uppercased() }

    /// A run's words and its capitals' places, kept from unit to unit of a draft and emptied: made for each
    /// unit, they were two allocations (and their growth) a unit that has a run.
    struct PhraseScratch {
        var run = [(letters: Letters, connector: Bool, token: Int)]()
        var capitals = [Int]()
    }

    static func phraseInitials(_ u: ProseUnit, _ spelling: Spelling, _ scratch: inout PhraseScratch) -> [String: Int] {
        let t = u.tokens
        let (firsts, longest, packedWanted) = (spelling.firsts, spelling.longest, spelling.packed)
        var out = [String: Int]()
        /// A word's first character in capitals, as `firstLetter` gives it for its text, read from the
        /// prose's first two scalars when both are ASCII (then its first byte is the letter); else from
        /// its text.
        func firstLetters(_ k: Int) -> Letters {
            let r = t[k].range
            let s = u.prose.scalars
            let first = s[r.lowerBound].value
            if first < 0x80, r.count == 1 || s[r.lowerBound + 1].value < 0x80 {
                let b = UInt8(truncatingIfNeeded: first)
                return Letters(byte: b >= 0x61 && b <= 0x7A ? b - 32 : b)
            }
            return Letters(Self.firstLetter(u.text(k)))
        }
        /// A capitalised word's letters: "Multi-Factor" gives each capitalised part's.
        func initials(_ k: Int) -> Letters {
            // A hyphen in the text is one in the key: lower-casing neither adds nor drops one.
            guard t[k].key.utf8.contains(0x2D) else { return firstLetters(k) }
            let text = u.text(k)
            let parts = text.split(separator: "-")
            if parts.allSatisfy({ $0.first?.isUppercase == true }) { return Letters(String(parts.compactMap(\.first)).uppercased()) }
            return Letters(Self.firstLetter(text))
        }
        func capital(_ tok: Token) -> Bool { tok.kind == .word && tok.isFirstUpper && !tok.isAllCaps }
        // Moved out, not copied: a copy would share the storage, and emptying it would copy it again.
        var run = [(letters: Letters, connector: Bool, token: Int)](), capitals = [Int]()
        swap(&run, &scratch.run)
        swap(&capitals, &scratch.capitals)
        defer {
            swap(&run, &scratch.run)
            swap(&capitals, &scratch.capitals)
        }
        var k = 0
        while let first = t.firstCapital(from: k) {
            k = first
            guard capital(t[k]) else { k += 1; continue }
            // The run: capitalised words, with connectors between them. Letters only for runs that spell.
            // Most runs are one capital (a sentence's first word): measured first, they build nothing.
            var e = k, capitalCount = 0
            while e < t.count {
                if capital(t[e]) { capitalCount += 1; e += 1; continue }
                if t[e].kind == .word || t[e].is("&"), connectors.contains(t[e]), e + 1 < t.count, capital(t[e + 1]) {
                    e += 1; continue
                }
                break
            }
            // Whether some capital may start a wanted acronym, asked of the key's first byte in capitals: a
            // capital ASCII letter's own, so this passes every run the text's letters would (and a Kelvin
            // sign's "k", which the letters below then turn away), with no text read and no list built.
            guard capitalCount >= 2, (k..<e).contains(where: { j in
                capital(t[j]) && (t[j].key.utf8.first.map { firsts.contains($0 >= 0x61 && $0 <= 0x7A ? $0 - 32 : $0) } ?? false)
            }) else { k = e; continue }
            // Lists kept from run to run, emptied: a draft of many names has thousands of runs.
            run.removeAll(keepingCapacity: true)
            capitals.removeAll(keepingCapacity: true)
            for j in k..<e {
                let connector = !capital(t[j])
                if !connector { capitals.append(run.count) }
                run.append((letters: connector ? firstLetters(j) : initials(j), connector: connector, token: j))
            }
            for (x, i) in capitals.enumerated() where run[i].letters.firstByte.map(firsts.contains) ?? false {
                // The letters of run[i...j], without and with the connectors', grown as j moves on: no
                // acronym wanted is longer than `longest`, so once both keys are, no later j can match.
                var plain = run[i].letters, all = run[i].letters, last = i
                for j in capitals[(x + 1)...].prefix(7) {
                    guard j - i < longest + 4, plain.count <= longest || all.count <= longest else { break }
                    for m in (last + 1)...j {
                        all.add(run[m].letters)
                        if !run[m].connector { plain.add(run[m].letters) }
                    }
                    last = j
                    // No acronym wanted is longer than `longest`: a longer key is not looked up. Without the
                    // connectors first, then with them when they add letters.
                    func look(_ key: Letters) {
                        guard key.count <= longest, let p = key.packed, packedWanted.contains(p) else { return }
                        let name = key.string
                        if out[name] == nil { out[name] = run[i].token }
                    }
                    look(plain)
                    if plain != all { look(all) }
                }
            }
            k = e
        }
        return out
    }

    /// The acronyms of a unit, slash-joined ones ("CI/CD", "TCP/IP") as one term.
    static func terms(_ u: ProseUnit) -> [Term] {
        let t = u.tokens
        var out = [Term]()
        var k = 0
        // Only capitalised words can be acronyms: found on the stored records, the rest are passed unread.
        while let capital = t.firstCapital(from: k) {
            k = capital
            guard t[k].kind == .word, let a = acronym(u, k) else { k += 1; continue }
            var key = a, end = k + 1
            while end + 1 < t.count, t[end].is("/"), adjacent(t, end - 1, end), adjacent(t, end, end + 1),
                  t[end + 1].isFirstUpper, t[end + 1].kind == .word, let b = acronym(u, end + 1) {
                key += "/" + b
                end += 2
            }
            out.append(Term(tokens: k..<end, key: key))
            k = end
        }
        return out
    }

    static func adjacent(_ t: TokenList, _ a: Int, _ b: Int) -> Bool {
        a >= 0 && b < t.count && t[a].range.upperBound == t[b].range.lowerBound
    }

    /// Capitals that are not an acronym for any reader: an English word or a shouted phrase, a constant
    /// (`BEST_FIT`), part of a product name ("VS Code", ".NET", "CDK v2") or a placeholder ("[NAME]", "XX").
    static func isOrdinary(_ u: ProseUnit, _ term: Term, shouted: Set<Int>) -> Bool {
        let t = u.tokens
        let k = term.start, e = term.end
        if isPlaceholder(t, k) { return true }
        guard e == k + 1 else { return false }
        if isEnglish(term.key) || shouted.contains(k) { return true }
        // A constant: joined to another word by "_" ("BEST_FIT"), or capitals joined by "." ("MAJOR.MINOR").
        if (k > 0 && t[k - 1].is("_") && adjacent(t, k - 1, k)) || (e < t.count && t[e].is("_") && adjacent(t, k, e)) { return true }
        if (k > 1 && t[k - 1].is(".") && adjacent(t, k - 2, k - 1) && adjacent(t, k - 1, k) && t[k - 2].isAllCaps)
            || (e + 1 < t.count && t[e].is(".") && adjacent(t, k, e) && adjacent(t, e, e + 1) && t[e + 1].isAllCaps && t[e + 1].kind == .word) { return true }
        // A file name: "AGENT.md", "CLAUDE.md" (capitals, a dot, a lower-case extension).
        if e + 1 < t.count, t[e].is("."), adjacent(t, k, e), adjacent(t, e, e + 1), t[e + 1].kind == .word,
           !t[e + 1].isFirstUpper, u.text(e + 1).count <= 5 { return true }
        // ".NET": a name that starts with a dot.
        if k > 0, t[k - 1].is("."), adjacent(t, k - 1, k), !(k > 1 && adjacent(t, k - 2, k - 1)) { return true }
        // One letter repeated ("XX%", "NN"): a slot for a figure.
        let u = Array(term.key.utf8)
        if u.count >= 2 && u.allSatisfy({ $0 == u[0] }) { return true }
        guard e < t.count, !adjacent(t, k, e) else { return false }
        let next = t[e]
        // "CDK v2": a product named with its version.
        // "v2" as written: a capital V is not a version.
        if next.kind == .word, next.keyIsText, isVersion(next.key) { return true }
        // "VS Code", "MS Word": two capitals directly before a capitalised word make one name.
        // An acronym is ASCII: its key has as many bytes as its text.
        return t[k].key.utf8.count == 2 && next.kind == .word && next.isFirstUpper && !next.isAllCaps
    }

    /// "JPEG XS", "Windows XP": two capitals directly after a capitalised word (not the sentence's first)
    /// finish a name.
    static func endsAName(_ u: ProseUnit, _ k: Int, sentenceStart: Int) -> Bool {
        let t = u.tokens
        guard t[k].key.utf8.count == 2, k > sentenceStart + 1, t[k - 1].kind == .word, t[k - 1].isFirstUpper,
              u.text(k - 1).utf8.count > 2, !adjacent(t, k - 1, k) else { return false }
        return true
    }

    /// "v2", "v1.4": a version.
    static func isVersion(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count >= 2, u[0] == 0x76 else { return false }
        return u.dropFirst().allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E } && u[1] >= 0x30 && u[1] <= 0x39
    }

    /// An English word in capitals, or its plural or past form ("CASES", "USED", "USING").
    static func isEnglish(_ w: String) -> Bool {
        if englishWords.contains(w) { return true }
        func base(_ n: Int) -> String? { w.utf8.count - n >= 3 ? String(w.dropLast(n)) : nil }
        if w.endsWith("S"), let b = base(1), englishWords.contains(b) { return true }
        if w.endsWith("ES"), let b = base(2), englishWords.contains(b) { return true }
        if w.endsWith("ED"), let b = base(2), englishWords.contains(b) { return true }
        if w.endsWith("ED"), let b = base(1), b.endsWith("E"), englishWords.contains(b) { return true }
        if w.endsWith("ING"), let b = base(3), englishWords.contains(b) || englishWords.contains(b + "E") { return true }
        return false
    }

    /// Tokens in a run of two or more words in capitals that are mostly English ("USE CASES",
    /// "DO NOT USE THE TTL"): a shout or a heading, not a string of acronyms ("AWS CDK" stays).
    static func shoutedRuns(_ u: ProseUnit) -> Set<Int> {
        let t = u.tokens
        var out = Set<Int>()
        var k = 0
        while k < t.count {
            guard t[k].kind == .word, t[k].isAllCaps else { k += 1; continue }
            var e = k + 1
            while e < t.count, t[e].kind == .word, t[e].isAllCaps { e += 1 }
            if e - k >= 2 {
                let english = (k..<e).filter { isEnglish(u.text($0).uppercased()) || t[$0].is("A") || t[$0].is("I") }.count
                if english * 2 > e - k { out.formUnion(k..<e) }
            }
            k = e
        }
        return out
    }

    /// "[NAME, TITLE]", "{CITY}": a template's slot, not an acronym.
    static func isPlaceholder(_ t: TokenList, _ k: Int) -> Bool {
        var j = k - 1
        while j >= 0 && j >= k - 4 {
            if t[j].is("]") || t[j].is("}") { return false }
            if t[j].is("[") || t[j].is("{") { return true }
            j -= 1
        }
        return false
    }

    /// The acronym a token spells, if any: 2–6 capitals (digits allowed after the first), an optional
    /// plural "s" ("APIs"). Mixed case ("MySQL", "iPhone") and single letters are names, not acronyms.
    static func acronym(_ u: ProseUnit, _ k: Int) -> String? {
        // Case flags first (every word passes through here), then the bytes of the text, read only for a
        // word in capitals or one that ends in "s" ("APIs" is not all capitals, so the plural keeps its own
        // way in; the key's last letter is lower case either way, and the text's is checked below).
        let t = u.tokens[k]
        // One scalar ("I", "A") is never an acronym (two letters at least): turned away before its text is
        // made.
        guard t.isFirstUpper, t.range.count >= 2, t.isAllCaps || t.key.lastUTF8 == 0x73 else { return nil }
        // A plural acronym ("APIs") has a second letter in capitals or a digit; most capitalised words
        // that end in "s" ("Customers") do not, and are turned away on that scalar, with no text made.
        if !t.isAllCaps {
            let second = u.prose.scalars[t.range.lowerBound + 1].value
            guard (second >= 0x41 && second <= 0x5A) || (second >= 0x30 && second <= 0x39) else { return nil }
        }
        var text = u.text(of: t)
        return text.withUTF8 { u -> String? in
            guard let first = u.first, first >= 0x41 && first <= 0x5A else { return nil }
            let upperOrDigit = { (c: UInt8) in (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) }
            var n = u.count
            if n >= 3, u[n - 1] == 0x73, u[..<(n - 1)].allSatisfy(upperOrDigit) { n -= 1 }
            guard n >= 2, n <= 6, u[..<n].allSatisfy(upperOrDigit) else { return nil }
            var letters = 0, another = false
            for c in u[..<n] where c >= 0x41 && c <= 0x5A {
                letters += 1
                if c != first { another = true }
            }
            guard letters >= 2, n == 2 || another else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: u[..<n]), as: UTF8.self)
        }
    }

    /// A heading or line in capitals ("PRESS RELEASE", "FOR IMMEDIATE RELEASE") is emphasis, not acronyms.
    static func isShouting(_ unit: ProseUnit) -> Bool {
        var words = 0, caps = 0
        for k in unit.tokens.indices where unit.tokens[k].kind == .word && unit.tokens[k].isLongerThanOneByte {
            words += 1
            if unit.tokens[k].isAllCaps { caps += 1 }
        }
        return words >= 2 && caps * 2 > words
    }

    /// Tokens before the dateline's dash: the city in capitals is a place, not an acronym.
    static func datelineEnd(_ unit: ProseUnit) -> Int {
        for (k, t) in unit.tokens.prefix(12).enumerated() where t.isDash { return k }
        return 0
    }
}
