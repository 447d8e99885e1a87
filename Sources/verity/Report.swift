import ArgumentParser
import Foundation
import VerityLedger
import VerityReport

extension ReportFormat: ExpressibleByArgument {}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Write reports of the ledger: claims, statuses, evidence, history and the latest check --update's "
            + "findings.",
        discussion: """
            Formats: html (one self-contained page), md, json (the full ledger view), csv (one row per claim), \
            claimreview (schema.org ClaimReview JSON-LD), annotations (W3C Web Annotation JSON-LD). Several may be \
            given.
            Written to Reports/ beside the ledger's Claims/ folder as report.FORMAT unless -o names a file (- for the \
            terminal; with several formats, -o names a folder). An existing report is replaced whole (written, then \
            renamed).
            """)
    @OptionGroup var ledgerOptions: LedgerOptions
    @Option(
        parsing: .upToNextOption,
        help: "One or more of: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: [ReportFormat] = [.md]
    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write; - for standard output.", valueName: "PATH"))
    var output: String?
    @Option(help: "Only these claims, e.g. C1,C4.") var claims: String?
    @Option(help: "Only claims with this status.") var status: ClaimStatus?
    @Option(help: ArgumentHelp("Only claims from this article.", valueName: "FILE")) var article: String?

    func validate() throws {
        if output == "-" && format.count > 1 {
            throw ValidationError("-o - writes one format to the terminal; name one --format")
        }
    }

    func run() throws {
        let ledger = try ledgerOptions.open(.readOnly)
        // a SQLite ledger's reports go beside its Claims/ folder; a server's into Reports/ here
        let path =
            ledger.location.file
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            .appendingPathComponent(LedgerOptions.relative).path
        let ids = try claims.map { Set(try $0.split(separator: ",").map { try LedgerID.claim(String($0)) }) }
        var texts: [String: String] = [:]
        for a in Set(try ledger.claims().compactMap(\.article)) {
            if let t = try? String(contentsOfFile: a, encoding: .utf8) { texts[a] = t }
        }
        let cwd = FileManager.default.currentDirectoryPath
        let shown =
            ledger.location.file == nil
            ? ledger.location.shown : path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
        let targets = try output == "-" ? [] : format.map { try destination(for: $0.formatter, ledgerPath: path) }
        for t in targets { try OutputGuard.refuse(t.path, ledger: path) }
        let snap = try LedgerSnapshot(
            ledger: ledger, path: shown, claimIds: ids, status: status, article: article, articles: texts)
        if snap.claims.isEmpty { printErr("note: no claims match; the report lists none") }
        for f in format {
            let formatter = f.formatter
            let text = formatter.render(snap)
            if output == "-" {
                // JSON formats escape controls themselves; the others are shown for reading
                if [.json, .claimreview, .annotations].contains(f) { Swift.print(text) } else { print(text) }
                continue
            }
            let target = try destination(for: formatter, ledgerPath: path)
            do {
                try FileManager.default.createDirectory(
                    at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: target, options: .atomic)
            } catch {
                throw CLIError.message("cannot write \(target.path): \(error.localizedDescription)")
            }
            print("Wrote \(target.path)")
        }
    }

    func destination(for f: any ReportFormatter, ledgerPath: String) throws -> URL {
        let name = "report.\(f.fileExtension)"
        if let output {
            var isDir: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isDir)
            if format.count > 1 || (exists && isDir.boolValue) {
                return URL(fileURLWithPath: output).appendingPathComponent(name)
            }
            return URL(fileURLWithPath: output)
        }
        let claimsDir = URL(fileURLWithPath: ledgerPath).deletingLastPathComponent()
        return claimsDir.deletingLastPathComponent().appendingPathComponent("Reports").appendingPathComponent(name)
    }
}
