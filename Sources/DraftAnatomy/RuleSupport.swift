import Text

/// Small questions many rules ask of the draft, answered in one place so rules stay short.
extension ProseUnit {
    /// True when any word token's key is in the set.
    public func hasWord(_ keys: WordSet) -> Bool { tokens.firstWord(in: keys, from: 0) != nil }

    /// True when any word of the sentence is in the set.
    public func hasWord(_ keys: WordSet, in s: Sentence) -> Bool {
        tokens.firstWord(in: keys, from: s.tokens.lowerBound, to: s.tokens.upperBound) != nil
    }

    /// True when the unit mentions any of the cues.
    public func mentions(_ cues: PhraseSet) -> Bool { cues.occurs(in: self) }

    /// True when the unit has a number token or a spelled-out number.
    public var hasFigure: Bool { sentences.contains { hasFigure($0) } }

    public var isQuestion: Bool { tokens.last?.is("?") == true }

    /// Whether a sentence asks: it ends with "?", closing emphasis ("**…?**") aside. A question asks
    /// about a claim; it does not make one.
    /// The index of the sentence that holds token `t` (sentences are in order: a binary search), or nil.
    public func sentenceIndex(containing t: Int) -> Int? {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].tokens.upperBound <= t { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].tokens.contains(t) ? lo : nil
    }

    public func asks(_ s: Sentence) -> Bool {
        tokens[s.tokens].last(where: { $0.kind == .symbol && !$0.is("*") && !$0.is("_") })?.is("?") == true
    }
}

extension Draft {
    /// Whether a narrative's structure is judged: the writer chose the profile or the draft clearly is a
    /// narrative; else it needs a narrative section and more words than a note. A README or an RFC
    /// fragment that is a narrative only because it is nothing else is not held to a six-pager's parts.
    public func judgedAsNarrative(minWords: Int) -> Bool {
        if isClearly { return true }
        return anatomy.narrativeParts.values.contains(where: \.labelled) && wordCount(0..<units.count) >= minWords
    }

    /// Units of the given part, headings excluded.
    public func bodyUnits(of part: Anatomy.Part) -> [Int] {
        part.units.filter { $0 < units.count && !units[$0].isHeading }
    }

    /// Words of the given part, headings and lead-in labels excluded.
    public func words(of part: Anatomy.Part) -> Int {
        bodyUnits(of: part).reduce(0) { $0 + units[$1].wordCount }
    }

    /// The section a share or an average is measured over: the nearest heading of level 1 or 2 above
    /// `section`. A three-sentence subsection gives noise, a whole document hides where the problem is.
    static func chapter(of section: Int, in sections: [Section]) -> Int {
        var s = section
        while sections[s].level > 2, let parent = sections[s].parent { s = parent }
        return s
    }

    /// The units of each chapter, in document order, keyed by the chapter's section index. Built once
    /// with the draft: the passive share, the average and the grade all read it. Sections nest in
    /// document order, so a chapter's units are one run: a range, not an array per chapter.
    static func chapters(_ units: [ProseUnit], _ sections: [Section]) -> [(section: Int, units: Range<Int>)] {
        var out = [(section: Int, units: Range<Int>)]()
        // At most one per heading and one for the preamble: reserved, not doubled.
        out.reserveCapacity(1 + sections.count)
        for (i, u) in units.enumerated() {
            let c = chapter(of: u.section, in: sections)
            if out.last?.section == c, out[out.count - 1].units.upperBound == i {
                out[out.count - 1].units = out[out.count - 1].units.lowerBound..<(i + 1)
            } else {
                out.append((c, i..<(i + 1)))
            }
        }
        return out
    }

    /// Whether a unit sits under a plan, timeline or milestones heading, where every sentence schedules
    /// the team's work ("The build starts shortly after approval").
    public func isInPlan(unit: Int) -> Bool {
        var s: Int? = units[unit].section
        var steps = 0
        while let i = s, i > 0, steps < 16 {
            let words = sections[i].key.split(separator: " ")
            if words.contains(where: { Self.planWords.contains(String($0)) }) { return true }
            s = sections[i].parent
            steps += 1
        }
        return false
    }

    static let planWords: Set<String> = ["plan", "timeline", "milestones", "milestone", "schedule", "roadmap", "rollout",
                                         "execution", "phases", "next"]

    /// Paragraph units (not headings) in document order.
    public var paragraphs: [Int] { units.indices.filter { !units[$0].isHeading } }

    /// Whether a piece of text names a date: a month name, a quarter (Q3), a year (2019–2099), "by week N",
    /// or a deadline counted from now ("within four weeks", "in 90 days").
    public func hasDate(_ unit: ProseUnit) -> Bool {
        // Each word asked of word sets by its stored hash: its key's first and last Characters and string
        // comparisons cost some two hundred instructions a token.
        let tokens = unit.tokens
        for (i, t) in tokens.enumerated() {
            switch t.kind {
            case .word:
                if Draft.months.contains(t) && !(t.key == "may" && !t.isFirstUpper) { return true }
                if Self.quarters.contains(t) { return true }
                if Self.numberedSpans.contains(t), i + 1 < tokens.count, tokens[i + 1].kind == .number { return true }
                if Self.deadlineLeads.contains(t), i + 2 < tokens.count,
                   tokens[i + 1].kind == .number || NumberWords.all.contains(tokens[i + 1]),
                   Self.spans.contains(tokens[i + 2]) { return true }
            case .number:
                if let y = Int(t.key), y >= 2000 && y <= 2099 { return true }
            default:
                break
            }
        }
        return false
    }

