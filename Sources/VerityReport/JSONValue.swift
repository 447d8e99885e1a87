import Foundation

/// A JSON value with a stable key order, so machine-readable output does not reshuffle between runs.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.render() == b.render() }

    public static func str(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    public static func int(_ i: Int?) -> JSONValue { i.map(JSONValue.int) ?? .null }

    public func render(indent: Int = 0, pretty: Bool = true) -> String {
        // written as UTF-8 bytes, the string made once at the end (appending scalar by scalar to a String cost more
        // than the extraction whose result it writes)
        var out: [UInt8] = []
        write(&out, indent: indent, pretty: pretty)
        return String(decoding: out, as: UTF8.self)
    }

    func write(_ out: inout [UInt8], indent: Int, pretty: Bool) {
        func add(_ s: String) { out.append(contentsOf: s.utf8) }
        func pad(_ n: Int) { if pretty { out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * n)) } }
        func newline() { if pretty { out.append(UInt8(ascii: "\n")) } }
        switch self {
        case .null: add("null")
        case let .bool(b): add(b ? "true" : "false")
        case let .int(i): add(String(i))
        case let .number(d): JSONValue.writeNumber(d, into: &out)
        case let .string(s): JSONValue.escape(s, into: &out)
        case let .array(a):
            if a.isEmpty { add("[]"); return }
            out.append(UInt8(ascii: "[")); newline()
            for (i, v) in a.enumerated() {
                pad(indent + 1); v.write(&out, indent: indent + 1, pretty: pretty)
                if i + 1 < a.count { out.append(UInt8(ascii: ",")) }
                newline()
            }
            pad(indent); out.append(UInt8(ascii: "]"))
        case let .object(o):
            if o.isEmpty { add("{}"); return }
            out.append(UInt8(ascii: "{")); newline()
            for (i, (k, v)) in o.enumerated() {
                pad(indent + 1); JSONValue.escape(k, into: &out); add(pretty ? ": " : ":")
                v.write(&out, indent: indent + 1, pretty: pretty)
                if i + 1 < o.count { out.append(UInt8(ascii: ",")) }
                newline()
            }
            pad(indent); out.append(UInt8(ascii: "}"))
        }
    }

    /// A number as JSON: whole numbers without a fraction, others as Swift prints them, NaN and infinities null.
    static func writeNumber(_ d: Double, into out: inout [UInt8]) {
        if d.isNaN || d.isInfinite {
            out.append(contentsOf: "null".utf8)
        } else if d == d.rounded(), abs(d) < 9e15 {
            var v = Int64(d)
            if v < 0 { out.append(UInt8(ascii: "-")); v = -v }
            let first = out.count
            repeat { out.append(UInt8(ascii: "0") + UInt8(v % 10)); v /= 10 } while v > 0
            out[first...].reverse()
        } else {
            out.append(contentsOf: String(d).utf8)
        }
    }

    static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // most strings need no escape: their bytes as they are, scanned and copied from the string's own storage
        var s = s
        let plain = s.withUTF8 { b in
            guard b.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C && $0 != 0x3C }) else {
                return false
            }
            out.append(contentsOf: b)
            return true
        }
        if plain { out.append(UInt8(ascii: "\"")); return }
        for u in s.unicodeScalars {
            switch u {
            case "\"": out.append(contentsOf: "\\\"".utf8)
            case "\\": out.append(contentsOf: "\\\\".utf8)
            case "\n": out.append(contentsOf: "\\n".utf8)
            case "\r": out.append(contentsOf: "\\r".utf8)
            case "\t": out.append(contentsOf: "\\t".utf8)
            case "<": out.append(contentsOf: "\\u003c".utf8)  // safe to embed in HTML
            default:
                // controls, bidi overrides and line separators as escapes: the data stays, nothing acts on a reader
                if u.value >= 0x20 && u.value < 0x7F {
                    out.append(UInt8(truncatingIfNeeded: u.value))
                } else if Visible.isHidden(u) || u.value == 0x2028 || u.value == 0x2029 {
                    out.append(contentsOf: Visible.hex4(u).utf8)
                } else {
                    UTF8.encode(u) { out.append($0) }
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
