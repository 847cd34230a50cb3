import ArgumentParser
import Foundation
import Formats
import Session

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The draft's figures: words, sentences, pages, reading grade, data claims, sections, and why it was read as its profile.")

    @Argument(help: "The draft ('-' reads standard input).") var path: String
    @Option(help: "text or json.") var format: Rules.Format = .text
    @OptionGroup var lintOptions: DraftOptions
    @Option(help: ArgumentHelp("Also show each dimension's findings at this git commit and now.", valueName: "ref"))
    var since: String?

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
        let change = try since.map { try self.change(since: $0, run: run, now: result) }
        switch format {
        case .json:
            var json = stats.json
            if let c = change { json["change"] = c.json }
            print(JSONFormatter.serialize(json))
        case .text:
            print(stats.text(path: result.path), terminator: "")
            if let c = change {
                print("  since \(c.label)\(c.rows.isEmpty ? ": no findings then or now" : "")")
                for l in c.lines { print("    \(l)") }
            }
        }
    }

    /// The draft's findings per dimension at `ref` (the file as committed there) and now.
    func change(since ref: String, run: LintRun, now: FileResult) throws -> DimensionChange {
        guard path != "-" else { throw CommandFailure("--since needs a file in a git repository, not standard input") }
        do { return try run.dimensionChange(since: ref, path: path, now: now) } catch { throw CommandFailure("--since \(ref): \(error)") }
    }
}
