import Foundation

/// Small PDFs written by hand at test time: Helvetica text, one line per string, an Info dictionary.
public enum PDFFixture {
    /// A PDF whose pages hold the given lines (an empty page list gives pages with only a drawn box: no text layer).
    public static func make(
        pages: [[String]], title: String? = nil, author: String? = nil, created: String? = nil,
        encrypted: Bool = false, textLayer: Bool = true
    ) -> Data {
        var objects: [String] = []
        func add(_ s: String) -> Int { objects.append(s); return objects.count }
        let font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        let contents = pages.map { lines -> Int in
            var ops = ["BT", "/F1 11 Tf", "14 TL", "72 760 Td"]
            for l in lines {
                let esc = l.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
                    .replacingOccurrences(of: ")", with: "\\)")
                ops.append("(\(esc)) Tj T*")
            }
            ops.append("ET")
            let stream = textLayer ? ops.joined(separator: "\n") : "0.5 g 72 600 200 100 re f"
            return add("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
        }
        let pagesObject = objects.count + pages.count + 1
        let kids = contents.map { c in
            add(
                "<< /Type /Page /Parent \(pagesObject) 0 R /MediaBox [0 0 612 792] "
                    + "/Resources << /Font << /F1 \(font) 0 R >> >> /Contents \(c) 0 R >>")
        }
        _ = add("<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(kids.count) >>")
        let catalog = add("<< /Type /Catalog /Pages \(pagesObject) 0 R >>")
        let info = [
            title.map { "/Title (\($0))" }, author.map { "/Author (\($0))" }, created.map { "/CreationDate (D:\($0))" },
        ]
        let infoObject = add("<< \(info.compactMap { $0 }.joined(separator: " ")) >>")
        let encrypt =
            encrypted
            ? add(
                "<< /Filter /Standard /V 1 /R 2 /O <\(String(repeating: "ab", count: 32))> "
                    + "/U <\(String(repeating: "cd", count: 32))> /P -4 >>") : nil
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(o)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { out += String(format: "%010d 00000 n \n", o) }
        var trailer = "<< /Size \(objects.count + 1) /Root \(catalog) 0 R /Info \(infoObject) 0 R"
        if let encrypt {
            let id = String(repeating: "01", count: 16)
            trailer += " /Encrypt \(encrypt) 0 R /ID [<\(id)> <\(id)>]"
        }
        out += "trailer\n\(trailer) >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(out.utf8)
    }
}
