import Core
import Foundation

/// Prints records on every core: `options.workers` workers (never more than the cores, nor than the
/// records to print), each with its own `FormPrinter`, taking the next record in order until none is left.
struct BatchWorkers: Sendable {
    let options: BatchOptions
    let fontSubsets: FontSubsets?
    let redaction: Redaction

    /// How many workers print `count` records.
    func workerCount(for count: Int) -> Int {
        max(1, min(options.workers, ProcessInfo.processInfo.activeProcessorCount, count))
    }

    /// Prints every record not in `skipping` (positions), telling `ledger` each result.
    func print(_ records: [BatchRecord], names: [String], skipping: Set<Int>, into ledger: BatchLedger) throws {
        let positions = records.indices.filter { !skipping.contains($0) }
        guard !positions.isEmpty else { return }
        let queue = WorkQueue(positions: positions)
        let failure = FirstError()
        DispatchQueue.concurrentPerform(iterations: workerCount(for: positions.count)) { _ in
            do {
                let worker = try BatchWorker(options: options, fontSubsets: fontSubsets, redaction: redaction)
                while let position = queue.next() {
                    ledger.record(worker.print(records[position], as: names[position]), at: position)
                }
            } catch {
                failure.keep(error)
                queue.drain()
            }
        }
        if let error = failure.error { throw error }
    }
}

/// The positions still to print, handed out one at a time to whichever worker asks.
private final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var positions: ArraySlice<Int>

    init(positions: [Int]) {
        self.positions = positions[...]
    }

    func next() -> Int? {
        lock.withLock { positions.popFirst() }
    }

    /// Leaves nothing more to print (a worker could not start).
    func drain() {
        lock.withLock { positions = [] }
    }
}

/// The first error any worker met.
private final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private var first: (any Error)?

    func keep(_ error: any Error) {
        lock.withLock { if first == nil { first = error } }
    }

    var error: (any Error)? { lock.withLock { first } }
}
