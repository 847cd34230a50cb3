/// The parts of a PR/FAQ, narrative or STAR story found in a draft, located by unit index.
public struct Anatomy: Sendable {
    public enum PRPart: String, CaseIterable, Sendable {
        case headline, subheading, summary, problem, solution
        case leaderQuote = "leader quote"
        case gettingStarted = "getting started"
        case customerQuote = "customer quote"
        case callToAction = "call to action"

        /// The part's place in `PRParts`, in the order of the cases.
        var slot: Int {
            switch self {
            case .headline: 0
            case .subheading: 1
            case .summary: 2
            case .problem: 3
            case .solution: 4
            case .leaderQuote: 5
            case .gettingStarted: 6
            case .customerQuote: 7
            case .callToAction: 8
            }
        }
    }

    /// The press release's parts found, by name: read by place, where a dictionary hashed the name (by
    /// SipHash, a few hundred instructions) each time a rule asked; a dozen rules ask of every draft.
    public struct PRParts: Sequence, Sendable {
        private var slots = [Part?](repeating: nil, count: PRPart.allCases.count)

        public subscript(_ p: PRPart) -> Part? {
            get { slots[p.slot] }
            set { slots[p.slot] = newValue }
        }

        public var isEmpty: Bool { slots.allSatisfy { $0 == nil } }

        /// The parts found, in the order of `PRPart`'s cases.
        public func makeIterator() -> some IteratorProtocol<(key: PRPart, value: Part)> {
            zip(PRPart.allCases, slots).lazy.compactMap { p, part in part.map { (key: p, value: $0) } }.makeIterator()
        }
    }

    public enum FAQKind: String, Sendable { case external, `internal`, general }

    public enum NarrativePart: String, CaseIterable, Sendable {
        case purpose, background, goals, tenets
        case lessons = "lessons learned"
        case proposal, risks, plan, appendix
    }

    public enum StarPart: String, CaseIterable, Sendable {
        case situation, task, action, result, learning
    }

    /// One FAQ question and its answer.
    public struct FAQItem: Sendable {
        public let question: Int
        /// Scalar range of the question inside its unit.
        public let questionRange: Range<Int>
        /// Units that answer it (after the question).
        public let answerUnits: [Int]
        /// An answer written in the question's own unit ("**Q: …?** Yes, …" or a `Q:`/`A:` pair).
        public let inlineAnswer: Range<Int>?
        public let faq: FAQKind
        /// Blocks between this question and the next (answers may be tables or code, which have no prose).
        public let answerBlocks: Range<Int>
        /// Indices of table and code blocks in `answerBlocks`.
        public let answerExtras: [Int]
        public var hasAnswer: Bool { !answerUnits.isEmpty || inlineAnswer != nil || !answerExtras.isEmpty }
    }

    /// A located part: the unit that marks it (its heading or first paragraph) and the units it holds.
    public struct Part: Sendable {
        public let marker: Int
        public let units: Range<Int>
        /// True when a heading or lead-in names the part; false when found by its content.
        public let labelled: Bool
        /// Where the part starts inside its marker unit, in scalars: STAR parts written on consecutive
        /// lines share one paragraph (cmark joins them), so a part may begin on a later line of it.
        public let head: Int
        /// Where the part stops inside its last unit, in scalars; nil when it runs to the unit's end.
        public let tail: Int?

        public init(marker: Int, units: Range<Int>, labelled: Bool, head: Int = 0, tail: Int? = nil) {
            self.marker = marker
            self.units = units
            self.labelled = labelled
            self.head = head
            self.tail = tail
        }

        /// The scalars of `unit` (whose prose has `count` scalars) that belong to the part.
        public func scalars(of unit: Int, count: Int) -> Range<Int> {
            let lower = unit == marker ? min(head, count) : 0
            let upper = unit == units.upperBound - 1 ? min(tail ?? count, count) : count
            return lower..<max(lower, upper)
        }

