import DraftAnatomy
import LintCore
import Text

/// "Customers" is everyone, so the press release is written for no one in particular.
struct NoSegment: Rule {
    let description = RuleDescription(
        id: "customer/no-segment",
        summary: "A press release that names its customers only as \"customers\" or \"users\"",
        rationale: """
            A press release is written for one kind of customer: "rural shoppers", "nurses on night shifts", \
            "sellers with fewer than 50 orders a month". "Customers" or "users" alone hides who gains, so \
            nobody can judge whether the benefit is real for them, and the quote cannot sound like one of them.
            """,
        severity: .warning,
        profiles: [.prfaq],
        options: [RuleOption("min-words", .int(80), "shorter press releases are notes and are not judged", gatesDraft: true)],
        scope: .document,
        triggering: [
            RuleExample("⟦# Reorder⟧\n\n## Reorder refills staples before they run out\n\nSEATTLE — May 3, 2027 — Today we launch Reorder, which lets customers refill staples before they run out. Customers pick the staples once, and Reorder adds each one to the next order when it is due. " + "Users can pause any staple from the app.\n\n" + ExampleProse.sentences(12) + "\n\n## FAQ\n\n### What does it cost?\n\nNothing.\n", profile: .prfaq),
        ],
        nonTriggering: [
            RuleExample("# Reorder\n\n## Reorder refills staples before they run out\n\nSEATTLE — May 3, 2027 — Today we launch Reorder, which lets weekly shoppers refill staples before they run out. Customers pick the staples once, and Reorder adds each one to the next order when it is due. " + "Users can pause any staple from the app.\n\n" + ExampleProse.sentences(12) + "\n\n## FAQ\n\n### What does it cost?\n\nNothing.\n", profile: .prfaq),
            RuleExample("# Reorder\n\n## Reorder refills staples before they run out\n\nSEATTLE — May 3, 2027 — Today we launch Reorder, which lets parents refill staples before they run out. " + "Parents can pause any staple from the app.\n\n" + ExampleProse.sentences(12) + "\n\n## FAQ\n\n### What does it cost?\n\nNothing.\n", profile: .prfaq),
        ])

    /// Words that name customers without saying which.
    static let generic: WordSet = ["customer", "customers", "user", "users", "people", "consumers", "consumer", "clients",
                                   "client", "everyone", "anyone", "you", "your", "customer's", "customers'"]
    /// Words before a generic noun that narrow it to a segment ("rural customers"); a capitalised name
    /// ("Prime members") or a hyphenated one ("first-time users") does too.
    static let narrowing: WordSet = [
        "rural", "urban", "suburban", "small", "enterprise", "business", "mobile", "android", "ios", "premium", "free",
        "paid", "elderly", "senior", "frequent", "busy", "working", "young", "older", "international", "local",
        "online", "remote", "independent", "professional", "individual", "corporate", "retail", "wholesale",
        "commercial", "residential", "smb", "student", "home", "weekly", "monthly", "daily", "regular", "power",
        "casual", "novice", "beginner", "expert", "advanced", "disabled", "blind", "deaf", "low-income", "budget",
        "trial", "subscription", "desktop", "web", "admin", "government", "public", "nonprofit", "healthcare",
    ]
    /// Words after a generic noun that narrow it: "customers who", "users on the free plan".
    static let narrowingAfter: WordSet = ["who", "whose", "in", "on", "at", "with", "without", "from", "outside", "under", "over"]
    /// People named as a group: "enterprises", "academics", "startups".
    static let groups: WordSet = [
        "enterprises", "academics", "executives", "professionals", "startups", "agencies", "governments", "institutions",
        "universities", "nonprofits", "organizations", "organisations", "retirees", "seniors", "veterans", "commuters",
        "freelancers", "contractors", "landlords", "hobbyists", "artists", "musicians", "athletes", "gamers", "fans",
        "kids", "children", "teens", "adults", "women", "men", "pets", "patrons", "potters", "boaters", "cyclists",
    ]
    /// The business's partners and rivals, named in a press release beside its customers.
    static let counterparties: WordSet = [
        "insurers", "suppliers", "vendors", "carriers", "providers", "manufacturers", "distributors", "publishers",
        "lenders", "competitors", "investors", "regulators", "partners", "sponsors", "founders", "developers'",
        "engineers", "researchers", "scientists", "designers", "officers", "directors", "leaders", "speakers",
    ]

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let pr = draft.anatomy.pressRelease
        guard !pr.isEmpty, pr.upperBound <= draft.units.count,
              draft.wordCount(pr) >= ctx.int("min-words") else { return }
        // "Tutorline users", "Castwell Users": the product's own name narrows nothing.
        var own = FigureMentions.productName(draft)
        if let title = draft.units.first(where: \.isHeading) {
            for t in title.tokens where t.kind == .word && t.isFirstUpper { own.insert(t.key) }
        }
        var generic = false
        for u in pr {
            let t = draft.units[u].tokens
            for k in t.indices where t[k].kind == .word {
                if Self.generic.contains(t[k]) {
                    if Self.narrowed(t, k, own: own) { return }
                    if t[k].key != "you" && t[k].key != "your" { generic = true }
                } else if CustomerWords.all.contains(t[k]), !CustomerWords.notPeople.contains(t[k]) {
                    return
                } else if Self.groups.contains(t[k])
                            || (PeopleWords.isPopulation(t[k]) && !PeopleWords.acts.contains(t[k]) && !Self.counterparties.contains(t[k])) {
                    // "practitioners", "executives", "enterprises": people named by what they are.
                    return
                }
                // A template's "[CUSTOMER SEGMENT]" is a blank to fill, which the placeholder rules report.
                if t[k].key == "segment" || t[k].key == "segments" { return }
            }
        }
        guard generic else { return }
        let at = draft.anatomy.prParts[.headline]?.marker ?? draft.anatomy.pressReleaseHeading ?? pr.lowerBound
        ctx.report(draft.lineRange(ofUnit: at), "the press release names its customers only as \"customers\" or \"users\": which customers?",
                   help: "name the segment that gains most: \"weekly shoppers\", \"night-shift nurses\", \"sellers with under 50 orders a month\"")
    }

    /// "rural customers", "Prime members", "first-time users", "customers who shop weekly".
    static func narrowed(_ t: TokenList, _ k: Int, own: Set<String>) -> Bool {
        if k > 0, t[k - 1].kind == .word {
            let m = t[k - 1]
            if narrowing.contains(m) || m.key.contains("-") { return true }
            // A capitalised name, not the first word of a sentence or a title-cased heading.
            if m.isFirstUpper, !own.contains(m.key), k >= 2, t[k - 2].kind == .word, !t[k - 2].isFirstUpper,
               !FunctionWords.all.contains(m) { return true }
        }
        // "customers in rural areas" narrows; "a Tutorline user in Aurora" places one person.
        if t[k].key.hasSuffix("s"), k + 1 < t.count, t[k + 1].kind == .word, narrowingAfter.contains(t[k + 1]),
           k + 2 < t.count, t[k + 2].kind != .symbol { return true }
        return false
    }
}
