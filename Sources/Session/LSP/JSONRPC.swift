import Foundation

/// JSON-RPC 2.0 over stdio with LSP's `Content-Length` framing.
public final class JSONRPCChannel: @unchecked Sendable {
    private let input: FileHandle
    private let output: FileHandle
    private var buffer = Data()
    private let writeLock = NSLock()

    public init(input: FileHandle = .standardInput, output: FileHandle = .standardOutput) {
        self.input = input
        self.output = output
    }

    /// The next request or notification, or nil at end of input. A frame whose header is malformed is
    /// skipped; a body that is no request is answered with JSON-RPC's error for it (the client may be
    /// waiting); a reply to the server's own request is passed over.
    public func read() -> [String: Any]? {
        while true {
            if let (incoming, used) = Self.parseFrame(buffer) {
                buffer.removeSubrange(0..<used)
                switch incoming {
                case .message(let m)?: return m
                case .invalid(let id, let code, let reason)?: respond(id, error: code, reason)
                case .reply?, nil: break
                }
                continue
            }
            let chunk = input.availableData
            if chunk.isEmpty { return nil }
            buffer.append(chunk)
        }
    }

    /// The largest message body accepted, as large as the largest draft prfaq reads (64 MB).
    static let maxMessageBytes = 64 << 20

    /// One frame from the start of `data`: (what its body is, or nil if its header is malformed; bytes used).
    static func parseFrame(_ data: Data) -> (IncomingMessage?, Int)? {
        guard let headerEnd = data.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let header = String(decoding: data[data.startIndex..<headerEnd.lowerBound], as: UTF8.self)
        var length = -1
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-length" {
                length = Int(parts[1].trimmingCharacters(in: .whitespaces)) ?? -1
            }
        }
        let bodyStart = headerEnd.upperBound - data.startIndex
        // A length past any real message (or past Int's range once added) is a malformed frame: skip its
        // header rather than wait for, or add up to, bytes that will never come.
        guard length >= 0, length <= Self.maxMessageBytes else { return (nil, bodyStart) }
        guard data.count >= bodyStart + length else { return nil }
        let body = data.subdata(in: (data.startIndex + bodyStart)..<(data.startIndex + bodyStart + length))
        return (IncomingMessage(body: body), bodyStart + length)
    }

    public func send(_ message: [String: Any]) {
        var m = message
        m["jsonrpc"] = "2.0"
        guard let body = try? JSONSerialization.data(withJSONObject: m, options: [.withoutEscapingSlashes]) else { return }
        var frame = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        frame.append(body)
        writeLock.lock()
        output.write(frame)
        writeLock.unlock()
    }

    public func respond(_ id: Any, result: Any) { send(["id": id, "result": result]) }
    public func respond(_ id: Any, error code: Int, _ message: String) {
        send(["id": id, "error": ["code": code, "message": message]])
    }
    public func notify(_ method: String, _ params: Any) { send(["method": method, "params": params]) }
    /// A request from the server; the client's reply is passed over by `read`.
    public func request(_ id: String, _ method: String, _ params: Any) { send(["id": id, "method": method, "params": params]) }
}
