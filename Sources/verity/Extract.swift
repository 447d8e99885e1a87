import ArgumentParser
import Foundation
import VerityDocument
import VerityReport
import VerityText

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the quotes (with speakers), quantities and dates Verity reads in documents.")
    @Argument(help: "Text, Markdown or HTML files.") var files: [String]
    @Option(help: "text or json (the shape in CONTRACT.md).") var format: Format = .text
    @OptionGroup var reference: ReferenceDate
    @Option(help: "Files read at once (default: one per core); the output is the same whatever the number.")
    var jobs: Int?
    enum Format: String, ExpressibleByArgument { case text, json }

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs takes a number of at least 1") }
    }

    func run() throws {
        if format == .json {
            // each document read, analysed and written on its own, on every core; printed in the files' order once
            // all are read (a file that cannot be read stops the command before anything is printed)
            let chunks = try Parallel.map(files.count, jobs: jobs ?? Parallel.cores) { i in
                ExtractJSON.chunk(Extraction(reference.dated(try Document.load(path: files[i]))))
            }
            var out = StandardOutput()
            ExtractJSON.write(chunks) { out.write($0) }
            out.write([UInt8(ascii: "\n")])
            out.flush()
            return
        }
        let extractions = try files.map { Extraction(reference.dated(try Document.load(path: $0))) }
        switch format {
        case .json: break
        case .text:
            for ex in extractions {
                let d = ex.document
                print("\(d.path)")
                for q in ex.quotes {
                    let (l, c) = d.lineColumn(of: q.start)
                    print(
                        "  \(l):\(c) quote     “\(q.text)” — "
                            + "\(q.speaker ?? "(no speaker)")\(q.cue.map { " [\($0)]" } ?? "")  [\(q.rule)]"
                    )
                }
                for q in ex.quantities {
                    let (l, c) = d.lineColumn(of: q.start)
                    print(
                        "  \(l):\(c) quantity  \(q.text)  = "
                            + (q.qualifier == .exact ? "" : q.qualifier.rawValue + " ") + ExtractJSON.number(q.value)
                            + (q.unit.map { " \($0)" } ?? "") + (q.subject.map { " (\($0))" } ?? "") + "  [\(q.rule)]"
                    )
                }
                for x in ex.dates {
                    let (l, c) = d.lineColumn(of: x.start)
                    print(
                        "  \(l):\(c) date      \(x.text)  = "
                            + "\(x.value)\(x.weekdayConflict.map { "  ⚠ \($0)" } ?? "")  [\(x.rule)]"
                    )
                }
                for x in ex.unresolvedDates {
                    let (l, c) = d.lineColumn(of: x.start)
                    print(
                        "  \(l):\(c) date      \(x.text)  = unresolved (the text gives no date of its own; see --date)")
                }
            }
        }
    }
}
