import Foundation
import LintCore
import Markdown
import Settings

/// `prfaq lsp`: diagnostics as the writer types, quick fixes, "disable for this line" and hover
/// explanations, over the Language Server Protocol on stdio. Only the changed document is linted,
/// debounced, on a background queue, so the reader loop never blocks on a lint.
public final class LanguageServer: @unchecked Sendable {
    struct Open {
        var text: String
        var version: Int
        var generation = 0
        /// When the last change arrived: a change after a pause lints at once, one inside a burst waits.
        var changed: DispatchTime?
    }

    private let channel: JSONRPCChannel
    /// Built again when a configuration file changes, so no cached configuration outlives its file.
    private var run: LintRun
    private let queue = DispatchQueue(label: "prfaq.lsp.lint")
    private let lock = NSLock()
    private var documents: [String: Open] = [:]
    private var results: [String: (SourceFile, FileResult)] = [:]
    private var shutdownRequested = false
    private var initialized = false
    /// Whether the client lets the server ask to be told of configuration files changing.
    private var canWatchFiles = false
    /// Quiet time after a change before linting, for a change that comes within this time of the one
    /// before (typing): a burst lints once, at its end. A change after a pause lints at once, so a single
    /// keystroke's diagnostics arrive in the lint's time, not the lint's time plus the wait.
    public var debounce: DispatchTimeInterval = .milliseconds(40)

    public init(channel: JSONRPCChannel = JSONRPCChannel(), linter: Linter) {
        self.channel = channel
        self.run = LintRun(linter: linter, options: .init())
    }

    /// Serves until `exit`; returns the process exit code (0 after `shutdown`, else 1, as LSP says).
    public func serve() -> Int32 {
        while let message = channel.read() {
            if let code = handle(message) { return code }
        }
        return shutdownRequested ? 0 : 1
    }

    /// Notifications the server handles: a message naming one with an id is no request.
    static let notifications: Set<String> = [
        "initialized", "exit", "$/cancelRequest", "$/setTrace", "workspace/didChangeWatchedFiles",
        "workspace/didChangeConfiguration", "textDocument/didOpen", "textDocument/didChange",
        "textDocument/didSave", "textDocument/didClose",
    ]

    private func handle(_ m: [String: Any]) -> Int32? {
        let method = m["method"] as? String ?? ""
        let id = m["id"]
        let params = m["params"] as? [String: Any] ?? [:]
        if method == "exit" { return shutdownRequested ? 0 : 1 }
        // Before `initialize`, LSP has requests refused and notifications dropped.
        guard initialized || method == "initialize" else {
            if let id = id { channel.respond(id, error: -32002, "the server is not initialized: send initialize first") }
            return nil
        }
        // Every request is answered, even one that names a notification.
        if let id = id, Self.notifications.contains(method) {
            channel.respond(id, error: -32600, "invalid request: \(method) is a notification")
            return nil
        }
        switch method {
        case "initialize":
            initialized = true
            let workspace = (params["capabilities"] as? [String: Any])?["workspace"] as? [String: Any]
            canWatchFiles = ((workspace?["didChangeWatchedFiles"] as? [String: Any])?["dynamicRegistration"] as? Bool) == true
            channel.respond(id ?? NSNull(), result: [
                "capabilities": [
                    "positionEncoding": "utf-16",
                    "textDocumentSync": ["openClose": true, "change": 1, "save": ["includeText": false]],
                    "codeActionProvider": ["codeActionKinds": ["quickfix"]],
                    "hoverProvider": true,
                ] as [String: Any],
                "serverInfo": ["name": "prfaq"],
            ])
        case "initialized":
            // Ask to be told when a configuration changes on disk; a client that cannot be asked may
            // still send the changes, and a saved configuration is seen as it is saved.
            if canWatchFiles {
                channel.request("prfaq-watch-configuration", "client/registerCapability", ["registrations": [[
                    "id": "prfaq-configuration", "method": "workspace/didChangeWatchedFiles",
                    "registerOptions": ["watchers": [["globPattern": "**/*.{yml,yaml}"], ["globPattern": "**/*.json"]]],
                ]]])
            }
        case "$/cancelRequest", "$/setTrace":
            break
        case "workspace/didChangeWatchedFiles":
            let uris = (params["changes"] as? [[String: Any]] ?? []).compactMap { $0["uri"] as? String }
            // A configuration, or a baseline (JSON) one may name.
            if uris.contains(where: { Self.isConfiguration($0) || $0.hasSuffix(".json") }) { reloadConfiguration() }
        case "workspace/didChangeConfiguration":
            reloadConfiguration()
        case "shutdown":
            shutdownRequested = true
            queue.sync {}
            channel.respond(id ?? NSNull(), result: NSNull())
        case "textDocument/didOpen":
            guard let doc = params["textDocument"] as? [String: Any], let uri = doc["uri"] as? String else { break }
            update(uri, text: doc["text"] as? String ?? "", version: doc["version"] as? Int ?? 0, delay: .milliseconds(0))
        case "textDocument/didChange":
            guard let doc = params["textDocument"] as? [String: Any], let uri = doc["uri"] as? String,
                  let changes = params["contentChanges"] as? [[String: Any]], let last = changes.last(where: { $0["range"] == nil }) ?? changes.last,
                  let text = last["text"] as? String else { break }
            update(uri, text: text, version: doc["version"] as? Int ?? 0, delay: debounce)
        case "textDocument/didSave":
            guard let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String else { break }
            if Self.isConfiguration(uri) {
                reloadConfiguration()
            } else {
                relint([uri])
            }
        case "textDocument/didClose":
            guard let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String else { break }
            lock.lock()
            documents[uri] = nil
            results[uri] = nil
            lock.unlock()
            channel.notify("textDocument/publishDiagnostics", ["uri": uri, "diagnostics": [Any]()])
        case "textDocument/codeAction":
            channel.respond(id ?? NSNull(), result: codeActions(params))
        case "textDocument/hover":
            channel.respond(id ?? NSNull(), result: hover(params) ?? NSNull())
        default:
            if let id = id { channel.respond(id, error: -32601, "method not found: \(method)") }
        }
        return nil
    }

