import Foundation
import VerityCheck
import VerityDocument
import VerityReport
import VerityText

/// What each fuzz target does with one input (Fuzz/ holds the libFuzzer entry points, built by scripts/fuzz.sh);
/// the regression tests feed every input a fuzzer ever crashed on (Tests/FuzzCrashes/<target>/) through the same code.
public enum FuzzInputs {
    /// The targets, by the name of their corpus folder.
    public static let targets: [String: @Sendable ([UInt8]) -> Void] = [
        "FuzzDocument": document, "FuzzExtract": extract, "FuzzCheck": check,
    ]

    /// The input as a file's bytes, decoded (UTF-8, or UTF-16 or UTF-32 with a mark), front matter read and markup
    /// blanked in each format; every offset the document hands out is read back.
    @Sendable public static func document(_ bytes: [UInt8]) {
        for name in ["f.txt", "f.md", "f.html"] {
            guard let doc = try? Document(path: name, data: Data(bytes)) else { continue }
            precondition(doc.analysis.count == doc.scalars.count, "one analysis scalar per text scalar")
            precondition(doc.bodyStart >= 0 && doc.bodyStart <= doc.count, "the body starts inside the text")
            _ = doc.frontMatter.day
            _ = doc.longestLine(from: doc.bodyStart)
            for offset in [0, doc.bodyStart, doc.count / 2, max(0, doc.count - 1)] {
                _ = doc.lineColumn(of: offset)
                _ = doc.line(containing: offset)
            }
            _ = doc.slice(doc.bodyStart, doc.count)
        }
    }

    /// The input as a text (UTF-8, invalid bytes replaced) in each format, everything extracted and written as
    /// `extract --format json` writes it.
    @Sendable public static func extract(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        for format in [DocumentFormat.plain, .markdown, .html] {
            guard let doc = try? Document(path: "f", text: text, format: format) else { continue }
            let ex = Extraction(doc)
            for q in ex.quotes { precondition(q.start <= q.end && q.end <= doc.count, "a quote lies in the text") }
            for d in ex.dates { precondition(d.start <= d.end && d.end <= doc.count, "a date lies in the text") }
            _ = ExtractJSON.render([ex])
        }
    }

    /// An article and a source, both from the input (split at its first NUL byte, or in halves), read as Markdown;
    /// the article is checked against the source.
    @Sendable public static func check(_ bytes: [UInt8]) {
        let cut = bytes.firstIndex(of: 0) ?? bytes.count / 2
        let article = String(decoding: bytes[..<cut], as: UTF8.self)
        let source = String(decoding: bytes[min(bytes.count, cut + 1)...], as: UTF8.self)
        guard let a = try? Document(path: "article.md", text: article),
            let s = try? Document(path: "source.md", text: source)
        else { return }
        let result = Checker(sources: SourceSet([s])).checkWithSupport(a)
        for f in result.findings { _ = f.message }
    }
}
