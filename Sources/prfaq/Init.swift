import ArgumentParser
import Foundation
import PRFAQKit

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a starter .prfaq.yml, or a draft skeleton with --template.")

    @Option(help: "Write a draft skeleton instead: prfaq, narrative or star.")
    var template: Profile?

    @Argument(help: "Where to write (default: .prfaq.yml, or draft.md with --template).")
    var file: String?

    @Flag(help: "Overwrite an existing file.")
    var force = false

    func run() throws {
        let path = file ?? (template == nil ? ConfigLoader.fileName : "draft.md")
        let text = template.map(Templates.draft) ?? Templates.config
        if FileManager.default.fileExists(atPath: path) && !force {
            throw CommandFailure("\(path): already exists; use --force to overwrite")
        }
        do {
            try AtomicWriter.write(Array(text.utf8), to: path)
        } catch {
            throw CommandFailure("\(path): cannot write: \(error)")
        }
        print("wrote \(path)")
    }
}

extension Profile: ExpressibleByArgument {}
