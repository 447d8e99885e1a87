import Foundation

extension Document {
    /// The sender of an e-mail pasted as text: a `From:` header among the first lines of the body, before a blank
    /// line ("From: Ines Maravilla <imaravilla@ext.stateu.example>" → "Ines Maravilla"); nil when the body opens
    /// otherwise. The message's own words are the sender's, as a read `.eml` file's are.
    public var pastedSender: String? {
        let body = slice(bodyStart, min(scalars.count, bodyStart + 600))
        // the header block: From: and one of To:, Date:, Subject: (a release opening "FROM: Office of the Mayor"
        // alone is no e-mail)
        var headers: [String: String] = [:]
        for line in body.split(separator: "\n", omittingEmptySubsequences: false).prefix(8) {
            let l = line.trimmingCharacters(in: .whitespaces)
            if l.isEmpty { if headers.isEmpty { continue } else { break } }
            guard let colon = l.firstIndex(of: ":"), !l[..<colon].contains(" ") else { break }
            headers[l[..<colon].lowercased()] = l[l.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        guard let from = headers["from"], ["to", "date", "subject"].contains(where: { headers[$0] != nil }) else {
            return nil
        }
        let name = EmailReader.senderName(from).name
        return name.isEmpty || name.contains("@") ? nil : name
    }
}
