import Foundation

/// The sender's own words in a reply: the earlier messages it quotes are left out — lines opened by `>`, the
/// "On Tuesday, Maria Lopez wrote:" line that introduces them, and everything from an "-----Original Message-----"
/// line or a forwarded header block (`From:` then `Sent:`/`Date:`, as Outlook quotes) to the end.
enum EmailReply {
    static func ownWords(_ body: String) -> String {
        let lines = body.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        var out: [Substring] = []
        var i = 0
        while i < lines.count {
            let l = lines[i].trimmingCharacters(in: .whitespaces)
            if l.hasPrefix(">") { i += 1; continue }
            if isOriginalMessage(lines, i) { break }
            // "On Tue, 21 Oct 2025 at 09:14, Maria Lopez <m@x> wrote:", possibly wrapped onto a second line
            if l.hasPrefix("On ") {
                if l.hasSuffix("wrote:") { i += 1; continue }
                if i + 1 < lines.count, lines[i + 1].trimmingCharacters(in: .whitespaces).hasSuffix("wrote:") {
                    i += 2; continue
                }
            }
            out.append(lines[i]); i += 1
        }
        while out.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    static func isOriginalMessage(_ lines: [Substring], _ i: Int) -> Bool {
        let l = lines[i].trimmingCharacters(in: .whitespaces)
        if l.hasPrefix("-----") && l.lowercased().contains("original message") { return true }
        if l.lowercased().hasPrefix("---------- forwarded message") { return true }
        guard l.hasPrefix("From:") else { return false }
        let next = lines[(i + 1)..<min(lines.count, i + 5)].map { $0.trimmingCharacters(in: .whitespaces) }
        return next.contains { $0.hasPrefix("Sent:") || $0.hasPrefix("Date:") }
    }
}
