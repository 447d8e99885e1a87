import Foundation
import PostgresNIO
import VerityLedger

extension PostgresLedger {
    public func info() throws -> LedgerInfo {
        try read { s in
            func count(_ table: String) throws -> Int {
                try s.scalar("SELECT count(*) FROM \(unescaped: table)", as: Int.self) ?? 0
            }
            let applied = Set(try appliedMigrations())
            let latest = PostgresSchema.migrations.map(\.name).last { applied.contains($0) } ?? "none"
            return LedgerInfo(
                location: location, sources: try count("source"), earlierVersions: try count("source_version"),
                claims: try count("claim"), evidence: try count("evidence"), events: try count("status_event"),
                findings: try count("finding"), schemaVersion: latest, migrations: applied.count)
        }
    }

    public func contents() throws -> LedgerContents {
        try read { s in
            func all<T>(_ columns: String, _ table: String, _ order: String, _ make: (PostgresRow) throws -> T) throws
                -> [T]
            {
                try s.rows("SELECT \(unescaped: columns) FROM \(unescaped: table) ORDER BY \(unescaped: order)").map(
                    make)
            }
            return LedgerContents(
                sources: try all(PostgresRecords.sourceColumns, "source", "id", PostgresRecords.source),
                earlierVersions: try all(
                    PostgresRecords.versionColumns, "source_version", "source_id, version", PostgresRecords.version),
                claims: try all(PostgresRecords.claimColumns, "claim", "id", PostgresRecords.claim),
                evidence: try all(PostgresRecords.evidenceColumns, "evidence", "id", PostgresRecords.evidence),
                events: try all(PostgresRecords.eventColumns, "status_event", "id", PostgresRecords.event),
                findings: try all(PostgresRecords.findingColumns, "finding", "id", PostgresRecords.finding))
        }
    }

    public func load(_ contents: LedgerContents) throws {
        try write { s in
            // nobody else may add to the ledger while it is filled
            for table in ["source", "source_version", "claim", "evidence", "status_event", "finding"] {
                _ = try s.rows("LOCK TABLE \(unescaped: table) IN EXCLUSIVE MODE")
            }
            let rows =
                try s.scalar(
                    """
                    SELECT (SELECT count(*) FROM source) + (SELECT count(*) FROM claim)
                        + (SELECT count(*) FROM status_event) + (SELECT count(*) FROM finding)
                    """, as: Int.self) ?? 0
            guard rows == 0 else { throw LedgerError.notEmpty(ledger: shown) }
            for x in contents.sources { _ = try PostgresLedger.insert(x, s) }
            for v in contents.earlierVersions {
                _ = try s.rows(
                    """
                    INSERT INTO source_version (id, source_id, version, path, format, text, sha256, added_at)
                    VALUES (COALESCE(\(v.id), nextval(pg_get_serial_sequence('source_version', 'id'))), \(v.sourceId),
                        \(v.version), \(v.path), \(v.format), \(v.text), \(v.sha256), \(v.addedAt))
                    """)
            }
            for c in contents.claims { _ = try PostgresLedger.insert(c, s) }
            for e in contents.evidence { _ = try PostgresLedger.insert(e, s) }
            for e in contents.events { _ = try PostgresLedger.insert(e, s) }
            for f in contents.findings { _ = try PostgresLedger.insert(f, s) }
            // each table's sequence goes on after the ids copied in
            for table in ["source", "source_version", "claim", "evidence", "status_event", "finding"] {
                _ = try s.rows(
                    """
                    SELECT setval(pg_get_serial_sequence(\(table), 'id'),
                        COALESCE((SELECT max(id) FROM \(unescaped: table)), 0) + 1, false)
                    """)
            }
        }
    }
}
