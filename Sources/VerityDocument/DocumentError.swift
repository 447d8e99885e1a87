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

    public var errorDescription: String? {
        switch self {
        case let .unreadable(path, reason): return "cannot read \(path): \(reason)"
        case let .notFound(path): return "\(path): no such file"
        case let .empty(path): return "\(path) is empty: there is no text to check"
        case let .binary(path):
            return "\(path) looks like a binary file, not text (Verity reads plain text, Markdown and HTML)"
        case let .notUTF8(path): return "\(path) is not UTF-8 text; save it as UTF-8 and try again"
        case let .unsupportedType(path):
            return "\(path): Verity reads plain text (.txt), Markdown (.md) and HTML (.html) files only"
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
        }
    }
}
