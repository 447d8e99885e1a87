import ArgumentParser
import Foundation
import VerityDocument
import VerityLedger
import VerityText

struct Attach: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Attach a passage of a source to a claim as evidence.",
        discussion:
            "The passage (--quote, else the claim's own words) is found in the source's text; quote marks, "
            + "dashes, case and spacing may differ. When it occurs more than once, or not at all, nothing is "
            + "attached and the candidates or the closest passage are shown."
    )
    @OptionGroup var ledgerOptions: LedgerOptions
    @Argument(help: "The claim, e.g. C1.") var claim: String
    @Argument(help: "The source, e.g. S2.") var source: String
    @Option(help: "The exact words in the source.") var quote: String?
    @Option(help: "supports, refutes or mentions.") var stance: Stance = .supports
    @Option var note: String?

    func run() throws {
        let ledger = try ledgerOptions.open()
        let c = try ledger.claim(try LedgerID.claim(claim))
        let s = try ledger.source(try LedgerID.source(source))
        let doc = try Document(path: s.path, text: s.text, format: DocumentFormat(rawValue: s.format))
        let words = quote ?? c.text
        switch SpanLocator.locate(words, in: doc) {
        case let .found(start, end):
            let e = Evidence(
                claimId: c.id!, source: s, document: doc, start: start, end: end, stance: stance, note: note)
            try ledger.attach(e)
            let (line, col) = doc.lineColumn(of: start)
            print("Attached \(s.code):\(line):\(col) to \(c.code) (\(stance.rawValue)): “\(e.exact)”")
        case let .ambiguous(hits):
            var lines = [
                "the words occur \(hits.count) times in \(s.code); quote more of the passage with --quote so it "
                    + "is found once:"
            ]
            for h in hits.prefix(5) {
                let (line, col) = doc.lineColumn(of: h.lowerBound)
                lines.append(
                    "  \(s.code):\(line):\(col)  "
                        + "…"
                        + doc.slice(max(doc.bodyStart, h.lowerBound - 30), min(doc.count, h.upperBound + 30))
                        .replacingOccurrences(of: "\n", with: " ") + "…"
                )
            }
            throw CLIError.message(lines.joined(separator: "\n"))
        case let .notFound(closest):
            var msg = "“\(words)” is not in \(s.code) (\(s.title ?? s.path))"
            if let r = closest {
                let (line, col) = doc.lineColumn(of: r.lowerBound)
                msg += "; the closest passage is \(s.code):\(line):\(col): “\(doc.slice(r.lowerBound, r.upperBound))”"
            }
            throw CLIError.message(msg)
        }
    }
}
