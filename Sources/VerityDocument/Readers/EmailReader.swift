import Foundation

/// An e-mail message (.eml, RFC 5322 and MIME): sender, date and subject from its headers, the text of its plain-text
/// part (quoted-printable and base64 decoded, in its charset), the earlier messages quoted in a reply left out
/// (`EmailReply`): they are not the sender's words.
enum EmailReader {
    static func read(path: String, data: Data) throws -> Document {
        // the bytes as text: UTF-8, or Latin-1 for 8-bit mail in another charset (every byte kept for decoding)
        let utf8 = String(validating: [UInt8](data), as: UTF8.self)
        let whole = (utf8 ?? String(data: data, encoding: .isoLatin1) ?? "").replacingOccurrences(
            of: "\r\n", with: "\n")
        let raw: (String) -> [UInt8] = { s in utf8 != nil ? Array(s.utf8) : [UInt8](s.data(using: .isoLatin1) ?? Data())
        }
        guard let message = MIME.part(whole[...]), !message.headers.isEmpty else {
            throw DocumentError.badEmail(path: path, reason: "it does not start with headers such as From: and Date:")
        }
        guard let from = message.headers["from"].map(MIME.words), !from.isEmpty else {
            throw DocumentError.badEmail(path: path, reason: "it has no From: header, so its sender is unknown")
        }
        var day: String? = nil
        if let date = message.headers["date"] {
            guard let d = rfc5322Day(date) else {
                throw DocumentError.badEmail(path: path, reason: "its Date: header “\(date)” is not an RFC 5322 date")
            }
            day = d
        }
        guard let part = textPart(message, depth: 0) else { throw DocumentError.emailNoText(path: path) }
        guard let bytes = MIME.decode(part.body, encoding: part.headers["content-transfer-encoding"], raw: raw) else {
            throw DocumentError.badEmail(path: path, reason: "its text part is not valid base64")
        }
        let body = EmailReply.ownWords(MIME.text(bytes, charset: part.contentType.params["charset"]))
        let sender = senderName(from)
        return try ExtractedText(
            format: .email,
            metadata: [
                ("title", message.headers["subject"].map(MIME.words)), ("date", day), ("author", sender.name),
                ("speaker", sender.name), ("from", from), ("kind", "email"),
            ],
            body: body
        ).document(path: path, fileBytes: data)
    }

    /// The first plain-text part that is not an attachment (inside multipart parts, to a few levels).
    static func textPart(_ p: MIME.Part, depth: Int) -> MIME.Part? {
        let (type, params) = p.contentType
        if type.hasPrefix("multipart/") {
            guard depth < 8, let boundary = params["boundary"] else { return nil }
            for sub in MIME.parts(p.body, boundary: boundary) {
                if let t = textPart(sub, depth: depth + 1) { return t }
            }
            return nil
        }
        let attachment = p.headers["content-disposition"].map { $0.lowercased().hasPrefix("attachment") } ?? false
        return type == "text/plain" && !attachment ? p : nil
    }

    /// `"Maria Lopez" <m.lopez@example.gov>` → the name (or the address when there is none) and the address.
    static func senderName(_ from: String) -> (name: String, address: String?) {
        if let lt = from.firstIndex(of: "<"), let gt = from[lt...].firstIndex(of: ">") {
            let name = from[..<lt].trimmingCharacters(in: CharacterSet(charactersIn: "\" \t"))
            let address = String(from[from.index(after: lt)..<gt])
            return (name.isEmpty ? address : name, address)
        }
        if let open = from.firstIndex(of: "("), let close = from.lastIndex(of: ")"), open < close {
            let address = from[..<open].trimmingCharacters(in: .whitespaces)
            return (String(from[from.index(after: open)..<close]), address)
        }
        return (from.trimmingCharacters(in: .whitespaces), from)
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `Tue, 21 Oct 2025 14:02:11 +0300` as the day the sender's clock showed (`2025-10-21`), nil when it is not an
    /// RFC 5322 date (two-digit years read as the obsolete syntax says: 50–99 as 19xx, 00–49 as 20xx).
    static func rfc5322Day(_ s: String) -> String? {
        var words = s.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        if let f = words.first, f.first?.isLetter == true { words.removeFirst() }  // the day of the week
        guard words.count >= 4, let d = Int(words[0]), (1...31).contains(d),
            let m = months.firstIndex(of: words[1].prefix(3).lowercased()), words[1].count <= 9,
            var y = Int(words[2]), words[3].contains(":")
        else { return nil }
        if words[2].count == 2 { y += y >= 50 ? 1900 : 2000 }
        let day = String(format: "%04d-%02d-%02d", y, m + 1, d)
        return CalendarDay(iso: day) != nil ? day : nil
    }

    /// Whether a text opens with a header block naming a sender and a date, subject or message id.
    static func looksLikeEmail(_ text: Substring) -> Bool {
        var names: Set<String> = []
        for line in text.prefix(4096).split(separator: "\n", omittingEmptySubsequences: false) {
            let l = line.hasSuffix("\r") ? line.dropLast() : line
            if l.isEmpty { break }
            if l.first == " " || l.first == "\t" { continue }
            guard let colon = l.firstIndex(of: ":"), colon > l.startIndex,
                l[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
            else { return false }
            names.insert(l[..<colon].lowercased())
        }
        return names.contains("from") && !names.isDisjoint(with: ["date", "subject", "message-id", "received"])
    }
}
