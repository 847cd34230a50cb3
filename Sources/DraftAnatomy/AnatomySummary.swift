/// What the anatomy found, as plain values with source lines: `prfaq stats` prints it, so a writer can
/// see why prfaq read the draft as it did, and the layout tests compare it with each fixture's
/// `*.parts.yml`.
public struct AnatomySummary {
    public struct StorySummary {
        public let title: String?
        public let line: Int
        public let parts: [String: Int]
    }

    public let profile: Profile
    /// Why the profile was chosen, strongest signal first.
    public let evidence: [String]
    public let pressRelease: Bool
    /// Part name → line of the unit that marks it, for the parts of the draft's profile.
    public let parts: [String: Int]
    /// FAQ kind → number of questions found under it.
    public let faq: [String: Int]
    public let unanswered: [Int]
    public let stories: [StorySummary]

    public init(_ draft: Draft) {
        let a = draft.anatomy
        func line(_ unit: Int) -> Int {
            draft.document.line(ofBlock: draft.units[unit].block)
        }
        profile = draft.profile
        evidence = draft.evidence
        pressRelease = a.hasPressRelease
        var parts = [String: Int]()
        switch draft.profile {
        case .prfaq: for (p, part) in a.prParts { parts[p.rawValue] = draft.line(of: part) }
        case .narrative: for (p, part) in a.narrativeParts { parts[p.rawValue] = line(part.marker) }
        case .star: break
        }
        self.parts = parts
        var faq = [String: Int]()
        for item in a.faqItems { faq[item.faq.rawValue, default: 0] += 1 }
        self.faq = faq
        unanswered = a.faqItems.filter { !$0.hasAnswer }.map { line($0.question) }
        stories = a.stories.map { s in
            StorySummary(title: s.title, line: s.heading.map(line) ?? 1,
                         parts: Dictionary(uniqueKeysWithValues: s.parts.map { ($0.key.rawValue, draft.line(of: $0.value)) }))
        }
    }

    public var json: [String: Any] {
        var out: [String: Any] = ["profile": profile.rawValue, "evidence": evidence, "parts": parts, "faq": faq,
                                  "unanswered": unanswered]
        if profile == .prfaq { out["pressRelease"] = pressRelease }
        if !stories.isEmpty {
            out["stories"] = stories.map { s -> [String: Any] in
                var o: [String: Any] = ["line": s.line, "parts": s.parts]
                if let t = s.title { o["title"] = t }
                return o
            }
        }
        return out
    }
}
