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
