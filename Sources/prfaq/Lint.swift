import ArgumentParser
import Session

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, github, checkstyle, junit, markdown
}

enum ColorMode: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

enum ProfileChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, prfaq, narrative, star
    var profile: Profile? { Profile(rawValue: rawValue) }
}

enum SortOrder: String, ExpressibleByArgument, CaseIterable {
    case source, severity
}

enum AudienceChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, general, technical
    var audience: Audience? { Audience(rawValue: rawValue) }
}

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lint drafts and report each place they fall short.",
        discussion: "Exit status: 0 no errors, 1 lint errors (or too many warnings), 2 usage, configuration or input problems.")

    @Argument(help: "Files or folders to lint ('-' reads standard input). Default: the current folder.")
    var paths: [String] = []

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @OptionGroup var lintOptions: DraftOptions

    @Option(help: "Exit 1 when there are more warnings than this (-1: no limit).")
    var maxWarnings: Int?

    @Flag(help: "Exit 0, not 2, when the paths hold no Markdown file to lint.")
    var noErrorOnEmpty = false

    @Flag(help: "Lint files named on the command line even when the config's ignore globs match them.")
    var noIgnore = false

    @Option(help: "Order of a file's findings: source (default) or severity (errors first, then warnings, then suggestions; each in source order).")
    var sort: SortOrder = .source

    @Option(help: "Colour: auto (only on a terminal; NO_COLOR and FORCE_COLOR honoured), always or never.")
    var color: ColorMode = .auto

    @Flag(help: "Report errors only.")
    var quiet = false

    @Flag(help: "Lint, then re-lint each file as it changes, until interrupted.")
    var watch = false

    @Flag(help: "Apply the safe, mechanical fixes in place (atomically), then report what remains.")
    var fix = false

    @Flag(help: "With --fix: print the unified diff and write nothing.")
    var dryRun = false

    @Option(help: ArgumentHelp("Lint only drafts changed since this git commit, and report only what the change added: findings on added or changed lines, and new findings about the whole document.", valueName: "ref"))
    var since: String?

    @Flag(help: "As --since, for the changes staged for the next commit (the index against HEAD); lints the staged text.")
    var staged = false

    @Option(help: ArgumentHelp("Report only findings not recorded in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(help: ArgumentHelp("Record today's findings in this file (a baseline), then report as usual.", valueName: "file"))
    var writeBaseline: String?

    @Flag(help: "With --baseline: remove from the file the entries no finding matches any more, and list them.")
    var prune = false

    func run() throws {
        try LintJob(
            paths: paths, format: format, options: lintOptions.runOptions(), maxWarnings: maxWarnings,
            noErrorOnEmpty: noErrorOnEmpty, noIgnore: noIgnore, sort: sort, color: color, quiet: quiet, watch: watch,
            fix: fix, dryRun: dryRun, since: since, staged: staged, baseline: baseline, writeBaseline: writeBaseline,
            prune: prune
        ).run()
    }
}

