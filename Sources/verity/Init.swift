import ArgumentParser
import Foundation
import VerityLedger
import VerityLedgerPostgres

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a ledger (Claims/ledger.sqlite) and a Reports/ folder.",
        discussion: """
            Running it again on an existing ledger leaves the ledger as it is and says so. With --ledger \
            postgres://user@host:5432/database the ledger's tables are made in that (empty) PostgreSQL database, \
            for a desk to share; the database itself is made first (createdb).
            """)

    @Argument(help: "The folder to set up (default: this folder).")
    var directory: String = "."

    @Option(
        help: ArgumentHelp(
            "Create the ledger at this path, or in the PostgreSQL database this postgres:// URL names, instead.",
            valueName: "PATH|URL"))
    var ledger: String?

    func run() throws {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: directory, isDirectory: &isDir), !isDir.boolValue {
            throw CLIError.message("\(directory) is a file, not a folder")
        }
        let base = URL(fileURLWithPath: directory)
        if let ledger, PostgresAddress.isURL(ledger) {
            let store = try PostgresLedger.open(url: ledger, create: true)
            try makeReports(fm, base)
            let shown = store.location.shown
            print(store.created ? "Created ledger at \(shown)." : "Ledger already exists at \(shown); left unchanged.")
            return
        }
        let path = ledger ?? base.appendingPathComponent(LedgerOptions.relative).path
        let existed = fm.fileExists(atPath: path)
        do {
            try fm.createDirectory(
                at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw CLIError.message("cannot create folders in \(directory): \(error.localizedDescription)")
        }
        try makeReports(fm, base)
        _ = try Ledger.open(path: path)
        print(existed ? "Ledger already exists at \(path); left unchanged." : "Created ledger at \(path).")
    }

    func makeReports(_ fm: FileManager, _ base: URL) throws {
        do {
            try fm.createDirectory(at: base.appendingPathComponent("Reports"), withIntermediateDirectories: true)
        } catch {
            throw CLIError.message("cannot create folders in \(directory): \(error.localizedDescription)")
        }
    }
}
