import Foundation
import ZIPFoundation

/// Word documents zipped at test time: `word/document.xml` with paragraphs (a heading first) and a table,
/// `docProps/core.xml` with title, creator and date.
public enum DocxFixture {
    public static func make(
        heading: String, paragraphs: [String], table: [[String]] = [], title: String? = nil, author: String? = nil,
        created: String? = nil, withDocument: Bool = true
    ) throws -> Data {
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        func p(_ s: String, style: String? = nil) -> String {
            let ppr = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
            // two runs, so text split across runs is read as one paragraph
            let mid = s.index(s.startIndex, offsetBy: s.count / 2)
            return "<w:p>\(ppr)<w:r><w:t xml:space=\"preserve\">\(esc(String(s[..<mid])))</w:t></w:r>"
                + "<w:r><w:t>\(esc(String(s[mid...])))</w:t></w:r></w:p>"
        }
        var body = p(heading, style: "Heading1") + paragraphs.map { p($0) }.joined()
        if !table.isEmpty {
            body +=
                "<w:tbl>"
                + table.map { row in "<w:tr>" + row.map { "<w:tc>\(p($0))</w:tc>" }.joined() + "</w:tr>" }.joined()
                + "</w:tbl>"
        }
        let document =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:body>\(body)</w:body></w:document>"
        var core =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties "
            + "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
        if let title { core += "<dc:title>\(esc(title))</dc:title>" }
        if let author { core += "<dc:creator>\(esc(author))</dc:creator>" }
        if let created { core += "<dcterms:created>\(created)</dcterms:created>" }
        core += "</cp:coreProperties>"
        let archive = try Archive(data: Data(), accessMode: .create)
        var files = [("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"), ("docProps/core.xml", core)]
        if withDocument { files.append(("word/document.xml", document)) }
        for (name, text) in files {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count),
                modificationDate: Date(timeIntervalSince1970: 1_760_000_000), compressionMethod: .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        return archive.data!
    }
}
