import DraftAnatomy
import Formats
import Foundation
import LintCore

/// `prfaq report`: one self-contained HTML page — the draft as cmark renders it with every finding marked
/// in place, and a summary panel. Inline CSS and SVG only; no script, no font or image from elsewhere (a
/// Content-Security-Policy forbids both, in case a draft's own link or image asks). Every text written here
/// is escaped; the draft's text reaches the page only through cmark's safe-mode output.
public enum ReportHTML {
    /// The report page for one linted draft.
    public static func page(result: FileResult, draft: Draft, ranRules: Set<String>? = nil, limits: ReportLimits,
                            generator: String = "prfaq") -> String {
        page(ReportModel(result: result, draft: draft, ranRules: ranRules, limits: limits), draft: draft, generator: generator)
    }

    public static func page(_ model: ReportModel, draft: Draft, generator: String = "prfaq") -> String {
        let rendered = ReportMarkup.render(model, draft: draft)
        var h = ""
        h += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'\">\n"
        h += "<meta name=\"referrer\" content=\"no-referrer\">\n"
        h += "<meta name=\"generator\" content=\"\(escape(generator))\">\n"
        h += "<title>\(escape(model.title)) · prfaq report</title>\n<style>\n\(ReportCSS.sheet)\n</style>\n</head>\n<body>\n"
        h += "<a class=\"skip\" href=\"#draft\">Skip to the draft</a>\n"
        h += header(model)
        h += "<div class=\"layout\">\n"
        h += "<main id=\"draft\" tabindex=\"-1\" aria-label=\"The draft, marked up\">\n<article class=\"draft\">\n"
        h += rendered.html
        h += "</article>\n</main>\n"
        h += panel(model, placements: rendered.placements)
        h += "</div>\n</body>\n</html>\n"
        return h
    }

    // MARK: header

    static func header(_ m: ReportModel) -> String {
        let s = m.stats
        var h = "<header class=\"page\">\n<p class=\"kicker\">prfaq report · \(escape(m.path))</p>\n<h1>\(escape(m.title))</h1>\n"
        h += "<p class=\"meta\">Profile <strong>\(escape(m.profile.rawValue))</strong> · \(grouped(s.words)) words · "
            + "about \(ReportSVG.fmt(s.pages)) page\(s.pages == 1 ? "" : "s") · reading grade \(ReportSVG.fmt(s.grade))</p>\n"
        h += "<ul class=\"totals\" aria-label=\"Findings\">"
            + total(m.errors, "error") + total(m.warnings, "warning") + total(m.suggestions, "suggestion") + "</ul>\n"
        h += "<p class=\"legend\">In the text: <mark class=\"f-error\">error</mark> solid underline, "
            + "<mark class=\"f-warning\">warning</mark> dashed, <mark class=\"f-suggestion\">suggestion</mark> dotted; "
            + "each number links to the finding in the panel, and hovering a mark shows its message.</p>\n"
        h += "<nav class=\"sections\" aria-label=\"Report sections\"><ul>"
        h += "<li><a href=\"#draft\">Draft</a></li><li><a href=\"#summary\">Findings by category</a></li>"
        h += "<li><a href=\"#figures\">Figures</a></li>"
        if !m.stats.promptCoverage.isEmpty { h += "<li><a href=\"#prompt\">The prompt</a></li>" }
        if !m.contradictions.isEmpty { h += "<li><a href=\"#contradictions\">Figures that disagree</a></li>" }
        h += "<li><a href=\"#parts\">Parts</a></li>"
        if case .notApplicable = m.coverage {} else { h += "<li><a href=\"#coverage\">Internal FAQ coverage</a></li>" }
        if !m.starShares.isEmpty { h += "<li><a href=\"#star\">STAR shares</a></li>" }
        if m.profile == .star || !m.principles.isEmpty { h += "<li><a href=\"#principles\">Leadership Principles</a></li>" }
        h += "<li><a href=\"#findings\">All findings (\(m.findings.count))</a></li></ul></nav>\n</header>\n"
        return h
    }

    /// One count in the header, in its severity's colour only when there is something to count: a red
    /// "0 errors" read as an alarm.
    static func total(_ n: Int, _ word: String) -> String {
        "<li class=\"\(n == 0 ? "t-none" : "t-" + word)\">\(plural(n, word))</li>"
    }

