import ArgumentParser
import Foundation
import Session

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a starter .prfaq.yml, or a draft skeleton with --template.")

    @Option(help: "Write a draft skeleton instead: prfaq, narrative, star, or assessment (a written assessment with its prompt in front matter).")
    var template: TemplateChoice?

    @Argument(help: "Where to write (default: .prfaq.yml, or draft.md with --template).")
    var file: String?

    @Flag(help: "Overwrite an existing file.")
    var force = false

    @Flag(help: "Write a git pre-commit hook (.git/hooks/pre-commit) that lints staged Markdown.")
    var hook = false

    func run() throws {
        if hook { return try writeHook() }
        let path = file ?? (template == nil ? ConfigLoader.fileName : "draft.md")
        let text = template.map(\.text) ?? Templates.config
        if FileManager.default.fileExists(atPath: path) && !force {
            throw CommandFailure("\(path): already exists; use --force to overwrite")
        }
        do {
            try AtomicWriter.write(Array(text.utf8), to: path)
        } catch {
            throw CommandFailure("\(path): cannot write: \(error)")
        }
        print("wrote \(path)")
    }
}

extension Init {
    /// Lints what the commit adds (`prfaq lint --staged`: the index, findings on changed lines and new
    /// findings about a draft); before the first commit, each staged draft whole, as staged.
    static let hookScript = """
        #!/bin/sh
        # prfaq: lint the Markdown files as staged for this commit (the index, not the working tree), and
        # report what the commit adds: findings on added or changed lines, and new findings about a whole
        # draft. A lint error blocks the commit. Written by `prfaq init --hook`. Skip once: git commit --no-verify.
        if ! command -v prfaq >/dev/null 2>&1; then
            echo "prfaq: not found on PATH: install it (make install in prfaq's checkout), or skip this once with git commit --no-verify" >&2
            exit 1
        fi
        # A repository with no commit yet has no HEAD to compare with: every staged draft is new.
        if git rev-parse --verify -q HEAD >/dev/null; then
            exec prfaq lint --staged
        fi
        files=$(git -c core.quotePath=false diff --cached --name-only --diff-filter=ACMR -- '*.md' '*.markdown')
        [ -n "$files" ] || exit 0
        status=0
        set -f
        IFS='
        '
        for f in $files; do
            git show ":$f" | prfaq lint --stdin-filename "$f" - || { s=$?; [ "$s" -gt "$status" ] && status=$s; }
        done
        exit $status

        """

    func writeHook() throws {
        let out: [UInt8]
        do { out = try GitChanges.git(["rev-parse", "--git-path", "hooks"]) } catch {
            throw CommandFailure("\(error)" == "git is not available" ? "git is not available" : "not inside a git repository")
        }
        let dir = String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !dir.isEmpty else { throw CommandFailure("not inside a git repository") }
        let path = file ?? (dir as NSString).appendingPathComponent("pre-commit")
        if FileManager.default.fileExists(atPath: path) && !force {
            throw CommandFailure("\(path): already exists; use --force to overwrite")
        }
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        do { try AtomicWriter.write(Array(Self.hookScript.utf8), to: path) } catch {
            throw CommandFailure("\(path): cannot write: \(error)")
        }
        chmod(path, 0o755)
        print("wrote \(path)")
    }
}

/// The skeletons `init --template` writes: one per profile, and a written assessment (a narrative that
/// answers a prompt, which front matter names so the prompt's parts are checked).
enum TemplateChoice: String, ExpressibleByArgument, CaseIterable {
    case prfaq, narrative, star, assessment

    var text: String {
        switch self {
        case .prfaq: return Templates.draft(.prfaq)
        case .narrative: return Templates.draft(.narrative)
        case .star: return Templates.draft(.star)
        case .assessment: return Templates.assessment
        }
    }
}
