import Foundation
import GRDB

/// The SQLite store's answers about the whole ledger: `verity ledger info` and `verity ledger copy`.
extension Ledger {
    static func location(of writer: any DatabaseWriter) -> LedgerLocation {
        let path = writer.path
        if path.isEmpty || path == ":memory:" { return LedgerLocation(store: .sqlite, shown: "memory") }
        return LedgerLocation(store: .sqlite, shown: path, file: path)
    }

    /// The migrations this Verity knows, in the order they are applied.
    public static var migrationNames: [String] { migrator.migrations }

    /// Refuses, before migrating, a ledger whose schema a later Verity made (a migration this one does not know).
    static func refuseNewerSchema(_ writer: any DatabaseWriter) throws {
        let applied: [String] = try writer.read { db in
            guard try db.tableExists("grdb_migrations") else { return [] }
            return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        }
        let known = Set(migrator.migrations)
        if let unknown = applied.first(where: { !known.contains($0) }) {
            throw LedgerError.newerSchema(ledger: location(of: writer).shown, migration: unknown)
        }
    }

    public func info() throws -> LedgerInfo {
        try writer.read { db in
            let applied = try Ledger.migrator.appliedIdentifiers(db)
            let latest = Ledger.migrator.migrations.last { applied.contains($0) } ?? "none"
            let versions = try db.tableExists(SourceVersion.databaseTableName) ? try SourceVersion.fetchCount(db) : 0
            return LedgerInfo(
                location: location, sources: try Source.fetchCount(db), earlierVersions: versions,
                claims: try Claim.fetchCount(db), evidence: try Evidence.fetchCount(db),
                events: try StatusEvent.fetchCount(db), findings: try StoredFinding.fetchCount(db),
                schemaVersion: latest, migrations: applied.count)
        }
    }

    public func contents() throws -> LedgerContents {
        try writer.read { db in
            let versions =
                try db.tableExists(SourceVersion.databaseTableName)
                ? try SourceVersion.order(SourceVersion.Columns.sourceId, SourceVersion.Columns.version).fetchAll(db)
                : []
            return LedgerContents(
                sources: try Source.order(Source.Columns.id).fetchAll(db), earlierVersions: versions,
                claims: try Claim.order(Claim.Columns.id).fetchAll(db),
                evidence: try Evidence.order(Column("id")).fetchAll(db),
                events: try StatusEvent.order(StatusEvent.Columns.id).fetchAll(db),
                findings: try StoredFinding.order(Column("id")).fetchAll(db))
        }
    }

    public func load(_ contents: LedgerContents) throws {
        try write { db in
            guard try Source.fetchCount(db) == 0, try Claim.fetchCount(db) == 0, try StatusEvent.fetchCount(db) == 0,
                try StoredFinding.fetchCount(db) == 0
            else { throw LedgerError.notEmpty(ledger: location.shown) }
            // ids are kept: each record is inserted with its own
            for var s in contents.sources { try s.insert(db) }
            for v in contents.earlierVersions { try v.insert(db) }
            for var c in contents.claims { try c.insert(db) }
            for var e in contents.evidence { try e.insert(db) }
            for var e in contents.events { try e.insert(db) }
            for var f in contents.findings { try f.insert(db) }
        }
    }
}