        /// A part that holds only some scalars of one paragraph (a headline and a subheading written as two
        /// lines of one paragraph).
        public init(marker: Int, units: Range<Int>, labelled: Bool, span: Range<Int>?) {
            self.init(marker: marker, units: units, labelled: labelled, head: span?.lowerBound ?? 0, tail: span?.upperBound)
        }

        /// The scalars of the marker unit the part holds, when it is not the whole unit.
        public var span: Range<Int>? {
            head == 0 && tail == nil ? nil : head..<max(head, tail ?? Int.max)
        }
    }

    public internal(set) var prParts = PRParts()
    /// Units of the press release (empty when the document has none): under its heading, or, without one,
    /// from the start to the first FAQ.
    public internal(set) var pressRelease: Range<Int> = 0..<0
    /// The unit of the "## Press Release" heading, when there is one: missing parts are reported there.
    public internal(set) var pressReleaseHeading: Int?
    /// What showed that the document has a press release, for `prfaq stats`.
    public internal(set) var pressReleaseEvidence: [String] = []
    /// FAQ kind → the section whose heading labels it.
    public internal(set) var faqSections: [FAQKind: Int] = [:]
    /// Units inside FAQs, questions and answers.
    public internal(set) var faqRegions: [Range<Int>] = []
    /// A single unlabelled FAQ that also asks the business's own questions (cost, owners, risks).
    public internal(set) var generalFAQCoversInternal = false
    /// Units that are metadata or template furniture (author and status lines, callouts), not prose.
    public internal(set) var furniture: Set<Int> = []
    public internal(set) var faqItems: [FAQItem] = []
    public internal(set) var narrativeParts: [NarrativePart: Part] = [:]
    /// One STAR story: a file may hold one, or a bank of several (one per Leadership Principle or question).
    public struct Story: Sendable {
        /// The story's own title (its heading's text), nil for a file that is one story.
        public let title: String?
        /// Unit of the heading that opens the story, nil for a file that is one story.
        public let heading: Int?
        /// Units the story spans.
        public let units: Range<Int>
        public let parts: [StarPart: Part]

        public init(title: String?, heading: Int?, units: Range<Int>, parts: [StarPart: Part]) {
            self.title = title
            self.heading = heading
            self.units = units
            self.parts = parts
        }

        /// Parts a heading or lead-in names (the rest were found by what the paragraphs say).
        public var labelledCount: Int { parts.values.filter(\.labelled).count }
        /// A story told in order without any labels: its parts were inferred, so it is one finding at most.
        public var isUnlabelled: Bool { !parts.isEmpty && labelledCount == 0 }
    }

    public internal(set) var stories: [Story] = []
    /// The parts of the first story (a single-story file's parts).
    public var starParts: [StarPart: Part] { stories.first?.parts ?? [:] }
    public internal(set) var datelineFound = false
    /// The paragraph that holds the dateline (the summary's own, or a line of its own above it).
    public internal(set) var datelineUnit: Int?
    /// What the dateline lacks when it is there but partial: "date" ("SEATTLE — Acme today …") or "city"
    /// ("May 3, 2027 — …").
    public internal(set) var datelineLacks: String?
    /// Whether the document has a press release at all (a press-release heading, a dateline, an attributed
    /// quote or labelled press-release parts). Press-release rules run only when it does.
    public internal(set) var hasPressRelease = false
    /// Whether something in the text shows a press release (not just the absence of FAQs): profile evidence.
    public internal(set) var pressReleaseSignalled = false

    public func items(in kind: FAQKind) -> [FAQItem] { faqItems.filter { $0.faq == kind } }

    /// Whether the document has an FAQ of the kind (a general FAQ stands for the external one, and for the
    /// internal one when it asks the business's questions).
    public func hasFAQ(_ kind: FAQKind) -> Bool {
        switch kind {
        case .external: return faqSections[.external] != nil || faqSections[.general] != nil
        case .internal: return faqSections[.internal] != nil || generalFAQCoversInternal
        case .general: return !faqSections.isEmpty
        }
    }

    /// Whether a unit sits inside an FAQ.
    public func inFAQ(_ unit: Int) -> Bool { faqRegions.contains { $0.contains(unit) } }
}
