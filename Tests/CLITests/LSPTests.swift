import Foundation
import XCTest

/// A scripted LSP client drives `prfaq lsp` over stdio: diagnostics with UTF-16 ranges on lines with
/// emoji, quick fixes that apply, "disable for this line", hover text, shutdown and exit.
final class LSPTests: CLITestCase {
    final class Client: @unchecked Sendable {
        let process = Process()
        let stdin = Pipe(), stdout = Pipe()
        private var buffer = Data()
        private var messages = [[String: Any]]()
        private let lock = NSLock()
        private var nextID = 1

        init(binary: String, cwd: URL) throws {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["lsp"]
            process.currentDirectoryURL = cwd
            process.standardInput = stdin
            process.standardOutput = stdout
            process.standardError = FileHandle.nullDevice
            stdout.fileHandleForReading.readabilityHandler = { [weak self] h in self?.receive(h.availableData) }
            try process.run()
        }

        private func receive(_ d: Data) {
            lock.lock()
            defer { lock.unlock() }
            buffer.append(d)
            while let end = buffer.range(of: Data("\r\n\r\n".utf8)) {
                let header = String(decoding: buffer[buffer.startIndex..<end.lowerBound], as: UTF8.self)
                guard let len = header.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else { return }
                let start = end.upperBound
                guard buffer.distance(from: start, to: buffer.endIndex) >= len else { return }
                let body = buffer.subdata(in: start..<buffer.index(start, offsetBy: len))
                buffer = Data(buffer[buffer.index(start, offsetBy: len)...])
                if let m = try? JSONSerialization.jsonObject(with: body) as? [String: Any] { messages.append(m) }
            }
        }

        func send(_ m: [String: Any]) {
            var m = m
            m["jsonrpc"] = "2.0"
            let body = try! JSONSerialization.data(withJSONObject: m)
            send(raw: body)
        }

        /// A frame around any body, JSON or not.
        func send(raw body: Data) {
            stdin.fileHandleForWriting.write(Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
        }

        /// Whether a message matching has arrived and not been taken.
        func received(_ match: ([String: Any]) -> Bool) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            return messages.contains(where: match)
        }

        @discardableResult
        func request(_ method: String, _ params: [String: Any]) -> Int {
            let id = nextID
            nextID += 1
            send(["id": id, "method": method, "params": params])
            return id
        }

        /// Waits (with a deadline) for the first message matching, removing it.
        func waitFor(_ what: String, _ match: ([String: Any]) -> Bool) -> [String: Any]? {
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline {
                lock.lock()
                if let i = messages.firstIndex(where: match) {
                    let m = messages.remove(at: i)
                    lock.unlock()
                    return m
                }
                lock.unlock()
                usleep(5_000)
            }
            XCTFail("no \(what) from the server")
            return nil
        }

