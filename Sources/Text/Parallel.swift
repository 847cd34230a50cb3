import Foundation

/// How wide one big file's work spreads: across the machine's cores.
package enum Parallel {
    package static let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// Drafts at least this large tokenise and run their rules on all cores: a lone big file would
    /// otherwise use one core while the others idle. Smaller files are already linted side by side.
    /// Variables only so tests can force either path and compare them.
    package nonisolated(unsafe) static var draftBytes = 256 * 1024
    /// Findings in a file from which locating and rendering them is split across the cores.
    package nonisolated(unsafe) static var findings = 4096

    /// `body` over `0..<count` in `width` contiguous slices at once; results keep index order.
    package static func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        let slices = min(width, count)
        guard slices > 1 else { return (0..<count).map(body) }
        var parts = [[T]](repeating: [], count: slices)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: slices) { s in
            let lo = count * s / slices, hi = count * (s + 1) / slices
            let part = (lo..<hi).map(body)
            lock.lock()
            parts[s] = part
            lock.unlock()
        }
        return parts.flatMap { $0 }
    }

    /// `body` on each element in place, in `width` contiguous slices at once: no second array of the results.
    package static func update<T>(_ items: inout [T], _ body: (inout T) -> Void) {
        let count = items.count
        let slices = min(width, count)
        items.withUnsafeMutableBufferPointer { buffer in
            guard slices > 1 else {
                for i in buffer.indices { body(&buffer[i]) }
                return
            }
            // Each slice writes only its own elements.
            let all = buffer
            DispatchQueue.concurrentPerform(iterations: slices) { s in
                for i in (count * s / slices)..<(count * (s + 1) / slices) { body(&all[i]) }
            }
        }
    }

    /// A value one task fills in and another reads after waiting for it (the wait orders the two).
    package final class Slot<T>: @unchecked Sendable {
        package var value: T?
        package init() {}
    }
}
