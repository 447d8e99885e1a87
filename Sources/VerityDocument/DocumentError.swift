import Foundation

/// Why a file could not be read as a document. Messages are written for the person at the terminal.
public enum DocumentError: LocalizedError, Equatable {
    case unreadable(path: String, reason: String)
    case notFound(path: String)
    case empty(path: String)
    case binary(path: String)
    case notUTF8(path: String)
    case unsupportedType(path: String)
    case badFrontMatter(path: String, reason: String)
    case badEncoding(path: String, encoding: String)
    case folder(path: String)
    case notAFile(path: String, what: String)
    case linkLoop(path: String)
    case danglingLink(path: String)
    case noPermission(path: String)
    case badSubtitles(path: String, line: Int, reason: String)
    case pdfEncrypted(path: String)
    case pdfNoText(path: String)
    case pdfDamaged(path: String, reason: String)
    case toolMissing(path: String, tool: String, package: String)
    case badWord(path: String, reason: String)
    case badEmail(path: String, reason: String)
    case emailNoText(path: String)
    case badPage(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .unreadable(path, reason): return "cannot read \(path): \(reason)"
        case let .notFound(path): return "\(path): no such file"
        case let .empty(path): return "\(path) is empty: there is no text to check"
        case let .binary(path):
            return "\(path) looks like a binary file, not text (Verity reads text, Markdown, HTML, PDF, Word, "
                + "WebVTT, SRT and e-mail files)"
        case let .notUTF8(path): return "\(path) is not UTF-8 text; save it as UTF-8 and try again"
        case let .unsupportedType(path):
            return "\(path): Verity reads plain text (.txt), Markdown (.md), HTML (.html), PDF (.pdf), Word (.docx), "
                + "subtitles (.vtt, .srt) and e-mail (.eml) files only"
        case let .badFrontMatter(path, reason):
            return "\(path): the front matter between the --- lines is not valid: \(reason)"
        case let .badEncoding(path, encoding):
            return "\(path) starts with a \(encoding) byte-order mark but is not valid \(encoding) text"
        case let .folder(path): return "\(path) is a folder, not a file; name a file in it"
        case let .notAFile(path, what): return "\(path) is \(what), not a regular file; name a file instead"
        case let .linkLoop(path):
            return "\(path) is a symbolic link that leads back to itself (a loop), so no file can be read"
        case let .danglingLink(path): return "\(path) is a symbolic link to a file that does not exist"
        case let .noPermission(path): return "you do not have permission to read \(path)"
        case let .badSubtitles(path, line, reason): return "\(path):\(line): not valid subtitles: \(reason)"
        case let .pdfEncrypted(path):
            return "\(path) is an encrypted (password-protected) PDF; ask for an unlocked copy"
        case let .pdfNoText(path):
            return "\(path) is a PDF with no text layer (a scan?): there are no words to check without OCR"
        case let .pdfDamaged(path, reason): return "\(path) is not a readable PDF: \(reason)"
        case let .toolMissing(path, tool, package):
            return "reading \(path) needs `\(tool)`, which is not installed (apt-get install \(package))"
        case let .badWord(path, reason): return "\(path) is not a readable Word (.docx) document: \(reason)"
        case let .badEmail(path, reason): return "\(path) is not a readable e-mail message: \(reason)"
        case let .badPage(path, reason): return "\(path) is a web page Verity cannot read: \(reason)"
        case let .emailNoText(path):
            return
                "\(path) is an e-mail with no plain-text part (only HTML or attachments), so there is no text to check"
        }
    }
}
