import Foundation

/// What one frame's body is to the server, as JSON-RPC 2.0 says: a message to handle, a body to answer
/// with an error (the client may be waiting on it), or a reply to the server's own request.
enum IncomingMessage {
    case message([String: Any])
    case invalid(id: Any, code: Int, reason: String)
    case reply

    static let parseError = -32700
    static let invalidRequest = -32600
    static let invalidParams = -32602

    init(body: Data) {
        if let value = try? JSONSerialization.jsonObject(with: body) {
            self = Self.classify(value)
            return
        }
        // Not JSON as it stands. Bad UTF-8 bytes and unpaired surrogate escapes (`"\ud800"`) make the
        // parser fail although the message is otherwise whole: read it with U+FFFD in their place, so a
        // request still gets an answer carrying its id, and a notification's text is taken as `prfaq lint`
        // takes a file with invalid UTF-8.
        let mended = Self.replacingUnpairedSurrogates(Array(String(decoding: body, as: UTF8.self).utf8))
        guard let value = try? JSONSerialization.jsonObject(with: Data(mended)) else {
            self = .invalid(id: NSNull(), code: Self.parseError, reason: "parse error: the message is not JSON")
            return
        }
        let message = Self.classify(value)
        if case .message(let m) = message, let id = m["id"] {
            self = .invalid(id: id, code: Self.invalidParams, reason: "the message is not valid UTF-8 or holds an unpaired surrogate")
        } else {
            self = message
        }
    }

    private static func classify(_ value: Any) -> IncomingMessage {
        guard let m = value as? [String: Any] else {
            return .invalid(id: NSNull(), code: invalidRequest, reason: "invalid request: not a JSON object")
        }
        let id = m["id"]
        // An id is a number or a string (null only in replies about unreadable messages).
        if let id = id, !(id is NSNumber || id is String) {
            return .invalid(id: NSNull(), code: invalidRequest, reason: "invalid request: an id is a number or a string")
        }
        guard let method = m["method"] else {
            if id != nil && (m["result"] != nil || m["error"] != nil) { return .reply }
            return .invalid(id: id ?? NSNull(), code: invalidRequest, reason: "invalid request: no method")
        }
        guard method is String else {
            return .invalid(id: id ?? NSNull(), code: invalidRequest, reason: "invalid request: the method is not a string")
        }
        return .message(m)
    }

    /// JSON text with each `\uD800`–`\uDFFF` escape that is not half of a pair replaced by `\uFFFD`.
    static func replacingUnpairedSurrogates(_ text: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(text.count)
        var i = 0
        while i < text.count {
            guard text[i] == UInt8(ascii: "\\"), i + 1 < text.count else {
                out.append(text[i])
                i += 1
                continue
            }
            guard let unit = unicodeEscape(text, at: i) else {
                // Another escape (`\\`, `\"`, …): both bytes go as they are, so `\\ud800` stays text.
                out.append(contentsOf: text[i...(i + 1)])
                i += 2
                continue
            }
            if (0xD800...0xDBFF).contains(unit), let low = unicodeEscape(text, at: i + 6), (0xDC00...0xDFFF).contains(low) {
                out.append(contentsOf: text[i..<(i + 12)])
                i += 12
            } else if (0xD800...0xDFFF).contains(unit) {
                out.append(contentsOf: Array("\\ufffd".utf8))
                i += 6
            } else {
                out.append(contentsOf: text[i..<(i + 6)])
                i += 6
            }
        }
        return out
    }

    /// The code unit of a `\uXXXX` escape starting at `i`, if one does.
    private static func unicodeEscape(_ text: [UInt8], at i: Int) -> UInt16? {
        guard i + 6 <= text.count, text[i] == UInt8(ascii: "\\"), text[i + 1] == UInt8(ascii: "u") else { return nil }
        return UInt16(String(decoding: text[(i + 2)..<(i + 6)], as: UTF8.self), radix: 16)
    }
}
