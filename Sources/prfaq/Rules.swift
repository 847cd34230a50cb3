import ArgumentParser
import Foundation
import Formats
import Session

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List every rule: id, default severity, profiles, summary.")

    enum Format: String, ExpressibleByArgument { case text, json }
    @Option(help: "text or json.") var format: Format = .text
    @Option(help: "Configuration whose rule packs to include (default: the nearest .prfaq.yml).") var config: String?

    func run() throws {
        let rules = try CommandFailure.wrapping { try Catalogue.withLocalPacks(config: config) }.descriptions
        switch format {
        case .json:
            let list: [[String: Any]] = rules.map { d in
                ["id": d.id, "category": d.category, "severity": d.severity.rawValue,
                 "profiles": d.profiles.map(\.rawValue).sorted(), "audiences": d.audiences.map(\.rawValue).sorted(), "summary": d.summary, "fixable": d.fixable,
                 "enabledByDefault": d.defaultEnabled,
                 "options": d.options.map { ["name": $0.name, "default": $0.value.description, "type": $0.value.typeName, "help": $0.help] }]
            }
            print(JSONFormatter.serialize(list))
        case .text:
            let w = rules.map(\.id.count).max() ?? 10
            for d in rules {
                let profiles = d.profiles.count == 3 ? "all" : d.profiles.map(\.rawValue).sorted().joined(separator: ",")
                print(d.id.padding(toLength: w, withPad: " ", startingAt: 0) + "  "
                      + d.severity.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0) + "  "
                      + profiles.padding(toLength: 16, withPad: " ", startingAt: 0) + "  " + d.summary + (d.fixable ? " (fix)" : "")
                      + (d.defaultEnabled ? "" : " (off by default)"))
            }
            print("\(rules.count) rules")
        }
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Explain a rule: rationale, options, a failing and a passing example.")

    @Argument(help: "Rule id, e.g. concision/weasel-word.") var rule: String
    @Option(help: "Configuration whose rule packs to include (default: the nearest .prfaq.yml).") var config: String?

    func run() throws {
        let linter = try CommandFailure.wrapping { try Catalogue.withLocalPacks(config: config) }
        let all = linter.descriptions
        guard let d = all.first(where: { $0.id == rule }) else {
            let ids = all.map(\.id)
            throw CommandFailure("unknown rule \"\(rule)\"\(Suggest.didYouMean(rule, ids)); see `prfaq rules`")
        }
        var out = "\(d.id) (\(d.severity.rawValue); profiles: \(d.profiles.map(\.rawValue).sorted().joined(separator: ", "))"
            + (d.audiences == Audience.all ? "" : "; audience: " + d.audiences.map(\.rawValue).sorted().joined(separator: ", "))
            + (d.defaultEnabled ? "" : "; off by default") + ")\n\n"
        out += d.summary + ".\n\n" + d.rationale + "\n"
        if !d.options.isEmpty {
            out += "\nOptions:\n"
            for o in d.options {
                let kind = o.rangeText.map { "\(o.value.typeName) \($0)" } ?? o.choicesText.map { "list of \($0)" } ?? o.value.typeName
                out += "  \(o.name) (\(kind), default \(o.value)): \(o.help)\n"
            }
        }
        let phrases = linter.rules.first { $0.description.id == rule }?.phraseList ?? []
        if !phrases.isEmpty {
            out += "\nWords and phrases (\(phrases.count)):\n" + Self.wrapped(phrases.joined(separator: ", ")) + "\n"
            out += "To let one use stand, put <!-- prfaq-disable-next-line \(d.id) --> on the line before it; to change\n"
                + "the list, copy it into a rule pack of your own (README, \"Rule packs\") and turn this rule off.\n"
        }
        if let bad = d.triggering.first {
            out += "\nFails:\n" + Self.indent(Self.shortened(bad.text.replacingOccurrences(of: "⟦", with: "").replacingOccurrences(of: "⟧", with: ""))) + "\n"
        }
        if let good = d.nonTriggering.first {
            out += "\nPasses:\n" + Self.indent(Self.shortened(good.text)) + "\n"
        }
        out += "\nConfigure in .prfaq.yml:\n  rules:\n    \(d.id): \(d.options.isEmpty ? "warning" : "{ severity: warning, \(d.options[0].name): \(d.options[0].value) }")\n"
        print(out, terminator: "")
    }

    /// An example line padded to a rule's minimum length (one sentence thirty times) is cut to its start
    /// and a count: the reader needs the shape, not the padding.
    static func shortened(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.count > 200 else { return String(line) }
            return String(line.prefix(150)) + "… (\(line.split(separator: " ").count) words in all)"
        }.joined(separator: "\n")
    }

    /// A long list as lines of at most 100 characters, indented like the examples.
    static func wrapped(_ s: String) -> String {
        var lines = [String](), line = ""
        for word in s.split(separator: " ") {
            if !line.isEmpty, line.count + word.count + 1 > 96 { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { "    " + $0 }.joined(separator: "\n")
    }

    static func indent(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }
}
