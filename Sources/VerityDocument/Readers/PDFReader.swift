import Foundation

/// A PDF through poppler's `pdftotext` (text in reading order) and `pdfinfo` (title, author, creation date), from
/// Debian's poppler-utils. Pages are kept apart by form feeds, so each passage knows its page; running headers,
/// footers and page numbers are dropped and words hyphenated at a line's end joined (`PDFPages`).
enum PDFReader {
    static func read(path: String, data: Data) throws -> Document {
        guard data.starts(with: Array("%PDF-".utf8)) else {
            throw DocumentError.pdfDamaged(path: path, reason: "it does not start with %PDF-")
        }
        guard data.suffix(1024).range(of: Data("%%EOF".utf8)) != nil else {
            throw DocumentError.pdfDamaged(
                path: path, reason: "it ends before its end marker (%%EOF), so it was cut short or not fully saved")
        }
        let info = try run("pdfinfo", ["-isodates", path], path: path)
        if info.status != 0 {
            if info.err.contains("password") || info.err.contains("ncrypt") {
                throw DocumentError.pdfEncrypted(path: path)
            }
            throw DocumentError.pdfDamaged(path: path, reason: firstLine(info.err) ?? "pdfinfo could not read it")
        }
        let fields = infoFields(info.out)
        let out = try run("pdftotext", ["-enc", "UTF-8", "-eol", "unix", path, "-"], path: path)
        if out.status != 0 {
            if out.err.contains("password") { throw DocumentError.pdfEncrypted(path: path) }
            throw DocumentError.pdfDamaged(path: path, reason: firstLine(out.err) ?? "pdftotext could not read it")
        }
        let pages = PDFPages.clean(out.out)
        guard pages.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else {
            throw DocumentError.pdfNoText(path: path)
        }
        return try ExtractedText(
            format: .pdf,
            metadata: [
                ("title", fields["Title"]), ("author", fields["Author"]),
                ("date", ExtractedText.isoDay(fields["CreationDate"])), ("pages", String(pages.count)),
            ],
            body: pages.joined(separator: "\n\u{0C}") + "\n"
        ).document(path: path, fileBytes: data)
    }

    /// `Key: value` lines of pdfinfo's output.
    static func infoFields(_ out: String) -> [String: String] {
        var fields: [String: String] = [:]
        for line in out.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if !value.isEmpty { fields[String(line[..<colon])] = value }
        }
        return fields
    }

    static func firstLine(_ s: String) -> String? {
        s.split(separator: "\n").first { !$0.hasPrefix("Syntax Warning") }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
    }

    /// Runs one of poppler's tools on a file; its output as UTF-8 text.
    static func run(_ tool: String, _ args: [String], path: String) throws -> (status: Int32, out: String, err: String)
    {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard
            let exe = (dirs.map { "\($0)/\(tool)" } + ["/usr/bin/\(tool)"]).first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            })
        else { throw DocumentError.toolMissing(path: path, tool: tool, package: "poppler-utils") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        let o = Pipe(), e = Pipe()
        p.standardOutput = o; p.standardError = e
        p.standardInput = FileHandle.nullDevice
        do { try p.run() } catch {
            throw DocumentError.toolMissing(path: path, tool: tool, package: "poppler-utils")
        }
        // standard error read on its own thread, so neither pipe can fill up and stall the tool
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = e.fileHandleForReading.readDataToEndOfFile(); group.leave()
        }
        let outData = o.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
