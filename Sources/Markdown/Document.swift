import CCmark

/// A parsed Markdown file: its source, its front matter and its blocks, with cmark's nodes already freed.
public struct Document: Sendable {
    public let source: SourceFile
    public let frontMatter: FrontMatter?
    /// Every block in document order (pre-order); `blocks[0]` is the document.
    public let blocks: [Block]

    public init(source: SourceFile) {
        self.source = source
        let fm = FrontMatter.find(in: source)
        self.frontMatter = fm
        self.blocks = TreeBuilder(source: source, frontMatter: fm).build()
    }

    /// Parses text directly (tests, standard input already decoded).
    public init(path: String = "-", text: String) {
        self.init(source: SourceFile(path: path, text: text))
    }

    /// The 1-based line a block starts on.
    public func line(ofBlock index: Int) -> Int { source.line(ofByte: blocks[index].range.lowerBound) }

    /// True when a block sits inside a container of the given kind (list item, block quote…).
    public func isInside(_ index: Int, where predicate: (Block.Kind) -> Bool) -> Bool {
        var p = blocks[index].parent
        while let i = p {
            if predicate(blocks[i].kind) { return true }
            p = blocks[i].parent
        }
        return false
    }
}

/// Walks cmark's tree once, iteratively (deep nesting cannot overflow the stack), copying blocks out.
private struct TreeBuilder {
    let source: SourceFile
    let frontMatter: FrontMatter?

    /// How many block nodes the tree holds: a walk over blocks only (a leaf block's children are inlines).
    func census(_ root: OpaquePointer) -> Int {
        func isBlock(_ n: OpaquePointer) -> Bool {
            let t = cmark_node_get_type(n).rawValue
            return t >= CMARK_NODE_FIRST_BLOCK.rawValue && t <= CMARK_NODE_LAST_BLOCK.rawValue
        }
        var count = 0
        var node: OpaquePointer? = root
        while let current = node {
            count += 1
            if let child = cmark_node_first_child(current), isBlock(child) { node = child; continue }
            node = nil
            var up: OpaquePointer? = current
            while let u = up, u != root {
                if let next = cmark_node_next(u) { node = next; break }
                up = cmark_node_parent(u)
            }
        }
        return count
    }

