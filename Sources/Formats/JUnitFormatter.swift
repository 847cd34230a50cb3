import LintCore

/// JUnit XML (read by GitLab's `artifacts:reports:junit` and Jenkins): one `<testsuite>` per file and one
/// `<testcase>` per finding. Errors and warnings fail their test case; a suggestion passes with the finding
/// in `<system-out>`; a clean file has one passing "prfaq lint" case; a file that could not be linted has
/// one case with an `<error>`.
public struct JUnitFormatter {
    public init() {}

    public func format(_ results: [FileResult]) -> String {
        var suites = ""
        var tests = 0, failures = 0, errors = 0
        for r in results {
            let path = XMLText.escape(r.path)
            var cases = ""
            var t = 0, f = 0, e = 0
            if let cause = r.formatCause {
                t = 1; e = 1
                let text = "cannot lint: " + cause
                cases += "    <testcase name=\"prfaq lint\" classname=\"\(path)\">\n"
                cases += "      <error type=\"prfaq\" message=\"\(XMLText.escape(text))\">\(XMLText.escape("\(r.path): \(text)", attribute: false))</error>\n"
                cases += "    </testcase>\n"
            } else if r.diagnostics.isEmpty {
                t = 1
                cases += "    <testcase name=\"prfaq lint\" classname=\"\(path)\"/>\n"
            } else {
                for d in r.diagnostics {
                    t += 1
                    let name = XMLText.escape("\(d.rule) at \(d.start.line):\(d.start.column)")
                    var body = "\(r.path):\(d.start.line):\(d.start.column): \(d.severity.rawValue): \(d.message)"
                    if let h = d.help, !h.isEmpty { body += "\nhelp: \(h)" }
                    cases += "    <testcase name=\"\(name)\" classname=\"\(path)\">\n"
                    if d.severity == .suggestion {
                        cases += "      <system-out>\(XMLText.escape(body, attribute: false))</system-out>\n"
                    } else {
                        f += 1
                        cases += "      <failure type=\"\(XMLText.escape(d.rule))\" message=\"\(XMLText.escape(d.formatMessageWithHelp))\">\(XMLText.escape(body, attribute: false))</failure>\n"
                    }
                    cases += "    </testcase>\n"
                }
            }
            tests += t; failures += f; errors += e
            suites += "  <testsuite name=\"\(path)\" tests=\"\(t)\" failures=\"\(f)\" errors=\"\(e)\" skipped=\"0\">\n" + cases + "  </testsuite>\n"
        }
        return XMLText.declaration
            + "<testsuites name=\"prfaq\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
            + suites + "</testsuites>\n"
    }
}
