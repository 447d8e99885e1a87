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

    public init(title: String? = nil, publisher: String? = nil, date: String? = nil, url: String? = nil,
                kind: String? = nil, speaker: String? = nil, extra: [String: String] = [:]) {
        self.title = title; self.publisher = publisher; self.date = date
        self.url = url; self.kind = kind; self.speaker = speaker; self.extra = extra
    }

    /// The document's own date as a calendar day, when front matter gives one.
    public var day: CalendarDay? { date.flatMap(CalendarDay.init(iso:)) }

    /// Finds a front-matter block at the start of `scalars`.
    /// Returns the parsed values and the offset where the body begins (0 when there is none).
    static func parse(_ scalars: [Unicode.Scalar], path: String) throws -> (FrontMatter, Int) {
        func isDashLine(_ i: Int) -> Int? { // returns index after the line's newline
            guard i + 3 <= scalars.count, scalars[i] == "-", scalars[i + 1] == "-", scalars[i + 2] == "-" else { return nil }
            var j = i + 3
            while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" || scalars[j] == "\r" { j += 1 }
            if j == scalars.count { return j }
            return scalars[j] == "\n" ? j + 1 : nil
        }
        guard let yamlStart = isDashLine(0) else { return (FrontMatter(), 0) }
        var lineStart = yamlStart
        while lineStart < scalars.count {
            if let bodyStart = isDashLine(lineStart) {
                var yaml = String.UnicodeScalarView()
                yaml.append(contentsOf: scalars[yamlStart..<lineStart])
                return (try decode(String(yaml), path: path), bodyStart)
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
                    throw DocumentError.badFrontMatter(path: path, reason: "date '\(value)' is not an ISO 8601 date such as 2025-10-22")
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

    /// The common case read directly: every line `key: plain value`. Nil when any line is more than that
    /// (quotes, lists, blocks, anchors, comments), which Yams then reads.
    static func plainPairs(_ yaml: String) -> [(String, String)]? {
        var out: [(String, String)] = []
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: true) {
            let l = line.hasSuffix("\r") ? line.dropLast() : line
            if l.allSatisfy({ $0 == " " }) { continue }
            guard let colon = l.firstIndex(of: ":"), let first = l.first, first.isLetter || first == "_" else { return nil }
            let key = l[..<colon]
            guard key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
            let rest = l[l.index(after: colon)...]
            guard rest.isEmpty || rest.first == " " else { return nil }
            let value = String(rest.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
            if let f = value.first, "\"'[{|>&*!%@`#-?,".contains(f) { return nil }
            if value.contains(": ") || value.contains(" #") || value.isEmpty { return nil }
            out.append((String(key), value))
        }
        return out
    }

    static func yamlPairs(_ yaml: String, path: String) throws -> [(String, String)] {
        let node: Node?
        do { node = try Yams.compose(yaml: yaml) } catch {
            throw DocumentError.badFrontMatter(path: path, reason: "\(error)".split(separator: "\n").first.map(String.init) ?? "invalid YAML")
        }
        guard let node else { return [] }
        guard let mapping = node.mapping else {
            throw DocumentError.badFrontMatter(path: path, reason: "expected `key: value` lines")
        }
        var out: [(String, String)] = []
        for (k, v) in mapping {
            guard let key = k.string else { continue }
            if let s = v.scalar?.string { out.append((key, s)) } else if let seq = v.sequence {
                out.append((key, seq.compactMap { $0.scalar?.string }.joined(separator: ", ")))
            }
        }
        return out
    }
}
