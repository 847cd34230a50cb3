import LintCore

/// Writes cmark's HTML with the sentinels turned into marks, references, badges and margin notes. A mark
/// that crosses an element boundary (`*very* good`) is split into segments around each tag, so the
/// output nests properly; references and badges inside a draft's link wait until the link closes (links
/// do not nest).
struct MarkWriter {
    private let byNumber: [Int: ReportModel.Finding]
    private var out = ""
    /// The finding whose mark is open.
    private var open: Int?
    /// A `<mark>` element is open in the output.
    private var segmentOpen = false
    /// The open finding's id has not been written yet.
    private var idPending = false
    private var linkDepth = 0
    /// References and badges waiting for the draft's link to close.
    private var deferred = ""
    private var shown = Set<Int>()

    init(byNumber: [Int: ReportModel.Finding], capacity: Int) {
        self.byNumber = byNumber
        out.reserveCapacity(capacity)
    }

    /// The page's HTML and the findings that were shown in it.
    mutating func close() -> (String, Set<Int>) {
        finish()
        out += deferred
        deferred = ""
        return (out, shown)
    }

    /// A character of the draft's text: inside an open finding it opens the mark's next segment.
    mutating func text(_ c: Unicode.Scalar) {
        if open != nil && !segmentOpen { openSegment() }
        out.unicodeScalars.append(c)
    }

    /// The tag starting at `i`; returns the index after it. A block tag ends the open finding, an inline
    /// one only its segment.
    mutating func tag(in s: [Unicode.Scalar], at i: Int) -> Int {
        var j = i + 1
        while j < s.count && s[j] != ">" { j += 1 }
        let end = min(j, s.count - 1)
        // Sentinels cannot belong inside a tag (an attribute); drop any that did.
        var tag = String.UnicodeScalarView()
        for k in i...end where !ReportMarkup.isPrivateUse(s[k].value) { tag.append(s[k]) }
        let tagText = String(tag)
        let (name, closing) = ReportMarkup.tagName(tagText)
        let isBlock = !name.isEmpty && !ReportMarkup.inlineTags.contains(name)
        if open != nil {
            if isBlock { finish() } else { closeSegment() }
        }
        if isBlock && !deferred.isEmpty && linkDepth == 0 { flushDeferred() }
        out += tagText
        if name == "a" {
            if closing {
                linkDepth = max(0, linkDepth - 1)
                if linkDepth == 0 && !deferred.isEmpty { flushDeferred() }
            } else if !tagText.hasSuffix("/>") {
                linkDepth += 1
            }
        }
        if isBlock && linkDepth > 0 {
            linkDepth = 0
            flushDeferred()
        }
        return end + 1
    }

    /// A start or badge sentinel followed by its id character.
    mutating func sentinel(_ kind: UInt32, id: UInt32) {
        guard id >= ReportMarkup.idBase, id <= 0xF8FF else { return }
        let n = Int(id - ReportMarkup.idBase)
        guard let f = byNumber[n] else { return }
        if kind == ReportMarkup.startMark {
            if open != nil { finish() }
            open = n
            idPending = true   // the mark opens at its first character (not before a tag)
            return
        }
        let reopen = open != nil && segmentOpen
        closeSegment()
        let d = f.diagnostic
        emitAfterLink("<sup class=\"badge f-\(d.severity.rawValue)\" id=\"f\(n)\" title=\"\(ReportHTML.escape(ReportMarkup.title(d)))\">"
                      + "<a href=\"#d\(n)\" aria-label=\"finding \(n)\">\(n)</a></sup>" + ReportMarkup.note(f))
        shown.insert(n)
        if reopen { openSegment() }
    }

    /// Ends the open finding: closes its mark and writes its reference and margin note.
    mutating func finish() {
        guard let n = open, let f = byNumber[n] else { open = nil; return }
        closeSegment()
        let idAttr = idPending ? " id=\"f\(n)\"" : ""
        idPending = false
        emitAfterLink("<sup class=\"ref\"\(idAttr)><a href=\"#d\(n)\" aria-label=\"finding \(n)\">\(n)</a></sup>" + ReportMarkup.note(f))
        shown.insert(n)
        open = nil
    }

    private mutating func flushDeferred() {
        out += deferred
        deferred = ""
    }

    private mutating func emitAfterLink(_ text: String) {
        if linkDepth > 0 { deferred += text } else { out += text }
    }

    private mutating func openSegment() {
        guard let n = open, !segmentOpen, let f = byNumber[n] else { return }
        let d = f.diagnostic
        out += "<mark class=\"f-\(d.severity.rawValue)\""
        if idPending { out += " id=\"f\(n)\""; idPending = false }
        out += " title=\"\(ReportHTML.escape(ReportMarkup.title(d)))\">"
        segmentOpen = true
    }

    private mutating func closeSegment() {
        if segmentOpen { out += "</mark>"; segmentOpen = false }
    }
}
