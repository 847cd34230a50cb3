import Foundation

/// Runs one work item per input on a few threads and hands the results back in input order, each as
/// soon as it and every earlier one are done. An item still running `stop.after` seconds after it started
/// is given up: `stop.instead` stands in for its result, its thread is left to finish alone (what it returns is
/// dropped) and a fresh thread takes its place. The rules check their own deadline; this is the stop
/// for work that does not (parsing, reading the anatomy), so one input that defeats every check inside
/// the lint holds up neither the other files nor the exit.
final class OrderedPool<T>: @unchecked Sendable {
    private let cond = NSCondition()
    private let count: Int
    private let work: (Int, _ read: () -> Void) -> T
    private var nextToStart = 0
    private var started = [Int: DispatchTime]()
    private var done = [Int: T]()
    private var givenUp = Set<Int>()
    /// Items whose input is still being read: no clock runs for them yet.
    private var reading = Set<Int>()
    /// The item `result` is waiting for, or -1: a finished item wakes the reader only when it is that one
    /// (a wake-up per item, and one per read, cost a context switch apiece).
    private var awaited = -1
    /// Results done, the awaited one among them, before the reader is woken while items are still to
    /// start: it then hands on a run of them at once. A wake-up per item cost a cross-core interrupt and
    /// a context switch apiece (on the bench drafts, 330 switches against 80, and a kernel share of the
    /// CPU samples of 8.6% against 7.1%).
    private static var wakeBatch: Int { 8 }

    /// Threads get a main thread's stack: deep Markdown nesting recurses in the parser.
    static var stackBytes: Int { 8 << 20 }

    private init(count: Int, work: @escaping (Int, _ read: () -> Void) -> T) {
        self.count = count
        self.work = work
    }

    typealias Stop = (after: Double, instead: (Int) -> T)

    /// `work` gets the item and a `read` to call once its input is read: the stop counts from there.
    static func run(count: Int, width: Int, stop: Stop?, work: @escaping (Int, _ read: () -> Void) -> T, emit: (T) -> Void) {
        let pool = OrderedPool(count: count, work: work)
        for _ in 0..<min(width, count) { pool.spawn() }
        for i in 0..<count { emit(pool.result(i, stop: stop)) }
    }

    private func spawn() {
        let t = Thread { [self] in worker() }
        t.stackSize = Self.stackBytes
        t.start()
    }

    private func worker() {
        while true {
            cond.lock()
            guard nextToStart < count else { cond.unlock(); return }
            let i = nextToStart
            nextToStart += 1
            reading.insert(i)
            cond.unlock()
            let r = work(i) { [self] in
                cond.lock()
                reading.remove(i)
                started[i] = .now()
                cond.unlock()
            }
            cond.lock()
            if givenUp.remove(i) == nil { done[i] = r } else { cond.unlock(); return }
            // Every finish asks again, so the awaited result never waits on a finish that does not come:
            // once the last items have started, each one wakes the reader.
            if awaited >= 0, done[awaited] != nil, done.count >= Self.wakeBatch || nextToStart >= count { cond.signal() }
            cond.unlock()
        }
    }

    /// Item `i`'s result, waiting for it; after `stop.after` seconds of work, `stop.instead(i)`.
    private func result(_ i: Int, stop: Stop?) -> T {
        cond.lock()
        awaited = i
        defer { awaited = -1; cond.unlock() }
        while true {
            if let r = done.removeValue(forKey: i) {
                started[i] = nil
                reading.remove(i)
                return r
            }
            guard let stop else { cond.wait(); continue }
            let now = DispatchTime.now().uptimeNanoseconds
            let deadline = (started[i]?.uptimeNanoseconds ?? now) + UInt64(max(0, min(stop.after, 1e6)) * 1e9)
            if started[i] != nil, now >= deadline {
                givenUp.insert(i)
                started[i] = nil
                spawn()
                return stop.instead(i)
            }
            _ = cond.wait(until: Date().addingTimeInterval(Double(max(deadline - now, 1_000_000)) / 1e9))
        }
    }
}
