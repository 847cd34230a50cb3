import DraftAnatomy
import LintCore
import Yams

/// Reads one YAML configuration (a `.prfaq.yml` or a draft's `prfaq:` front matter) into a
/// `Configuration`, validating every key against the known rules so mistakes name their line.
public struct ConfigParser: Sendable {
    public let rules: [RuleDescription]
    private let byID: [String: RuleDescription]

    public init(rules: [RuleDescription]) {
        self.rules = rules
        var m = [String: RuleDescription]()
        for r in rules { m[r.id] = r }
        byID = m
    }

    static let topKeys = ["profile", "audience", "extends", "ignore", "rule-paths", "rules", "vocabulary", "baseline"]

    /// Parses YAML text. `lineOffset` shifts reported lines (front matter starts below line 1).
    public func parse(_ yaml: String, file: String, lineOffset: Int = 0, allowExtends: Bool = true) throws -> (Configuration, extends: [String]) {
        let node = try YAMLLoader.compose(yaml, file: file, lineOffset: lineOffset)
        guard let root = node else { return (Configuration(), []) }
        return try parse(root: root, file: file, lineOffset: lineOffset, allowExtends: allowExtends)
    }

    /// Parses an already composed node: the `prfaq:` key of a draft's front matter arrives this way.
    public func parse(root: Node, file: String, lineOffset: Int = 0, allowExtends: Bool = true) throws -> (Configuration, extends: [String]) {
        var config = Configuration()
        guard let map = root.mapping else {
            throw err(file, root, lineOffset, "the configuration must be a mapping of keys (profile, rules, …)")
        }
        var extends = [String]()
        for (k, v) in map {
            guard let key = k.string else { throw err(file, k, lineOffset, "keys must be strings") }
            switch key {
            case "profile":
                guard let s = v.string else { throw err(file, v, lineOffset, "profile must be one of auto, prfaq, narrative, star") }
                if s == "auto" { config.profile = nil }
                else if let p = Profile(rawValue: s) { config.profile = p; config.origins["profile"] = file }
                else { throw err(file, v, lineOffset, "unknown profile \"\(s)\"\(Suggest.didYouMean(s, ["auto"] + Profile.allCases.map(\.rawValue))); use auto, prfaq, narrative or star") }
            case "audience":
                guard let s = v.string else { throw err(file, v, lineOffset, "audience must be one of auto, general, technical") }
                if s == "auto" { config.audience = nil }
                else if let a = Audience(rawValue: s) { config.audience = a; config.origins["audience"] = file }
                else { throw err(file, v, lineOffset, "unknown audience \"\(s)\"\(Suggest.didYouMean(s, ["auto"] + Audience.allCases.map(\.rawValue))); use auto, general or technical") }
            case "extends":
                guard allowExtends else { throw err(file, k, lineOffset, "extends is not allowed here") }
                extends = try strings(v, file, lineOffset, "extends")
            case "ignore":
                config.ignore = try strings(v, file, lineOffset, "ignore")
            case "rule-paths":
                guard allowExtends else { throw err(file, k, lineOffset, "rule-paths is not allowed in front matter; put it in .prfaq.yml") }
                config.rulePaths = try strings(v, file, lineOffset, "rule-paths")
            case "rules":
                guard let rm = v.mapping else { throw err(file, v, lineOffset, "rules must map rule ids to a severity or a map of options") }
                for (rk, rv) in rm {
                    guard let id = rk.string else { throw err(file, rk, lineOffset, "rule ids must be strings") }
                    if byID[id] == nil, RuleID.isValid(id) {
                        // Maybe a pack rule: keep its severity now, check the id once packs are loaded.
                        let options = rv.mapping?.compactMap { $0.key.string }.filter { $0 != "severity" } ?? []
                        config.unresolved.append(UnresolvedRule(id: id, file: file, line: (rk.mark?.line ?? 1) + lineOffset,
                                                                column: rk.mark?.column ?? 1, optionNames: options))
                        config.rules[id] = try packSetting(rv, file, lineOffset)
                    } else {
                        config.rules[id] = try setting(id, rk, rv, file, lineOffset)
                    }
                    config.origins[id] = file
                }
            case "baseline":
                guard allowExtends else { throw err(file, k, lineOffset, "baseline is not allowed in front matter; put it in .prfaq.yml") }
                guard let path = v.string, !path.isEmpty else { throw err(file, v, lineOffset, "baseline must be the path of a baseline file") }
                config.baseline = path
                config.origins["baseline"] = file
            case "vocabulary":
                config.vocabulary = try vocabulary(v, file, lineOffset)
                config.origins["vocabulary"] = file
            default:
                throw err(file, k, lineOffset, "unknown key \"\(key)\"\(Suggest.didYouMean(key, Self.topKeys))")
            }
        }
        return (config, extends)
    }

