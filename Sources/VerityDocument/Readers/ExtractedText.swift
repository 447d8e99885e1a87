import Crypto
import Foundation

/// The text Verity keeps for a file it extracted (PDF, Word, subtitles, e-mail): the metadata the file itself gives,
/// as front matter, then the extracted text. The front matter names the SHA-256 of the file's own bytes
/// (`file-sha256`), so the source's hash covers the original file as well as its text: a changed PDF is noticed
/// even when its text is unchanged.
struct ExtractedText {
    var format: DocumentFormat
    /// `key: value` pairs in the order written; nil values are left out.
    var metadata: [(String, String?)]
    var body: String

    /// The document: front matter, a blank line, the body.
    func document(path: String, fileBytes: Data) throws -> Document {
        var lines = ["---"]
        for case let (k, v?) in metadata + [("file-sha256", Document.hash(fileBytes))] where !v.isEmpty {
            lines.append("\(k): \(k == "date" || k == "file-sha256" || k == "pages" ? v : ExtractedText.quoted(v))")
        }
        lines.append("---")
        let text = lines.joined(separator: "\n") + "\n\n" + body
        return try Document(path: path, text: text, format: format)
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\r", "\t": out += " "
            default:
                if u.value < 0x20 || u.value == 0x7F || (0x80..<0xA0).contains(u.value) {
                    out += String(format: "\\x%02X", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// A day as `YYYY-MM-DD` from an ISO date or date-time, nil when it is not one.
    static func isoDay(_ s: String?) -> String? {
        guard let s = s?.trimmingCharacters(in: .whitespaces), s.count >= 10 else { return nil }
        let day = String(s.prefix(10))
        return CalendarDay(iso: day) != nil ? day : nil
    }
}

extension Document {
    /// The SHA-256 of a file's bytes, lowercase hex.
    static func hash(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
