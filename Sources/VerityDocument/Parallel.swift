import Dispatch
import Foundation

/// Work on many independent items spread over the machine's cores, the results kept in the items' order, so what a
/// command prints is the same whatever the number of cores.
public enum Parallel {
    /// How many items run at once by default: the cores the process may use.
    public static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `body` applied to `0..<count` on up to `jobs` threads, the results in index order. When items throw, the error
    /// thrown is the first in index order, as a loop would throw it; items after it may be left undone.
    public static func map<T>(_ count: Int, jobs: Int = Parallel.cores, _ body: (Int) throws -> T) throws -> [T] {
        let workers = max(1, min(jobs, count))
        if workers == 1 { return try (0..<count).map(body) }
        let slots = UnsafeMutableBufferPointer<Result<T, any Error>?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer { slots.deinitialize().deallocate() }
        withoutActuallyEscaping(body) { body in
            // each item's slot is written by the one thread that took it, and read after every thread is done
            let work = Work(body: body, slots: slots, count: count)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in work.run() }
        }
        var out: [T] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            guard let r = slots[i] else { break }  // (only after a failure, which comes first)
            out.append(try r.get())
        }
        return out
    }

    /// The items, the next index to work on and, after a failure, the end of what is worth doing.
    private final class Work<T>: @unchecked Sendable {
        let body: (Int) throws -> T
        let slots: UnsafeMutableBufferPointer<Result<T, any Error>?>
        private let lock = NSLock()
        private var next = 0
        private var end: Int

        init(body: @escaping (Int) throws -> T, slots: UnsafeMutableBufferPointer<Result<T, any Error>?>, count: Int) {
            self.body = body
            self.slots = slots
            self.end = count
        }

        func run() {
            while let i = take() {
                do { slots[i] = .success(try body(i)) } catch {
                    slots[i] = .failure(error)
                    lock.lock()
                    end = min(end, i)
                    lock.unlock()
                }
            }
        }

        private func take() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < end else { return nil }
            next += 1
            return next - 1
        }
    }
}

/// Items made on background threads, every core, while one consumer takes them in order as each is ready: a command
/// reads and decodes its files while its one writer stores those already read.
public final class Pipeline<T>: @unchecked Sendable {
    private let make: @Sendable (Int) throws -> T
    private let count: Int
    private let condition = NSCondition()
    private var slots: [Result<T, any Error>?]
    private var next = 0
    private var end: Int

    /// Starts `jobs` threads making items `0..<count`.
    public init(count: Int, jobs: Int = Parallel.cores, make: @escaping @Sendable (Int) throws -> T) {
        self.make = make
        self.count = count
        self.end = count
        slots = Array(repeating: nil, count: count)
        for _ in 0..<max(1, min(jobs, count)) { DispatchQueue.global().async { self.work() } }
    }

    /// Item `i`, waiting until it is made; items are to be taken in order. Throws what making it threw.
    public func take(_ i: Int) throws -> T {
        condition.lock()
        defer { condition.unlock() }
        while slots[i] == nil { condition.wait() }
        let r = slots[i]!
        slots[i] = nil  // (the consumer keeps what it needs)
        return try r.get()
    }

    /// No item is started after this (the consumer stopped).
    public func cancel() {
        condition.lock()
        end = min(end, next)
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            guard next < end else { condition.unlock(); return }
            let i = next
            next += 1
            condition.unlock()
            let r = Result { try make(i) }
            condition.lock()
            slots[i] = r
            if case .failure = r { end = min(end, i + 1) }  // the consumer stops at the first failure
            condition.broadcast()
            condition.unlock()
        }
    }
}
