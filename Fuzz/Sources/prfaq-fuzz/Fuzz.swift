// libFuzzer entry point over prfaq's whole lint path: decode → parse → draft/anatomy → every rule →
// every output format (and the HTML report) → stats → fixes. Any crash, AddressSanitizer report, timeout or broken invariant
// (fatalError below) is a bug. Built with -sanitize=fuzzer,address -parse-as-library (see `make fuzz`).
import Foundation
import Markdown
import PRFAQKit
import PRFAQRules

private let linter = Linter(rules: BuiltinRules.all)

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

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let path = "fuzz.md"
    let source: SourceFile
    do {
        source = try SourceFile.decode(path: path, data: bytes)
    } catch {
        // Not a text file: the error result must still render in every format.
        render([FileResult(path: path, error: "\(error)")])
        return 0
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
            let html = ReportHTML.page(result: result, draft: Draft(document: Document(source: source), profile: used))
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
    return 0
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
            guard r.lowerBound >= 0, r.upperBound <= n else { fail("word \"\(t.text)\" at \(r) outside 0..<\(n)") }
        }
        for sentence in u.sentences {
            guard sentence.tokens.upperBound <= u.tokens.count, sentence.range.upperBound <= u.prose.count else { fail("sentence out of its unit") }
        }
    }
}
