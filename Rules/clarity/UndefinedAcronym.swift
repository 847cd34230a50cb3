import PRFAQKit

/// An acronym the reader cannot expand stops them cold; define each one where it first appears.
struct UndefinedAcronym: Rule {
    let description = RuleDescription(
        id: "clarity/undefined-acronym",
        summary: "Acronym used before or without its definition",
        rationale: """
            Readers outside the team do not know your acronyms. Write the full form with the acronym in \
            parentheses on first use — "Time to First Listing (TTFL)" — and the short form after that.
            """,
        severity: .warning,
        options: [
            RuleOption("allow", .strings(UndefinedAcronym.common), "acronyms every reader knows"),
            RuleOption("extra-allow", .strings([]), "your team's own additions to the allow-list"),
        ],
        triggering: [
            RuleExample("Our ⟦TTFL⟧ fell from 19 days to 6."),
            RuleExample("The ⟦NPS⟧ survey ran in May. Net Promoter Score (NPS) rose from 31 to 44."),
        ],
        nonTriggering: [
            RuleExample("Our Time to First Listing (TTFL) fell from 19 days to 6. TTFL is now tracked weekly."),
            RuleExample("SEATTLE — May 3, 2027 — The AWS API serves the US and the EU at 40 ms, 2 GB, in Q3."),
            RuleExample("## Press Release\n\n**Harwick, ME — June 9, 2027**\n\n### Boat Owners Get a Text Before Each Storm\n\nHarwick Bay owners get a text 6 hours ahead.\n", profile: .prfaq),
            RuleExample("“It found 14 broken citations,” said [NAME, TITLE]."),
        ])

    static let common = [
        "US", "USA", "UK", "EU", "UN", "AWS", "API", "URL", "FAQ", "PR", "CEO", "CFO", "CTO", "COO", "CIO", "CMO",
        "VP", "SVP", "EVP", "GM", "HR", "IT", "ID", "PDF", "CSV", "JSON", "HTML", "CSS", "SMS", "TV", "AI", "ML", "PM",
        "OK", "SLA", "KPI", "ROI", "ETA", "ASAP", "UTC", "GMT", "PST", "EST", "AM", "PM", "USD", "EUR", "GBP", "LLC",
        "INC", "LTD", "FAQS", "RFC", "SQL", "HTTP", "HTTPS", "SDK", "CLI", "GPS", "ATM", "DIY", "NYC", "PO", "QA",
        "UX", "UI", "IOS", "PRFAQ", "STAR", "LP", "LPS", "OR", "AND", "NOT", "TL", "DR", "FYI", "NB", "PS",
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
        "GB", "MB", "KB", "TB", "PB", "MS", "KM", "KG", "MPH", "KPH", "CM", "MM", "HZ", "MHZ", "GHZ", "DPI", "RPM",
        // File and placeholder labels, not acronyms.
        "README", "CHANGELOG", "LICENSE", "TODO", "TBD", "TBC", "TBA", "FIXME", "WIP", "NOTE", "TIP", "WARNING",
        "IMPORTANT", "CAUTION", "XXX", "NA",
    ]

    /// The default allow-list, upper-cased once rather than for every draft.
    static let commonSet = Set(common.map { $0.uppercased() })

    func check(_ draft: Draft, _ ctx: inout RuleContext) {
        let configured = ctx.strings("allow") + ctx.strings("extra-allow")
        let allow = configured == Self.common ? Self.commonSet : Set(configured.map { $0.uppercased() })
        var defined = Set<String>()
        var firstUse = [String: (unit: Int, token: Int)]()
        // Definitions anywhere: "Full Form (ABC)" or "ABC (Full Form)".
        for unit in draft.units {
            let t = unit.tokens
            // Only capitalised words can be acronyms: the flag check spares the rest a copy and a call.
            for k in t.indices where t[k].isFirstUpper && t[k].kind == .word {
                guard let a = Self.acronym(t[k]) else { continue }
                if k > 0, t[k - 1].text == "(", k + 1 < t.count, t[k + 1].text == ")", k >= 2, t[k - 2].kind == .word { defined.insert(a) }
                if k + 1 < t.count, t[k + 1].text == "(", k + 2 < t.count, t[k + 2].kind == .word, !t[k + 2].isAllCaps { defined.insert(a) }
            }
        }
        var definedSoFar = Set<String>()
        for (ui, unit) in draft.units.enumerated() {
            let t = unit.tokens
            // Only units with a candidate are worth the closer look.
            let candidates = t.indices.compactMap { k in t[k].isFirstUpper && t[k].kind == .word ? Self.acronym(t[k]).map { (k, $0) } : nil }
            guard !candidates.isEmpty, !Self.isShouting(unit) else { continue }
            // "SEATTLE, WA —": a dateline's place names are not acronyms.
            let a = draft.anatomy
            let dateline = a.prParts[.summary]?.marker == ui || a.datelineUnit == ui ? Self.datelineEnd(unit) : 0
            for (k, a) in candidates where k >= dateline && !allow.contains(a) && !Self.isPlaceholder(t, k) {
                let definesHere = (k > 0 && t[k - 1].text == "(") || (k + 1 < t.count && t[k + 1].text == "(")
                if definesHere { definedSoFar.insert(a); continue }
                if definedSoFar.contains(a) || firstUse[a] != nil { continue }
                firstUse[a] = (ui, k)
                let range = unit.sourceRange(tokens: k..<(k + 1))
                if defined.contains(a) {
                    ctx.report(range, "\"\(t[k].text)\" is used before it is defined", help: "move the definition here: \"Full Form (\(a))\"")
                } else {
                    ctx.report(range, "\"\(t[k].text)\" is never defined", help: "write the full form on first use: \"Full Form (\(a))\"")
                }
            }
        }
    }

    /// "[NAME, TITLE]": a template's slot, not an acronym.
    static func isPlaceholder(_ t: [Token], _ k: Int) -> Bool {
        var j = k - 1
        while j >= 0 && j >= k - 4 {
            if t[j].text == "]" { return false }
            if t[j].text == "[" { return true }
            j -= 1
        }
        return false
    }

    /// The acronym a token spells, if any: 2–6 capitals (digits allowed after the first), an optional
    /// plural "s" ("APIs"). Mixed case ("MySQL", "iPhone") and single letters are names, not acronyms.
    static func acronym(_ t: Token) -> String? {
        // Case flags first (every word passes through here), then the bytes in place. "APIs" is not all
        // capitals, so the plural keeps its own way in.
        guard t.isFirstUpper, t.isAllCaps || t.text.utf8.last == 0x73 else { return nil }
        var text = t.text
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
        for k in unit.tokens.indices where unit.tokens[k].kind == .word && unit.tokens[k].text.utf8.count > 1 {
            words += 1
            if unit.tokens[k].isAllCaps { caps += 1 }
        }
        return words >= 2 && caps * 2 > words
    }

    /// Tokens before the dateline's dash: the city in capitals is a place, not an acronym.
    static func datelineEnd(_ unit: ProseUnit) -> Int {
        for (k, t) in unit.tokens.prefix(12).enumerated() where t.text == "—" || t.text == "–" || t.text == "-" { return k }
        return 0
    }
}
