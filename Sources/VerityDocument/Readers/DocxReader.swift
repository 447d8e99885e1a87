import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A Word document (.docx): the paragraphs and tables of `word/document.xml` (headings as `#` lines, tables as
/// Markdown tables, so figures in them are read with their headers), title, author and date from
/// `docProps/core.xml`. Read with ZIPFoundation and Foundation's XMLParser.
enum DocxReader {
    static func read(path: String, data: Data) throws -> Document {
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch {
            throw DocumentError.badWord(path: path, reason: "it is not a complete zip archive (damaged or cut short)")
        }
        guard let main = try entry("word/document.xml", archive, path: path) else {
            throw DocumentError.badWord(path: path, reason: "it holds no word/document.xml (another kind of zip file?)")
        }
        let body = DocxBody()
        try parse(main, body, name: "word/document.xml", path: path)
        let core = DocxCore()
        if let c = try entry("docProps/core.xml", archive, path: path) {
            try parse(c, core, name: "docProps/core.xml", path: path)
        }
        guard !body.lines.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) else { throw DocumentError.empty(path: path) }
        return try ExtractedText(
            format: .docx,
            metadata: [
                ("title", core.fields["title"]), ("author", core.fields["creator"]),
                ("date", ExtractedText.isoDay(core.fields["created"])),
            ],
            body: body.lines.joined(separator: "\n\n") + "\n"
        ).document(path: path, fileBytes: data)
    }

    static func entry(_ name: String, _ archive: Archive, path: String) throws -> Data? {
        guard let e = archive[name] else { return nil }
        var out = Data()
        do { _ = try archive.extract(e, consumer: { out.append($0) }) } catch {
            throw DocumentError.badWord(path: path, reason: "\(name) inside it is damaged and cannot be unpacked")
        }
        return out
    }

    static func parse(_ xml: Data, _ delegate: XMLParserDelegate, name: String, path: String) throws {
        let parser = XMLParser(data: xml)
        parser.delegate = delegate
        parser.shouldProcessNamespaces = false
        guard parser.parse() else {
            throw DocumentError.badWord(
                path: path, reason: "\(name) inside it is not well-formed XML (line \(parser.lineNumber))")
        }
    }
}

/// `docProps/core.xml`: `dc:title`, `dc:creator`, `dcterms:created`, by their local names.
final class DocxCore: NSObject, XMLParserDelegate {
    var fields: [String: String] = [:]
    private var current: String? = nil, text = ""

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        current = name.split(separator: ":").last.map(String.init); text = ""
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if let c = current, fields[c] == nil {
            let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !t.isEmpty { fields[c] = t }
        }
        current = nil
    }
}

/// `word/document.xml`: each top-level paragraph one line (a heading style as `#`, a numbered or bulleted one as
/// `- `), each table a Markdown table, its cells' paragraphs joined by spaces.
final class DocxBody: NSObject, XMLParserDelegate {
    var lines: [String] = []
    private var paragraph = "", inText = false, heading = 0, listItem = false
    private var tableDepth = 0, rows: [[String]] = [], cells: [String] = [], cell = ""

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "w:t": inText = true
        case "w:tab": paragraph += "\t"
        case "w:br", "w:cr": paragraph += tableDepth > 0 ? " " : "\n"
        case "w:p": paragraph = ""; heading = 0; listItem = false
        case "w:pStyle":
            let style = (attributes["w:val"] ?? "").lowercased()
            if style == "title" { heading = 1 }
            if style.hasPrefix("heading"), let n = Int(style.dropFirst(7)), (1...6).contains(n) { heading = n }
        case "w:numPr": listItem = true
        case "w:tbl":
            tableDepth += 1
            if tableDepth == 1 { rows = [] }
        case "w:tr": if tableDepth == 1 { cells = [] }
        case "w:tc": if tableDepth == 1 { cell = "" }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { paragraph += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t": inText = false
        case "w:p":
            let p = paragraph.trimmingCharacters(in: .whitespaces)
            if tableDepth > 0 {
                if !p.isEmpty { cell += (cell.isEmpty ? "" : " ") + p }
            } else if !p.isEmpty {
                lines.append((heading > 0 ? String(repeating: "#", count: heading) + " " : listItem ? "- " : "") + p)
            }
        case "w:tc": if tableDepth == 1 { cells.append(cell.replacingOccurrences(of: "|", with: "\\|")) }
        case "w:tr": if tableDepth == 1, cells.contains(where: { !$0.isEmpty }) { rows.append(cells) }
        case "w:tbl":
            tableDepth -= 1
            if tableDepth == 0, let header = rows.first {
                let width = rows.map(\.count).max() ?? header.count
                func row(_ r: [String]) -> String {
                    "| " + (r + Array(repeating: "", count: width - r.count)).joined(separator: " | ") + " |"
                }
                let table = [row(header), "|" + Array(repeating: "---|", count: width).joined()]
                lines.append((table + rows.dropFirst().map(row)).joined(separator: "\n"))
            }
        default: break
        }
    }
}