    // MARK: linting

    /// A configuration file: `.prfaq.yml`, or any YAML file, since a configuration may extend one.
    static func isConfiguration(_ uri: String) -> Bool {
        let name = (path(of: uri) as NSString).lastPathComponent
        return name == ConfigLoader.fileName || ["yml", "yaml"].contains((name as NSString).pathExtension.lowercased())
    }

    /// Reads the configurations afresh and lints every open draft again; a broken configuration shows as
    /// an error on each draft it governs.
    private func reloadConfiguration() {
        lock.lock()
        run = LintRun(linter: run.linter, options: run.options)
        let uris = Array(documents.keys)
        lock.unlock()
        relint(uris)
    }

    private func relint(_ uris: [String]) {
        for uri in uris {
            lock.lock()
            let open = documents[uri]
            lock.unlock()
            if let o = open { update(uri, text: o.text, version: o.version, delay: .milliseconds(0)) }
        }
    }

    private func update(_ uri: String, text: String, version: Int, delay: DispatchTimeInterval) {
        let now = DispatchTime.now()
        lock.lock()
        var open = documents[uri] ?? Open(text: text, version: version)
        let atOnce = Self.lintsAtOnce(lastChange: open.changed, now: now, wait: delay)
        open.text = text
        open.version = version
        open.generation += 1
        open.changed = now
        let generation = open.generation
        documents[uri] = open
        lock.unlock()
        queue.asyncAfter(deadline: atOnce ? now : now + delay) { [self] in
            lock.lock()
            let current = documents[uri]
            let run = self.run
            lock.unlock()
            // A newer change supersedes this one; the newer one will lint.
            guard let doc = current, doc.generation == generation else { return }
            let path = Self.path(of: uri)
            let source = SourceFile(path: path, text: doc.text)
            let dir = (path as NSString).deletingLastPathComponent
            let result = run.lint(source, directory: dir.isEmpty ? "." : dir)
            lock.lock()
            let stillCurrent = documents[uri]?.generation == generation
            if stillCurrent { results[uri] = (source, result) }
            lock.unlock()
            guard stillCurrent else { return }
            publish(uri, source, result, version: doc.version)
        }
    }

    /// A change lints at once when the one before it came at least `wait` earlier (a pause: the writer
    /// wants to see the result), and waits `wait` inside a burst (typing: only the last change matters).
    static func lintsAtOnce(lastChange: DispatchTime?, now: DispatchTime, wait: DispatchTimeInterval) -> Bool {
        guard let last = lastChange else { return true }
        return last + wait <= now
    }

    private func publish(_ uri: String, _ source: SourceFile, _ result: FileResult, version: Int) {
        var diagnostics = result.diagnostics.map { Self.lsp($0, source, uri: uri) }
        if let e = result.error {
            diagnostics = [["range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]],
                            "severity": 1, "source": "prfaq", "message": e]]
        }
        channel.notify("textDocument/publishDiagnostics", ["uri": uri, "version": version, "diagnostics": diagnostics])
    }

