import Foundation

/// A saved web page, parsed with libxml2's HTML parser: its main content only (`HTMLMainContent`), title, date,
/// author, publisher and canonical URL from `og:`/`article:` meta tags and a JSON-LD `NewsArticle` when present.
enum HTMLPageReader {
    /// Whether an HTML file is a whole page (as a browser saves it) rather than a fragment of markup.
    static func isWholePage(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(4096), as: UTF8.self).lowercased()
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<body")
    }

    static func read(path: String, data: Data) throws -> Document {
        _ = try Document.decodeText(data, path: path)  // binary files and bad byte-order marks refused as for any text
        guard let tree = HTMLTree(data), let root = tree.root else {
            throw DocumentError.badPage(path: path, reason: "libxml2 could not parse it as HTML")
        }
        var elements: [HTMLNode] = [root]
        root.descendants(&elements)
        let meta = HTMLMetadata(elements)
        let paragraphs = HTMLMainContent.paragraphs(of: HTMLMainContent.main(elements) ?? root)
        guard paragraphs.joined().split(whereSeparator: \.isWhitespace).count >= 3 else {
            throw DocumentError.badPage(
                path: path, reason: "once navigation, banners and other boilerplate are left out, no text remains")
        }
        return try ExtractedText(
            format: .webpage,
            metadata: [
                ("title", meta.title), ("author", meta.author), ("publisher", meta.publisher), ("date", meta.date),
                ("url", meta.url),
            ],
            body: paragraphs.joined(separator: "\n\n") + "\n"
        ).document(path: path, fileBytes: data)
    }
}
