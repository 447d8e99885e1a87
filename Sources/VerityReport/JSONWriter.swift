/// JSON written as it is made, in exactly `JSONValue.render()`'s layout (two-space indent, `[]` and `{}` when empty),
/// for output too large to build as a tree first (`extract --format json` on megabytes of text).
struct JSONWriter {
    private(set) var out: [UInt8] = []
    /// For each open container: whether nothing is written in it yet.
    private var empty: [Bool] = []
    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 128)

    /// A writer whose first value stands `depth` containers deep (its indent), as a part of a larger output.
    init(depth: Int = 0) {
        empty = Array(repeating: false, count: depth)
        out.reserveCapacity(4096)
    }

    private mutating func pad(_ depth: Int) {
        var n = 2 * depth
        while n > 0 { let k = min(n, 128); out.append(contentsOf: JSONWriter.spaces[..<k]); n -= k }
    }

    var text: String { String(decoding: out, as: UTF8.self) }

    mutating func open(_ bracket: Unicode.Scalar) {
        out.append(UInt8(ascii: bracket))
        empty.append(true)
    }

    mutating func close(_ bracket: Unicode.Scalar) {
        if empty.removeLast() == false {
            out.append(UInt8(ascii: "\n"))
            pad(empty.count)
        }
        out.append(UInt8(ascii: bracket))
    }

    /// Starts the next element of an array.
    mutating func next() {
        if !empty[empty.count - 1] { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "\n"))
        empty[empty.count - 1] = false
        pad(empty.count)
    }

    /// Starts the next member of an object (the keys are plain words: quoted as they are, from the program's text).
    mutating func next(_ key: StaticString) {
        next()
        out.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(UInt8(ascii: "\""))
        out.append(UInt8(ascii: ":"))
        out.append(UInt8(ascii: " "))
    }

    mutating func string(_ key: StaticString, _ s: String?) {
        next(key)
        if let s { JSONValue.escape(s, into: &out) } else { out.append(contentsOf: "null".utf8) }
    }

    mutating func int(_ key: StaticString, _ i: Int?) {
        next(key)
        guard var v = i else { out.append(contentsOf: "null".utf8); return }
        if v < 0 { out.append(UInt8(ascii: "-")); v = -v }  // (offsets: never Int.min)
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat { d[n] = UInt8(ascii: "0") + UInt8(v % 10); v /= 10; n += 1 } while v > 0
            for k in stride(from: n - 1, through: 0, by: -1) { out.append(d[k]) }
        }
    }

    mutating func number(_ key: StaticString, _ d: Double) {
        next(key)
        JSONValue.writeNumber(d, into: &out)
    }
}
