import Foundation
import PostgresNIO
import VerityLedger

/// The claims ledger's PostgreSQL store, for a desk that shares one ledger: the same protocol as the SQLite store,
/// the same guarantees held by the schema (`PostgresSchema`), every write one transaction on one connection.
///
/// Writers on other machines may write at the same time: ids come from each table's own sequence, a claim's status is
/// changed under its row's lock, and a transaction that meets another's conflict is run again from the start.
public final class PostgresLedger: LedgerStore, @unchecked Sendable {
    let session: PostgresSession
    public let isReadOnly: Bool
    public let location: LedgerLocation
    /// The database role the desk member connected as.
    public var defaultActor: String? { session.address.user }
    /// One connection carries one transaction at a time.
    let lock = NSLock()

    var shown: String { session.address.shown }

    init(session: PostgresSession, readOnly: Bool) {
        self.session = session
        isReadOnly = readOnly
        location = LedgerLocation(store: .postgres, shown: session.address.shown)
    }

    /// Opens the ledger in the database a URL names. `create` (for `verity init` and the target of `ledger copy`)
    /// makes the ledger's tables in an empty database; without it an empty database is refused, as is one holding
    /// another application's tables or a schema a later Verity made. Read-only: the session itself refuses writes.
    public static func open(url: String, access: Ledger.Access = .readWrite, create: Bool = false) throws
        -> PostgresLedger
    {
        let address = try PostgresAddress(url: url)
        let session = try PostgresSession.connect(address)
        let ledger = PostgresLedger(session: session, readOnly: access == .readOnly)
        try ledger.guarded { try ledger.prepare(access: access, create: create) }
        return ledger
    }

    /// Whether an empty database was made a ledger by this opening (for `verity init`'s message).
    public private(set) var created = false

    func prepare(access: Ledger.Access, create: Bool) throws {
        let encoding = try session.scalar("SHOW server_encoding", as: String.self) ?? ""
        guard encoding.uppercased() == "UTF8" else {
            throw PostgresLedgerError.encoding(shown: shown, encoding: encoding)
        }
        let tables = try tablesHere()
        var applied: [String] = []
        if tables.contains(PostgresSchema.migrationTable) {
            applied = try appliedMigrations()
        } else if !tables.isEmpty {
            throw PostgresLedgerError.foreign(shown: shown, tables: tables.sorted())
        } else if access == .readOnly || !create {
            throw PostgresLedgerError.blank(shown: shown)
        }
        let known = Set(PostgresSchema.migrations.map(\.name))
        if let unknown = applied.first(where: { !known.contains($0) }) {
            throw LedgerError.newerSchema(ledger: shown, migration: unknown)
        }
        let pending = PostgresSchema.migrations.filter { !applied.contains($0.name) }
        if access == .readOnly {
            guard pending.isEmpty else { throw PostgresLedgerError.needsUpgrade(shown: shown) }
            try session.simple("SET default_transaction_read_only = on")
            return
        }
        if !pending.isEmpty { try migrate() }
    }

    /// Applies the pending migrations, each with its mark in `verity_migration`, in one transaction under an
    /// advisory lock, so two first commands at once neither collide nor leave half a schema.
    func migrate() throws {
        try transaction { s in
            _ = try s.rows("SELECT pg_advisory_xact_lock(1448235097)")  // "VRTY"
            let tables = try tablesHere()
            if !tables.isEmpty, !tables.contains(PostgresSchema.migrationTable) {
                throw PostgresLedgerError.foreign(shown: shown, tables: tables.sorted())
            }
            let fresh = tables.isEmpty
            try s.simple(PostgresSchema.createMigrationTable)
            let applied = Set(try appliedMigrations())
            for m in PostgresSchema.migrations where !applied.contains(m.name) {
                try s.simple(m.sql)
                _ = try s.rows("INSERT INTO verity_migration (identifier) VALUES (\(m.name))")
            }
            created = fresh
        }
    }

    func tablesHere() throws -> Set<String> {
        let rows = try session.rows(
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema()")
        return Set(try rows.map { try $0.decode(String.self) })
    }

    func appliedMigrations() throws -> [String] {
        try session.rows("SELECT identifier FROM verity_migration ORDER BY applied_at, identifier").map {
            try $0.decode(String.self)
        }
    }

    // MARK: transactions

    /// Runs a body, giving any error its one sentence.
    func guarded<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw PostgresLedger.sentence(error, session.address) }
    }

    static func sentence(_ error: any Error, _ address: PostgresAddress) -> any Error {
        if let e = error as? PSQLError, e.sqlState == "22021" {
            return PostgresLedgerError.nulCharacter(shown: address.shown)
        }
        return PostgresSession.describe(error, address)
    }

    /// One transaction, run again from the start (up to 12 times, after a short random pause) when another writer's
    /// transaction conflicted with it: a serialization failure, a deadlock, or a unique key both added at once.
    func transaction<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        var attempt = 0
        while true {
            attempt += 1
            try session.simple("BEGIN ISOLATION LEVEL READ COMMITTED")
            do {
                let result = try body(session)
                try session.simple("COMMIT")
                return result
            } catch {
                try? session.simple("ROLLBACK")
                let state = (error as? PSQLError)?.sqlState
                if attempt < 12, let state, ["40001", "40P01", "23505"].contains(state) {
                    usleep(UInt32.random(in: 2_000...20_000) * UInt32(attempt))
                    continue
                }
                throw error
            }
        }
    }

    /// A write: one transaction, refused on a ledger opened to read.
    func write<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        guard !isReadOnly else { throw LedgerError.openedReadOnly }
        return try guarded { try transaction(body) }
    }

    /// A read of several queries that see one snapshot of the ledger.
    func read<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        try guarded {
            lock.lock()
            defer { lock.unlock() }
            try session.simple("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            do {
                let result = try body(session)
                try session.simple("COMMIT")
                return result
            } catch {
                try? session.simple("ROLLBACK")
                throw error
            }
        }
    }

    /// Makes a fresh PostgreSQL database (for the tests: one per test) through a URL whose role may create them, and
    /// returns the URL of the new database.
    public static func createDatabase(named name: String, through url: String) throws -> String {
        let address = try PostgresAddress(url: url)
        let session = try PostgresSession.connect(address)
        do {
            try session.simple("CREATE DATABASE \"\(name.replacingOccurrences(of: "\"", with: ""))\" ENCODING 'UTF8'")
        } catch {
            throw PostgresLedger.sentence(error, address)
        }
        guard var parts = URLComponents(string: url) else { throw PostgresLedgerError.badURL(shown: address.shown) }
        parts.path = "/" + name
        return parts.string ?? url
    }

    /// Removes a database made by `createDatabase` (tests), ending its other sessions first.
    public static func dropDatabase(named name: String, through url: String) throws {
        let address = try PostgresAddress(url: url)
        let session = try PostgresSession.connect(address)
        let quoted = name.replacingOccurrences(of: "\"", with: "")
        do { try session.simple("DROP DATABASE IF EXISTS \"\(quoted)\" WITH (FORCE)") } catch {
            throw PostgresLedger.sentence(error, address)
        }
    }
}
