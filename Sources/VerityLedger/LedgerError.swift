import Foundation
import GRDB

/// What went wrong with the ledger, in words a newsroom user understands.
public enum LedgerError: LocalizedError, Equatable {
    case notFound(searchedFrom: String)
    case cannotOpen(path: String, reason: String)
    case badId(String, expected: String)
    case unknownSource(String)
    case unknownClaim(String)
    case sameStatus(claim: String, status: ClaimStatus)
    case blank(path: String)
    case openedReadOnly
    case needsUpgrade(path: String)
    case cannotRead(path: String)
    case notSQLite(path: String)
    case foreign(path: String)
    case diskFull(path: String?)
    case readOnly(path: String?)
    case busy(path: String?)
    case damaged(path: String?)
    case diskError(path: String?)
    case database(path: String?, message: String)
    case sourceChanged(path: String, source: String, version: Int)
    case textOfAnotherSource(path: String, other: String)
    case newerSchema(ledger: String, migration: String)
    case notEmpty(ledger: String)

    public var errorDescription: String? {
        switch self {
        case let .notFound(dir):
            return "no ledger found in \(dir) or any folder above it; run `verity init` first, or pass --ledger PATH"
        case let .cannotOpen(path, reason): return "cannot open the ledger at \(path): \(reason)"
        case let .badId(id, expected): return "'\(id)' is not a valid id; expected \(expected)"
        case let .unknownSource(id): return "there is no source \(id) in the ledger (see `verity source list`)"
        case let .unknownClaim(id): return "there is no claim \(id) in the ledger (see `verity claim list`)"
        case let .sameStatus(claim, status): return "\(claim) is already \(status.rawValue)"
        case .openedReadOnly: return "the ledger was opened only to read, so nothing was changed"
        case let .blank(path):
            return "\(path) holds no ledger yet; run `verity init --ledger \(path)` to make one there"
        case let .needsUpgrade(path):
            return "the ledger at \(path) was made by an older Verity; run a writing command such as "
                + "`verity check --update` once to bring it up to date"
        case let .cannotRead(path): return "cannot read the ledger at \(path)"
        case let .notSQLite(path):
            return "\(path) is not a Verity ledger (it is not a SQLite database), so it was left alone"
        case let .foreign(path):
            return "\(path) is another application's SQLite database, not a Verity ledger, so it was left untouched"
        case let .diskFull(path):
            return "the disk holding \(LedgerError.name(path)) is full, so nothing was saved; free some space and "
                + "run the command again"
        case let .readOnly(path):
            return "\(LedgerError.name(path)) cannot be changed: the file or its folder is read-only (reading commands "
                + "such as `verity claim list` still work)"
        case let .busy(path):
            return "\(LedgerError.name(path)) stayed busy with another verity command for 10 seconds; try again "
                + "when it has finished"
        case let .damaged(path):
            return "\(LedgerError.name(path)) is damaged and cannot be read; restore it from a backup"
        case let .diskError(path):
            return "the disk reported an error while reading or writing \(LedgerError.name(path)); nothing was saved"
        case let .database(path, message): return "\(LedgerError.name(path)) could not be used: \(message)"
        case let .sourceChanged(path, source, version):
            return "\(path) has changed since it was added as \(source), so nothing was added; run "
                + "`verity source add --replace \(path)` to keep its earlier text and record this one as "
                + "version \(version)"
        case let .textOfAnotherSource(path, other):
            return "the new text of \(path) is already in the ledger as \(other), so nothing was added"
        case let .newerSchema(ledger, migration):
            return "the ledger at \(ledger) was made by a newer Verity (its schema has \(migration)), so it was left "
                + "untouched; use that Verity or a newer one"
        case let .notEmpty(ledger):
            return "the ledger at \(ledger) already holds sources, claims or history, so nothing was copied into it; "
                + "copy into a new, empty ledger"
        }
    }
}

extension LedgerError {
    static func name(_ path: String?) -> String { path.map { "the ledger at \($0)" } ?? "the ledger" }

    /// A sentence for an SQLite error, by its result code.
    init(_ error: DatabaseError, path: String?) {
        switch error.resultCode {
        case .SQLITE_FULL: self = .diskFull(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM: self = .readOnly(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy(path: path)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .damaged(path: path)
        case .SQLITE_IOERR, .SQLITE_CANTOPEN: self = .diskError(path: path)
        default: self = .database(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }

    /// The sentence for an error the database library threw, nil for any other error.
    public static func describing(_ error: any Error) -> LedgerError? {
        (error as? DatabaseError).map { LedgerError($0, path: nil) }
    }
}

/// Parses `S12`, `s12` or `12` for sources and `C3`, `c3` or `3` for claims.
public enum LedgerID {
    public static func source(_ s: String) throws -> Int64 {
        try parse(s, prefix: "S", expected: "a source id such as S1")
    }
    public static func claim(_ s: String) throws -> Int64 {
        try parse(s, prefix: "C", expected: "a claim id such as C1")
    }

    static func parse(_ s: String, prefix: Character, expected: String) throws -> Int64 {
        var body = Substring(s.trimmingCharacters(in: .whitespaces))
        if let f = body.first, f.uppercased() == String(prefix) { body = body.dropFirst() }
        guard let n = Int64(body), n > 0 else { throw LedgerError.badId(s, expected: expected) }
        return n
    }
}
