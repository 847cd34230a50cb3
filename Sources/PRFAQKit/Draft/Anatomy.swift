/// The parts of a PR/FAQ, narrative or STAR story found in a draft, located by unit index.
public struct Anatomy: Sendable {
    public enum PRPart: String, CaseIterable, Sendable {
        case headline, subheading, summary, problem, solution
        case leaderQuote = "leader quote"
        case gettingStarted = "getting started"
        case customerQuote = "customer quote"
        case callToAction = "call to action"
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
        /// Scalars of the marker unit that hold the part, when it shares its paragraph with another part
        /// (a headline and a subheading written as two lines of one paragraph).
        public let span: Range<Int>?

        public init(marker: Int, units: Range<Int>, labelled: Bool, span: Range<Int>? = nil) {
            self.marker = marker
            self.units = units
            self.labelled = labelled
            self.span = span
        }
    }

    public internal(set) var prParts: [PRPart: Part] = [:]
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
    }

    public internal(set) var stories: [Story] = []
    /// The parts of the first story (a single-story file's parts).
    public var starParts: [StarPart: Part] { stories.first?.parts ?? [:] }
    public internal(set) var datelineFound = false
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
