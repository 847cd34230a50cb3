import Session

/// The calls hooks, editors and CI make on every commit and save — `prfaq [lint] [--format F] [--quiet]
/// PATH…` and `prfaq --version` — read without ArgumentParser. Its parse of those few words costs more
/// than linting a page: each option's type is looked up in the runtime's conformance records, two thirds
/// of a one-page run's instructions. Anything else, or anything unusual in these (an option this does not
/// know, a path that starts with "-", a path named like a command), goes to ArgumentParser as before.
enum FastPath {
    enum Call {
        case version
        case lint(LintJob)
    }

    /// The call the arguments make, when it is one of the plain ones.
    static func call(_ arguments: [String]) -> Call? {
        if arguments == ["--version"] { return .version }
        var rest = arguments[...]
        if rest.first == "lint" { rest = rest.dropFirst() }
        var job = LintJob()
        while let a = rest.first {
            rest = rest.dropFirst()
            if a == "--quiet" {
                job.quiet = true
            } else if a == "--format" || a.hasPrefix("--format=") {
                let value: String
                if a == "--format" {
                    guard let v = rest.first else { return nil }
                    value = v
                    rest = rest.dropFirst()
                } else {
                    value = String(a.dropFirst("--format=".count))
                }
                guard let f = OutputFormat(rawValue: value) else { return nil }
                job.format = f
            } else if a.hasPrefix("-") || a.isEmpty {
                return nil
            } else {
                job.paths.append(a)
            }
        }
        // A first path spelt like a command (or `help`) would be that command for ArgumentParser.
        if arguments.first != "lint", let first = job.paths.first, first == "help" || Prfaq.commandNames.contains(first) {
            return nil
        }
        return .lint(job)
    }
}
