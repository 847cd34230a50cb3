import Foundation
import Session

/// The hard stop for a command on one draft (`report`, `stats`, `config --explain`): work that checks
/// no deadline of its own (parsing, the anatomy, marking up the report) cannot keep the command
/// running past `--timeout`. When it fires, the command ends with the one-line error of any input
/// problem, exit 2; nothing has been written, as reports are written whole at the end.
enum Watchdog {
    /// The stop for one draft of `run`: at its hard stop, naming the user's `--timeout`.
    static func arm(_ run: LintRun, path: String) {
        arm(after: run.hardStop, timeout: run.options.fileBudget, path: path == "-" ? run.options.stdinName : path)
    }

    /// Ends the process `after` seconds from now, reporting that `path` took longer than `timeout` (the
    /// limit the user set: the stop itself may come later, to give the rules' own deadline its turn).
    static func arm(after: Double, timeout: Double, path: String) {
        let t = Thread {
            Thread.sleep(forTimeInterval: after)
            let line = "prfaq: error: \(path): took longer than \(timeout) s and was stopped (please report this draft)\n"
            _ = Descriptor.writeAll(STDERR_FILENO, Array(line.utf8))
            _exit(2)
        }
        t.start()
    }
}
