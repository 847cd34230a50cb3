import Markdown
import Text

/// Finds STAR stories: one story, or a bank of several (one per Leadership Principle or question), each
/// with the Situation, Task, Action, Result and Learning its labels name — or, for a story told in order
/// without labels, the parts its paragraphs play.
struct StarFinder {
    let units: [ProseUnit]
    let sections: [Section]
    let document: Document

    /// A label's place: the unit and the scalar offset of its line in that unit.
    private struct Place: Comparable {
        let unit: Int
        let offset: Int
        static func < (a: Place, b: Place) -> Bool { (a.unit, a.offset) < (b.unit, b.offset) }
    }

    /// Labels that belong together: the same owning heading, no part named twice.
    private struct Group {
        let owner: Int?
        var labels: [StarLabel]
    }

    func find(_ a: inout Anatomy) {
        let labels = StarLabelReader(units: units, sections: sections, document: document).labels()
        var stories = labelledStories(labels)
        stories += UnlabelledStory(units: units).siblings(of: stories, labels: labels, sections: sections)
        stories += UnlabelledStory(units: units).principleSections(sections: sections, labels: labels, taken: stories)
        if stories.isEmpty && labels.isEmpty, let parts = UnlabelledStory(units: units).parts(in: 0..<units.count) {
            stories = [Anatomy.Story(title: nil, heading: nil, units: 0..<units.count, parts: parts)]
        }
        stories.sort { $0.units.lowerBound < $1.units.lowerBound }
        // A file that holds one story is that story: its findings belong to the file, at line 1.
        if stories.count == 1, let only = stories.first {
            stories = [Anatomy.Story(title: nil, heading: nil, units: 0..<units.count, parts: only.parts)]
        }
        // A bank's story with no heading or title line is known by its place.
        for (n, s) in stories.enumerated() where stories.count > 1 && s.title == nil {
            stories[n] = Anatomy.Story(title: "story \(n + 1)", heading: s.heading, units: s.units, parts: s.parts)
        }
        a.stories = stories
    }

    // MARK: labelled stories

    private func labelledStories(_ labels: [StarLabel]) -> [Anatomy.Story] {
        let groups = group(labels, owners: owners(of: labels))
        var candidates = [(story: Anatomy.Story, strong: Bool)]()
        for (n, g) in groups.enumerated() {
            let start = startPlace(groups, n)
            let end = endPlace(groups, n)
            // A label with nothing after it ("**R:**", "R: …") holds a place for a part; it is not one.
            let parts = self.parts(g, end: end).filter { !isEmpty($0.value) }
            let endUnit = end.offset > 0 ? end.unit + 1 : end.unit
            let units = start.unit..<max(start.unit + 1, min(endUnit, self.units.count))
            let (title, heading) = titleAndHeading(groups, n, start: start)
            let story = Anatomy.Story(title: title, heading: heading, units: units, parts: parts)
            let named = Set(g.labels.map(\.part))
            // A template whose labels all stand empty is no story yet.
            guard named.count >= 2, !parts.isEmpty, !isGuide(units) else { continue }
            let strong = named.count >= 3 && (named.contains(.action) || named.contains(.task))
            candidates.append((story, strong))
        }
        // Two labels make a story only beside a full one: a bank's weaker entry, not a narrative's "Results".
        guard candidates.contains(where: \.strong) else { return [] }
        return candidates.map(\.story)
    }

    /// For each label, the heading its story hangs under: the nearest enclosing heading that is not itself
    /// a label. Headings nested inside a labelled part belong to the part.
    private func owners(of labels: [StarLabel]) -> [Int?] {
        let labelHeadings = Set(labels.filter { $0.headingLevel != nil }.map(\.unit))
        var stack = [(unit: Int, level: Int)]()
        var openPart: Int? = nil
        var owners = [Int?]()
        var li = 0
        for i in units.indices {
            if case .heading(let level) = units[i].kind, !units[i].inQuote, !units[i].inList {
                if labelHeadings.contains(i) {
                    while let top = stack.last, top.level >= level { stack.removeLast() }
                    openPart = level
                } else if openPart == nil || level <= (openPart ?? 0) {
                    openPart = nil
                    while let top = stack.last, top.level >= level { stack.removeLast() }
                    stack.append((i, level))
                }
            }
            while li < labels.count && labels[li].unit == i {
                owners.append(stack.last?.unit)
                li += 1
            }
        }
        return owners
    }

    /// Whether a part says nothing past its label: no word, or only "…", ".", "TBD".
    private func isEmpty(_ part: Anatomy.Part) -> Bool {
        var words = 0
        for i in part.units where i < units.count && !units[i].isHeading {
            let u = units[i]
            let r = part.scalars(of: i, count: u.prose.count)
            // Lazily: the answer comes within a few tokens, and a copy of a long unit's tokens cost 20 bytes
            // of memory per byte of a draft that is one long paragraph.
            let tokens = u.tokens.lazy.filter { r.contains($0.range.lowerBound) }
            // The label itself ("S:", "**S (Situation):**", "S —") comes first.
            var from = 0
            if i == part.marker, let end = Array(tokens.prefix(5)).firstIndex(where: { $0.is(":") || $0.isDash }) { from = end + 1 }
            for t in tokens.dropFirst(from) where t.kind == .word || t.kind == .number {
                if ["tbd", "todo", "tba"].contains(t.key) { continue }
                words += 1
                if words > 1 { return false }
            }
        }
        return words == 0
    }

