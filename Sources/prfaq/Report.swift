import ArgumentParser
import Foundation
import Markdown
import PRFAQKit

/// `prfaq report DRAFT -o report.html`: the draft as a reviewer would mark it up, in one HTML file.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render a draft as one HTML page with every finding marked in place and a summary panel.",
        discussion: "Exit status as for lint: 0 no errors, 1 lint errors, 2 usage, configuration or input problems.")

    @Argument(help: "The draft ('-' reads standard input).")
    var path: String

    @Option(name: .shortAndLong, help: "Write the HTML to this file (default: standard output).")
    var output: String?

    @OptionGroup var lintOptions: DraftOptions

    func run() throws {
        let run = LintRun(linter: Catalogue.linter, options: try lintOptions.runOptions())
        let entry: FileWalker.Entry = path == "-" ? .stdin : .file(path)
        // The clock starts once the draft is read: a slow pipe is not a slow draft.
        let result = run.lintEntry(entry) {
            Watchdog.arm(run, path: path)
        }
        for n in result.notes { FileHandle.standardError.write(Data("prfaq: warning: \(result.path): \(n)\n".utf8)) }
        if let e = result.error {
            throw CommandFailure(e.hasPrefix(result.path + ":") ? e : "\(result.path): \(e)")
        }
        guard let source = result.source, let used = result.profile else { throw CommandFailure("\(result.path): cannot read") }
        let draft = Draft(document: Document(source: source), profile: used, audience: result.audience)
        let html = ReportHTML.page(result: result, draft: draft, ranRules: ranRules(run, draft: draft),
                                   generator: "prfaq \(Version.string)")
        if let out = output, out != "-" {
            do { try AtomicWriter.write(Array(html.utf8), to: out) } catch {
                throw CommandFailure("\(out): cannot write the report: \(error)")
            }
        } else {
            StandardOutput.write(html)
        }
        throw ExitCode(Lint.exitCode([result], maxWarnings: nil))
    }

    /// The rules that ran for the draft (configuration and front matter applied), so the report can say
    /// "not checked" rather than "covered" when a rule is off. Nil when it cannot tell.
    func ranRules(_ run: LintRun, draft: Draft) -> Set<String>? {
        var dir = "."
        if path != "-", let slash = path.lastIndex(of: "/") { dir = slash == path.startIndex ? "/" : String(path[..<slash]) }
        guard var config = try? run.configuration(forDirectory: dir), let linter = try? run.packs.linter(for: config) else { return nil }
        if let fm = draft.document.frontMatter, let own = try? linter.frontMatterConfig(fm, file: draft.source.path) {
            config.merge(own)
        }
        return Set(linter.rules.map(\.description)
            .filter { linter.isEnabled($0, config) && $0.applies(to: draft) }
            .map(\.id))
    }
}