    static func lsp(_ d: Diagnostic, _ source: SourceFile, uri: String) -> [String: Any] {
        var out: [String: Any] = [
            "range": range(d.range, source),
            "severity": d.severity == .error ? 1 : d.severity == .warning ? 2 : 3,
            "code": d.rule,
            "codeDescription": ["href": "https://prfaq.dev/rules/\(d.rule)"],
            "source": "prfaq",
            "message": d.help.map { "\(d.message)\n\($0)" } ?? d.message,
        ]
        if d.fix != nil { out["data"] = ["fixable": true] }
        if !d.related.isEmpty {
            out["relatedInformation"] = d.related.map { r -> [String: Any] in
                ["location": ["uri": uri, "range": range(r.range, source)], "message": r.message]
            }
        }
        return out
    }

    static func range(_ r: Range<Int>, _ source: SourceFile) -> [String: Any] {
        let a = source.utf16Position(ofByte: r.lowerBound), b = source.utf16Position(ofByte: r.upperBound)
        return ["start": ["line": a.line, "character": a.character], "end": ["line": b.line, "character": b.character]]
    }

    // MARK: code actions and hover

    private func snapshot(_ params: [String: Any]) -> (String, SourceFile, FileResult)? {
        guard let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String else { return nil }
        queue.sync {}  // let a pending lint finish so actions match what the writer sees
        lock.lock()
        defer { lock.unlock() }
        guard let (source, result) = results[uri] else { return nil }
        return (uri, source, result)
    }

    private func codeActions(_ params: [String: Any]) -> [[String: Any]] {
        guard let (uri, source, result) = snapshot(params),
              let range = params["range"] as? [String: Any],
              let start = range["start"] as? [String: Any], let end = range["end"] as? [String: Any] else { return [] }
        let lo = source.byteOffset(utf16Line: start["line"] as? Int ?? 0, character: start["character"] as? Int ?? 0)
        let hi = source.byteOffset(utf16Line: end["line"] as? Int ?? 0, character: end["character"] as? Int ?? 0)
        var actions = [[String: Any]]()
        var disabled = Set<String>()
        for d in result.diagnostics where d.range.lowerBound <= hi && d.range.upperBound >= lo {
            if let fix = d.fix {
                let title = fix.replacement.isEmpty ? "Delete \"\(source.text(fix.range))\"" : "Replace with \"\(fix.replacement)\""
                actions.append([
                    "title": title, "kind": "quickfix", "isPreferred": true, "diagnostics": [Self.lsp(d, source, uri: uri)],
                    "edit": ["changes": [uri: [["range": Self.range(fix.range, source), "newText": fix.replacement]]]],
                ])
            }
            if Vocabulary.wordRules.contains(d.rule), let action = acceptWord(source.text(d.range), d, source, uri: uri) {
                actions.append(action)
            }
            if let action = acceptFinding(d, source, uri: uri) { actions.append(action) }
            let key = "\(d.rule)|\(d.start.line)"
            guard disabled.insert(key).inserted else { continue }
            let lineEnd = source.lineContentEnd(d.start.line)
            actions.append([
                "title": "Disable \(d.rule) for this line", "kind": "quickfix", "diagnostics": [Self.lsp(d, source, uri: uri)],
                "edit": ["changes": [uri: [["range": Self.range(lineEnd..<lineEnd, source),
                                            "newText": " <!-- prfaq-disable-line \(d.rule) -->"]]]],
            ])
        }
        return actions
    }

    /// "Add "GMV" to the project vocabulary": one insertion into the nearest `.prfaq.yml` (a new one beside
    /// the draft when there is none), which keeps its comments; the file watcher then lints again.
    private func acceptWord(_ word: String, _ d: Diagnostic, _ source: SourceFile, uri: String) -> [String: Any]? {
        let trimmed = word.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !trimmed.contains("\n"), uri.hasPrefix("file://") else { return nil }
        let dir = (Self.path(of: uri) as NSString).deletingLastPathComponent
        let existing = ConfigLoader.nearestPath(from: dir.isEmpty ? "." : dir)
        let path = existing ?? (dir as NSString).appendingPathComponent(ConfigLoader.fileName)
        let yaml = existing.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? ""
        let insertion = VocabularyEdit.accepting(trimmed, in: yaml)
        let file = SourceFile(path: path, text: yaml)
        let at = file.utf16Position(ofByte: insertion.offset)
        let position: [String: Any] = ["line": at.line, "character": at.character]
        let configURI = URL(fileURLWithPath: path).absoluteString
        let edit: [String: Any] = ["range": ["start": position, "end": position], "newText": insertion.text]
        var changes = [[String: Any]]()
        if existing == nil { changes.append(["kind": "create", "uri": configURI, "options": ["ignoreIfExists": true]]) }
        changes.append(["textDocument": ["uri": configURI, "version": NSNull()], "edits": [edit]])
        return ["title": "Add \"\(trimmed)\" to the project vocabulary (\((path as NSString).lastPathComponent))", "kind": "quickfix",
                "diagnostics": [Self.lsp(d, source, uri: uri)], "edit": ["documentChanges": changes]]
    }

