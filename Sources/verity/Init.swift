import ArgumentParser
import Foundation
import VerityLedger

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a ledger (Claims/ledger.sqlite) and a Reports/ folder.",
        discussion: "Running it again on an existing ledger leaves the ledger as it is and says so.")

    @Argument(help: "The folder to set up (default: this folder).")
    var directory: String = "."

    @Option(help: ArgumentHelp("Create the ledger at this path instead.", valueName: "PATH"))
    var ledger: String?

    func run() throws {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: directory, isDirectory: &isDir), !isDir.boolValue {
            throw CLIError.message("\(directory) is a file, not a folder")
        }
        let base = URL(fileURLWithPath: directory)
        let path = ledger ?? base.appendingPathComponent(LedgerOptions.relative).path
        let existed = fm.fileExists(atPath: path)
        do {
            try fm.createDirectory(
                at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.createDirectory(at: base.appendingPathComponent("Reports"), withIntermediateDirectories: true)
        } catch {
            throw CLIError.message("cannot create folders in \(directory): \(error.localizedDescription)")
        }
        _ = try Ledger.open(path: path)
        print(existed ? "Ledger already exists at \(path); left unchanged." : "Created ledger at \(path).")
    }
}
