import Foundation
import VerityDocument
import VerityText

// Extraction throughput: reads the files given (or every .md/.txt/.html under a folder), then times text analysis alone
// (decoding, front matter, quotes, quantities, dates) on one core, and prints MB/s with the time of each stage.
// `--repeat N` runs the whole set N times and reports the fastest run of each stage (timings on a shared machine
// wander).
var args = Array(CommandLine.arguments.dropFirst())
var repeats = 1
if let k = args.firstIndex(of: "--repeat"), k + 1 < args.count, let n = Int(args[k + 1]), n >= 1 {
    repeats = n
    args.removeSubrange(k...(k + 1))
}
guard !args.isEmpty else {
    FileHandle.standardError.write(Data("usage: verity-bench [--repeat N] FILE_OR_DIR...\n".utf8))
    exit(2)
}
var paths: [String] = []
for a in args {
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: a, isDirectory: &isDir), isDir.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: a)) ?? []
        paths += names.sorted().filter { DocumentFormat(path: $0) != nil }.map {
            (a as NSString).appendingPathComponent($0)
        }
    } else {
        paths.append(a)
    }
}
let data = paths.compactMap { p in (try? Data(contentsOf: URL(fileURLWithPath: p))).map { (p, $0) } }
let bytes = data.reduce(0) { $0 + $1.1.count }
let mb = Double(bytes) / 1_000_000
let stages = ["reading (decode, front matter, markup)", "tokens", "quotes and speakers", "quantities", "dates"]

struct Run { var stage = [Double](repeating: 0, count: 5); var total = 0.0; var counts = (0, 0, 0) }

func run() -> Run {
    var r = Run()
    var clock = Date()
    func lap(_ k: Int) { let now = Date(); r.stage[k] += now.timeIntervalSince(clock); clock = now }
    let start = Date()
    for (p, d) in data {
        clock = Date()
        guard let doc = try? Document(path: p, data: d) else { continue }
        lap(0)
        let tokens = Tokenizer.tokenize(doc.analysis, from: doc.bodyStart)
        lap(1)
        r.counts.0 += QuoteExtractor.extract(doc, paragraphs: QuoteExtractor.paragraphs(doc), tokens: tokens).count
        lap(2)
        r.counts.1 += QuantityExtractor.extract(doc, tokens: tokens).count
        lap(3)
        r.counts.2 += DateExtractor.extract(doc, tokens: tokens).count
        lap(4)
    }
    r.total = Date().timeIntervalSince(start)
    return r
}

var best = run()
for _ in 1..<repeats {
    let r = run()
    best.total = min(best.total, r.total)
    for k in 0..<5 { best.stage[k] = min(best.stage[k], r.stage[k]) }
}
print(
    String(
        format: "extraction: %d documents, %.1f MB in %.2f s = %.1f MB/s (%d quotes, %d quantities, %d dates)%@",
        data.count, mb, best.total, mb / best.total, best.counts.0, best.counts.1, best.counts.2,
        repeats > 1 ? " — fastest of \(repeats) runs" as NSString : "" as NSString))
for (name, s) in zip(stages, best.stage) {
    print(
        "  " + name.padding(toLength: 40, withPad: " ", startingAt: 0) + String(format: "%6.2f s %7.1f MB/s", s, mb / s)
    )
}
