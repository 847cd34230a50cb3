import Text

/// The heading names drafts use for each part (DOMAIN.md §1–3), matched on `Section.key`.
enum PartNames {
    static let pr: [(Anatomy.PRPart, [String])] = [
        (.headline, ["headline", "heading", "title", "press release headline"]),
        (.subheading, ["subheading", "sub heading", "subheadline", "sub headline", "subtitle"]),
        (.summary, ["summary", "intro", "introduction", "lede", "opening", "summary paragraph", "dateline"]),
        (.problem, ["problem", "the problem", "customer problem", "the challenge", "challenge", "pain point", "problem statement"]),
        (.solution, ["solution", "the solution", "our solution", "product", "the product"]),
        (.leaderQuote, ["leader quote", "company quote", "spokesperson quote", "quote from leader", "executive quote",
                        "leadership quote", "internal quote", "quote from a leader", "leader's quote"]),
        (.gettingStarted, ["how it works", "getting started", "how to get started", "get started", "how to use it"]),
        (.customerQuote, ["customer quote", "customer testimonial", "testimonial", "quote from customer",
                          "quote from a customer", "customer's quote", "customer voice"]),
        (.callToAction, ["call to action", "to learn more", "learn more", "availability", "closing and call to action",
                         "where to learn more", "cta"]),
    ]

    static let narrative: [(Anatomy.NarrativePart, [String])] = [
        (.purpose, ["purpose", "introduction", "intro", "ask", "the ask", "summary", "executive summary", "tl;dr",
                    "tldr", "prompt", "the prompt", "overview", "purpose and ask", "bottom line up front"]),
        (.background, ["background", "context", "state of the business", "current state", "the situation today",
                       "situation", "where we are"]),
        (.goals, ["goals", "objectives", "goals and non goals", "success criteria", "success metrics", "metrics", "goal"]),
        (.tenets, ["tenets", "principles", "our tenets"]),
        (.lessons, ["lessons learned", "lessons", "what we learned", "learnings"]),
        (.proposal, ["proposal", "priorities", "recommendation", "approach", "the proposal", "solution",
                     "proposed solution", "strategy", "what we propose", "plan of record"]),
        (.risks, ["risks", "risks and mitigations", "risks and open questions", "open questions", "trade offs",
                  "tradeoffs", "risks and trade offs", "what could go wrong"]),
        (.plan, ["plan", "execution plan", "milestones", "timeline", "roadmap", "next steps", "implementation plan",
                 "project plan", "launch plan", "execution"]),
        (.appendix, ["appendix", "appendices"]),
    ]

    static let star: [(Anatomy.StarPart, [String])] = [
        (.situation, ["situation", "the situation", "s", "context"]),
        (.task, ["task", "the task", "t"]),
        (.action, ["action", "actions", "what i did", "a"]),
        (.result, ["result", "results", "outcome", "impact", "r"]),
        (.learning, ["learning", "learnings", "lesson", "lessons", "lessons learned", "reflection", "what i learned",
                     "takeaway", "takeaways"]),
    ]

    static let prIndex = NameIndex(pr)
    static let narrativeIndex = NameIndex(narrative)
    static let starIndex = NameIndex(star)

    static func match<T>(_ key: String, in index: NameIndex<T>) -> T? { index.match(key) }

