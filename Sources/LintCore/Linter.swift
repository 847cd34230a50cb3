import Dispatch
import DraftAnatomy
import Foundation
import Markdown
import Text

/// The outcome for one file: its findings, or why it could not be linted.
public struct FileResult: Sendable {
    public let path: String
    public var profile: Profile?
    /// Who the draft was read for (chosen or detected).
    public var audience: Audience?
    public var diagnostics: [Diagnostic] = []
    /// Set when the file could not be read or configured; then there are no diagnostics.
    public var error: String?
    /// Notes for standard error that do not stop linting (e.g. invalid UTF-8 replaced).
    public var notes: [String] = []
    public var source: SourceFile?

    public init(path: String, error: String) {
        self.path = path
        self.error = error
    }
    public init(path: String, source: SourceFile, profile: Profile, audience: Audience? = nil, diagnostics: [Diagnostic]) {
        self.path = path
        self.source = source
        self.profile = profile
        self.audience = audience
        self.diagnostics = diagnostics
        self.notes = source.notes
    }

    /// Read in place: a closure over the findings (`reduce`) copied each one, a few dozen references.
    public func count(_ s: Severity) -> Int {
        var n = 0
        for i in diagnostics.indices where diagnostics[i].severity == s { n += 1 }
        return n
    }
}

/// Runs the enabled rules over one file: parse → draft → rules → suppression → positions → order.
public final class Linter: Sendable {
    public let rules: [any Rule]
    public let descriptions: [RuleDescription]
    /// The rules' ids, for the report on suppression comments: listed once, not once a draft.
    let ids: [String]

    /// Each rule's unit scanner, asked once: the getter boxes a copy of a word-list rule each time, and
    /// was asked twice a rule a draft.
    let scanners: [(any UnitScanner)?]
    /// What the unit scanners of each type share (`UnitScanner.shared`), made from all of this linter's.
    let shared: [ObjectIdentifier: any Sendable]

    public init(rules: [any Rule]) {
        self.rules = rules
        self.descriptions = rules.map(\.description)
        self.ids = descriptions.map(\.id)
        self.scanners = rules.map(\.unitScanner)
        self.shared = Self.shared(scanners.compactMap { $0 })
    }

    /// `UnitScanner.shared` of each type of scanner, asked of the first with all of its type.
    static func shared(_ scanners: [any UnitScanner]) -> [ObjectIdentifier: any Sendable] {
        let byType = Dictionary(grouping: scanners) { ObjectIdentifier(type(of: $0)) }
        return byType.compactMapValues { all in all[0].shared(all) }
    }

    public func rule(_ id: String) -> (any Rule)? { rules.first { $0.description.id == id } }

    /// Whether a rule runs under a configuration: an explicit setting wins, else the rule's default.
    public func isEnabled(_ d: RuleDescription, _ config: Configuration) -> Bool {
        Self.isEnabled(d, config.setting(for: d.id))
    }

    /// Whether a rule runs with its configured setting (nil: none): the setting's switch, else the default.
    static func isEnabled(_ d: RuleDescription, _ setting: RuleSetting?) -> Bool { setting?.enabled ?? d.defaultEnabled }

    /// A rule option's effective value under a configuration: set there, else the rule's default; nil for
    /// an unknown rule or option.
    public func option(_ name: String, of rule: String, in config: Configuration) -> OptionValue? {
        config.setting(for: rule)?.options[name] ?? descriptions.first { $0.id == rule }?.options.first { $0.name == name }?.value
    }

    /// The ids of the rules that run on a draft under a configuration: on, and for its profile and audience.
    public func ranRules(_ draft: Draft, config: Configuration) -> Set<String> {
        Set(descriptions.filter { isEnabled($0, config) && $0.applies(to: draft) }.map(\.id))
    }

    /// Lints an analysed draft with a resolved configuration.
    /// `deadline`: a file whose rules run past it is reported as an error instead of holding up a commit
    /// hook forever. Every rule is linear, so this is a safety net, checked between rules.
    public func lint(_ draft: Draft, config: Configuration, deadline: DispatchTime? = nil, budget: Double = 0) -> FileResult {
        settle(gather(draft, config: config, deadline: deadline), config: config, budget: budget)
    }

    /// What the rules found in a draft, before suppression, positions and order: all that is needed of the
    /// draft once its rules have run, so a caller that needs nothing else frees the draft (its tokens are
    /// most of its memory) before the findings are gathered into one array.
    public struct Gathered {
        let source: SourceFile
        let profile: Profile
        let audience: Audience?
        /// Each rule's findings, in the rules' order; nil when the deadline passed.
        let found: [[Diagnostic]]?
        let directives: Directives?
        let directiveRules: [(any Rule, RuleContext)]
        /// The rules that ran, asked only when the draft has suppression comments to judge.
        let ran: Set<String>
    }

