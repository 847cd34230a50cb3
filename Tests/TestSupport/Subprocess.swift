import Foundation

/// Runs a program to completion the way every test that starts one needs: arguments, standard input, a
/// working folder, extra environment, both pipes read before waiting (so a large output cannot block
/// the child) and an optional ceiling after which a watchdog kills it (a hang detector, not a timer).
public enum Subprocess {
    public struct Result {
        public let status: Int32
        public let stdout: String
        /// Empty when standard error was merged into standard output.
        public let stderr: String
        public let timedOut: Bool
        public let crashed: Bool
    }

    /// - Parameters:
    ///   - environment: added to this process's environment, after `removing` is taken out of it.
    ///   - mergeStandardError: standard error goes to the same pipe as standard output, interleaved.
    public static func run(_ executable: String, _ arguments: [String], stdin: Data? = nil,
                           environment: [String: String] = [:], removing: [String] = [], cwd: URL? = nil,
                           seconds: Double? = nil, mergeStandardError: Bool = false) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        if let cwd { p.currentDirectoryURL = cwd }
        var env = ProcessInfo.processInfo.environment
        for key in removing { env.removeValue(forKey: key) }
        env.merge(environment) { _, new in new }
        p.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = mergeStandardError ? out : err
        p.standardInput = input
        try p.run()
        let killed = Flag()
        let pid = p.processIdentifier
        let watchdog = DispatchWorkItem {
            killed.set()
            kill(pid, SIGKILL)
        }
        if let s = seconds { DispatchQueue.global().asyncAfter(deadline: .now() + s, execute: watchdog) }
        if let s = stdin { input.fileHandleForWriting.write(s) }
        try input.fileHandleForWriting.close()
        let outBox = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { outBox.data = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let errData = mergeStandardError ? Data() : err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        watchdog.cancel()
        return Result(status: p.terminationStatus, stdout: String(decoding: outBox.data, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), timedOut: killed.isSet,
                      crashed: p.terminationReason == .uncaughtSignal)
    }

    final class DataBox: @unchecked Sendable { var data = Data() }
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.lock(); value = true; lock.unlock() }
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    }
}
