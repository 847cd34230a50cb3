import DraftAnatomy

/// What the heading rules share: the document's headings, including the empty ones that have no prose unit.
enum HeadingBlocks {
    /// Headings that shape the document's outline, in order. A heading quoted inside a block quote or
    /// a list item belongs to the quoted text, not to this document's hierarchy.
    static func outline(_ draft: Draft) -> [(index: Int, level: Int)] {
        let doc = draft.document
        var out = [(index: Int, level: Int)]()
        for (i, b) in doc.blocks.enumerated() {
            guard let level = b.headingLevel else { continue }
            let nested = doc.isInside(i) { kind in
                if case .list = kind { return true }
                return kind == .blockQuote || kind == .item
            }
            if !nested { out.append((i, level)) }
        }
        return out
    }

    /// A heading block's source range without trailing spaces or line breaks. An ATX heading is its
    /// whole line, closing `#`s included (cmark ends an empty `###   ###` after its opening marks);
    /// a setext heading keeps its underline.
    static func range(of block: Int, in draft: Draft) -> Range<Int> {
        let r = draft.document.blocks[block].range
        let src = draft.source
        let bytes = src.bytes
        var end = min(r.upperBound, bytes.count)
        if r.lowerBound < bytes.count, bytes[r.lowerBound] == 0x23 {
            end = max(end, src.lineContentEnd(src.line(ofByte: r.lowerBound)))
        }
        while end > r.lowerBound, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[end - 1]) { end -= 1 }
        return r.lowerBound..<max(r.lowerBound, end)
    }
}
