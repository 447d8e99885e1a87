import Foundation
import GRDB

/// The claims ledger's SQLite store: one database owning its migrations, as GRDB's `AppDatabase`.
///
/// Every public method that writes is one transaction; the schema enforces foreign keys,
/// NOT NULL columns, allowed values and the append-only status history.
public final class Ledger: LedgerStore {
    public let writer: any DatabaseWriter
    /// Opened by a command that only reads: every write method refuses.
    public let isReadOnly: Bool
    public let location: LedgerLocation
    /// The operating-system user (the command layer reads it from the environment).
    public var defaultActor: String? { nil }

    public init(_ writer: any DatabaseWriter) throws {
        self.writer = writer
        isReadOnly = false
        location = Ledger.location(of: writer)
        try Ledger.refuseNewerSchema(writer)
        try Ledger.migrator.migrate(writer)
    }

    /// A ledger on a connection whose schema is already checked (read-only commands).
    init(readOnly writer: any DatabaseWriter) {
        self.writer = writer
        isReadOnly = true
        location = Ledger.location(of: writer)
    }

    /// One write transaction; refused on a ledger opened read-only.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        guard !isReadOnly else { throw LedgerError.openedReadOnly }
        return try writer.write(updates)
    }

    /// A fresh ledger in memory (one-shot checks, tests).
    public static func inMemory() throws -> Ledger {
        var config = Configuration()
        config.foreignKeysEnabled = true
        return try Ledger(DatabaseQueue(configuration: config))
    }

    /// Migrations that only mark the file; a read-only command may read a ledger that lacks them.
    static let stampMigrations: Set<String> = ["v5-application-id"]
    /// Migrations whose absence a read-only command reads around: before v6 each source has one text, its own.
    /// Before v7 no evidence has a page or a time (each is read as nil).
    static let readableWithout: Set<String> = stampMigrations.union(["v6-source-versions", "v7-evidence-anchors"])

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        // Shipped migrations are never edited: add a new one instead.
        migrator.registerMigration("v1") { db in
            try db.create(table: "source") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("path", .text).notNull()
                t.column("title", .text)
                t.column("publisher", .text)
                t.column("url", .text)
                t.column("kind", .text)
                t.column("speaker", .text)
                t.column("publishedOn", .text)
                t.column("format", .text).notNull().defaults(to: "plain")
                t.column("text", .text).notNull().check { length($0) > 0 }
                t.column("sha256", .text).notNull().unique()
                t.column("addedAt", .datetime).notNull()
            }
            try db.create(virtualTable: "sourceFts", using: FTS5()) { t in
                t.synchronize(withTable: "source")
                t.tokenizer = .unicode61()
                t.column("title")
                t.column("text")
            }
            let kinds = ClaimKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
            let statuses = ClaimStatus.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
            let stances = Stance.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
            try db.create(table: "claim") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("kind", .text).notNull().check(sql: "kind IN (\(kinds))")
                t.column("text", .text).notNull().check { length($0) > 0 }
                t.column("speaker", .text)
                t.column("subject", .text)
                t.column("value", .double)
                t.column("unit", .text)
                t.column("qualifier", .text)
                t.column("dateValue", .text)
                t.column("article", .text)
                t.column("articleStart", .integer)
                t.column("articleEnd", .integer)
                t.column("status", .text).notNull().defaults(to: "unverified").check(sql: "status IN (\(statuses))")
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.check(sql: "articleStart IS NULL OR articleEnd >= articleStart")
            }
            try db.create(table: "evidence") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("claim", onDelete: .cascade).notNull()
                t.belongsTo("source", onDelete: .restrict).notNull()
                t.column("exact", .text).notNull()
                t.column("prefix", .text).notNull()
                t.column("suffix", .text).notNull()
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("stance", .text).notNull().check(sql: "stance IN (\(stances))")
                t.column("note", .text)
                t.column("attachedAt", .datetime).notNull()
                t.column("sourceSha256", .text).notNull()
                t.check(sql: "start >= 0 AND \"end\" > start")
            }
            try db.create(table: "statusEvent") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("claim", onDelete: .restrict).notNull()
                t.column("fromStatus", .text).check(sql: "fromStatus IS NULL OR fromStatus IN (\(statuses))")
                t.column("toStatus", .text).notNull().check(sql: "toStatus IN (\(statuses))")
                t.column("at", .datetime).notNull()
                t.column("by", .text).notNull()
                t.column("note", .text)
            }
            try db.execute(
                sql: """
                    CREATE TRIGGER statusEvent_no_update BEFORE UPDATE ON statusEvent
                    BEGIN SELECT RAISE(ABORT, 'the status history is append-only'); END;
                    CREATE TRIGGER statusEvent_no_delete BEFORE DELETE ON statusEvent
                    BEGIN SELECT RAISE(ABORT, 'the status history is append-only'); END;
                    """)
        }
        migrator.registerMigration("v2-findings") { db in
            try db.create(table: "finding") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("claim", onDelete: .cascade)
                t.column("rule", .text).notNull()
                t.column("severity", .text).notNull().check(sql: "severity IN ('error','warning','info')")
                t.column("document", .text).notNull()
                t.column("line", .integer).notNull()
                t.column("column", .integer).notNull()
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("excerpt", .text).notNull()
                t.column("message", .text).notNull()
                t.column("evidenceJSON", .text).notNull()
                t.column("checkedAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("v3-fts-vocabulary") { db in
            // document frequencies of indexed words, to query sources by the rarest words near a figure or date
            try db.execute(sql: "CREATE VIRTUAL TABLE sourceFtsVocab USING fts5vocab(sourceFts, 'row')")
        }
        migrator.registerMigration("v4-source-path-index") { db in
            // adding a source looks up earlier versions of the same file by path
            try db.create(index: "source_on_path", on: "source", columns: ["path"])
        }
        migrator.registerMigration("v5-application-id") { db in
            // marks the file as a Verity ledger (Ledger.applicationID); older ledgers are marked on their next write
            try db.execute(sql: "PRAGMA application_id = \(Ledger.applicationID)")
        }
        migrator.registerMigration("v6-source-versions", migrate: Ledger.sourceVersions)
        migrator.registerMigration("v7-evidence-anchors") { db in
            // where a person finds the passage in the original file: a PDF's page, a transcript's time range
            try db.alter(table: "evidence") { t in
                t.add(column: "page", .integer)
                t.add(column: "timeStart", .double)
                t.add(column: "timeEnd", .double)
            }
        }
        return migrator
    }
}

