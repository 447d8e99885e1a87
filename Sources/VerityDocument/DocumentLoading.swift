import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Document {
    /// Reads a source: as `load(path:)`, but a whole saved web page is read for its main content and metadata
    /// (`HTMLPageReader`), without its navigation, banners and other boilerplate.
    public static func loadSource(path: String) throws -> Document {
        try load(path: path, wholePages: true)
    }

    /// Reads a file as a document, refusing what is not text. The kind of file is found from its content
    /// (`DocumentKind`), its name only where the content leaves it open. HTML is read in place (markup blanked, so
    /// offsets are the file's) unless `wholePages` asks for a whole page's main content.
    public static func load(path: String, wholePages: Bool = false) throws -> Document {
        try FileCheck.regularFile(path)
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw DocumentError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        guard let format = DocumentKind.detect(data, path: path) else {
            throw DocumentError.unsupportedType(path: path)
        }
        switch format {
        case .pdf: return try PDFReader.read(path: path, data: data)
        case .docx: return try DocxReader.read(path: path, data: data)
        case .email: return try EmailReader.read(path: path, data: data)
        case .transcript:
            if (path as NSString).pathExtension.lowercased() == "srt" {
                return try SRTReader.read(path: path, data: data)
            }
            let head = String(decoding: data.prefix(16), as: UTF8.self)
            if head.hasPrefix("WEBVTT") || head.hasPrefix("\u{FEFF}WEBVTT") {
                return try WebVTTReader.read(path: path, data: data)
            }
            if (path as NSString).pathExtension.lowercased() == "vtt" {
                return try WebVTTReader.read(path: path, data: data)
            }
            return try SRTReader.read(path: path, data: data)
        case .html where wholePages && HTMLPageReader.isWholePage(data):
            return try HTMLPageReader.read(path: path, data: data)
        case .plain, .markdown, .html, .webpage: return try Document(path: path, data: data, format: format)
        }
    }

    /// A document from a file's bytes: UTF-8, or UTF-16 or UTF-32 with a byte-order mark.
    public init(path: String, data: Data, format: DocumentFormat? = nil) throws {
        if data.isEmpty { throw DocumentError.empty(path: path) }
        let text = try Document.decodeText(data, path: path)
        try self.init(path: path, text: text, format: format)
    }

    /// The text of a file's bytes. A NUL anywhere in the text marks a binary file.
    static func decodeText(_ data: Data, path: String) throws -> String {
        let bytes = [UInt8](data)
        let text: String
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) {
            text = try utf32(bytes.dropFirst(4), bigEndian: bytes[0] == 0, path: path)
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            text = try utf16(bytes.dropFirst(2), bigEndian: bytes[0] == 0xFE, path: path)
        } else {
            // the whole file, not only its start: a NUL after the first pages would cut the stored text there
            let hasNul = bytes.withUnsafeBytes { b in b.baseAddress.map { memchr($0, 0, b.count) != nil } ?? false }
            if hasNul { throw DocumentError.binary(path: path) }
            guard let t = String(validating: bytes, as: UTF8.self) else { throw DocumentError.notUTF8(path: path) }
            return t
        }
        if text.unicodeScalars.contains("\u{0}") { throw DocumentError.binary(path: path) }
        return text
    }

    static func utf16(_ b: ArraySlice<UInt8>, bigEndian: Bool, path: String) throws -> String {
        guard b.count % 2 == 0 else { throw DocumentError.badEncoding(path: path, encoding: "UTF-16") }
        var units: [UInt16] = []
        units.reserveCapacity(b.count / 2)
        var i = b.startIndex
        while i < b.endIndex {
            let hi = UInt16(b[bigEndian ? i : i + 1]), lo = UInt16(b[bigEndian ? i + 1 : i])
            units.append(hi << 8 | lo)
            i += 2
        }
        guard let s = String(validating: units, as: UTF16.self) else {
            throw DocumentError.badEncoding(path: path, encoding: "UTF-16")
        }
        return s
    }

    static func utf32(_ b: ArraySlice<UInt8>, bigEndian: Bool, path: String) throws -> String {
        guard b.count % 4 == 0 else { throw DocumentError.badEncoding(path: path, encoding: "UTF-32") }
        var scalars = String.UnicodeScalarView()
        var i = b.startIndex
        while i < b.endIndex {
            let q = (0..<4).map { UInt32(b[i + $0]) }
            let v = bigEndian ? q[0] << 24 | q[1] << 16 | q[2] << 8 | q[3] : q[3] << 24 | q[2] << 16 | q[1] << 8 | q[0]
            guard let s = Unicode.Scalar(v) else { throw DocumentError.badEncoding(path: path, encoding: "UTF-32") }
            scalars.append(s)
            i += 4
        }
        return String(scalars)
    }
}

/// What a path names, checked before a file is opened: opening a named pipe would wait for a writer forever.
public enum FileCheck {
    /// Throws a sentence naming what the path is when it is not a regular file (symbolic links are followed).
    public static func regularFile(_ path: String) throws {
        var st = stat()
        guard stat(path, &st) == 0 else {
            let code = errno
            switch code {
            case ENOENT:
                var link = stat()
                if lstat(path, &link) == 0 { throw DocumentError.danglingLink(path: path) }
                throw DocumentError.notFound(path: path)
            case ELOOP: throw DocumentError.linkLoop(path: path)
            case EACCES: throw DocumentError.noPermission(path: path)
            case ENOTDIR: throw DocumentError.notFound(path: path)
            default: throw DocumentError.unreadable(path: path, reason: String(cString: strerror(code)))
            }
        }
        switch Int(st.st_mode) & Int(S_IFMT) {
        case Int(S_IFREG): return
        case Int(S_IFDIR): throw DocumentError.folder(path: path)
        case Int(S_IFIFO): throw DocumentError.notAFile(path: path, what: "a named pipe (FIFO)")
        case Int(S_IFSOCK): throw DocumentError.notAFile(path: path, what: "a socket")
        default: throw DocumentError.notAFile(path: path, what: "a device")
        }
    }
}
