import Foundation

/// What went wrong with a PostgreSQL ledger, in one sentence a newsroom user understands. No sentence ever holds a
/// password: ledgers are named by `PostgresAddress.shown`.
public enum PostgresLedgerError: LocalizedError, Equatable {
    case badURL(shown: String)
    case unknownParameter(String, shown: String, known: [String])
    case badTLSMode(String, known: [String])
    case unreachable(shown: String, reason: String)
    case wrongPassword(shown: String, user: String)
    case passwordNeeded(shown: String, user: String)
    case noDatabase(shown: String, database: String)
    case notAllowed(shown: String, message: String)
    case noTLS(shown: String)
    case tlsFailed(shown: String, reason: String)
    case foreign(shown: String, tables: [String])
    case blank(shown: String)
    case needsUpgrade(shown: String)
    case encoding(shown: String, encoding: String)
    case nulCharacter(shown: String)
    case connectionLost(shown: String)
    case server(shown: String, message: String)

    public var errorDescription: String? {
        switch self {
        case let .badURL(shown):
            return "\(shown) is not a PostgreSQL URL Verity can read; write it as postgres://user@host:5432/database"
        case let .unknownParameter(name, shown, known):
            return "\(shown) asks for '\(name)', which Verity does not understand (it reads "
                + "\(known.joined(separator: ", ")))"
        case let .badTLSMode(mode, known):
            return "sslmode '\(mode)' is not one of \(known.joined(separator: ", "))"
        case let .unreachable(shown, reason):
            return "cannot reach the PostgreSQL server of \(shown) (\(reason)); check the host and port, and that the "
                + "server is running"
        case let .wrongPassword(shown, user):
            return "the PostgreSQL server of \(shown) refused the password of \(user), so nothing was read or written"
        case let .passwordNeeded(shown, user):
            return "the PostgreSQL server of \(shown) asks for \(user)'s password; give it in PGPASSWORD or ~/.pgpass "
                + "(or in the URL)"
        case let .noDatabase(shown, database):
            return "there is no database \(database) on the server of \(shown); create it first "
                + "(createdb \(database)), then run `verity init --ledger \(shown)`"
        case let .notAllowed(shown, message):
            return "the PostgreSQL ledger at \(shown) refused this: \(message); ask the desk's database administrator "
                + "for the rights"
        case let .noTLS(shown):
            return
                "the PostgreSQL server of \(shown) does not offer TLS, which its sslmode requires, so nothing was sent"
        case let .tlsFailed(shown, reason):
            return "the TLS connection to \(shown) failed (\(reason)), so nothing was sent"
        case let .foreign(shown, tables):
            let named = tables.prefix(3).joined(separator: ", ") + (tables.count > 3 ? ", …" : "")
            return "the database at \(shown) holds another application's tables (\(named)), not a Verity ledger, so it "
                + "was left untouched"
        case let .blank(shown):
            return "the database at \(shown) holds no ledger yet; run `verity init --ledger \(shown)` to make one there"
        case let .needsUpgrade(shown):
            return "the ledger at \(shown) was made by an older Verity; run a writing command such as "
                + "`verity check --update` once to bring it up to date"
        case let .encoding(shown, encoding):
            return "the database at \(shown) keeps text as \(encoding), not UTF8, so a ledger there could lose "
                + "characters; create it with ENCODING 'UTF8'"
        case let .nulCharacter(shown):
            return "a field holds a NUL character, which the PostgreSQL ledger at \(shown) cannot keep, so nothing "
                + "was saved"
        case let .connectionLost(shown):
            return "the connection to the PostgreSQL ledger at \(shown) was lost before the command finished; the "
                + "ledger holds all of the command or none of it"
        case let .server(shown, message):
            return "the PostgreSQL ledger at \(shown) could not be used: \(message)"
        }
    }
}