    /// Runs the rules over a draft.
    public func gather(_ draft: Draft, config: Configuration, deadline: DispatchTime? = nil) -> Gathered {
        // A big draft reads its suppression comments while the rules run; the rules do not need them.
        let readDirectives = Parallel.Slot<Directives>()
        let reading = DispatchGroup()
        if draft.source.bytes.count >= Parallel.draftBytes {
            DispatchQueue.global().async(group: reading) { readDirectives.value = Directives(draft: draft) }
        } else {
            readDirectives.value = Directives(draft: draft)
        }
        var jobs = [Job]()
        jobs.reserveCapacity(rules.count)
        var directiveRules = [(any Rule, RuleContext)]()
        // The descriptions made once (`init`). A rule's setting is looked up once. A context is made where
        // it is kept: made first and then put in a job, each was copied (a few dozen references) once more.
        for i in rules.indices {
            let d = descriptions[i]
            let entry = config.setting(for: d.id)
            guard Self.isEnabled(d, entry), d.applies(to: draft) else { continue }
            let setting = entry ?? RuleSetting()
            func context() -> RuleContext {
                RuleContext(description: d, severity: setting.severity ?? d.severity, options: setting.options,
                            vocabulary: config.vocabulary, explicitSeverity: setting.severity != nil)
            }
            if rules[i].checksDirectives { directiveRules.append((rules[i], context())) } else { jobs.append(Job(rule: i, context: context())) }
        }
        // Consumed: still held here, the list was copied, job by job, to be written in place.
        let found = Self.run(consume jobs, of: rules, scanners: scanners, shared: shared, on: draft, deadline: deadline)
        reading.wait()
        let directives = readDirectives.value
        // A comment naming only rules that did not run (off, or not for this profile) is not judged.
        // Which rules ran matters only to a draft with suppression comments; most have none.
        let judged = !directiveRules.isEmpty && !(directives?.items.isEmpty ?? true)
        return Gathered(source: draft.source, profile: draft.profile, audience: draft.audience, found: found,
                        directives: directives, directiveRules: directiveRules,
                        ran: judged ? ranRules(draft, config: config) : [])
    }

    /// Suppresses, locates, deduplicates and orders what the rules found.
    public func settle(_ gathered: Gathered, config: Configuration, budget: Double = 0) -> FileResult {
        guard let found = gathered.found, let directives = gathered.directives else {
            return FileResult(path: gathered.source.path,
                              error: "linting took longer than \(budget) s and was stopped (please report this draft)")
        }
        // Into one array of its exact size, in the rules' order.
        var kept = [Diagnostic]()
        kept.reserveCapacity(found.reduce(0) { $0 + $1.count })
        for ds in found { kept.append(contentsOf: ds) }
        let src = gathered.source
        // One array from here to the result, located, filtered, deduplicated and sorted in place: a big
        // draft's tens of thousands of findings were copied five times, the largest part of its peak heap.
        Self.locate(&kept, in: src)
        var used = Set<Int>()
        kept.keepInOrder { d in
            if !config.vocabulary.accept.isEmpty, config.vocabulary.accepts(rule: d.rule, text: src.text(d.range)) { return false }
            if let i = directives.suppressor(rule: d.rule, line: d.start.line) {
                used.insert(i)
                return false
            }
            return true
        }
        if !gathered.directiveRules.isEmpty {
            let ran = gathered.ran
            let unused = directives.items.indices.filter { i in
                let d = directives.items[i]
                return d.kind != .enable && !used.contains(i) && (d.rules.isEmpty || d.rules.contains(where: ran.contains))
            }
            let report = DirectiveReport(named: directives.namedRules, unused: unused.map { directives.items[$0].range },
                                         known: ids)
            for (rule, var ctx) in gathered.directiveRules {
                rule.checkDirectives(report, &ctx)
                var own = ctx.finished
                Self.locate(&own, in: src)
                for d in own where !directives.suppresses(rule: d.rule, line: d.start.line) { kept.append(d) }
            }
        }
        // "leverage" the team rejects is its finding alone: the jargon or hype finding on the same words
        // would say the same twice, without the team's replacement.
        if !config.vocabulary.reject.isEmpty {
            let teams = Set(kept.filter { $0.rule == Vocabulary.ruleID }.map(\.range))
            if !teams.isEmpty { kept.removeAll { $0.rule != Vocabulary.ruleID && teams.contains($0.range) } }
        }
        Self.sortUnique(&kept)
        return FileResult(path: src.path, source: src, profile: gathered.profile, audience: gathered.audience,
                          diagnostics: kept)
    }

