import ArgumentParser
import Foundation
import VerityLedger
import VerityReport

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a report of the ledger: every claim, its status, evidence, latest findings and history.",
        discussion: "Written to Reports/ beside the ledger's Claims/ folder unless -o names a file (- for the terminal). An existing report is replaced whole (written, then renamed).")
    @OptionGroup var ledgerOptions: LedgerOptions
    @Option(help: "md (Markdown).") var format: Format = .md
    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write it; - for standard output.", valueName: "PATH")) var output: String?
    @Option(help: "Only these claims, e.g. C1,C4.") var claims: String?
    @Option(help: "Only claims with this status.") var status: ClaimStatus?

    enum Format: String, ExpressibleByArgument { case md }

    func run() throws {
        let path = try ledgerOptions.path()
        let ledger = try ledgerOptions.open()
        let ids = try claims.map { Set(try $0.split(separator: ",").map { try LedgerID.claim(String($0)) }) }
        let snap = try LedgerSnapshot(ledger: ledger, path: path, claimIds: ids, status: status)
        let text = MarkdownReport().render(snap)
        if output == "-" { print(text); return }
        let target: URL
        if let output { target = URL(fileURLWithPath: output) } else {
            let claimsDir = URL(fileURLWithPath: path).deletingLastPathComponent()
            let reports = claimsDir.deletingLastPathComponent().appendingPathComponent("Reports")
            try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
            target = reports.appendingPathComponent("report.md")
        }
        do { try Data(text.utf8).write(to: target, options: .atomic) } catch {
            throw CLIError.message("cannot write \(target.path): \(error.localizedDescription)")
        }
        print("Wrote \(target.path)")
    }
}