    static let spans: WordSet = ["days", "weeks", "months", "quarters", "years", "day", "week", "month", "quarter", "year"]
    /// "Q3" (keys are lower case).
    static let quarters: WordSet = ["q1", "q2", "q3", "q4"]
    /// "week 6", "day 30", "month 3".
    static let numberedSpans: WordSet = ["week", "day", "month"]
    /// "within four weeks", "in 90 days".
    static let deadlineLeads: WordSet = ["within", "in"]

    /// Month names and abbreviations: as strings for text outside tokens, as a word set for tokens.
    static let monthNames: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                                          "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    public static let months = WordSet(monthNames)
}

/// Words that name the people a document serves.
public enum CustomerWords {
    public static let all = WordSet(words)
    /// Customer words that are not people ("small" is only a segment with what follows).
    public static let notPeople: WordSet = ["small", "team", "teams", "partner", "partners", "business", "businesses", "school",
                                     "clinic", "hospital", "shop", "restaurant", "household",
                                     "company", "companies"]
    public static let words = [
        "customer", "customers", "user", "users", "shopper", "shoppers", "seller", "sellers", "buyer", "buyers",
        "parent", "parents", "patient", "patients", "driver", "drivers", "developer", "developers", "teacher",
        "teachers", "student", "students", "owner", "owners", "member", "members", "people", "you", "your",
        "traveler", "travelers", "travellers", "reader", "readers", "client", "clients", "merchant", "merchants",
        "nurse", "nurses", "doctor", "doctors", "clinician", "clinicians", "employee", "employees", "family",
        "families", "subscriber", "subscribers", "viewer", "viewers", "listener", "listeners", "learner", "learners",
        "host", "hosts", "guest", "guests", "rider", "riders", "partner", "partners", "agent", "agents", "team",
        "teams", "engineer", "engineers", "operator", "operators", "admin", "admins", "administrators", "business",
        "businesses", "company", "companies", "retailer", "retailers", "farmer", "farmers", "caregiver", "caregivers",
        "homeowner", "homeowners", "tenant", "tenants", "small", "creator", "creators", "manager", "managers",
        "clinic", "clinics", "hospital", "hospitals", "school", "schools", "shop", "shops",
        "restaurant", "restaurants", "household", "households", "resident", "residents", "citizen", "citizens",
        "visitor", "visitors", "consumer", "consumers", "seller's", "customer's", "patients'", "customers'",
    ]
}

/// People and what they do, counted: the nouns a figure about customers counts ("1,200 shoppers", "38%
/// of callers", "61% of visits"), shared by the rules that read evidence and segments.
public enum PeopleWords {
    /// Customers counted in the plural: "shoppers", "households", "teams".
    public static let plural = WordSet(CustomerWords.words.filter {
        $0.hasSuffix("s") && !["business", "partners", "shops", "schools", "clinics", "hospitals"].contains($0)
    })
    /// What customers do, counted: "61% of visits", "3,400 calls a week".
    public static let acts: WordSet = [
        "visits", "calls", "orders", "trips", "bookings", "reservations", "rides", "sessions", "purchases", "returns",
        "cancellations", "refunds", "contacts", "chats", "emails", "messages", "searches", "claims", "applications",
        "appointments", "homes", "households", "accounts", "subscriptions", "complaints", "escalations", "transactions",
        "prospects", "leads", "signups", "sign-ups", "employers", "companies", "businesses",
    ]
    /// Plural -ers, -ors, -ants and -ents that are things, not people.
    public static let things: WordSet = [
        "centers", "servers", "computers", "containers", "numbers", "letters", "meters", "filters", "layers", "clusters",
        "parameters", "headers", "markers", "buffers", "chapters", "characters", "papers", "sensors", "monitors",
        "processors", "vectors", "errors", "factors", "colors", "floors", "doors", "motors", "connectors", "adapters",
        "routers", "printers", "folders", "trailers", "stickers", "towers", "tiers", "reminders", "banners", "borders",
        "corners", "covers", "powers", "dollars", "components", "documents", "segments", "elements", "requirements",
        "payments", "shipments", "investments", "agreements", "environments", "deployments", "experiments", "events",
        "percents", "cents", "variants", "constants", "assistants", "ingredients", "quarters", "hours",
    ]

    /// People counted by what they are: customers, or any -ers, -ors, -ants, -ents that is not a thing
    /// ("callers", "jurors", "participants", "residents").
    public static func isPopulation(_ t: borrowing Token) -> Bool {
        guard t.kind == .word else { return false }
        if plural.contains(t) || acts.contains(t) { return true }
        let k = t.key
        // A word of five bytes or fewer has no six Characters: told by its byte count first.
        guard k.utf8.count > 5, k.characterCount > 5, !things.contains(t) else { return false }
        return k.endsWith("ers") || k.endsWith("ors") || k.endsWith("ants") || k.endsWith("ents")
    }
}
