import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// cmark's own HTML renderer over a draft's bytes, for `prfaq report`.
///
/// Always cmark's default options, which since 0.29 are its safe mode: raw HTML (blocks, inline tags,
/// comments) becomes `<!-- raw HTML omitted -->` and `javascript:`, `vbscript:`, `file:` and most `data:`
/// URLs become empty. Never pass `CMARK_OPT_UNSAFE` here: the draft's own HTML must not run in a report.
/// Front matter is blanked first (as `Document` does), so it is neither rendered nor parsed as Markdown.
public enum HTMLRenderer {
    public static func render(_ utf8: [UInt8]) -> String {
        var input = utf8
        if let fm = frontMatterRange(utf8) {
            for i in fm where input[i] != 0x0A && input[i] != 0x0D { input[i] = 0x20 }
        }
        let options = CMARK_OPT_DEFAULT
        guard let root = input.withUnsafeBufferPointer({ buf -> OpaquePointer? in
            guard let base = buf.baseAddress, buf.count > 0 else { return cmark_parse_document("", 0, options) }
            return base.withMemoryRebound(to: CChar.self, capacity: buf.count) { cmark_parse_document($0, buf.count, options) }
        }) else { return "" }
        defer { cmark_node_free(root) }
        guard let html = cmark_render_html(root, options) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    /// Byte range of the YAML front matter (fences included) at the top of the bytes, if any.
    public static func frontMatterRange(_ utf8: [UInt8]) -> Range<Int>? {
        FrontMatter.find(in: SourceFile(path: "-", utf8: utf8, notes: [], encoding: .utf8))?.range
    }
}
