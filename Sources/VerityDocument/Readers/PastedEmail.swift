import Foundation

extension Document {
    /// The sender of an e-mail pasted as text: a header block opening the body with From: and a date, subject or
    /// message id (`EmailReader.looksLikeEmail`, read by `MIME.part`), "From: Ines Maravilla <…>" → "Ines
    /// Maravilla"; nil when the body opens otherwise. The message's own words are the sender's, as a read `.eml`
    /// file's are.
    public var pastedSender: String? {
        let body = slice(bodyStart, min(scalars.count, bodyStart + 600)).drop { $0 == "\n" || $0 == " " }
        guard EmailReader.looksLikeEmail(body), let from = MIME.part(body)?.headers["from"] else { return nil }
        let name = EmailReader.senderName(from).name
        return name.isEmpty || name.contains("@") ? nil : name
    }
}