    func build() -> [Block] {
        var input = source.bytes
        if let fm = frontMatter {
            // Blank the front matter but keep its line breaks, so line numbers stay the file's.
            for i in fm.range where input[i] != 0x0A && input[i] != 0x0D { input[i] = 0x20 }
        }
        guard let root = input.withUnsafeBufferPointer({ buf in
            buf.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                    cmark_parse_document($0, buf.count, CMARK_OPT_SOURCEPOS)
                }
            } ?? cmark_parse_document("", 0, CMARK_OPT_SOURCEPOS)
        }) else { return [Block(kind: .document, range: 0..<source.bytes.count, parent: nil, depth: 0, prose: nil, literal: nil)] }
        defer { cmark_node_free(root) }

        var blocks = [Block]()
        // Allocated once: grown by doubling, the array held its old and new copies at once, the largest
        // single cost of a draft of many short blocks.
        let blockCount = census(root)
        blocks.reserveCapacity(blockCount)
        // Every block's prose goes into one storage, which reads plain ASCII back from the source.
        let storage = ProseStorage(source: source.bytes)
        var stack = [Int]()            // open block indices
        var aligner: ProseAligner? = nil
        var skipping: OpaquePointer? = nil  // inline subtree already covered (images, autolinks)
        guard let iter = cmark_iter_new(root) else { return blocks }
        defer { cmark_iter_free(iter) }

        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iter) else { continue }
            let type = cmark_node_get_type(node)
            if let s = skipping {
                if event == CMARK_EVENT_EXIT && node == s { skipping = nil }
                continue
            }
            let isBlock = type.rawValue >= CMARK_NODE_FIRST_BLOCK.rawValue && type.rawValue <= CMARK_NODE_LAST_BLOCK.rawValue
            if isBlock {
                if event == CMARK_EVENT_ENTER {
                    let range = blockRange(node)
                    let kind = blockKind(node, type)
                    let literal: String? = (type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK)
                        ? cmark_node_get_literal(node).map { String(cString: $0) } : nil
                    blocks.append(Block(kind: kind, range: range, parent: stack.last, depth: stack.count, prose: nil, literal: literal))
                    let leaf = type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING
                    if leaf { aligner = ProseAligner(start: range.lowerBound, limit: range.upperBound, storage: storage) }
                    if cmark_node_first_child(node) != nil || leaf {
                        stack.append(blocks.count - 1)
                    }
                } else if let open = stack.popLast() {
                    if var a = aligner {
                        let b = blocks[open]
                        let kind: Block.Kind = (b.kind == .paragraph && isPipeTable(b.range)) ? .table : b.kind
                        // A table is not prose: its scalars, the last in the storage, are given back.
                        if kind == .table { a.prose.truncate(to: 0) }
                        blocks[open] = Block(kind: kind, range: b.range, parent: b.parent, depth: b.depth,
                                             prose: kind == .table ? nil : a.prose.finish(), literal: nil)
                        aligner = nil
                    }
                }
                continue
            }
            guard event == CMARK_EVENT_ENTER || type == CMARK_NODE_LINK else { continue }
            guard aligner != nil else { continue }
            // Mutate the aligner in place (optional chaining): copying it out and back would share its
            // arrays, and every append would then copy them — quadratic in the paragraph's length.
            switch type {
            case CMARK_NODE_TEXT:
                aligner?.appendText(literalBytes(node), hint: hint(node))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                aligner?.appendBreak()
            case CMARK_NODE_CODE:
                aligner?.appendCodeSpan(fallback: inlineRange(node))
            case CMARK_NODE_HTML_INLINE:
                aligner?.appendInlineHTML(literalBytes(node))
            case CMARK_NODE_IMAGE:
                aligner?.appendImage(fallback: inlineRange(node))
                skipping = node
            case CMARK_NODE_LINK:
                if event == CMARK_EVENT_EXIT {
                    aligner?.skipLinkTail()
                } else if isAutolink(node), aligner?.appendAutolink(text: literalBytes(cmark_node_first_child(node))) == true {
                    skipping = node
                }
            default:
                break
            }
        }
        return blocks
    }

    private func blockKind(_ node: OpaquePointer, _ type: cmark_node_type) -> Block.Kind {
        switch type {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST)
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        default: return .paragraph
        }
    }

    /// cmark's inclusive byte-column range as a half-open byte range; odd end columns (0) are clamped.
    private func blockRange(_ node: OpaquePointer) -> Range<Int> {
        let sl = Int(cmark_node_get_start_line(node)), sc = Int(cmark_node_get_start_column(node))
        let el = Int(cmark_node_get_end_line(node)), ec = Int(cmark_node_get_end_column(node))
        if sl == 0 { return 0..<source.bytes.count }
        let start = source.byteOffset(line: sl, byteColumn: sc)
        var end: Int
        if ec <= 0 {
            end = el >= 1 && el <= source.lineCount ? source.lineStarts[el - 1] : source.bytes.count
            if end > start, el >= 2 { end = source.lineContentEnd(el - 1) }
        } else {
            end = min(source.byteOffset(line: el, byteColumn: ec) + 1, source.lineContentEnd(min(max(el, 1), source.lineCount)))
        }
        return start..<max(start, end)
    }

    private func hint(_ node: OpaquePointer) -> Int? {
        let l = Int(cmark_node_get_start_line(node)), c = Int(cmark_node_get_start_column(node))
        return l > 0 && c > 0 ? source.byteOffset(line: l, byteColumn: c) : nil
    }

    private func inlineRange(_ node: OpaquePointer) -> Range<Int>? {
        guard let start = hint(node) else { return nil }
        let el = Int(cmark_node_get_end_line(node)), ec = Int(cmark_node_get_end_column(node))
        let end = el > 0 && ec > 0 ? source.byteOffset(line: el, byteColumn: ec) + 1 : start
        return start..<max(start, end)
    }

    private func literalBytes(_ node: OpaquePointer?) -> [UInt8] {
        guard let node, let c = cmark_node_get_literal(node) else { return [] }
        return Array(UnsafeBufferPointer(start: UnsafeRawPointer(c).assumingMemoryBound(to: UInt8.self), count: strlen(c)))
    }

    private func isAutolink(_ node: OpaquePointer) -> Bool {
        guard let child = cmark_node_first_child(node), cmark_node_next(child) == nil,
              cmark_node_get_type(child) == CMARK_NODE_TEXT,
              let urlC = cmark_node_get_url(node) else { return false }
        let text = String(decoding: literalBytes(child), as: UTF8.self)
        let url = String(cString: urlC)
        return url == text || url == "mailto:" + text
    }

    /// A GFM pipe table: the block's second line is a delimiter row (`|---|:--:|`) and one of the two has a
    /// pipe. Checked on bytes: every paragraph asks.
    private func isPipeTable(_ range: Range<Int>) -> Bool {
        let first = source.line(ofByte: range.lowerBound)
        guard first + 1 <= source.lineCount else { return false }
        let b = source.bytes
        let header = source.lineStarts[first - 1]..<source.lineContentEnd(first)
        let delim = source.lineStarts[first]..<source.lineContentEnd(first + 1)
        guard delim.upperBound <= range.upperBound + 1 else { return false }
        var sawDash = false, sawPipe = false
        for i in delim {
            switch b[i] {
            case 0x2D: sawDash = true
            case 0x7C: sawPipe = true
            case 0x3A, 0x20, 0x09: continue
            default: return false
            }
        }
        return sawDash && (sawPipe || header.contains { b[$0] == 0x7C })
    }
}