// MARK: - Sources

extension Ledger {
    public func sources() throws -> [Source] {
        try writer.read { db in try Source.order(Source.Columns.id).fetchAll(db) }
    }

    public func source(_ id: Int64) throws -> Source {
        guard let s = try writer.read({ db in try Source.fetchOne(db, key: id) }) else {
            throw LedgerError.unknownSource("S\(id)")
        }
        return s
    }

    public func sourceCount() throws -> Int { try writer.read { db in try Source.fetchCount(db) } }

    public func sources(ids: [Int64]) throws -> [Source] {
        try writer.read { db in try Source.filter(keys: ids).order(Source.Columns.id).fetchAll(db) }
    }

    /// How many sources hold each word (lowercase, as the full-text index splits them); absent words are left out.
    public func documentFrequencies(_ words: Set<String>) throws -> [String: Int] {
        guard !words.isEmpty else { return [:] }
        return try writer.read { db in
            var out: [String: Int] = [:]
            let list = Array(words)
            for chunk in stride(from: 0, to: list.count, by: 500) {
                let part = Array(list[chunk..<min(list.count, chunk + 500)])
                let rows = try Row.fetchAll(
                    db,
                    sql:
                        "SELECT term, doc FROM sourceFtsVocab WHERE term IN "
                        + "(\(part.map { _ in "?" }.joined(separator: ",")))",
                    arguments: StatementArguments(part))
                for r in rows { out[r["term"]] = r["doc"] }
            }
            return out
        }
    }

    /// Sources holding any of the words, best ranked first (BM25), for each group of words in one read.
    public func sourcesMatching(anyOf groups: [[String]], limit: Int) throws -> [[Int64]] {
        try writer.read { db in
            try groups.map { words in
                guard !words.isEmpty else { return [] }
                let query = words.map { "\"\($0.replacingOccurrences(of: "\"", with: ""))\"" }.joined(separator: " OR ")
                return try Int64.fetchAll(
                    db, sql: "SELECT rowid FROM sourceFts WHERE sourceFts MATCH ? ORDER BY rank LIMIT ?",
                    arguments: [query, limit])
            }
        }
    }

    /// Ids of sources whose text matches an FTS5 query, best first.
    public func searchSources(_ ftsQuery: String, limit: Int = 5) throws -> [Int64] {
        try writer.read { db in
            try Int64.fetchAll(
                db, sql: "SELECT rowid FROM sourceFts WHERE sourceFts MATCH ? ORDER BY rank LIMIT ?",
                arguments: [ftsQuery, limit])
        }
    }
}

