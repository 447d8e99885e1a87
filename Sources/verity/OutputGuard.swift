import Foundation
import VerityLedger

/// Keeps a command from writing a file over the ledger or any other database.
enum OutputGuard {
    enum Refusal: LocalizedError {
        case ledger(target: String)
        case database(target: String)
        var errorDescription: String? {
            switch self {
            case let .ledger(target):
                return "\(target) is the ledger or one of its working files; write the report somewhere else (-o PATH)"
            case let .database(target):
                return "\(target) is a SQLite database; Verity will not write a report over it (-o another PATH)"
            }
        }
    }

    /// Throws when writing to `target` would replace the ledger, its -wal, -shm or -journal file, or a SQLite file.
    static func refuse(_ target: String, ledger: String) throws {
        let t = resolved(target), l = resolved(ledger)
        if [l, l + "-wal", l + "-shm", l + "-journal"].contains(t) { throw Refusal.ledger(target: target) }
        if Ledger.isSQLiteFile(target) { throw Refusal.database(target: target) }
    }

    /// The absolute path with symbolic links of the folder (and of the file, where it exists) resolved.
    static func resolved(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if FileManager.default.fileExists(atPath: url.path) { return url.resolvingSymlinksInPath().path }
        let folder = url.deletingLastPathComponent().resolvingSymlinksInPath()
        return folder.appendingPathComponent(url.lastPathComponent).path
    }
}