    // MARK: panel

    static func panel(_ m: ReportModel, placements: [Int: ReportModel.Finding.Placement]) -> String {
        var h = "<aside aria-label=\"Summary\">\n"

        h += section("summary", "Findings by category")
        if m.categories.isEmpty {
            h += "<p class=\"empty\">No findings.</p>\n"
        } else {
            h += "<table><thead><tr><th scope=\"col\">Category</th><th scope=\"col\">Errors</th><th scope=\"col\">Warnings</th>"
                + "<th scope=\"col\">Suggestions</th><th scope=\"col\">Total</th></tr></thead><tbody>"
            for c in m.categories {
                h += "<tr><th scope=\"row\">\(escape(c.category))</th><td>\(c.errors)</td><td>\(c.warnings)</td><td>\(c.suggestions)</td><td>\(c.total)</td></tr>"
            }
            h += "</tbody><tfoot><tr><td>All</td><td>\(m.errors)</td><td>\(m.warnings)</td><td>\(m.suggestions)</td>"
                + "<td>\(m.findings.count)</td></tr></tfoot></table>\n"
        }
        h += "</section>\n"

        let s = m.stats
        h += section("figures", "Figures")
        h += "<dl>"
        h += "<dt>Words</dt><dd>\(grouped(s.words)) (about \(ReportSVG.fmt(s.pages)) page\(s.pages == 1 ? "" : "s") at \(Int(DraftStats.wordsPerPage)) words a page)</dd>"
        h += "<dt>Sentences</dt><dd>\(grouped(s.sentences)) (average \(ReportSVG.fmt(s.averageSentence)) words; longest \(m.longestSentence))</dd>"
        h += "<dt>Reading grade</dt><dd>\(ReportSVG.fmt(s.grade)) (Flesch–Kincaid; reading ease \(ReportSVG.fmt(s.ease)))</dd>"
        h += "<dt>Data claims</dt><dd>\(grouped(s.figures)) figure\(s.figures == 1 ? "" : "s") in \(s.sentencesWithFigures) of \(s.sentences) sentences</dd>"
        h += "<dt>Sentences over the limit</dt><dd>\(m.longSentences)</dd>"
        h += "</dl>\n"
        if !m.budgets.isEmpty {
            h += "<figure><figcaption>Length against budget</figcaption>\(ReportSVG.budgets(m.budgets))</figure>\n"
        }
        if !s.sections.isEmpty {
            h += "<figure><figcaption>Words and reading grade per section</figcaption>\(ReportSVG.sections(s.sections))</figure>\n"
        }
        h += "</section>\n"

        if !s.promptCoverage.isEmpty {
            h += section("prompt", "The prompt, part by part")
            h += "<ul class=\"check\">"
            for c in s.promptCoverage {
                if let title = c.section {
                    h += item(.yes, escape(c.part), "answered in \(title)" + (c.line.map { " (line \($0))" } ?? ""))
                } else {
                    h += item(.no, escape(c.part), "not answered")
                }
            }
            h += "</ul>\n</section>\n"
        }

        if !m.contradictions.isEmpty {
            h += section("contradictions", "Figures that disagree")
            h += "<table class=\"pairs\"><thead><tr><th scope=\"col\">First</th><th scope=\"col\">Then</th></tr></thead><tbody>"
            for c in m.contradictions {
                h += "<tr><td><span class=\"where\">line \(c.first.line)</span> \(escape(c.first.text))</td>"
                    + "<td><a href=\"#f\(c.number)\"><span class=\"where\">line \(c.second.line)</span> \(escape(c.second.text))</a></td></tr>"
            }
            h += "</tbody></table>\n</section>\n"
        }

        h += section("parts", "Parts")
        h += "<ul class=\"check\">"
        for part in expectedParts(m.profile) {
            let found = s.partsFound.contains(part)
            h += item(found ? .yes : .no, escape(part), found ? "found" : "missing")
        }
        h += "</ul>\n</section>\n"

        switch m.coverage {
        case .notApplicable: break
        case .noInternalFAQ:
            h += section("coverage", "Internal FAQ coverage")
            h += "<p>The draft has no internal FAQ, so nothing answers what it costs, how it could fail, what it depends on, "
                + "what else was considered or what is out of scope.</p>\n<ul class=\"check\">"
            for a in ReportModel.coverageAreas { h += item(.no, escape(a.name), "missing") }
            h += "</ul>\n</section>\n"
        case .areas(let areas):
            h += section("coverage", "Internal FAQ coverage")
            h += "<ul class=\"check\">"
            for a in areas {
                switch a.covered {
                case true?: h += item(.yes, escape(a.name), "covered")
                case false?: h += item(.no, escape(a.name), "missing")
                case nil: h += item(.unknown, escape(a.name), "not checked")
                }
            }
            h += "</ul>\n</section>\n"
        }

        if !m.starShares.isEmpty {
            h += section("star", "STAR shares")
            h += "<figure><figcaption>Share of the story's words (target 20/10/60/10)</figcaption>\(ReportSVG.star(m.starShares))</figure>\n"
            h += "</section>\n"
        }
        if m.profile == .star || !m.principles.isEmpty {
            h += section("principles", "Leadership Principles")
            if m.principles.isEmpty {
                h += "<p class=\"empty\">No Leadership Principle is named.</p>\n"
            } else {
                h += "<ul class=\"check\">"
                for p in m.principles {
                    h += item(p.shown ? .yes : .no, escape(p.name), p.shown ? "evidenced" : "named, not shown")
                }
                h += "</ul>\n"
            }
            h += "</section>\n"
        }

        h += section("findings", "All findings")
        if m.findings.isEmpty {
            h += "<p class=\"empty\">No findings.</p>\n"
        } else {
            h += "<ol class=\"findings\">\n"
            for f in m.findings { h += findingItem(f, placement: placements[f.number] ?? .panel) }
            h += "</ol>\n"
        }
        h += "</section>\n</aside>\n"
        return h
    }

