import Crypto
import Foundation

/// How a document's markup is read. `pdf`, `docx`, `transcript` and `email` are texts Verity extracted from such
/// files (`FormatReaders`): the extracted text is what the ledger keeps, and its anchors are read back from it
/// (form feeds between a PDF's pages, a time marker opening each subtitle cue's line).
public enum DocumentFormat: String, Sendable, Codable {
    case plain, markdown, html, pdf, docx, transcript, email, webpage

    /// Picks the format from a file name; nil for a type Verity does not read.
    public init?(path: String) {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "md", "markdown", "mdown", "mkd": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "txt", "text", "": self = .plain
        case "pdf": self = .pdf
        case "docx": self = .docx
        case "vtt", "srt": self = .transcript
        case "eml": self = .email
        default: return nil
        }
    }
}

/// A decoded text with its front matter and offsets.
///
/// Offsets everywhere in Verity are Unicode scalar offsets into `text`, end exclusive.
/// `analysis` has exactly one scalar per scalar of `text`: typographic look-alikes are folded
/// (curly quotes to straight ones, odd spaces to a space, dashes to `—` or `-`), and markup and
/// front matter are blanked with spaces, so every analysis offset is also a `text` offset.
public struct Document: Sendable {
    public let path: String
    public let format: DocumentFormat
    public let text: String
    public let scalars: [Unicode.Scalar]
    public let analysis: [Unicode.Scalar]
    public var frontMatter: FrontMatter
    /// Offset of the first scalar after the front matter.
    public let bodyStart: Int
    /// SHA-256 of the decoded text, lowercase hex: worked out when asked (adding a source asks; reading one to
    /// extract from it or check against it does not).
    public var sha256: String { Document.hash(text) }
    let lineStarts: [Int]
    /// Where each page starts (PDF text: after each form feed); empty for texts without pages.
    let pageStarts: [Int]
    /// Each subtitle cue's time marker and times (transcripts only), in text order.
    let cues: [TranscriptText.Cue]

