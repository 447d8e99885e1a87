import Foundation
import GRDB

/// One text a source has had. The current text is the source row's own (`Source.text`); when the file at the same
/// location changed and was added again with `--replace`, the text it had is kept here as an earlier version, so the
/// ledger holds each text once. Append-only: the schema refuses updates and deletes, so every evidence span can be
/// checked against the words it was attached to (`Evidence.sourceSha256`).
public struct SourceVersion: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "sourceVersion"
    public var id: Int64?
    public var sourceId: Int64
    /// 1, 2, … in the order the texts were added.
    public var version: Int
    public var path: String
    public var format: String
    public var text: String
    public var sha256: String
    public var addedAt: Date

    public enum Columns {
        public static let sourceId = Column(CodingKeys.sourceId)
        public static let version = Column(CodingKeys.version)
        public static let sha256 = Column(CodingKeys.sha256)
    }

    public init(
        id: Int64?, sourceId: Int64, version: Int, path: String, format: String, text: String, sha256: String,
        addedAt: Date
    ) {
        self.id = id; self.sourceId = sourceId; self.version = version; self.path = path; self.format = format
        self.text = text; self.sha256 = sha256; self.addedAt = addedAt
    }
}

extension SourceVersion {
    /// A source's current text, as version `version` (after the earlier ones kept in `sourceVersion`).
    init(current s: Source, version: Int = 1) {
        self.init(
            id: nil, sourceId: s.id!, version: version, path: s.path, format: s.format, text: s.text,
            sha256: s.sha256, addedAt: s.addedAt)
    }
}

extension Ledger {
    /// v6: a source is known by its file's resolved location and its text's hash; a changed file becomes a new
    /// version, its earlier texts kept in `sourceVersion`. A trigger keeps the text a source row had whenever its
    /// text changes (however it changes); others keep versions in order and append-only, keep a location once set,
    /// and refuse deleting a source.
    static func sourceVersions(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE source ADD COLUMN location TEXT")
        try db.execute(sql: "CREATE UNIQUE INDEX source_on_location ON source(location) WHERE location IS NOT NULL")
        try db.create(table: "sourceVersion") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("source", onDelete: .restrict).notNull()
            t.column("version", .integer).notNull().check { $0 >= 1 }
            t.column("path", .text).notNull()
            t.column("format", .text).notNull()
            t.column("text", .text).notNull().check { length($0) > 0 }
            t.column("sha256", .text).notNull()
            t.column("addedAt", .datetime).notNull()
            t.uniqueKey(["sourceId", "version"])
        }
        let keep = "SELECT RAISE(ABORT, 'a source''s earlier texts are kept as they were')"
        let columns = "sourceId, version, path, format, text, sha256, addedAt"
        let next = "COALESCE((SELECT MAX(version) FROM sourceVersion WHERE sourceId = OLD.id), 0) + 1"
        try db.execute(
            sql: """
                CREATE TRIGGER sourceVersion_no_update BEFORE UPDATE ON sourceVersion BEGIN \(keep); END;
                CREATE TRIGGER sourceVersion_no_delete BEFORE DELETE ON sourceVersion BEGIN \(keep); END;
                CREATE TRIGGER sourceVersion_in_order BEFORE INSERT ON sourceVersion
                WHEN NEW.version IS NOT
                    COALESCE((SELECT MAX(version) FROM sourceVersion WHERE sourceId = NEW.sourceId), 0) + 1
                BEGIN SELECT RAISE(ABORT, 'a source''s versions are numbered 1, 2, … in order'); END;
                CREATE TRIGGER source_keeps_earlier_text AFTER UPDATE OF text, sha256 ON source
                WHEN NEW.sha256 IS NOT OLD.sha256 OR NEW.text IS NOT OLD.text BEGIN
                    INSERT INTO sourceVersion (\(columns))
                    VALUES (OLD.id, \(next), OLD.path, OLD.format, OLD.text, OLD.sha256, OLD.addedAt);
                END;
                CREATE TRIGGER source_keeps_location BEFORE UPDATE OF location ON source
                WHEN OLD.location IS NOT NULL AND NEW.location IS NOT OLD.location
                BEGIN SELECT RAISE(ABORT, 'a source stays at the location it was added from'); END;
                CREATE TRIGGER source_keeps_id BEFORE UPDATE OF id ON source WHEN NEW.id IS NOT OLD.id
                BEGIN SELECT RAISE(ABORT, 'a source keeps its id'); END;
                CREATE TRIGGER source_no_delete BEFORE DELETE ON source
                BEGIN SELECT RAISE(ABORT, 'sources are kept so their evidence stays verifiable'); END;
                """)
    }

    /// Every text a source has had, oldest first, the current one last.
    public func versions(of sourceId: Int64) throws -> [SourceVersion] {
        try writer.read { db in
            guard let s = try Source.fetchOne(db, key: sourceId) else {
                throw LedgerError.unknownSource("S\(sourceId)")
            }
            let earlier = try Ledger.earlierVersions(of: sourceId, db)
            return earlier + [SourceVersion(current: s, version: earlier.count + 1)]
        }
    }

    /// The texts a source had before its current one (none in a ledger made before v6).
    static func earlierVersions(of sourceId: Int64, _ db: Database) throws -> [SourceVersion] {
        guard try db.tableExists(SourceVersion.databaseTableName) else { return [] }
        return try SourceVersion.filter(SourceVersion.Columns.sourceId == sourceId)
            .order(SourceVersion.Columns.version).fetchAll(db)
    }
}
