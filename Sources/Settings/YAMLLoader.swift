import LintCore
import Yams

/// The one way prfaq reads YAML, for configuration files, front matter and rule packs alike: the nesting
/// is checked before Yams composes (it recurses; see `YAMLDepth`), and every failure is a `ConfigError`
/// at the line of the file it is in.
package enum YAMLLoader {
    /// - Parameters:
    ///   - lineOffset: lines above the text in its file (front matter starts below the opening `---`).
    ///   - name: what messages call the text ("YAML", "front matter").
    ///   - ignoringInvalid: return nil for text that is not YAML instead of throwing (front matter that
    ///     holds no key of prfaq's is the writer's business); too deep a nesting is always an error.
    package static func compose(_ yaml: String, file: String, lineOffset: Int = 0, name: String = "YAML",
                        ignoringInvalid: Bool = false) throws -> Node? {
        if let line = YAMLDepth.tooDeep(yaml) {
            throw ConfigError(file: file, line: line + lineOffset, column: 1,
                              message: "\(name) nested more than \(YAMLDepth.limit) levels deep")
        }
        do {
            return try Yams.compose(yaml: yaml)
        } catch {
            if ignoringInvalid { return nil }
            let invalid = name == "YAML" ? "not valid YAML" : "\(name) is not valid YAML"
            guard let e = error as? YamlError else {
                throw ConfigError(file: file, line: 1 + lineOffset, column: 1, message: invalid)
            }
            throw ConfigError(file: file, line: line(of: e) + lineOffset, column: 1, message: "\(invalid): \(summary(e))")
        }
    }

    static func line(of e: YamlError) -> Int {
        switch e {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return 1
        }
    }

    static func summary(_ e: YamlError) -> String {
        switch e {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
        default: return "\(e)".split(separator: "\n").first.map(String.init) ?? "parse error"
        }
    }
}
