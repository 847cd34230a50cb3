// libFuzzer entry point over prfaq's input paths. The first byte picks the path (see `Mode`): a draft
// through the whole lint path (decode → parse → draft/anatomy → every rule → every output format, the
// HTML report, stats, fixes); a `.prfaq.yml`; YAML front matter; a rule pack; or a byte stream to the
// language server. Any crash, AddressSanitizer report, timeout or broken invariant (fatalError below) is
// a bug. Built with -sanitize=fuzzer,address -parse-as-library (see `make fuzz`).
import Foundation
import DraftAnatomy
import Formats
import HTMLReport
import LintCore
import Markdown
import PRFAQRules
import Session
import Settings

private let linter = Linter(rules: BuiltinRules.all)
private let limits = ReportLimits(linter: linter, config: Configuration())

// SwiftPM links an executable with `--defsym main=prfaq_fuzz_main`, which hides libFuzzer's own `main`;
// this entry point hands the command line to libFuzzer's driver instead.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("prfaq_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzz(data, size) }
}

/// What the input is, from its first byte; any other first byte makes the whole input a draft, so the
/// Markdown corpus seeds (which start with text) stay drafts.
enum Mode: UInt8 {
    case config = 1, frontMatter = 2, pack = 3, lsp = 4
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch bytes.first.flatMap(Mode.init) {
    case .config?: fuzzConfig(Array(bytes.dropFirst()))
    case .frontMatter?: fuzzDraft(Array("---\n".utf8) + bytes.dropFirst() + Array("\n---\n# Title\n\nIt is very fast.\n".utf8))
    case .pack?: fuzzPack(Array(bytes.dropFirst()))
    case .lsp?: fuzzLSP(Array(bytes.dropFirst()))
    case nil: fuzzDraft(bytes)
    }
    return 0
}

/// A `.prfaq.yml`: parsed (an error is fine, a crash is not), then used to lint a draft.
private func fuzzConfig(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let (config, _) = try? ConfigParser(rules: linter.descriptions).parse(text, file: ".prfaq.yml") else { return }
    _ = linter.lint(SourceFile(path: "fuzz.md", text: "# Title\n\nIt is very fast, arguably.\n"), config: config)
}

/// A rule pack: parsed; when it is valid, its rule runs over a draft that holds its phrases' words.
private func fuzzPack(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let rule = try? PackParser().parse(text, file: "pack.yml") else { return }
    let words = rule.matcher.entries.prefix(50).map { $0.words.joined(separator: " ") }.joined(separator: ", ")
    let draft = "# Title\n\n## Risks\n\nWe said \(words) and \(text.prefix(2000)).\n"
    let result = Linter(rules: BuiltinRules.all + [rule]).lint(SourceFile(path: "fuzz.md", text: draft))
    check(result, SourceFile(path: "fuzz.md", text: draft))
}

/// Bytes to the language server as if from an editor: framing, JSON, requests in any order. It must
/// read them all and return, whatever they hold.
private func fuzzLSP(_ bytes: [UInt8]) {
    let path = NSTemporaryDirectory() + "prfaq-fuzz-lsp-\(getpid())"
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)),
          let input = FileHandle(forReadingAtPath: path), let output = FileHandle(forWritingAtPath: "/dev/null") else { return }
    defer { try? input.close(); unlink(path) }
    let server = LanguageServer(channel: JSONRPCChannel(input: input, output: output), linter: linter)
    server.debounce = .milliseconds(0)
    _ = server.serve()
}

private func fuzzDraft(_ bytes: [UInt8]) {
    let size = bytes.count
    let path = "fuzz.md"
    let source: SourceFile
    do {
        source = try SourceFile.decode(path: path, data: bytes)
    } catch {
        // Not a text file: the error result must still render in every format.
        render([FileResult(path: path, error: "\(error)")])
        return
    }
    checkSource(source)

    // Detected profile, then one forced profile (picked from the size) so every profile's rules run.
    let forced = Profile.allCases[size % Profile.allCases.count]
    for profile in [nil, forced] {
        let result = linter.lint(source, profile: profile)
        check(result, source)
        render([result])
        if result.error == nil, let used = result.profile {
            // `prfaq report`: the draft as HTML with every finding marked in place.
            let html = ReportHTML.page(result: result, draft: Draft(document: Document(source: source), profile: used), limits: limits)
            guard !html.contains("<script") else { fail("the HTML report holds a script element") }
            let plan = FixPlan(result.diagnostics)
            let fixed = plan.apply(to: source.bytes)
            if !plan.isEmpty {
                // The fixed text must lint again without trouble.
                let again = linter.lint(source.replacing(bytes: fixed), profile: profile)
                check(again, source.replacing(bytes: fixed))
            }
        }
    }

    let draft = Draft(document: Document(source: source))
    checkDraft(draft)
    _ = DraftStats(draft)
}

