import ArgumentParser
import Foundation
import Session

struct LSP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the Language Server Protocol server on stdio (for editors).")

    /// VS Code's client adds `--stdio`; stdio is the only transport, so the flag is accepted and changes nothing.
    @Flag(help: "Talk over standard input and output (the default and only transport).")
    var stdio = false

    func run() throws {
        let server = LanguageServer(linter: Catalogue.linter)
        throw ExitCode(server.serve())
    }
}
