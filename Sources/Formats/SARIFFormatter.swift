import DraftAnatomy
import LintCore
import Markdown

/// SARIF 2.1.0 (GitHub code scanning, Azure DevOps, VS Code's SARIF viewer): one run whose driver lists
/// every rule with its help, results with regions in Unicode code points, and safe fixes as replacements.
/// Files that could not be linted become tool execution notifications.
public struct SARIFFormatter {
    public var toolVersion: String
    public var informationUri: String?
    public var rules: [RuleDescription]

    public init(toolVersion: String, informationUri: String? = nil, rules: [RuleDescription]) {
        self.toolVersion = toolVersion
        self.informationUri = informationUri
        self.rules = rules
    }

    public func format(_ results: [FileResult]) -> String {
        var descriptors = rules.map(Self.descriptor)
        var index = [String: Int]()
        for (i, r) in rules.enumerated() where index[r.id] == nil { index[r.id] = i }
        var sarifResults = [JSONValue]()
        var notifications = [JSONValue]()
        for r in results {
            let uri = Self.uri(r.path)
            if let cause = r.formatCause {
                notifications.append(Self.notification("error", "\(r.path): cannot lint: \(cause)", uri: uri))
                continue
            }
            for n in r.notes { notifications.append(Self.notification("warning", "\(r.path): \(n)", uri: uri)) }
            for d in r.diagnostics {
                // A rule the catalogue does not describe (e.g. from a rule pack) still gets a descriptor,
                // so every ruleIndex points at its rule.
                let i: Int
                if let k = index[d.rule] { i = k } else {
                    i = descriptors.count
                    index[d.rule] = i
                    descriptors.append(.object([("id", .string(d.rule)), ("name", .string(Self.name(d.rule)))]))
                }
                sarifResults.append(Self.result(d, ruleIndex: i, uri: uri))
            }
        }
        var driver: [(String, JSONValue)] = [("name", "prfaq"), ("version", .string(toolVersion))]
        if let u = informationUri { driver.append(("informationUri", .string(u))) }
        driver.append(("rules", .array(descriptors)))
        var invocation: [(String, JSONValue)] = [("executionSuccessful", .bool(!results.contains { $0.error != nil }))]
        if !notifications.isEmpty { invocation.append(("toolExecutionNotifications", .array(notifications))) }
        let run = JSONValue.object([
            ("tool", .object([("driver", .object(driver))])),
            ("invocations", .array([.object(invocation)])),
            ("columnKind", "unicodeCodePoints"),
            ("results", .array(sarifResults)),
        ])
        let root = JSONValue.object([
            ("$schema", "https://json.schemastore.org/sarif-2.1.0.json"),
            ("version", "2.1.0"),
            ("runs", .array([run])),
        ])
        return root.render() + "\n"
    }

    static func level(_ s: Severity) -> JSONValue {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .suggestion: return "note"
        }
    }

    /// `concision/weasel-word` → `WeaselWord`.
    static func name(_ id: String) -> String {
        let kebab = id.split(separator: "/").last.map(String.init) ?? id
        return kebab.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func descriptor(_ r: RuleDescription) -> JSONValue {
        var help = r.rationale + "\n\n"
        help += "Default severity: \(r.severity.rawValue). Profiles: "
        help += Profile.allCases.filter { r.profiles.contains($0) }.map(\.rawValue).joined(separator: ", ") + ".\n"
        if r.audiences != Audience.all {
            help += "Audience: " + Audience.allCases.filter { r.audiences.contains($0) }.map(\.rawValue).joined(separator: ", ") + " (see `audience` in .prfaq.yml).\n"
        }
        help += "Configure it in .prfaq.yml (or a draft's `prfaq:` front matter) under `rules:`, e.g. "
        help += "`\(r.id): error`, `\(r.id): warning`, `\(r.id): suggestion` or `\(r.id): off`"
        if let o = r.options.first {
            help += ", or `\(r.id): { severity: \(r.severity.rawValue), \(o.name): \(o.value) }`"
        }
        help += "."
        if !r.options.isEmpty {
            help += "\nOptions:"
            for o in r.options { help += "\n- \(o.name) (\(o.value.typeName), default \(o.value)): \(o.help)" }
        }
        if r.fixable { help += "\nSafe fix: `prfaq lint --fix`." }
        help += "\nExamples: `prfaq explain \(r.id)`."
        return .object([
            ("id", .string(r.id)),
            ("name", .string(name(r.id))),
            ("shortDescription", .object([("text", .string(r.summary))])),
            ("fullDescription", .object([("text", .string(r.rationale))])),
            ("help", .object([("text", .string(help))])),
            ("defaultConfiguration", .object([("level", level(r.severity))])),
            ("properties", .object([("tags", .array([.string(r.category)]))])),
        ])
    }

    static func region(_ a: Position, _ b: Position) -> JSONValue {
        .object([("startLine", .int(a.line)), ("startColumn", .int(a.column)),
                 ("endLine", .int(max(b.line, a.line))), ("endColumn", .int(b.line > a.line ? b.column : max(b.column, a.column)))])
    }

    static func location(_ uri: String) -> JSONValue {
        .object([("artifactLocation", .object([("uri", .string(uri))]))])
    }

    static func result(_ d: Diagnostic, ruleIndex: Int, uri: String) -> JSONValue {
        var o: [(String, JSONValue)] = [
            ("ruleId", .string(d.rule)),
            ("ruleIndex", .int(ruleIndex)),
            ("level", level(d.severity)),
            ("message", .object([("text", .string(d.formatMessageWithHelp))])),
            ("locations", .array([.object([("physicalLocation", .object([
                ("artifactLocation", .object([("uri", .string(uri))])),
                ("region", region(d.start, d.end)),
            ]))])])),
        ]
        if !d.related.isEmpty {
            o.append(("relatedLocations", .array(d.related.enumerated().map { k, r in
                .object([
                    ("id", .int(k + 1)),
                    ("physicalLocation", .object([
                        ("artifactLocation", .object([("uri", .string(uri))])),
                        ("region", region(r.start, r.end)),
                    ])),
                    ("message", .object([("text", .string(r.message))])),
                ])
            })))
        }
        if let fix = d.fix, let p = d.fixPositions {
            var replacement: [(String, JSONValue)] = [("deletedRegion", region(p.0, p.1))]
            if !fix.replacement.isEmpty { replacement.append(("insertedContent", .object([("text", .string(fix.replacement))]))) }
            let what = fix.replacement.isEmpty ? "Delete it" : "Replace with \"\(fix.replacement)\""
            o.append(("fixes", .array([.object([
                ("description", .object([("text", .string(what))])),
                ("artifactChanges", .array([.object([
                    ("artifactLocation", .object([("uri", .string(uri))])),
                    ("replacements", .array([.object(replacement)])),
                ])])),
            ])])))
        }
        return .object(o)
    }

    static func notification(_ level: String, _ text: String, uri: String) -> JSONValue {
        .object([
            ("level", .string(level)),
            ("message", .object([("text", .string(text))])),
            ("locations", .array([.object([("physicalLocation", location(uri))])])),
        ])
    }

    /// The path as given, as a URI reference: relative paths stay relative (to where prfaq ran, which
    /// code scanning takes as the repository root), absolute ones become `file://` URIs, and everything
    /// outside RFC 3986's unreserved characters and `/` is percent-encoded (UTF-8).
    static func uri(_ path: String) -> String {
        var out = ""
        for b in path.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                let hex = String(b, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return path.hasPrefix("/") ? "file://" + out : out
    }
}
