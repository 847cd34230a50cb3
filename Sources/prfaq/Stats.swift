import ArgumentParser
import Foundation
import Markdown
import PRFAQKit

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The draft's figures: words, sentences, pages, reading grade, data claims, sections.")

    @Argument(help: "The draft.") var path: String
    @Option(help: "text or json.") var format: Rules.Format = .text
    @Option(help: "Document profile: auto, prfaq, narrative or star.") var profile: ProfileChoice = .auto

    func run() throws {
        let read = path == "-" ? FileReader.readStdin(name: "<stdin>") : FileReader.read(path)
        guard case .success(let source) = read else {
            if case .failure(let p) = read { throw CommandFailure("\(path): \(p.cause)") }
            return
        }
        let stats = DraftStats(Draft(document: Document(source: source), profile: profile.profile))
        switch format {
        case .json: print(JSONFormatter.serialize(stats.json))
        case .text: print(stats.text(path: path), terminator: "")
        }
    }
}