    /// The kind of FAQ a heading labels, when it is a label: "FAQ", "Internal FAQ", "Frequently asked
    /// questions", "Customer questions". A title that only contains the letters ("PR/FAQ: Reorder",
    /// "PRFAQ") or a heading that is itself a question is not an FAQ label.
    static func faqKind(_ key: String) -> Anatomy.FAQKind? {
        // A heading that asks is no label: told on its last byte before the key is split into Characters
        // (a "?" ends a key only as its own last Character).
        guard key.lastUTF8 != 0x3F, mayNameFAQ(key) else { return nil }
        var words = key.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "-" })
        // "Q & A", "Q and A" are one word here.
        var k = 0
        while k + 2 < words.count {
            if words[k] == "q", words[k + 1] == "&" || words[k + 1] == "and", words[k + 2] == "a" {
                words.replaceSubrange(k...(k + 2), with: ["q&a"])
            }
            k += 1
        }
        guard !words.isEmpty, words.count <= 7 else { return nil }
        var core = false, internalWord = false, externalWord = false
        for w in words {
            if faqCore.contains(String(w)) { core = true }
            else if faqInternal.contains(String(w)) { internalWord = true }
            else if faqExternal.contains(String(w)) { externalWord = true }
            else if !faqFiller.contains(String(w)) { return nil }
        }
        guard core else { return nil }
        if internalWord { return .internal }
        if externalWord { return .external }
        return .general
    }

    /// Whether a key holds the letters of a core word at all ("faq", "questions", or a "q" with "&" or
    /// "and" to make "q & a"): most paragraphs and headings do not, and splitting each into words to find
    /// that out was a visible share of the anatomy's time.
    static func mayNameFAQ(_ key: String) -> Bool {
        key.includes("faq") || key.includes("questions") || key.includes("q") && (key.includes("&") || key.includes("and"))
    }

    static let faqCore: Set<String> = ["faq", "faqs", "questions", "q&a"]
    static let faqInternal: Set<String> = ["internal", "stakeholder", "stakeholders", "business", "team", "leadership",
                                           "investor", "investors", "executive", "management", "technical", "engineering"]
    static let faqExternal: Set<String> = ["external", "customer", "customers", "public", "user", "users", "partner",
                                           "partners", "developer", "developers", "member", "members", "participant",
                                           "participants", "client", "clients", "press"]
    static let faqFiller: Set<String> = ["frequently", "asked", "the", "for", "and", "&", "answers", "common", "general",
                                         "other", "additional", "more", "some", "key", "anticipated", "likely", "top",
                                         "product", "operational", "operations", "legal",
                                         "security", "launch", "design", "pricing", "privacy",
                                         "s", "'s", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]
}

/// A part-name table made for lookups: the anatomy asks it of every heading and many paragraphs, and
/// comparing each key with a hundred names one by one was most of the anatomy's time.
struct NameIndex<T: Sendable>: Sendable {
    private let parts: [T]
    /// Name → first part (in table order) that lists it.
    private let exact: [String: Int]
    /// Names of several words, in table order with their part: these also match a key that goes on
    /// after a space ("internal quote from Jane"), while "action items" is not the Action. Compared as
    /// bytes, most fail on the first one; building and hashing each prefix cost far more.
    private let multiWord: [(name: [UInt8], part: Int)]
    /// Bit n: some name is n bytes long (the last bit: 63 or more). A key of no name's length, as most
    /// headings are (a question, a story's title), is not hashed for the table.
    private let lengths: UInt64

    init(_ table: [(T, [String])]) {
        parts = table.map(\.0)
        var exact = [String: Int]()
        var multi = [(name: [UInt8], part: Int)]()
        var lengths: UInt64 = 0
        for (i, (_, names)) in table.enumerated() {
            for n in names {
                if exact[n] == nil { exact[n] = i }
                if n.utf8.contains(0x20) { multi.append((Array(n.utf8), i)) }
                lengths |= Self.lengthBit(n)
            }
        }
        self.exact = exact
        multiWord = multi
        self.lengths = lengths
    }

    private static func lengthBit(_ s: String) -> UInt64 { 1 << UInt64(min(s.utf8.count, 63)) }

    func match(_ key: String) -> T? {
        if lengths & Self.lengthBit(key) != 0, let i = exact[key] { return parts[i] }
        return key.withBytes { u -> T? in
            for (name, part) in multiWord where u.count > name.count && u[name.count] == 0x20 {
                if name.indices.allSatisfy({ name[$0] == u[$0] }) { return parts[part] }
            }
            return nil
        }
    }
}
