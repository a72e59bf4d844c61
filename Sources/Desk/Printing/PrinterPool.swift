import Dispatch
import Foundation
import MCSForms
import Synchronization

/// The desk's printers: one per worker, each with its own fonts, templates and memo (as the batch's
/// workers have), lent to one request at a time and used on the worker's own thread, so that a render
/// never blocks the threads that serve HTTP.
///
/// Requests beyond the workers wait in a queue of bounded length; one that would make it longer is
/// refused (`DeskFailure.busy`), and one that takes longer than `timeLimit` is answered as timed out while
/// its render finishes on its thread and gives the printer back. Nothing of a request stays behind.
final class PrinterPool: Sendable {
    private let workers: [Worker]
    private let state: Mutex<State>
    let timeLimit: Duration
    /// How many requests may wait for a printer.
    let queueLimit: Int

    private struct State {
        var idle: [Int]
        var waiting: [CheckedContinuation<Int, Never>] = []
    }

    /// `count` printers made by `makePrinter` (for the standard typeface, nil; the printer of another
    /// typeface is made on a worker when a request first asks for it); an error of the first (missing
    /// data) is thrown.
    init(count: Int, timeLimit: Duration, queueLimit: Int, makePrinter: @escaping @Sendable (String?) throws -> FormPrinter) throws {
        workers = try (0..<max(count, 1)).map { index in
            Worker(printer: try makePrinter(nil), make: makePrinter, label: "mcs-forms.desk.printer-\(index)")
        }
        state = Mutex(State(idle: Array(workers.indices)))
        self.timeLimit = timeLimit
        self.queueLimit = queueLimit
    }

    /// Runs `work` with a printer of its own in `typeface` (nil: the standard one), off the server's threads;
    /// throws `DeskFailure.busy` when the queue is full and `DeskFailure.timedOut` past the time limit.
    func run<Result: Sendable>(typeface: String? = nil, _ work: @escaping @Sendable (FormPrinter) throws -> Result) async throws -> Result {
        let index = try await borrow()
        let worker = workers[index]
        let answer = Answer<Result>()
        return try await withCheckedThrowingContinuation { continuation in
            answer.hold(continuation)
            worker.queue.async {
                defer { self.giveBack(index) }
                answer.give(Swift.Result { try work(try worker.printer(in: typeface)) })
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit.timeInterval) {
                answer.give(.failure(DeskFailure.timedOut))
            }
        }
    }

    private func borrow() async throws -> Int {
        enum Turn { case now(Int), wait, refused }
        let turn: Turn = state.withLock { state in
            if let index = state.idle.popLast() { return .now(index) }
            return state.waiting.count < queueLimit ? .wait : .refused
        }
        switch turn {
        case .now(let index): return index
        case .refused: throw DeskFailure.busy
        case .wait:
            return await withCheckedContinuation { continuation in
                let ready: Int? = state.withLock { state in
                    if let index = state.idle.popLast() { return index }
                    state.waiting.append(continuation)
                    return nil
                }
                if let ready { continuation.resume(returning: ready) }
            }
        }
    }

    private func giveBack(_ index: Int) {
        let next = state.withLock { state -> CheckedContinuation<Int, Never>? in
            if state.waiting.isEmpty {
                state.idle.append(index)
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume(returning: index)
    }

    /// A printer (one per typeface asked for) and the thread it is used on.
    private final class Worker: @unchecked Sendable {
        // Only ever used on `queue`, by one request at a time (the pool lends it to one).
        private var printers: [String: FormPrinter]
        private let make: @Sendable (String?) throws -> FormPrinter
        let queue: DispatchQueue

        init(printer: FormPrinter, make: @escaping @Sendable (String?) throws -> FormPrinter, label: String) {
            printers = ["": printer]
            self.make = make
            self.queue = DispatchQueue(label: label)
        }

        /// The worker's printer in `typeface`, made on first use; on `queue` only.
        func printer(in typeface: String?) throws -> FormPrinter {
            if let printer = printers[typeface ?? ""] { return printer }
            let printer = try make(typeface)
            printers[typeface ?? ""] = printer
            return printer
        }
    }

    /// The answer to one request: the first of its render and its time limit, given once.
    private final class Answer<Value: Sendable>: Sendable {
        private let waiting = Mutex<CheckedContinuation<Value, any Error>?>(nil)

        /// Keeps the request's continuation until the answer is given.
        func hold(_ continuation: CheckedContinuation<Value, any Error>) {
            waiting.withLock { $0 = continuation }
        }

        func give(_ result: Swift.Result<Value, any Error>) {
            waiting.withLock { $0.take() }?.resume(with: result)
        }
    }
}

extension Duration {
    /// The duration in seconds, as Dispatch takes it.
    var timeInterval: DispatchTimeInterval {
        .nanoseconds(Int(components.seconds) * 1_000_000_000 + Int(components.attoseconds / 1_000_000_000))
    }
}
