import Foundation

/// The pieces of an Internet message (RFC 5322, MIME): headers, parts, transfer encodings, charsets.
enum MIME {
    /// A message or one of its parts: headers (lowercase names, folded lines unfolded) and the body as written.
    struct Part {
        var headers: [String: String]
        var body: String

        /// `text/plain; charset=utf-8` as `text/plain` and its parameters (lowercase names).
        var contentType: (type: String, params: [String: String]) {
            MIME.parameters(headers["content-type"] ?? "text/plain")
        }
    }

    /// Headers and body of a message or part; nil when it does not start with a header line.
    static func part(_ text: Substring) -> Part? {
        var headers: [String: String] = [:], last: String? = nil
        var rest = text[...]
        while !rest.isEmpty {
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[..<end]
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
            if line.trimmingCharacters(in: .whitespaces).isEmpty { break }
            if line.first == " " || line.first == "\t", let last {
                headers[last]! += " " + line.trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let colon = line.firstIndex(of: ":"), colon > line.startIndex,
                line[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
            else { return headers.isEmpty ? Part(headers: [:], body: String(text)) : nil }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if headers[name] == nil { headers[name] = value }  // the first of a repeated header
            last = name
        }
        return Part(headers: headers, body: String(rest))
    }

    /// `type/subtype; a=b; c="d"` as the lowercase type and its parameters.
    static func parameters(_ value: String) -> (type: String, params: [String: String]) {
        let pieces = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        var params: [String: String] = [:]
        for p in pieces.dropFirst() {
            guard let eq = p.firstIndex(of: "=") else { continue }
            params[p[..<eq].trimmingCharacters(in: .whitespaces).lowercased()] =
                p[p.index(after: eq)...].trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        }
        return ((pieces.first ?? "text/plain").lowercased(), params)
    }

    /// The parts of a multipart body, between its boundary lines.
    static func parts(_ body: String, boundary: String) -> [Part] {
        var out: [Part] = [], current: [Substring]? = nil
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let l = line.trimmingCharacters(in: .whitespaces)
            if l == "--\(boundary)" || l == "--\(boundary)--" {
                if let c = current, let p = part(c.joined(separator: "\n")[...]) { out.append(p) }
                current = l.hasSuffix("--") && l != "--\(boundary)" ? nil : []
                continue
            }
            current?.append(line)
        }
        return out
    }

    /// A body's bytes after its transfer encoding (quoted-printable, base64, or as written).
    static func decode(_ body: String, encoding: String?, raw: (String) -> [UInt8]) -> [UInt8]? {
        switch encoding?.lowercased().trimmingCharacters(in: .whitespaces) {
        case "base64":
            return Data(base64Encoded: body.filter { !$0.isWhitespace }).map { [UInt8]($0) }
        case "quoted-printable": return quotedPrintable(raw(body), underscoreIsSpace: false)
        default: return raw(body)
        }
    }

    static func quotedPrintable(_ b: [UInt8], underscoreIsSpace: Bool) -> [UInt8] {
        var out: [UInt8] = [], i = 0
        func hex(_ c: UInt8) -> UInt8? {
            switch c {
            case 48...57: return c - 48
            case 65...70: return c - 55
            case 97...102: return c - 87
            default: return nil
            }
        }
        while i < b.count {
            if b[i] == 61 {  // "="
                if i + 1 < b.count, b[i + 1] == 10 { i += 2; continue }  // a soft line break
                if i + 2 < b.count, let h = hex(b[i + 1]), let l = hex(b[i + 2]) {
                    out.append(h << 4 | l); i += 3; continue
                }
            }
            out.append(underscoreIsSpace && b[i] == 95 ? 32 : b[i]); i += 1
        }
        return out
    }

    /// Bytes in a named charset as text; UTF-8 when the charset is unknown and the bytes are UTF-8, else Latin-1.
    static func text(_ b: [UInt8], charset: String?) -> String {
        let data = Data(b)
        switch charset?.lowercased() {
        case "iso-8859-1", "latin1", "iso-8859-15":
            return String(data: data, encoding: .isoLatin1) ?? String(decoding: b, as: UTF8.self)
        case "windows-1252", "cp1252":
            return String(data: data, encoding: .windowsCP1252) ?? String(decoding: b, as: UTF8.self)
        case "utf-16": return String(data: data, encoding: .utf16) ?? String(decoding: b, as: UTF8.self)
        default:
            return String(validating: b, as: UTF8.self) ?? String(data: data, encoding: .isoLatin1)
                ?? String(decoding: b, as: UTF8.self)
        }
    }

    /// A header with its RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?iso-8859-1?Q?…?=`) decoded.
    static func words(_ value: String) -> String {
        let pattern = #"=\?([^?]+)\?([BbQq])\?([^?]*)\?="#
        guard let re = try? NSRegularExpression(pattern: pattern) else { return value }
        let ns = value as NSString
        var out = "", last = 0, lastWasWord = false
        for m in re.matches(in: value, range: NSRange(location: 0, length: ns.length)) {
            let between = ns.substring(with: NSRange(location: last, length: m.range.location - last))
            // whitespace between two encoded words is not part of the text
            if !(lastWasWord && between.allSatisfy(\.isWhitespace)) { out += between }
            let charset = ns.substring(with: m.range(at: 1)), kind = ns.substring(with: m.range(at: 2)).uppercased()
            let payload = ns.substring(with: m.range(at: 3))
            let bytes =
                kind == "B"
                ? Data(base64Encoded: payload).map { [UInt8]($0) } ?? Array(payload.utf8)
                : quotedPrintable(Array(payload.utf8), underscoreIsSpace: true)
            out += text(bytes, charset: charset.split(separator: "*").first.map(String.init))
            last = m.range.location + m.range.length
            lastWasWord = true
        }
        return out + ns.substring(from: last)
    }
}