    /// "Accept this finding": adds it to the baseline the configuration names (`baseline:`), one line
    /// inserted, or the file written when there is none yet; the draft is linted again when it changes.
    private func acceptFinding(_ d: Diagnostic, _ source: SourceFile, uri: String) -> [String: Any]? {
        guard uri.hasPrefix("file://") else { return nil }
        let path = Self.path(of: uri)
        let dir = (path as NSString).deletingLastPathComponent
        lock.lock()
        let run = self.run
        lock.unlock()
        guard let file = (try? run.configuration(forDirectory: dir.isEmpty ? "." : dir))?.baseline else { return nil }
        let root = (file as NSString).deletingLastPathComponent
        let entry = Baseline(entries: [], root: root).entry(d, path: path, source: source)
        let fileURI = URL(fileURLWithPath: file).absoluteString
        var changes = [[String: Any]]()
        let edit: [String: Any]
        let existing = try? String(contentsOfFile: file, encoding: .utf8)
        if let text = existing, let at = Baseline.insertion(of: entry, into: text) {
            let p = SourceFile(path: file, text: text).utf16Position(ofByte: at.offset)
            let position: [String: Any] = ["line": p.line, "character": p.character]
            edit = ["range": ["start": position, "end": position], "newText": at.text]
        } else {
            // No baseline yet (or one this cannot extend): the file with this one finding.
            if existing == nil { changes.append(["kind": "create", "uri": fileURI, "options": ["ignoreIfExists": true]]) }
            let end = SourceFile(path: file, text: existing ?? "").utf16Position(ofByte: (existing ?? "").utf8.count)
            let text = String(decoding: Baseline(entries: [entry], root: root).encoded(), as: UTF8.self)
            edit = ["range": ["start": ["line": 0, "character": 0], "end": ["line": end.line, "character": end.character]], "newText": text]
        }
        changes.append(["textDocument": ["uri": fileURI, "version": NSNull()], "edits": [edit]])
        return ["title": "Accept this finding (add it to \((file as NSString).lastPathComponent))", "kind": "quickfix",
                "diagnostics": [Self.lsp(d, source, uri: uri)], "edit": ["documentChanges": changes]]
    }

    private func hover(_ params: [String: Any]) -> [String: Any]? {
        guard let (uri, source, result) = snapshot(params), let pos = params["position"] as? [String: Any] else { return nil }
        // The draft's own configuration may add pack rules; explain those too.
        let dir = (Self.path(of: uri) as NSString).deletingLastPathComponent
        lock.lock()
        let run = self.run
        lock.unlock()
        let linter = (try? run.configuration(forDirectory: dir.isEmpty ? "." : dir)).flatMap { try? run.packs.linter(for: $0) } ?? run.linter
        let at = source.byteOffset(utf16Line: pos["line"] as? Int ?? 0, character: pos["character"] as? Int ?? 0)
        let hits = result.diagnostics.filter { $0.range.lowerBound <= at && at <= $0.range.upperBound }
        guard let first = hits.first else { return nil }
        var text = ""
        for d in hits {
            guard let rule = linter.rule(d.rule)?.description else { continue }
            text += "**\(d.rule)** (\(d.severity.rawValue)): \(d.message)\n\n\(rule.summary). \(rule.rationale)\n\n"
            if let h = d.help { text += "_Instead:_ \(h)\n\n" }
        }
        return ["contents": ["kind": "markdown", "value": text.trimmingCharacters(in: .whitespacesAndNewlines)],
                "range": Self.range(first.range, source)]
    }

    /// A file URI's path (percent-decoded); other URIs lint as an untitled draft in the current folder.
    static func path(of uri: String) -> String {
        guard uri.hasPrefix("file://"), let url = URL(string: uri) else { return "untitled.md" }
        return url.path
    }
}