    /// The findings by position, then rule, each once: two are the same when rule, span and message agree,
    /// and the first found stands. Their order is sorted as indices (a finding is a large value, and a sort
    /// moved each many times), then the findings are moved into it in place; the same ones then sit side
    /// by side, since the same span starts and ends at the same place, so no set of them is kept.
    static func sortUnique(_ found: inout [Diagnostic]) {
        var order = Array(found.indices)
        found.withUnsafeBufferPointer { d in
            order.sort { i, j in
                if d[i].start != d[j].start { return d[i].start < d[j].start }
                if d[i].end != d[j].end { return d[i].end < d[j].end }
                if d[i].rule != d[j].rule { return d[i].rule < d[j].rule }
                return i < j
            }
        }
        // Moved into their order along each cycle of the permutation by the buffer's swap, which moves the
        // bytes: an array's copied each finding out and back, a retain and a release of each of its strings.
        var kept = 0
        found.withUnsafeMutableBufferPointer { d in
            var placed = [Bool](repeating: false, count: d.count)
            for start in d.indices where !placed[start] {
                var p = start
                while true {
                    placed[p] = true
                    let q = order[p]
                    if q == start { break }
                    d.swapAt(p, q)
                    p = q
                }
            }
            // Each kept at the end of those kept so far unless one with the same start, end and rule there
            // (most recent first) has the same span and message.
            for i in d.indices {
                var k = kept - 1
                var same = false
                while k >= 0, d[k].start == d[i].start, d[k].end == d[i].end, d[k].rule == d[i].rule {
                    if d[k].range == d[i].range, d[k].message == d[i].message { same = true; break }
                    k -= 1
                }
                if same { continue }
                if i != kept { d.swapAt(kept, i) }
                kept += 1
            }
        }
        found.removeLast(found.count - kept)
    }

    /// Findings with their contract positions filled in; a big draft's tens of thousands of findings
    /// are located on all cores (positions are pure lookups in the source).
    static func locate(_ found: inout [Diagnostic], in src: SourceFile) {
        let locate = { (d: inout Diagnostic) in
            (d.start, d.end) = src.positions(of: d.range)
            if let f = d.fix { d.fixPositions = src.positions(of: f.range) }
            for k in d.related.indices {
                (d.related[k].start, d.related[k].end) = src.positions(of: d.related[k].range)
            }
        }
        if found.count >= Parallel.findings { Parallel.update(&found, locate) } else { for i in found.indices { locate(&found[i]) } }
    }

    /// A rule to run on a draft (by its place in the rule list) and the context it reports into.
    struct Job {
        let rule: Int
        var context: RuleContext
    }

    /// What one core runs at a time: one job, or every unit scanner of one kind in one walk (by place in
    /// the job list). A job's context is written where it lies: a context (the rule's options, its
    /// findings) copied in and out of each piece was a few hundred reference counts a draft.
    enum Piece {
        case alone(Int)
        case together([Int])
    }

    /// Runs the jobs and returns their findings in the jobs' order (whatever order they finish in), or nil
    /// when the deadline passed; the deadline is checked before each piece of work starts.
    /// `scanners[i]` is `rules[i].unitScanner`; `shared` is `Linter.shared` of them (or of more).
    static func run(_ jobs: consuming [Job], of rules: [any Rule], scanners: [(any UnitScanner)?],
                    shared: [ObjectIdentifier: any Sendable], on draft: Draft, deadline: DispatchTime?) -> [[Diagnostic]]? {
        // Unit scanners of one kind share one walk over the units (`UnitScanner.checkTogether`) and go
        // first, in the order of their first rule; the others run alone.
        var groups = [ObjectIdentifier: Int]()
        var members = [[Int]]()
        var alone = [Piece]()
        for p in jobs.indices {
            guard let s = scanners[jobs[p].rule] else { alone.append(.alone(p)); continue }
            let kind = ObjectIdentifier(type(of: s))
            if let g = groups[kind] { members[g].append(p) } else { groups[kind] = members.count; members.append([p]) }
        }
        let pieces = members.map { Piece.together($0) } + alone
        let late = jobs.withUnsafeMutableBufferPointer { jobs -> Bool in
            // Each job is written by the one worker that took its piece.
            func perform(_ piece: Piece) -> Bool {
                if let d = deadline, DispatchTime.now() > d { return false }
                switch piece {
                case .alone(let p):
                    rules[jobs[p].rule].check(draft, &jobs[p].context)
                case .together(let ps):
                    let group = ps.compactMap { scanners[jobs[$0].rule] }
                    var contexts = ps.map { jobs[$0].context }
                    group[0].checkTogether(group, shared: shared[ObjectIdentifier(type(of: group[0]))], draft, &contexts)
                    for (j, p) in ps.enumerated() { swap(&jobs[p].context, &contexts[j]) }
                }
                return true
            }
            if draft.source.bytes.count < Parallel.draftBytes || pieces.count < 2 {
                for piece in pieces { guard perform(piece) else { return true } }
                return false
            }
            // Workers take the next piece as they free up, so one slow rule does not leave a core idle.
            let lock = NSLock()
            var next = 0
            var late = false
            DispatchQueue.concurrentPerform(iterations: Parallel.width) { _ in
                while true {
                    lock.lock()
                    let k = next
                    next += 1
                    lock.unlock()
                    guard k < pieces.count else { return }
                    if !perform(pieces[k]) {
                        lock.lock()
                        late = true
                        lock.unlock()
                    }
                }
            }
            return late
        }
        if late { return nil }
        return jobs.indices.map { jobs[$0].context.finished }
    }
}
