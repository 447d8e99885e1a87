import Foundation
import VerityDocument
import VerityText

// Extraction throughput: reads the files given (or every .md/.txt/.html under a folder), then times text analysis alone
// (decoding, front matter, quotes, quantities, dates) on one core, and prints MB/s.
let args = Array(CommandLine.arguments.dropFirst())
guard !args.isEmpty else {
    FileHandle.standardError.write(Data("usage: verity-bench FILE_OR_DIR...\n".utf8))
    exit(2)
}
var paths: [String] = []
for a in args {
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: a, isDirectory: &isDir), isDir.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: a)) ?? []
        paths += names.sorted().filter { DocumentFormat(path: $0) != nil }.map { (a as NSString).appendingPathComponent($0) }
    } else { paths.append(a) }
}
let data = paths.compactMap { p in (try? Data(contentsOf: URL(fileURLWithPath: p))).map { (p, $0) } }
let bytes = data.reduce(0) { $0 + $1.1.count }
var quotes = 0, quantities = 0, dates = 0
// time spent in each stage, so a change can be judged where it acts
var phase = [Double](repeating: 0, count: 5)
let phaseNames = ["reading (decode, front matter, markup)", "tokens", "quotes and speakers", "quantities", "dates"]
@MainActor func lap(_ k: Int, _ t: inout Date) { let now = Date(); phase[k] += now.timeIntervalSince(t); t = now }
let start = Date()
for (p, d) in data {
    var t = Date()
    guard let doc = try? Document(path: p, data: d) else { continue }
    lap(0, &t)
    let tokens = Tokenizer.tokenize(doc.analysis, from: doc.bodyStart)
    lap(1, &t)
    let paragraphs = QuoteExtractor.paragraphs(doc)
    quotes += QuoteExtractor.extract(doc, paragraphs: paragraphs, tokens: tokens).count
    lap(2, &t)
    quantities += QuantityExtractor.extract(doc, tokens: tokens).count
    lap(3, &t)
    dates += DateExtractor.extract(doc, tokens: tokens).count
    lap(4, &t)
}
let seconds = Date().timeIntervalSince(start)
let mb = Double(bytes) / 1_000_000
print(String(format: "extraction: %d documents, %.1f MB in %.2f s = %.1f MB/s (%d quotes, %d quantities, %d dates)",
             data.count, mb, seconds, mb / seconds, quotes, quantities, dates))
for (name, s) in zip(phaseNames, phase) {
    print(String(format: "  %-40@ %6.2f s  %5.1f MB/s", name as NSString, s, mb / s))
}
