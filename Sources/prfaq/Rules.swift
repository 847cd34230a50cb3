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
        let all = try CommandFailure.wrapping { try Catalogue.withLocalPacks(config: config) }.descriptions
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
        if let bad = d.triggering.first {
            out += "\nFails:\n" + Self.indent(bad.text.replacingOccurrences(of: "⟦", with: "").replacingOccurrences(of: "⟧", with: "")) + "\n"
        }
        if let good = d.nonTriggering.first {
            out += "\nPasses:\n" + Self.indent(good.text) + "\n"
        }
        out += "\nConfigure in .prfaq.yml:\n  rules:\n    \(d.id): \(d.options.isEmpty ? "warning" : "{ severity: warning, \(d.options[0].name): \(d.options[0].value) }")\n"
        print(out, terminator: "")
    }

    static func indent(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }
}
