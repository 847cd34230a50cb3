import DraftAnatomy
import Foundation

/// The report's charts as inline SVG: labelled bars, every figure also written as text, so a chart reads
/// without colour and without the picture (each has a title and a description for screen readers).
enum ReportSVG {
    static let width = 330.0

    static func fmt(_ d: Double) -> String { String(format: "%.1f", d) }
    static func px(_ d: Double) -> String { String(format: "%.1f", d) }
    static func percent(_ d: Double) -> String { "\(Int((d * 100).rounded()))%" }

    static func open(id: String, height: Double, title: String, desc: String) -> String {
        "<svg id=\"\(id)\" viewBox=\"0 0 \(px(width)) \(px(height))\" width=\"\(px(width))\" height=\"\(px(height))\" role=\"img\" "
            + "aria-labelledby=\"\(id)-t \(id)-d\"><title id=\"\(id)-t\">\(ReportHTML.escape(title))</title>"
            + "<desc id=\"\(id)-d\">\(ReportHTML.escape(desc))</desc>"
    }

    static func text(_ x: Double, _ y: Double, _ s: String, anchor: String = "start", cls: String? = nil, bold: Bool = false) -> String {
        "<text x=\"\(px(x))\" y=\"\(px(y))\" text-anchor=\"\(anchor)\"\(cls.map { " class=\"\($0)\"" } ?? "")\(bold ? " font-weight=\"700\"" : "")>\(ReportHTML.escape(s))</text>"
    }

    static func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, stroke: String? = nil) -> String {
        "<rect x=\"\(px(x))\" y=\"\(px(y))\" width=\"\(px(max(w, 0)))\" height=\"\(px(h))\" fill=\"\(fill)\"\(stroke.map { " stroke=\"\($0)\"" } ?? "")/>"
    }

    /// Each budgeted part: a track as long as its budget, its words filled in, the overflow hatched.
    static func budgets(_ rows: [ReportModel.Budget]) -> String {
        let rowH = 50.0
        let height = rowH * Double(rows.count) + 4
        let desc = rows.map { "\($0.title): \($0.words) of \($0.budget) words" }.joined(separator: "; ")
        var s = open(id: "chart-budget", height: height, title: "Length against budget", desc: desc)
        s += "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"6\" height=\"6\" fill=\"#a4262c\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#fff\" stroke-width=\"2\"/></pattern></defs>"
        let barW = width - 10
        for (i, r) in rows.enumerated() {
            let y = Double(i) * rowH
            let scale = barW / Double(max(r.budget, r.words, 1))
            let over = r.words > r.budget
            let title = r.title.count > 34 ? String(r.title.prefix(33)) + "…" : r.title
            s += text(0, y + 12, title)
            s += text(barW, y + 12, "\(ReportHTML.grouped(r.words)) of \(ReportHTML.grouped(r.budget)) words", anchor: "end", bold: over)
            s += rect(0, y + 17, Double(r.budget) * scale, 13, fill: "#fff", stroke: "#55585e")
            s += rect(0, y + 17, Double(min(r.words, r.budget)) * scale, 13, fill: "#3a5a8c")
            if over { s += rect(Double(r.budget) * scale, y + 17, Double(r.words - r.budget) * scale, 13, fill: "url(#hatch)") }
            let bx = Double(r.budget) * scale
            s += "<line x1=\"\(px(bx))\" y1=\"\(px(y + 14))\" x2=\"\(px(bx))\" y2=\"\(px(y + 33))\" stroke=\"#1b1b1f\" stroke-width=\"2\"/>"
            let share = over ? "over budget by \(ReportHTML.grouped(r.words - r.budget)) words"
                : "\(percent(Double(r.words) / Double(max(r.budget, 1)))) of the budget"
            s += text(0, y + 42, share, cls: over ? nil : "muted", bold: over)
            s += text(barW, y + 42, "budget \(fmt(r.pages)) page\(r.pages == 1 ? "" : "s")", anchor: "end", cls: "muted")
        }
        return s + "</svg>"
    }

    /// Words per section (bars scaled to the longest section) with each section's reading grade.
    static func sections(_ rows: [DraftStats.SectionFigures]) -> String {
        let rowH = 30.0
        let shown = Array(rows.prefix(80))
        let height = rowH * Double(shown.count) + 4
        let maxWords = Double(max(shown.map(\.words).max() ?? 1, 1))
        let desc = shown.map { "\($0.title): \($0.words) words, grade \(fmt($0.grade))" }.joined(separator: "; ")
        var s = open(id: "chart-sections", height: height, title: "Words and reading grade per section", desc: desc)
        let barMax = 190.0
        for (i, r) in shown.enumerated() {
            let y = Double(i) * rowH
            let indent = Double(min(max(r.level - 1, 0), 4)) * 8
            let title = r.title.count > 48 ? String(r.title.prefix(47)) + "…" : r.title
            s += text(indent, y + 11, title)
            let w = Double(r.words) / maxWords * (barMax - indent)
            s += rect(indent, y + 15, max(w, r.words > 0 ? 1 : 0), 9, fill: "#3a5a8c")
            let grade = r.sentences > 0 ? "grade \(fmt(r.grade))" : "no sentences"
            s += text(indent + max(w, 0) + 5, y + 23, "\(ReportHTML.grouped(r.words)) w · \(grade)", cls: "muted")
        }
        return s + "</svg>"
    }

    /// The story's Situation, Task, Action and Result as shares of its words, each against its target.
    static func star(_ shares: [ReportModel.StarShare]) -> String {
        let rowH = 34.0
        let height = rowH * Double(shares.count) + 4
        let desc = shares.map { "\($0.part): \(percent($0.share)) of the words (target \(percent($0.target)))" }.joined(separator: "; ")
        var s = open(id: "chart-star", height: height, title: "STAR shares against 20/10/60/10", desc: desc)
        let barW = width - 10
        for (i, p) in shares.enumerated() {
            let y = Double(i) * rowH
            let off = abs(p.share - p.target) > 0.1
            s += text(0, y + 12, "\(p.part.capitalized): \(percent(p.share)) (\(p.words) words; target \(percent(p.target)))"
                      + (off ? (p.share > p.target ? " — long" : " — short") : ""), bold: off)
            s += rect(0, y + 17, barW, 10, fill: "#fff", stroke: "#55585e")
            s += rect(0, y + 17, barW * min(p.share, 1), 10, fill: "#3a5a8c")
            let tx = barW * p.target
            s += "<line x1=\"\(px(tx))\" y1=\"\(px(y + 14))\" x2=\"\(px(tx))\" y2=\"\(px(y + 30))\" stroke=\"#1b1b1f\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>"
        }
        return s + "</svg>"
    }
}