    private func group(_ labels: [StarLabel], owners: [Int?]) -> [Group] {
        var groups = [Group]()
        for (k, l) in labels.enumerated() {
            if var g = groups.last, g.owner == owners[k] {
                // The same part named twice in a row ("## Action" then "**Actions:**") continues it.
                if g.labels.last?.part == l.part { continue }
                if !g.labels.contains(where: { $0.part == l.part }) {
                    g.labels.append(l)
                    groups[groups.count - 1] = g
                    continue
                }
            }
            groups.append(Group(owner: owners[k], labels: [l]))
        }
        return groups
    }

    private func isFirstOfOwner(_ groups: [Group], _ n: Int) -> Bool { n == 0 || groups[n - 1].owner != groups[n].owner }

    /// Where a story starts: its heading, else a short title line just before its first label, else the label.
    private func startPlace(_ groups: [Group], _ n: Int) -> Place {
        let g = groups[n]
        if isFirstOfOwner(groups, n), let owner = g.owner { return Place(unit: owner, offset: 0) }
        guard let first = g.labels.first else { return Place(unit: 0, offset: 0) }
        if first.offset == 0, !isFirstOfOwner(groups, n) || g.owner == nil, let t = titleUnit(before: first.unit) {
            return Place(unit: t, offset: 0)
        }
        return Place(unit: first.unit, offset: first.offset)
    }

    /// Where a story stops: the next story's start under the same heading, else the end of its heading's section.
    private func endPlace(_ groups: [Group], _ n: Int) -> Place {
        let g = groups[n]
        var end = Place(unit: units.count, offset: 0)
        if let owner = g.owner { end = Place(unit: sections[units[owner].section].allUnits.upperBound, offset: 0) }
        if n + 1 < groups.count {
            let next = groups[n + 1]
            if next.owner == g.owner {
                end = min(end, startPlace(groups, n + 1))
            } else if let first = next.labels.first {
                end = min(end, Place(unit: next.owner ?? first.unit, offset: next.owner == nil ? first.offset : 0))
            }
        }
        // A rule (---) or a code block after the last part closes the story: what follows is notes, prompts
        // for the next answer, or the next story.
        if let last = g.labels.last?.unit {
            var u = last + 1
            while u < end.unit {
                let between = (units[u - 1].block + 1)..<units[u].block
                if between.contains(where: { [.thematicBreak, .codeBlock].contains(document.blocks[$0].kind) }) { return Place(unit: u, offset: 0) }
                u += 1
            }
        }
        return end
    }

    /// A short paragraph that is not a label, right before a story's first label: "**Story 2: Ownership**".
    private func titleUnit(before unit: Int) -> Int? {
        let t = unit - 1
        guard t >= 0, !units[t].isHeading, !units[t].inList, units[t].wordCount > 0, units[t].wordCount <= 12 else { return nil }
        guard StarLabelReader(units: units, sections: sections, document: document)
            .read(units[t], from: 0, to: units[t].tokens.count, wholeLine: false) == nil else { return nil }
        return t
    }

    private func titleAndHeading(_ groups: [Group], _ n: Int, start: Place) -> (String?, Int?) {
        if isFirstOfOwner(groups, n), let owner = groups[n].owner { return (sections[units[owner].section].title, owner) }
        if let first = groups[n].labels.first, start.unit != first.unit || start.offset != first.offset {
            var title = Draft.trimmed(units[start.unit].text)
            while let last = title.last, last == ":" || last == "." { title.removeLast() }
            return (title, start.unit)
        }
        return (nil, groups[n].labels.first?.unit)
    }

    /// Each label's part runs to the next label, its heading's section end (a heading label), the next
    /// heading (a lead-in), or the story's end.
    private func parts(_ g: Group, end: Place) -> [Anatomy.StarPart: Anatomy.Part] {
        var parts = [Anatomy.StarPart: Anatomy.Part]()
        for (k, l) in g.labels.enumerated() {
            var stop = end
            if k + 1 < g.labels.count { stop = min(stop, Place(unit: g.labels[k + 1].unit, offset: g.labels[k + 1].offset)) }
            if l.headingLevel != nil {
                stop = min(stop, Place(unit: sections[units[l.unit].section].allUnits.upperBound, offset: 0))
            } else if let h = (l.unit + 1..<units.count).first(where: { units[$0].isHeading }) {
                stop = min(stop, Place(unit: h, offset: 0))
            }
            let upper = stop.offset > 0 ? stop.unit + 1 : stop.unit
            parts[l.part] = Anatomy.Part(marker: l.unit, units: l.unit..<max(l.unit + 1, upper), labelled: true,
                                         head: l.offset, tail: stop.offset > 0 ? stop.offset : nil)
        }
        return parts
    }

    /// A method guide labels the parts too ("**Situation:** describe where you were") but tells nobody's
    /// story: it speaks to "you", never of "I", "my" or "we", and gives no figure.
    private func isGuide(_ r: Range<Int>) -> Bool {
        var addressed = false
        for i in r where i < units.count && !units[i].isHeading {
            for t in units[i].tokens {
                if t.kind == .number || (t.kind == .word && Self.firstPerson.contains(t)) { return false }
                if t.kind == .word && Self.secondPerson.contains(t) { addressed = true }
            }
        }
        return addressed
    }

    static let secondPerson: WordSet = ["you", "your", "you're", "you've", "yours"]
    static let firstPerson: WordSet = ["i", "my", "me", "we", "our", "i'm", "i've", "i'd"]
}