// MARK: - Claims and status

extension Ledger {
    /// Records several claims in one transaction: all or none.
    public func addClaims(_ claims: [Claim], by: String) throws -> [Claim] {
        try write { db in try claims.map { try Ledger.addClaim($0, by: by, db) } }
    }

    static func addClaim(_ claim: Claim, by: String, _ db: Database) throws -> Claim {
        var c = claim
        let now = Date()
        c.createdAt = now; c.updatedAt = now
        try c.insert(db)
        var e = StatusEvent(claimId: c.id!, fromStatus: nil, toStatus: c.status, at: now, by: by, note: "recorded")
        try e.insert(db)
        return c
    }

    public func claims(status: ClaimStatus?) throws -> [Claim] {
        try writer.read { db in
            var request = Claim.order(Claim.Columns.id)
            if let status { request = request.filter(Claim.Columns.status == status) }
            return try request.fetchAll(db)
        }
    }

    public func claim(_ id: Int64) throws -> Claim {
        guard let c = try writer.read({ db in try Claim.fetchOne(db, key: id) }) else {
            throw LedgerError.unknownClaim("C\(id)")
        }
        return c
    }

    /// Changes a claim's status and appends the event, in one transaction.
    @discardableResult
    public func setStatus(_ claimId: Int64, to status: ClaimStatus, by: String, note: String?) throws -> StatusEvent {
        try write { db in
            guard var c = try Claim.fetchOne(db, key: claimId) else { throw LedgerError.unknownClaim("C\(claimId)") }
            guard c.status != status else { throw LedgerError.sameStatus(claim: c.code, status: status) }
            let now = Date()
            var e = StatusEvent(claimId: claimId, fromStatus: c.status, toStatus: status, at: now, by: by, note: note)
            try e.insert(db)
            c.status = status
            c.updatedAt = now
            try c.update(db)
            return e
        }
    }

    /// The status history, oldest first, of one claim or of all.
    public func history(claimId: Int64?) throws -> [StatusEvent] {
        try writer.read { db in
            var request = StatusEvent.order(StatusEvent.Columns.id)
            if let claimId {
                guard try Claim.exists(db, key: claimId) else { throw LedgerError.unknownClaim("C\(claimId)") }
                request = request.filter(StatusEvent.Columns.claimId == claimId)
            }
            return try request.fetchAll(db)
        }
    }
}

// MARK: - Evidence

extension Ledger {
    @discardableResult
    public func attach(_ evidence: Evidence) throws -> Evidence {
        try write { db in
            guard try Claim.exists(db, key: evidence.claimId) else {
                throw LedgerError.unknownClaim("C\(evidence.claimId)")
            }
            guard try Source.exists(db, key: evidence.sourceId) else {
                throw LedgerError.unknownSource("S\(evidence.sourceId)")
            }
            var e = evidence
            try e.insert(db)
            return e
        }
    }

    public func evidence(claimId: Int64?) throws -> [Evidence] {
        try writer.read { db in
            var request = Evidence.order(Column("id"))
            if let claimId { request = request.filter(Evidence.Columns.claimId == claimId) }
            return try request.fetchAll(db)
        }
    }
}

// MARK: - Findings of the latest check

extension Ledger {
    /// Replaces the stored findings with those of the latest check, attaches the evidence it found and applies status
    /// changes, in one transaction.
    public func recordCheck(
        findings: [StoredFinding], statusChanges: [(claimId: Int64, to: ClaimStatus, note: String)],
        evidence: [Evidence], by: String
    ) throws {
        try write { db in
            try StoredFinding.deleteAll(db)
            for var f in findings { try f.insert(db) }
            for var e in evidence { try e.insert(db) }
            for change in statusChanges {
                guard var c = try Claim.fetchOne(db, key: change.claimId), c.status != change.to else { continue }
                let now = Date()
                var e = StatusEvent(
                    claimId: change.claimId, fromStatus: c.status, toStatus: change.to, at: now, by: by,
                    note: change.note)
                try e.insert(db)
                c.status = change.to
                c.updatedAt = now
                try c.update(db)
            }
        }
    }

    public func findings() throws -> [StoredFinding] {
        try writer.read { db in try StoredFinding.order(Column("id")).fetchAll(db) }
    }
}
