import Foundation
import Yams

/// The YAML block between `---` lines at the top of a source or article.
public struct FrontMatter: Sendable, Equatable, Codable {
    public var title: String?
    public var publisher: String?
    /// ISO 8601 date as written (`2025-10-22`).
    public var date: String?
    public var url: String?
    public var kind: String?
    public var speaker: String?
    /// Every other key, as strings.
    public var extra: [String: String]

    public init(
        title: String? = nil, publisher: String? = nil, date: String? = nil, url: String? = nil,
        kind: String? = nil, speaker: String? = nil, extra: [String: String] = [:]
    ) {
        self.title = title; self.publisher = publisher; self.date = date
        self.url = url; self.kind = kind; self.speaker = speaker; self.extra = extra
    }

    /// The document's own date as a calendar day, when front matter gives one.
    public var day: CalendarDay? { date.flatMap(CalendarDay.init(iso:)) }

    /// Finds a front-matter block at the start of `scalars`.
    /// Returns the parsed values and the offset where the body begins (0 when there is none).
    static func parse(_ scalars: [Unicode.Scalar], path: String) throws -> (FrontMatter, Int) {
        func isDashLine(_ i: Int) -> Int? {  // returns index after the line's newline
            guard i + 3 <= scalars.count, scalars[i] == "-", scalars[i + 1] == "-", scalars[i + 2] == "-" else {
                return nil
            }
            var j = i + 3
            while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" || scalars[j] == "\r" { j += 1 }
            if j == scalars.count { return j }
            return scalars[j] == "\n" ? j + 1 : nil
        }
        guard let yamlStart = isDashLine(0) else { return (FrontMatter(), 0) }
        var lineStart = yamlStart
        while lineStart < scalars.count {
            if let bodyStart = isDashLine(lineStart) {
                return (try decode(Document.string(scalars[yamlStart..<lineStart]), path: path), bodyStart)
            }
            guard let nl = scalars[lineStart...].firstIndex(of: "\n") else { break }
            lineStart = nl + 1
        }
        // An opening `---` with no closing line: not front matter (could be a horizontal rule).
        return (FrontMatter(), 0)
    }

    static func decode(_ yaml: String, path: String) throws -> FrontMatter {
        var fm = FrontMatter()
        for (key, value) in try plainPairs(yaml) ?? yamlPairs(yaml, path: path) {
            switch key.lowercased() {
            case "title": fm.title = value
            case "publisher": fm.publisher = value
            case "date":
                guard CalendarDay(iso: value) != nil else {
                    throw DocumentError.badFrontMatter(
                        path: path, reason: "date '\(value)' is not an ISO 8601 date such as 2025-10-22")
                }
                fm.date = String(value.prefix(10))
            case "url": fm.url = value
            case "kind": fm.kind = value
            case "speaker": fm.speaker = value
            default: fm.extra[key] = value
            }
        }
        return fm
    }

    /// The common case read directly: every line `key: plain value` with an ASCII key. Nil when any line is more
    /// than that (quotes, lists, blocks, anchors, comments), which Yams then reads. Works on the UTF-8 bytes.
    static func plainPairs(_ yaml: String) -> [(String, String)]? {
        var out: [(String, String)] = []
        let bytes = Array(yaml.utf8)
        @inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 13 }
        @inline(__always) func isKeyByte(_ b: UInt8) -> Bool {
            (b | 0x20) >= 97 && (b | 0x20) <= 122 || (b >= 48 && b <= 57) || b == 95 || b == 45
        }
        var i = 0
        while i < bytes.count {
            var end = i
            while end < bytes.count, bytes[end] != 10 { end += 1 }
            defer { i = end + 1 }
            var e = end
            while e > i, isSpace(bytes[e - 1]) { e -= 1 }
            if e == i { continue }  // a blank line
            let first = bytes[i]
            guard (first | 0x20) >= 97 && (first | 0x20) <= 122 || first == 95 else { return nil }
            var colon = i
            while colon < e, isKeyByte(bytes[colon]) { colon += 1 }
            guard colon < e, bytes[colon] == 58 else { return nil }
            var v = colon + 1
            guard v == e || bytes[v] == 32 || bytes[v] == 9 else { return nil }
            while v < e, isSpace(bytes[v]) { v += 1 }
            guard v < e, !"\"'[{|>&*!%@`#-?,".utf8.contains(bytes[v]) else { return nil }
            for k in (v + 1)..<e where bytes[k] == 35 && bytes[k - 1] == 32 { return nil }  // " #" starts a comment
            for k in v..<(e - 1) where bytes[k] == 58 && bytes[k + 1] == 32 { return nil }  // ": "
            out.append(
                (String(decoding: bytes[i..<colon], as: UTF8.self), String(decoding: bytes[v..<e], as: UTF8.self)))
        }
        return out
    }

    static func yamlPairs(_ yaml: String, path: String) throws -> [(String, String)] {
        let node: Node?
        do { node = try Yams.compose(yaml: yaml) } catch {
            throw DocumentError.badFrontMatter(
                path: path, reason: "\(error)".split(separator: "\n").first.map(String.init) ?? "invalid YAML")
        }
        guard let node else { return [] }
        guard let mapping = node.mapping else {
            throw DocumentError.badFrontMatter(path: path, reason: "expected `key: value` lines")
        }
        var out: [(String, String)] = []
        for (k, v) in mapping {
            guard let key = k.string else { continue }
            if let s = v.scalar?.string {
                out.append((key, s))
            } else if let seq = v.sequence {
                out.append((key, seq.compactMap { $0.scalar?.string }.joined(separator: ", ")))
            }
        }
        return out
    }
}
