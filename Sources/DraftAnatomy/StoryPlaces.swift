/// Where STAR stories and their parts sit in the source. A part may start on a later line of a
/// paragraph, so its unit's first line is not always its own.
extension Draft {
    /// Source byte where a part's label (or first paragraph) starts.
    public func startByte(of part: Anatomy.Part) -> Int {
        guard part.marker < units.count else { return source.bytes.count }
        let u = units[part.marker]
        if part.head > 0, part.head < u.prose.count { return u.prose.sourceRange(part.head..<(part.head + 1)).lowerBound }
        return document.blocks[u.block].range.lowerBound
    }

    /// The 1-based line a part starts on.
    public func line(of part: Anatomy.Part) -> Int { source.line(ofByte: startByte(of: part)) }

    /// The whole line a part starts on: the span of a finding about the part as a whole.
    public func lineRange(of part: Anatomy.Part) -> Range<Int> { lineRange(line(of: part)) }

    /// The span of a finding about a whole story: its heading in a bank, line 1 for a file that is one story.
    public func lineRange(of story: Anatomy.Story) -> Range<Int> {
        guard let h = story.heading, h < units.count else { return documentRange }
        return lineRange(ofUnit: h)
    }

    /// The units a part holds that a listener hears (not its headings), each with the scalars that belong to it.
    public func spokenScalars(of part: Anatomy.Part) -> [(unit: Int, scalars: Range<Int>)] {
        part.units.compactMap { i in
            guard i < units.count, !units[i].isHeading else { return nil }
            return (i, part.scalars(of: i, count: units[i].prose.count))
        }
    }
}
