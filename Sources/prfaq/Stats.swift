import ArgumentParser
import Foundation
import Formats
import Session

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The draft's figures: words, sentences, pages, reading grade, data claims, sections, and why it was read as its profile.")

    @Argument(help: "The draft ('-' reads standard input).") var path: String
    @Option(help: "text or json.") var format: Rules.Format = .text
    @OptionGroup var lintOptions: DraftOptions

    /// The profile comes from the same place as `lint`'s (--profile, front matter, .prfaq.yml), so the
    /// two never disagree about a draft.
    func run() throws {
        let run = LintRun(linter: Catalogue.linter, options: try lintOptions.runOptions())
        // The clock starts once the draft is read: a slow pipe is not a slow draft.
        let analysis = run.analyze(path == "-" ? .stdin : .file(path)) {
            Watchdog.arm(run, path: path)
        }
        let result = analysis.result
        if let e = result.error {
            throw CommandFailure(e.hasPrefix(result.path + ":") ? e : "\(result.path): \(e)")
        }
        guard let stats = analysis.stats else { throw CommandFailure("\(result.path): cannot read") }
        switch format {
        case .json: print(JSONFormatter.serialize(stats.json))
        case .text: print(stats.text(path: result.path), terminator: "")
        }
    }
}
