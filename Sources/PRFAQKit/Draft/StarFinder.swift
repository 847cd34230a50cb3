import Markdown

/// Finds STAR stories: the Situation, Task, Action, Result and Learning of each story in a draft, by the
/// headings and lead-ins candidates write.
struct StarFinder {
    let units: [ProseUnit]
    let sections: [Section]
    let document: Document

    func find(_ a: inout Anatomy) {
        var parts = [Anatomy.StarPart: Anatomy.Part]()
        for s in sections {
            guard let heading = s.heading else { continue }
            if let part = PartNames.match(s.key, in: PartNames.starIndex), parts[part] == nil, s.key.count > 1 {
                parts[part] = .init(marker: heading, units: heading..<s.allUnits.upperBound, labelled: true)
            }
        }
        // Lead-ins: "**Situation:** …", "Result: …".
        var leadIns = [(Anatomy.StarPart, Int)]()
        for (i, u) in units.enumerated() where !u.isHeading && u.tokens.count > 2 {
            let t0 = u.tokens[0], t1 = u.tokens[1]
            guard t1.text == ":" || (t1.text == "–" || t1.text == "—"), let part = PartNames.match(t0.key, in: PartNames.starIndex), t0.key.count > 1 else { continue }
            leadIns.append((part, i))
        }
        for (n, (part, i)) in leadIns.enumerated() where parts[part] == nil {
            let end = n + 1 < leadIns.count ? leadIns[n + 1].1 : nextHeading(after: i)
            parts[part] = .init(marker: i, units: i..<end, labelled: true)
        }
        if !parts.isEmpty {
            a.stories = [Anatomy.Story(title: nil, heading: nil, units: 0..<units.count, parts: parts)]
        }
    }

    private func nextHeading(after i: Int) -> Int {
        var j = i + 1
        while j < units.count && !units[j].isHeading { j += 1 }
        return j
    }
}
