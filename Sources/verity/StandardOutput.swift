import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bytes to standard output, gathered into large writes (a command's machine-readable output of many megabytes goes
/// out without being made into one string first).
struct StandardOutput {
    private var buffer: [UInt8] = []
    private let limit = 1 << 20

    init() { buffer.reserveCapacity(limit) }

    mutating func write(_ bytes: [UInt8]) {
        if buffer.count + bytes.count > limit { flush() }
        if bytes.count >= limit { StandardOutput.send(bytes) } else { buffer.append(contentsOf: bytes) }
    }

    mutating func flush() {
        StandardOutput.send(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private static func send(_ bytes: [UInt8]) {
        fflush(nil)  // what `print` left in its buffer goes first
        bytes.withUnsafeBytes { b in
            var done = 0
            while done < b.count {
                let n = Foundation.write(1, b.baseAddress! + done, b.count - done)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return }
                done += n
            }
        }
    }
}
