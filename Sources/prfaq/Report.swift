import ArgumentParser
import Foundation
import Session

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
        // The clock starts once the draft is read: a slow pipe is not a slow draft.
        let analysis = run.analyze(path == "-" ? .stdin : .file(path)) {
            Watchdog.arm(run, path: path)
        }
        let result = analysis.result
        for n in result.notes { FileHandle.standardError.write(Data("prfaq: warning: \(result.path): \(n)\n".utf8)) }
        if let e = result.error {
            throw CommandFailure(e.hasPrefix(result.path + ":") ? e : "\(result.path): \(e)")
        }
        guard let html = analysis.reportPage(generator: "prfaq \(Version.string)") else {
            throw CommandFailure("\(result.path): cannot read")
        }
        if let out = output, out != "-" {
            do { try AtomicWriter.write(Array(html.utf8), to: out) } catch {
                throw CommandFailure("\(out): cannot write the report: \(error)")
            }
        } else {
            StandardOutput.write(html)
        }
        throw ExitCode(LintJob.exitCode([result], maxWarnings: nil))
    }
}