        func response(_ id: Int) -> [String: Any]? { waitFor("response \(id)") { $0["id"] as? Int == id } }
        /// The error code of the answer to request `id` (nil: no answer, or no error).
        func errorCode(_ id: Int) -> Int? { (response(id)?["error"] as? [String: Any])?["code"] as? Int }
        /// The error code of the next answer with a null id (to a message whose id could not be read).
        func nullIDErrorCode() -> Int? {
            let m = waitFor("an answer with a null id") { $0["id"] is NSNull }
            return (m?["error"] as? [String: Any])?["code"] as? Int
        }
        func diagnostics(version: Int) -> [[String: Any]]? {
            let m = waitFor("diagnostics v\(version)") {
                $0["method"] as? String == "textDocument/publishDiagnostics" && (($0["params"] as? [String: Any])?["version"] as? Int) == version
            }
            return (m?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]]
        }
    }

    func range(_ d: [String: Any]) -> [Int] {
        let r = d["range"] as? [String: Any] ?? [:]
        let s = r["start"] as? [String: Int] ?? [:], e = r["end"] as? [String: Int] ?? [:]
        return [s["line"] ?? -1, s["character"] ?? -1, e["line"] ?? -1, e["character"] ?? -1]
    }

    /// A frame that declares an absurd length is skipped as malformed: the server neither traps nor waits.
    func testAHugeContentLengthIsAMalformedFrame() throws {
        let r = try prfaq(["lsp"], stdin: "Content-Length: 9223372036854775769\r\n\r\n")
        // End of input without "shutdown" exits 1, as the LSP specification says; a trap was 132.
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertFalse(r.stderr.contains("Fatal"), r.stderr)
    }

    func testDiagnosticsFixesHoverAndShutdown() throws {
        let client = try Client(binary: Self.binary, cwd: dir)
        defer { if client.process.isRunning { client.process.terminate() } }
        let uri = "file://" + dir.appendingPathComponent("draft.md").path
        let initialize = client.request("initialize", ["processId": NSNull(), "rootUri": "file://" + dir.path, "capabilities": [:]])
        let caps = (client.response(initialize)?["result"] as? [String: Any])?["capabilities"] as? [String: Any]
        XCTAssertEqual(caps?["hoverProvider"] as? Bool, true)
        client.send(["method": "initialized", "params": [:]])

        // The emoji is two UTF-16 units: "significantly" starts at UTF-16 character 12 (0-based), one more than its scalar offset.
        let text = "# Title\n\nZoë 🚀 drop significantly, in order to win.\n"
        client.send(["method": "textDocument/didOpen", "params": ["textDocument": ["uri": uri, "languageId": "markdown", "version": 1, "text": text]]])
        var diags = try XCTUnwrap(client.diagnostics(version: 1))
        let weasel = try XCTUnwrap(diags.first { $0["code"] as? String == "concision/weasel-word" })
        XCTAssertEqual(range(weasel), [2, 12, 2, 25])
        XCTAssertEqual(weasel["severity"] as? Int, 2)
        XCTAssertEqual(weasel["source"] as? String, "prfaq")
        XCTAssertNotNil((weasel["codeDescription"] as? [String: Any])?["href"])
        let wordy = try XCTUnwrap(diags.first { $0["code"] as? String == "concision/wordy-phrase" })
        XCTAssertEqual(range(wordy), [2, 27, 2, 38])

        // Quick fix: replace "in order to" with "to"; applying the edit gives the fixed line.
        let ca = client.request("textDocument/codeAction", ["textDocument": ["uri": uri], "range": wordy["range"] as Any,
                                                            "context": ["diagnostics": [wordy]]])
        let actions = client.response(ca)?["result"] as? [[String: Any]] ?? []
        let fix = try XCTUnwrap(actions.first { $0["title"] as? String == "Replace with \"to\"" })
        let edit = try XCTUnwrap(((fix["edit"] as? [String: Any])?["changes"] as? [String: Any])?[uri] as? [[String: Any]]).first
        XCTAssertEqual(edit?["newText"] as? String, "to")
        XCTAssertEqual(edit.map(range), [2, 27, 2, 38])
        XCTAssertTrue(actions.contains { $0["title"] as? String == "Disable concision/wordy-phrase for this line" })

        // Apply both actions as an editor would, send the change, and see the findings go.
        let fixedLine = "Zoë 🚀 drop significantly, to win. <!-- prfaq-disable-line concision/weasel-word -->"
        client.send(["method": "textDocument/didChange", "params": ["textDocument": ["uri": uri, "version": 2],
                                                                      "contentChanges": [["text": "# Title\n\n\(fixedLine)\n"]]]])
        diags = try XCTUnwrap(client.diagnostics(version: 2))
        XCTAssertFalse(diags.contains { $0["code"] as? String == "concision/wordy-phrase" || $0["code"] as? String == "concision/weasel-word" }, "\(diags)")

        // Hover over a finding explains the rule.
        client.send(["method": "textDocument/didChange", "params": ["textDocument": ["uri": uri, "version": 3], "contentChanges": [["text": text]]]])
        _ = client.diagnostics(version: 3)
        let hv = client.request("textDocument/hover", ["textDocument": ["uri": uri], "position": ["line": 2, "character": 14]])
        let contents = ((client.response(hv)?["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String ?? ""
        XCTAssertTrue(contents.contains("concision/weasel-word") && contents.contains("Weasel words"), contents)

        let shutdown = client.request("shutdown", [:])
        XCTAssertNotNil(client.response(shutdown))
        client.send(["method": "exit"])
        client.process.waitUntilExit()
        XCTAssertEqual(client.process.terminationStatus, 0)
    }

    func testRapidChangesPublishTheLatestVersion() throws {
        let client = try Client(binary: Self.binary, cwd: dir)
        defer { if client.process.isRunning { client.process.terminate() } }
        let uri = "file://" + dir.appendingPathComponent("d.md").path
        _ = client.response(client.request("initialize", ["capabilities": [:]]))
        client.send(["method": "textDocument/didOpen", "params": ["textDocument": ["uri": uri, "version": 1, "text": "# T\n\nFine.\n"]]])
        _ = client.diagnostics(version: 1)
        for v in 2...20 {
            client.send(["method": "textDocument/didChange", "params": ["textDocument": ["uri": uri, "version": v],
                                                                          "contentChanges": [["text": "# T\n\nIt is very slow \(v).\n"]]]])
        }
        let last = try XCTUnwrap(client.diagnostics(version: 20))
        XCTAssertTrue(last.contains { $0["code"] as? String == "concision/weasel-word" })
        client.send(["method": "exit"])
        client.process.waitUntilExit()
        XCTAssertEqual(client.process.terminationStatus, 1, "exit without shutdown is 1")
    }

    func open(_ client: Client, _ uri: String, _ text: String, version: Int = 1) {
        client.send(["method": "textDocument/didOpen", "params": ["textDocument": ["uri": uri, "languageId": "markdown", "version": version, "text": text]]])
    }

    func testBodiesThatAreNoRequestsGetJSONRPCErrors() throws {
        let client = try Client(binary: Self.binary, cwd: dir)
        defer { if client.process.isRunning { client.process.terminate() } }
        _ = client.response(client.request("initialize", ["capabilities": [:]]))
        client.send(raw: Data("{\"id\": 1, \"method\": ".utf8))
        XCTAssertEqual(client.nullIDErrorCode(), -32700, "not JSON: parse error")
        client.send(raw: Data("[1, 2]".utf8))
        XCTAssertEqual(client.nullIDErrorCode(), -32600, "JSON, but no request object")
        client.send(["id": 41, "params": [:]])
        XCTAssertEqual(client.errorCode(41), -32600, "no method")
        client.send(["id": 42, "method": 7])
        XCTAssertEqual(client.errorCode(42), -32600, "a method that is not a string")
        client.send(["id": 43, "method": "textDocument/didClose", "params": ["textDocument": ["uri": "file:///x.md"]]])
        XCTAssertEqual(client.errorCode(43), -32600, "a notification sent as a request is still answered")
        // The server goes on serving.
        XCTAssertNotNil(client.response(client.request("shutdown", [:]))?["result"])
    }

    func testRequestsBeforeInitializeAreRefusedAndNotificationsDropped() throws {
        let client = try Client(binary: Self.binary, cwd: dir)
        defer { if client.process.isRunning { client.process.terminate() } }
        let early = "file://" + dir.appendingPathComponent("early.md").path
        XCTAssertEqual(client.errorCode(client.request("textDocument/hover", ["textDocument": ["uri": early], "position": ["line": 0, "character": 0]])), -32002)
        open(client, early, "# T\n\nIt is very slow.\n")
        _ = client.response(client.request("initialize", ["capabilities": [:]]))
        let later = "file://" + dir.appendingPathComponent("later.md").path
        open(client, later, "# T\n\nIt is very slow.\n", version: 2)
        XCTAssertNotNil(client.diagnostics(version: 2))
        // Lints run in order: had the early draft been taken, its diagnostics would have come first.
        XCTAssertFalse(client.received { (($0["params"] as? [String: Any])?["uri"] as? String) == early })
        client.send(["method": "exit"])
        client.process.waitUntilExit()
    }

    func testBadUTF8AndLoneSurrogatesAreAnsweredOrReadWithReplacementCharacters() throws {
        let client = try Client(binary: Self.binary, cwd: dir)
        defer { if client.process.isRunning { client.process.terminate() } }
        _ = client.response(client.request("initialize", ["capabilities": [:]]))
        let uri = "file://" + dir.appendingPathComponent("d.md").path
        client.send(raw: Data(#"{"jsonrpc": "2.0", "id": 7, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///\ud800.md"}, "position": {"line": 0, "character": 0}}}"#.utf8))
        XCTAssertEqual(client.errorCode(7), -32602, "a lone surrogate")
        var bad = Data(#"{"jsonrpc": "2.0", "id": 8, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///"#.utf8)
        bad += Data([0xFF, 0xC3]) + Data(#".md"}, "position": {"line": 0, "character": 0}}}"#.utf8)
        client.send(raw: bad)
        XCTAssertEqual(client.errorCode(8), -32602, "invalid UTF-8")
        // A notification has no answer: its text is read with U+FFFD in place, as lint reads a file.
        let text = #"# T\n\nIt is \udc00 very slow.\n"#
        client.send(raw: Data(#"{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": "\#(uri)", "version": 3, "text": "\#(text)"}}}"#.utf8))
        let diags = try XCTUnwrap(client.diagnostics(version: 3))
        let weasel = try XCTUnwrap(diags.first { $0["code"] as? String == "concision/weasel-word" })
        XCTAssertEqual(range(weasel), [2, 8, 2, 12], "U+FFFD is one UTF-16 unit, as the lone surrogate was")
    }

    /// The server reads each draft's `.prfaq.yml` as `prfaq lint` does, and reads it again when the
    /// client reports it changed or saved; a broken one is an error on the draft, not silence.
    func testAnEditedConfigurationRelintsOpenDrafts() throws {
        try write(".prfaq.yml", "rules:\n  concision/weasel-word: off\n")
        let config = "file://" + dir.appendingPathComponent(".prfaq.yml").path
        let client = try Client(binary: Self.binary, cwd: dir)
        defer { if client.process.isRunning { client.process.terminate() } }
        _ = client.response(client.request("initialize", ["capabilities": ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]]]))
        client.send(["method": "initialized", "params": [:]])
        // The server asks to be told of configuration files changing; the client's reply needs no answer.
        let registration = try XCTUnwrap(client.waitFor("client/registerCapability") { $0["method"] as? String == "client/registerCapability" })
        client.send(["id": registration["id"] ?? NSNull(), "result": NSNull()])

        let uri = "file://" + dir.appendingPathComponent("d.md").path
        open(client, uri, "# T\n\nIt is very slow.\n")
        XCTAssertFalse(try XCTUnwrap(client.diagnostics(version: 1)).contains { $0["code"] as? String == "concision/weasel-word" })

        try write(".prfaq.yml", "rules:\n  concision/weasel-word: error\n")
        client.send(["method": "workspace/didChangeWatchedFiles", "params": ["changes": [["uri": config, "type": 2]]]])
        let weasel = try XCTUnwrap(client.diagnostics(version: 1)).first { $0["code"] as? String == "concision/weasel-word" }
        XCTAssertEqual(weasel?["severity"] as? Int, 1)

        try write(".prfaq.yml", "rules:\n  concision/weasel-word: [\n")
        client.send(["method": "textDocument/didSave", "params": ["textDocument": ["uri": config]]])
        let broken = try XCTUnwrap(client.diagnostics(version: 1))
        XCTAssertEqual(broken.count, 1, "\(broken)")
        XCTAssertEqual(broken.first?["severity"] as? Int, 1)
        XCTAssertTrue((broken.first?["message"] as? String ?? "").contains(".prfaq.yml:3:1: not valid YAML"), "\(broken)")

        XCTAssertNotNil(client.response(client.request("shutdown", [:])))
        XCTAssertFalse(client.received { $0["id"] as? String == registration["id"] as? String }, "a reply is not answered")
    }

    /// "Add "GMV" to the project vocabulary" edits the nearest .prfaq.yml in place: its comment survives,
    /// and once the file is saved the draft is linted again without the finding.
    func testTheVocabularyActionEditsTheConfigurationInPlace() throws {
        let yaml = "# Team settings: ask Dana before changing.\nprofile: narrative\nvocabulary:\n  accept: [ASIN]  # catalogue ids\n"
        try write(".prfaq.yml", yaml)
        let client = try Client(binary: Self.binary, cwd: dir)
        defer { if client.process.isRunning { client.process.terminate() } }
        _ = client.response(client.request("initialize", ["capabilities": [:]]))
        client.send(["method": "initialized", "params": [:]])
        let uri = "file://" + dir.appendingPathComponent("d.md").path
        open(client, uri, "# Plan\n\nThe GMV report and the ASIN list guide 12 launches a year.\n")
        let diags = try XCTUnwrap(client.diagnostics(version: 1))
        let acronym = try XCTUnwrap(diags.first { $0["code"] as? String == "clarity/undefined-acronym" }, "\(diags)")
        XCTAssertFalse(diags.contains { ($0["message"] as? String ?? "").contains("ASIN") }, "ASIN is accepted")
        let ca = client.request("textDocument/codeAction", ["textDocument": ["uri": uri], "range": acronym["range"] as Any,
                                                            "context": ["diagnostics": [acronym]]])
        let actions = client.response(ca)?["result"] as? [[String: Any]] ?? []
        let add = try XCTUnwrap(actions.first { ($0["title"] as? String ?? "").hasPrefix("Add \"GMV\" to the project vocabulary") }, "\(actions)")
        let changes = try XCTUnwrap((add["edit"] as? [String: Any])?["documentChanges"] as? [[String: Any]])
        let doc = try XCTUnwrap(changes.last)
        XCTAssertEqual((doc["textDocument"] as? [String: Any])?["uri"] as? String, "file://" + dir.appendingPathComponent(".prfaq.yml").path)
        let edit = try XCTUnwrap((doc["edits"] as? [[String: Any]])?.first)
        // Apply the edit as an editor would: at its line and character.
        let start = (edit["range"] as? [String: Any])?["start"] as? [String: Int] ?? [:]
        var lines = yaml.components(separatedBy: "\n")
        let line = try XCTUnwrap(start["line"]), character = try XCTUnwrap(start["character"])
        let chars = Array(lines[line].utf16)
        lines[line] = String(decoding: chars[..<character], as: UTF16.self) + (edit["newText"] as? String ?? "") + String(decoding: chars[character...], as: UTF16.self)
        let edited = lines.joined(separator: "\n")
        XCTAssertEqual(edited, "# Team settings: ask Dana before changing.\nprofile: narrative\nvocabulary:\n  accept: [ASIN, GMV]  # catalogue ids\n")
        try write(".prfaq.yml", edited)
        client.send(["method": "workspace/didChangeWatchedFiles", "params": ["changes": [["uri": "file://" + dir.appendingPathComponent(".prfaq.yml").path, "type": 2]]]])
        let after = try XCTUnwrap(client.diagnostics(version: 1))
        XCTAssertFalse(after.contains { $0["code"] as? String == "clarity/undefined-acronym" }, "\(after)")
        XCTAssertNotNil(client.response(client.request("shutdown", [:])))
    }

    /// "Accept this finding" adds it to the baseline the configuration names; once the file changes, the
    /// draft is linted again without it.
    func testAcceptingAFindingAddsItToTheConfiguredBaseline() throws {
        try write(".prfaq.yml", "baseline: accepted.json\n")
        let client = try Client(binary: Self.binary, cwd: dir)
        defer { if client.process.isRunning { client.process.terminate() } }
        _ = client.response(client.request("initialize", ["capabilities": [:]]))
        client.send(["method": "initialized", "params": [:]])
        let uri = "file://" + dir.appendingPathComponent("d.md").path
        let draft = "# Plan\n\nWe leverage the queue to cut waits from 9 to 4 days.\n"
        try write("d.md", draft)
        open(client, uri, draft)
        let jargon = try XCTUnwrap(try XCTUnwrap(client.diagnostics(version: 1)).first { $0["code"] as? String == "clarity/jargon" })
        let ca = client.request("textDocument/codeAction", ["textDocument": ["uri": uri], "range": jargon["range"] as Any,
                                                            "context": ["diagnostics": [jargon]]])
        let actions = client.response(ca)?["result"] as? [[String: Any]] ?? []
        let accept = try XCTUnwrap(actions.first { ($0["title"] as? String ?? "") == "Accept this finding (add it to accepted.json)" }, "\(actions)")
        let changes = try XCTUnwrap((accept["edit"] as? [String: Any])?["documentChanges"] as? [[String: Any]])
        XCTAssertEqual(changes.first?["kind"] as? String, "create", "no baseline yet: the file is created")
        let text = try XCTUnwrap(((changes.last?["edits"] as? [[String: Any]])?.first)?["newText"] as? String)
        try write("accepted.json", text)
        client.send(["method": "workspace/didChangeWatchedFiles", "params": ["changes": [["uri": "file://" + dir.appendingPathComponent("accepted.json").path, "type": 1]]]])
        let after = try XCTUnwrap(client.diagnostics(version: 1))
        XCTAssertFalse(after.contains { $0["code"] as? String == "clarity/jargon" }, "\(after)")
        // The command line reads the same file.
        let cli = try prfaq(["lint", "--format", "json", "d.md"], cwd: dir)
        XCTAssertEqual(cli.status, 0, cli.stderr)
        XCTAssertFalse(diagnostics(try json(cli)).contains { $0["rule"] as? String == "clarity/jargon" }, cli.stdout)
        XCTAssertNotNil(client.response(client.request("shutdown", [:])))
    }
}
