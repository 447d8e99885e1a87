import Foundation

extension Document {
    /// The sender of an e-mail pasted as text: a `From:` header among the first lines of the body, before a blank
    /// line ("From: Ines Maravilla <imaravilla@ext.stateu.example>" → "Ines Maravilla"); nil when the body opens
    /// otherwise. The message's own words are the sender's, as a read `.eml` file's are.
    public var pastedSender: String? {
        let body = slice(bodyStart, min(scalars.count, bodyStart + 600))
        var seenHeader = false
        for line in body.split(separator: "\n", omittingEmptySubsequences: false).prefix(8) {
            let l = line.trimmingCharacters(in: .whitespaces)
            if l.isEmpty { if seenHeader { return nil } else { continue } }
            guard let colon = l.firstIndex(of: ":"), !l[..<colon].contains(" ") else { return nil }
            seenHeader = true
            if l[..<colon].lowercased() == "from" {
                let from = l[l.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                let name = EmailReader.senderName(from).name
                return name.isEmpty || name.contains("@") ? nil : name
            }
        }
        return nil
    }
}