    /// `vocabulary: {accept: [GMV, "Prime Video"], reject: [{phrase: leverage, use: use}, synergy]}`.
    private func vocabulary(_ v: Node, _ file: String, _ off: Int) throws -> Vocabulary {
        guard let m = v.mapping else { throw err(file, v, off, "vocabulary must be a map with accept and reject") }
        var out = Vocabulary()
        for (k, value) in m {
            switch k.string {
            case "accept":
                out.accept = try strings(value, file, off, "vocabulary.accept")
            case "reject":
                guard let items = value.sequence else {
                    throw err(file, value, off, "vocabulary.reject must be a list of phrases or {phrase: …, use: …}")
                }
                for item in items {
                    if let phrase = item.string {
                        out.reject.append(.init(phrase: phrase, use: ""))
                    } else if let im = item.mapping, let phrase = im["phrase"]?.string {
                        for key in im.keys.compactMap(\.string) where key != "phrase" && key != "use" {
                            throw err(file, item, off, "vocabulary.reject entries take phrase and use, not \"\(key)\"")
                        }
                        out.reject.append(.init(phrase: phrase, use: im["use"]?.string ?? ""))
                    } else {
                        throw err(file, item, off, "each vocabulary.reject entry is a phrase or {phrase: …, use: …}")
                    }
                }
            default:
                let name = k.string ?? ""
                throw err(file, k, off, "unknown vocabulary key \"\(name)\"\(Suggest.didYouMean(name, ["accept", "reject"])); use accept or reject")
            }
        }
        return out
    }

    private func setting(_ id: String, _ key: Node, _ v: Node, _ file: String, _ off: Int) throws -> RuleSetting {
        guard let rule = byID[id] else {
            throw err(file, key, off, "unknown rule \"\(id)\"\(Suggest.didYouMean(id, byID.keys.sorted()))")
        }
        if let s = v.string ?? v.bool.map({ $0 ? "on" : "off" }) {
            return try severitySetting(s, v, file, off)
        }
        guard let m = v.mapping else { throw err(file, v, off, "\(id): give a severity (off, error, warning, suggestion) or a map") }
        var setting = RuleSetting()
        for (ok, ov) in m {
            guard let name = ok.string else { throw err(file, ok, off, "option names must be strings") }
            if name == "severity" {
                guard let s = ov.string else { throw err(file, ov, off, "severity must be off, error, warning or suggestion") }
                let sev = try severitySetting(s, ov, file, off)
                setting.enabled = sev.enabled
                setting.severity = sev.severity
                continue
            }
            guard let opt = rule.options.first(where: { $0.name == name }) else {
                let names = rule.options.map(\.name)
                let known = names.isEmpty ? "; it has no options" : "; its options: " + names.joined(separator: ", ")
                throw err(file, ok, off, "\(id) has no option \"\(name)\"\(Suggest.didYouMean(name, names + ["severity"]))\(known)")
            }
            setting.options[name] = try value(ov, like: opt, id, file, off)
        }
        return setting
    }

    private func packSetting(_ v: Node, _ file: String, _ off: Int) throws -> RuleSetting {
        if let s = v.string ?? v.bool.map({ $0 ? "on" : "off" }) { return try severitySetting(s, v, file, off) }
        if let sev = v.mapping?["severity"]?.string { return try severitySetting(sev, v, file, off) }
        return RuleSetting()
    }