    public init(path: String, text rawText: String, format: DocumentFormat? = nil) throws {
        var text = rawText
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        guard !text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) else {
            throw DocumentError.empty(path: path)
        }
        self.path = path
        self.format = format ?? DocumentFormat(path: path) ?? .plain
        self.text = text
        let (scalars, folded, starts) = Document.decode(text)
        self.scalars = scalars
        let (fm, bodyStart) = try FrontMatter.parse(scalars, path: path)
        self.frontMatter = fm
        self.bodyStart = bodyStart
        var analysis = folded
        for i in 0..<bodyStart where analysis[i] != "\n" { analysis[i] = " " }
        var pageStarts: [Int] = [], cues: [TranscriptText.Cue] = []
        switch self.format {
        case .plain, .email, .webpage: break
        case .markdown, .docx: Markup.blankMarkdown(&analysis, from: bodyStart)
        case .html: Markup.blankHTML(&analysis, from: bodyStart)
        case .pdf:
            pageStarts = [bodyStart]
            for i in bodyStart..<scalars.count where scalars[i] == "\u{0C}" { pageStarts.append(i + 1) }
        case .transcript:
            cues = TranscriptText.cues(scalars, lineStarts: starts, from: bodyStart)
            for c in cues { for i in c.marker where analysis[i] != "\n" { analysis[i] = " " } }
        }
        self.pageStarts = pageStarts
        self.cues = cues
        self.analysis = analysis
        self.lineStarts = starts
    }

    /// The scalars of a text, their folded forms and the offsets where lines start, in one pass over its UTF-8.
    static func decode(_ text: String) -> ([Unicode.Scalar], [Unicode.Scalar], [Int]) {
        var text = text
        return text.withUTF8 { b in
            var folded: [Unicode.Scalar] = [], starts = [0]
            // both arrays written in place: at most one scalar per byte
            let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { sb, scalarCount in
                folded = [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { fb, foldedCount in
                    var i = 0, c = 0
                    let n = b.count
                    while i < n {
                        let byte = b[i]
                        var v: UInt32
                        if byte < 0x80 {
                            v = UInt32(byte); i += 1
                        } else if byte < 0xE0 {
                            v = UInt32(byte & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2
                        } else if byte < 0xF0 {
                            v = UInt32(byte & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F);
                            i += 3
                        } else {
                            v =
                                UInt32(byte & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                                | UInt32(b[i + 3] & 0x3F);
                            i += 4
                        }
                        // the String's UTF-8 is valid, so every value is a scalar
                        let s = Unicode.Scalar(v).unsafelyUnwrapped
                        sb.initializeElement(at: c, to: s)
                        // printable ASCII other than the backtick folds to itself
                        fb.initializeElement(at: c, to: v >= 0x20 && v < 0x7F && v != 0x60 ? s : fold(s))
                        c += 1
                        if v == 0x0A { starts.append(c) }
                    }
                    foldedCount = c
                }
                scalarCount = folded.count
            }
            return (scalars, folded, starts)
        }
    }

    public static func hash(_ text: String) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        var text = text
        let digest = text.withUTF8 { SHA256.hash(data: UnsafeRawBufferPointer($0)) }  // no copy of the text
        for b in digest { out.append(hex[Int(b >> 4)]); out.append(hex[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// A string from a run of scalars, by way of UTF-8 (much faster than appending scalars one by one).
    public static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        if scalars.allSatisfy({ $0.value < 128 }) {
            let n = scalars.count
            return String(unsafeUninitializedCapacity: n) { buf in
                for (i, s) in scalars.enumerated() { buf[i] = UInt8(s.value) }
                return n
            }
        }
        var bytes = [UInt8]()
        bytes.reserveCapacity(scalars.count)
        for s in scalars {
            if s.value < 128 { bytes.append(UInt8(s.value)) } else { bytes.append(contentsOf: UTF8.encode(s)!) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public var count: Int { scalars.count }

    /// The original text between two offsets (without a transcript's time markers, a PDF's form feeds as line breaks).
    public func slice(_ start: Int, _ end: Int) -> String {
        let s = max(0, min(start, scalars.count)), e = max(s, min(end, scalars.count))
        if !cues.isEmpty { return TranscriptText.slice(scalars, s..<e, cues: cues) }
        // a PDF's page breaks shown as line breaks
        if pageStarts.count > 1 { return Document.string(scalars[s..<e].map { $0 == "\u{0C}" ? "\n" : $0 }) }
        return Document.string(scalars[s..<e])
    }

    /// The analysis text between two offsets (folded, markup blanked).
    public func analysisSlice(_ start: Int, _ end: Int) -> String {
        let s = max(0, min(start, analysis.count)), e = max(s, min(end, analysis.count))
        return Document.string(analysis[s..<e])
    }

    /// The length in scalars of the longest line that starts at or after `offset`.
    public func longestLine(from offset: Int) -> Int {
        var longest = 0
        for (k, start) in lineStarts.enumerated() where start >= offset {
            let end = k + 1 < lineStarts.count ? lineStarts[k + 1] - 1 : scalars.count
            longest = max(longest, end - start)
        }
        return longest
    }

    /// 1-based line and column (in scalars) of an offset.
    public func lineColumn(of offset: Int) -> (line: Int, column: Int) {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return (lo + 1, offset - lineStarts[lo] + 1)
    }

    /// The whole line (without its newline) that holds an offset.
    public func line(containing offset: Int) -> String {
        let (line, _) = lineColumn(of: offset)
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : scalars.count
        return slice(start, end).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Folds a scalar to its plain look-alike.
    @inline(__always)
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB, 0x301D, 0x301E, 0xFF02: return "\""
        case 0x00A0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x0009, 0x000B, 0x000C: return " "
        case 0x000D: return " "
        case 0x2010, 0x2011, 0x2212, 0xFE63, 0xFF0D: return "-"
        case 0x2012, 0x2013, 0x2014, 0x2015, 0x2E3A, 0x2E3B: return "\u{2014}"
        case 0x2028, 0x2029, 0x0085: return "\n"
        default: return s
        }
    }
}
