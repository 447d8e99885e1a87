/// JSON written as it is made, in exactly `JSONValue.render()`'s layout (two-space indent, `[]` and `{}` when empty),
/// for output too large to build as a tree first (`extract --format json` on megabytes of text).
struct JSONWriter {
    private(set) var out: [UInt8] = []
    /// For each open container: whether nothing is written in it yet.
    private var empty: [Bool] = []

    var text: String { String(decoding: out, as: UTF8.self) }

    mutating func open(_ bracket: Character) {
        out.append(bracket.asciiValue!)
        empty.append(true)
    }

    mutating func close(_ bracket: Character) {
        if empty.removeLast() == false {
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * empty.count))
        }
        out.append(bracket.asciiValue!)
    }

    /// Starts the next element of an array, or (with `key`) the next member of an object.
    mutating func next(_ key: String? = nil) {
        out.append(contentsOf: (empty[empty.count - 1] ? "\n" : ",\n").utf8)
        empty[empty.count - 1] = false
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * empty.count))
        if let key {
            JSONValue.escape(key, into: &out)
            out.append(contentsOf: ": ".utf8)
        }
    }

    mutating func string(_ key: String, _ s: String?) {
        next(key)
        if let s { JSONValue.escape(s, into: &out) } else { out.append(contentsOf: "null".utf8) }
    }

    mutating func int(_ key: String, _ i: Int?) {
        next(key)
        out.append(contentsOf: (i.map(String.init) ?? "null").utf8)
    }

    mutating func number(_ key: String, _ d: Double) {
        next(key)
        out.append(contentsOf: JSONValue.number(d).render().utf8)
    }
}