    /// Checks ids left unresolved against the full catalogue (built-ins plus loaded packs).
    public static func resolve(_ config: Configuration, known: [RuleDescription]) throws {
        // Every draft's configuration is resolved: the ids are listed only to name a near miss.
        for u in config.unresolved {
            guard known.contains(where: { $0.id == u.id }) else {
                throw ConfigError(file: u.file, line: u.line, column: u.column,
                                  message: "unknown rule \"\(u.id)\"\(Suggest.didYouMean(u.id, known.map(\.id)))")
            }
            if let option = u.optionNames.first {
                throw ConfigError(file: u.file, line: u.line, column: u.column,
                                  message: "\(u.id) has no option \"\(option)\"; pack rules take only a severity")
            }
        }
    }

    private func severitySetting(_ s: String, _ node: Node, _ file: String, _ off: Int) throws -> RuleSetting {
        switch s {
        case "off", "false": return RuleSetting(enabled: false)
        case "on", "true": return RuleSetting()
        default:
            guard let sev = Severity(rawValue: s) else {
                throw err(file, node, off, "unknown severity \"\(s)\"\(Suggest.didYouMean(s, ["off", "error", "warning", "suggestion"])); use off, error, warning or suggestion")
            }
            return RuleSetting(severity: sev)
        }
    }

    private func value(_ n: Node, like opt: RuleOption, _ id: String, _ file: String, _ off: Int) throws -> OptionValue {
        let bad = { () -> ConfigError in self.err(file, n, off, "\(id): option \"\(opt.name)\" takes \(opt.value.typeWithArticle)") }
        func inRange(_ v: Double) throws {
            guard let r = opt.range, let text = opt.rangeText, !r.contains(v) else { return }
            throw err(file, n, off, "\(id): option \"\(opt.name)\" takes \(opt.value.typeWithArticle) \(text)")
        }
        switch opt.value {
        case .int:
            guard let v = n.int else { throw bad() }
            try inRange(Double(v))
            return .int(v)
        case .double:
            guard let v = n.float ?? n.int.map(Double.init), v.isFinite else { throw bad() }
            try inRange(v)
            return .double(v)
        case .bool:
            guard let v = n.bool else { throw bad() }
            return .bool(v)
        case .string:
            guard let v = n.string else { throw bad() }
            return .string(v)
        case .strings:
            let values = try strings(n, file, off, "\(id): option \"\(opt.name)\"")
            if let choices = opt.choices, let wrong = values.first(where: { !choices.contains($0) }) {
                let at = n.sequence?.first(where: { $0.string == wrong }) ?? n
                throw err(file, at, off, "\(id): option \"\(opt.name)\" has no \"\(wrong)\"\(Suggest.didYouMean(wrong, choices)); it takes \(opt.choicesText ?? "")")
            }
            return .strings(values)
        }
    }

    private func strings(_ n: Node, _ file: String, _ off: Int, _ what: String) throws -> [String] {
        if let s = n.string { return [s] }
        guard let seq = n.sequence else { throw err(file, n, off, "\(what) takes a list of strings") }
        return try seq.map { item in
            guard let s = item.string else { throw err(file, item, off, "\(what) takes a list of strings") }
            return s
        }
    }

    func err(_ file: String, _ n: Node, _ off: Int, _ message: String) -> ConfigError {
        ConfigError(file: file, line: (n.mark?.line ?? 1) + off, column: n.mark?.column ?? 1, message: message)
    }
}

extension Node {
    var int: Int? {
        guard case .scalar(let s) = self, let v = Int(s.string) else { return nil }
        return v
    }
    var float: Double? {
        guard case .scalar(let s) = self, let v = Double(s.string) else { return nil }
        return v
    }
    var bool: Bool? {
        guard case .scalar(let s) = self else { return nil }
        switch s.string { case "true", "yes": return true; case "false", "no": return false; default: return nil }
    }
}
