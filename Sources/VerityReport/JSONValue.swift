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
        var out = ""
        write(&out, indent: indent, pretty: pretty)
        return out
    }

    func write(_ out: inout String, indent: Int, pretty: Bool) {
        let nl = pretty ? "\n" : ""
        let pad = pretty ? String(repeating: "  ", count: indent + 1) : ""
        let closePad = pretty ? String(repeating: "  ", count: indent) : ""
        switch self {
        case .null: out += "null"
        case let .bool(b): out += b ? "true" : "false"
        case let .int(i): out += String(i)
        case let .number(d):
            if d.isNaN || d.isInfinite { out += "null" } else if d == d.rounded(), abs(d) < 9e15 { out += String(Int64(d)) } else { out += String(d) }
        case let .string(s): JSONValue.escape(s, into: &out)
        case let .array(a):
            if a.isEmpty { out += "[]"; return }
            out += "[" + nl
            for (i, v) in a.enumerated() {
                out += pad; v.write(&out, indent: indent + 1, pretty: pretty)
                out += (i + 1 < a.count ? "," : "") + nl
            }
            out += closePad + "]"
        case let .object(o):
            if o.isEmpty { out += "{}"; return }
            out += "{" + nl
            for (i, (k, v)) in o.enumerated() {
                out += pad; JSONValue.escape(k, into: &out); out += pretty ? ": " : ":"
                v.write(&out, indent: indent + 1, pretty: pretty)
                out += (i + 1 < o.count ? "," : "") + nl
            }
            out += closePad + "}"
        }
    }

    static func escape(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c" // safe to embed in HTML
            default:
                // controls, bidi overrides and line separators as escapes: the data stays, nothing acts on a reader
                if Visible.isHidden(u) || u.value == 0x2028 || u.value == 0x2029 {
                    out += Visible.hex4(u)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