private func render(_ results: [FileResult]) {
    _ = TextFormatter(color: false).format(results)
    _ = TextFormatter(color: true).format(results)
    checkJSON(JSONFormatter().format(results), "json")
    // SARIF carries each rule's full description; the catalogue is constant, so only the rules that
    // fired are passed (rendering all of them on every input would dominate the run time).
    let fired = Set(results.flatMap { $0.diagnostics.map(\.rule) })
    checkJSON(SARIFFormatter(toolVersion: "fuzz", rules: linter.descriptions.filter { fired.contains($0.id) }).format(results), "sarif")
    _ = GitHubFormatter().format(results)
    _ = MarkdownFormatter().format(results)
    _ = MarkdownFormatter(maxRowsPerFile: 1).format(results)
    checkXML(CheckstyleFormatter().format(results), "checkstyle")
    checkXML(JUnitFormatter().format(results), "junit")
}

/// The JSON formats must parse, whatever bytes the draft held.
private func checkJSON(_ text: String, _ format: String) {
    guard (try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil else { fail("\(format) output is not JSON:\n\(text)") }
}

/// The XML formats must carry only characters XML 1.0 allows.
private func checkXML(_ text: String, _ format: String) {
    for u in text.unicodeScalars where (u.value < 0x20 && u != "\t" && u != "\n" && u != "\r") || u.value == 0xFFFE || u.value == 0xFFFF {
        fail("\(format) output holds U+\(String(u.value, radix: 16)), not allowed in XML")
    }
}

private func fail(_ what: String) -> Never {
    fatalError("prfaq-fuzz invariant: \(what)")
}

private func checkSource(_ s: SourceFile) {
    guard s.lineStarts.first == 0 else { fail("first line start is not 0") }
    for i in 1..<max(1, s.lineStarts.count) where !(s.lineStarts[i - 1] < s.lineStarts[i] && s.lineStarts[i] <= s.bytes.count) {
        fail("line starts not increasing at \(i)")
    }
    let n = s.bytes.count
    for block in Document(source: s).blocks {
        guard block.range.lowerBound >= 0, block.range.upperBound <= n else { fail("block \(block.kind) range \(block.range) outside 0..<\(n)") }
        if let p = block.prose { checkProse(p, n) }
    }
}

private func checkProse(_ p: Prose, _ n: Int) {
    guard p.starts.count == p.count, p.ends.count == p.count else { fail("prose arrays differ in length") }
    for i in 0..<p.count where !(0 <= p.starts[i] && p.starts[i] <= p.ends[i] && p.ends[i] <= n) {
        fail("prose scalar \(i) maps to \(p.starts[i])..\(p.ends[i]) outside 0..<\(n)")
    }
}

private func check(_ r: FileResult, _ s: SourceFile) {
    let n = s.bytes.count
    for d in r.diagnostics {
        guard d.range.lowerBound >= 0, d.range.upperBound <= n else { fail("\(d.rule) range \(d.range) outside 0..<\(n)") }
        guard d.start <= d.end else { fail("\(d.rule) start \(d.start) after end \(d.end)") }
        guard d.start.line >= 1, d.start.column >= 1, d.end.line <= s.lineCount else { fail("\(d.rule) position \(d.start)-\(d.end) off the file") }
        if let f = d.fix, !(f.range.lowerBound >= 0 && f.range.upperBound <= n) { fail("\(d.rule) fix range \(f.range) outside 0..<\(n)") }
    }
}

private func checkDraft(_ draft: Draft) {
    let n = draft.source.bytes.count
    for u in draft.units {
        checkProse(u.prose, n)
        for t in u.tokens {
            guard t.range.lowerBound >= 0, t.range.upperBound <= u.prose.count else { fail("token \(t.range) outside prose of \(u.prose.count)") }
            guard t.kind == .word else { continue }
            let r = u.prose.sourceRange(t.range)
            guard r.lowerBound >= 0, r.upperBound <= n else { fail("word \"\(u.text(of: t))\" at \(r) outside 0..<\(n)") }
        }
        for sentence in u.sentences {
            guard sentence.tokens.upperBound <= u.tokens.count, sentence.range.upperBound <= u.prose.count else { fail("sentence out of its unit") }
        }
    }
}