    static func section(_ id: String, _ title: String) -> String {
        "<section id=\"\(id)\" aria-labelledby=\"\(id)-h\"><h2 id=\"\(id)-h\">\(escape(title))</h2>\n"
    }

    enum State: String { case yes, no, unknown }

    static func item(_ state: State, _ label: String, _ word: String) -> String {
        let sym = state == .yes ? "✓" : state == .no ? "✗" : "?"
        return "<li class=\"\(state.rawValue)\"><span class=\"sym\" aria-hidden=\"true\">\(sym)</span>\(label)"
            + "<span class=\"state\">\(escape(word))</span></li>"
    }

    static func findingItem(_ f: ReportModel.Finding, placement: ReportModel.Finding.Placement) -> String {
        let d = f.diagnostic
        let sev = d.severity.rawValue
        var h = "<li id=\"d\(f.number)\" value=\"\(f.number)\" class=\"f-\(sev)\"><span class=\"n\">\(f.number).</span> "
        h += "<span class=\"sev\">\(sev)</span> "
        let at = "line \(d.start.line), column \(d.start.column)"
        if placement == .panel { h += at } else { h += "<a href=\"#f\(f.number)\">\(at)</a>" }
        h += " · <span class=\"rule\">\(escape(d.rule))</span><br>\(escape(d.message))"
        if let help = d.help, !help.isEmpty { h += "<span class=\"help\">Help: \(escape(help))</span>" }
        if let fix = d.fix {
            h += "<span class=\"help\">Fix: replace with “\(escape(fix.replacement))” (prfaq lint --fix)</span>"
        }
        switch placement {
        case .inline: break
        case .badge: h += "<span class=\"where\">Marked with a badge at the start of its block.</span>"
        case .panel: h += "<span class=\"where\">Not marked in the text.</span>"
        }
        return h + "</li>\n"
    }

    /// The parts a profile expects, in reading order (as `DraftStats` names them).
    static func expectedParts(_ profile: Profile) -> [String] {
        switch profile {
        case .prfaq: return Anatomy.PRPart.allCases.map(\.rawValue) + ["external FAQ", "internal FAQ"]
        case .narrative: return Anatomy.NarrativePart.allCases.map(\.rawValue)
        case .star: return Anatomy.StarPart.allCases.map(\.rawValue)
        }
    }

    // MARK: text

    /// Escapes text for HTML content and double- or single-quoted attribute values; drops the C0
    /// controls HTML does not allow (tab and line feed stay; a carriage return becomes `&#13;`).
    public static func escape(_ s: String) -> String { XMLText.escape(s, attribute: false, apostrophe: "&#39;") }

    /// 2500 → "2,500".
    static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
