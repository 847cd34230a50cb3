import ArgumentParser
import Foundation

// A write past `ulimit -f` fails with EFBIG and is reported like any failed write, instead of the signal
// killing prfaq halfway through `--fix` with a temporary file left behind.
signal(SIGXFSZ, SIG_IGN)

// Parse and run by hand so a usage error exits 2, as the contract says, not ArgumentParser's 64.
do {
    var command = try Prfaq.parseAsRoot()
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
    FileHandle.standardError.write(Data("\(Prfaq.fullMessage(for: error))\n".utf8))
    exit(2)
}
