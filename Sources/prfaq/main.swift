import ArgumentParser
import Foundation
import Session

// A write past `ulimit -f` fails with EFBIG and is reported like any failed write, instead of the signal
// killing prfaq halfway through `--fix` with a temporary file left behind.
signal(SIGXFSZ, SIG_IGN)

// Parse and run by hand so a usage error exits 2, as the contract says, not ArgumentParser's 64.
do {
    // Arguments as the bytes they are: a file name that is not UTF-8 still names its file.
    let arguments = (1..<Int(CommandLine.argc)).map { i in
        CommandLine.unsafeArgv[i].map { FilePath.string(UnsafeBufferPointer(start: $0, count: strlen($0)).map { UInt8(bitPattern: $0) }) } ?? ""
    }
    if let first = arguments.first, let meant = Prfaq.mistypedCommand(first) {
        throw CommandFailure("unknown command \"\(first)\" (did you mean \"\(meant)\"?); to lint a file of that name, write ./\(first)")
    }
    switch FastPath.call(arguments) {
    case .version?:
        StandardOutput.write(Version.string + "\n")
        StandardOutput.finish()
        exit(0)
    case .lint(let job)?:
        try job.run()
        StandardOutput.finish()
        exit(0)
    case nil:
        break
    }
    // Debug builds (the tests) hold the fast path's list of command names to ArgumentParser's.
    assert(Prfaq.commandNames == Prfaq.configuration.subcommands.map { $0._commandName }, "Prfaq.commandNames is out of date")
    var command = try Prfaq.parseAsRoot(Prfaq.normalized(arguments))
    try command.run()
    StandardOutput.finish()
} catch let e as ExitCode {
    StandardOutput.finish()
    exit(e.rawValue)
} catch let e as CommandFailure {
    FileHandle.standardError.write(Data("prfaq: error: \(e)\n".utf8))
    exit(2)
} catch {
    if Prfaq.exitCode(for: error) == .success { Prfaq.exit(withError: error) }
    // One error style on standard error, ArgumentParser's usage errors included.
    var message = Prfaq.fullMessage(for: error)
    if message.hasPrefix("Error: ") { message = "prfaq: error: " + message.dropFirst(7) }
    FileHandle.standardError.write(Data("\(message)\n".utf8))
    exit(2)
}
