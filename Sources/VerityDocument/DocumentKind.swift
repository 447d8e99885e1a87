import Foundation

/// Which reader a file needs, found from its bytes, its name only where they leave it open.
///
/// A PDF (`%PDF-`) and a Word document (a zip holding `word/document.xml`) are known by their bytes whatever their
/// name, and so is a WebVTT file (`WEBVTT` on its first line). A file named `.txt`, `.md` or `.html` is otherwise
/// read as its name says, so a plain text that happens to open with `From:` stays plain text. A file with no
/// extension, or one Verity does not know, is read by its content: SubRip cues, e-mail headers (RFC 5322), HTML
/// markup, and plain text for a file without an extension.
enum DocumentKind {
    static func detect(_ data: Data, path: String) -> DocumentFormat? {
        let byName = DocumentFormat(path: path)
        let head = data.prefix(1024)
        if head.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // a zip: a Word document only if it holds word/document.xml (the local headers name their files)
            if data.range(of: Data("word/document.xml".utf8)) != nil { return .docx }
            return byName
        }
        let text = String(decoding: head, as: UTF8.self)
        let start = text.drop { $0 == "\u{FEFF}" }
        if start.hasPrefix("WEBVTT") { return .transcript }
        if let byName, (path as NSString).pathExtension != "" { return byName }
        // no extension, or one Verity does not know: the content decides
        if SRTReader.looksLikeSRT(start) { return .transcript }
        if EmailReader.looksLikeEmail(start) { return .email }
        let lower = start.prefix(512).lowercased()
        if lower.contains("<!doctype html") || lower.contains("<html") { return .html }
        return byName
    }
}
