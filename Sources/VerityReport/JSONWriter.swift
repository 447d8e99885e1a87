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

    mutating func open(_ bracket: Character) {
        out.append(bracket.asciiValue!)
        empty.append(true)
    }

    mutating func close(_ bracket: Character) {
        if empty.removeLast() == false {
            out.append(UInt8(ascii: "\n"))
            pad(empty.count)
        }
        out.append(bracket.asciiValue!)
    }

    /// Starts the next element of an array, or (with `key`) the next member of an object.
    mutating func next(_ key: String? = nil) {
        if !empty[empty.count - 1] { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "\n"))
        empty[empty.count - 1] = false
        pad(empty.count)
        if let key {  // (the keys are plain words: quoted as they are)
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: key.utf8)
            out.append(contentsOf: "\": ".utf8)
        }
    }

    mutating func string(_ key: String, _ s: String?) {
        next(key)
        if let s { JSONValue.escape(s, into: &out) } else { out.append(contentsOf: "null".utf8) }
    }

    mutating func int(_ key: String, _ i: Int?) {
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

    mutating func number(_ key: String, _ d: Double) {
        next(key)
        JSONValue.writeNumber(d, into: &out)
    }
}
