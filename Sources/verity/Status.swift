import ArgumentParser
import Foundation
import VerityLedger

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Set a claim's status; the change is added to its history.",
        discussion: "Statuses: \(ClaimStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
    @OptionGroup var ledgerOptions: LedgerOptions
    @Argument(help: "The claim, e.g. C1.") var claim: String
    @Argument(help: "The new status.") var status: ClaimStatus
    @Option(help: "Why.") var note: String?
    @Option(help: "Who decides (default: $USER).") var by: String?

    func run() throws {
        let ledger = try ledgerOptions.open()
        let id = try LedgerID.claim(claim)
        let e = try ledger.setStatus(id, to: status, by: actor(by, ledger), note: note)
        print("C\(id): \(e.fromStatus?.rawValue ?? "—") → \(e.toStatus.rawValue)")
    }
}

struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show the status history of one claim or of all.")
    @OptionGroup var ledgerOptions: LedgerOptions
    @Argument(help: "The claim, e.g. C1 (default: all).") var claim: String?

    func run() throws {
        let ledger = try ledgerOptions.open(.readOnly)
        let events = try ledger.history(claimId: try claim.map(LedgerID.claim))
        if events.isEmpty { print("No history yet."); return }
        for h in events {
            print(
                "\(iso(h.at))  C\(h.claimId)  \(h.fromStatus?.rawValue ?? "—") → \(h.toStatus.rawValue)  by "
                    + "\(h.by)\(h.note.map { ": \($0)" } ?? "")"
            )
        }
    }
}
