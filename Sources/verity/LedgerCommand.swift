import ArgumentParser
import Foundation
import VerityLedger
import VerityLedgerPostgres

struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger", abstract: "Say which ledger this is, or copy one ledger into another.",
        subcommands: [Info.self, Copy.self])

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Which store the ledger is in, how many sources, claims and events it holds, its schema version.")
        @OptionGroup var ledgerOptions: LedgerOptions

        func run() throws {
            let i = try ledgerOptions.open(.readOnly).info()
            print("store:     \(i.location.store.rawValue)")
            print("ledger:    \(i.location.shown)")
            print("schema:    \(i.schemaVersion) (\(i.migrations) migration\(i.migrations == 1 ? "" : "s") applied)")
            let earlier = i.earlierVersions == 0 ? "" : " (and \(i.earlierVersions) earlier text(s))"
            print("sources:   \(i.sources)\(earlier)")
            print("claims:    \(i.claims)")
            print("evidence:  \(i.evidence)")
            print("events:    \(i.events) in the status history")
            print("findings:  \(i.findings) of the latest check --update")
        }
    }

    struct Copy: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy a whole ledger into a new, empty one: SQLite to PostgreSQL, back, or file to file.",
            discussion: """
                FROM and TO are each a SQLite file or a postgres:// URL. Every source with its earlier texts, claim, \
                evidence span, status event and finding is copied with its id, hash and times, in one transaction: \
                all of it or, on any error, none. TO must be empty: a new file, an empty database, or a ledger made \
                by `verity init` and not used yet.
                """)
        @Argument(help: ArgumentHelp("The ledger to copy.", valueName: "FROM")) var from: String
        @Argument(help: ArgumentHelp("The empty ledger to copy it into (made if need be).", valueName: "TO"))
        var to: String

        func run() throws {
            let source = try LedgerOptions.open(from, .readOnly, create: false)
            let contents = try source.contents()
            let newFile = !PostgresAddress.isURL(to) && !FileManager.default.fileExists(atPath: to)
            do {
                let target = try LedgerOptions.open(to, .readWrite, create: true)
                guard try target.isEmpty() else { throw LedgerError.notEmpty(ledger: target.location.shown) }
                try target.load(contents)
                print(
                    "Copied \(contents.sources.count) source(s) (\(contents.earlierVersions.count) earlier text(s)), "
                        + "\(contents.claims.count) claim(s), \(contents.evidence.count) evidence span(s), "
                        + "\(contents.events.count) status event(s) and \(contents.findings.count) finding(s) from "
                        + "\(source.location.shown) to \(target.location.shown).")
            } catch {
                // a file made for the copy is not left behind, empty, when the copy fails
                if newFile {
                    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: to + suffix) }
                }
                throw error
            }
        }
    }
}
