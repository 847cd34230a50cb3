import ArgumentParser
import Foundation
import PRFAQKit

struct LSP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the Language Server Protocol server on stdio (for editors).")

    func run() throws {
        let server = LanguageServer(linter: Catalogue.linter)
        throw ExitCode(server.serve())
    }
}
