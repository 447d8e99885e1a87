import Foundation
import GRDB

public struct SourceAddResult: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// A new source.
        case added
        /// The ledger already holds this text (from this file, or from another one): nothing was changed.
        case alreadyPresent
        /// The file at a known location changed and `replace` was asked: its text is now version `version`, the
        /// earlier texts kept; `staleEvidence` spans were attached to an earlier text.
        case newVersion(version: Int, staleEvidence: Int)
    }
    public let source: Source
    public let outcome: Outcome

    public init(source: Source, outcome: Outcome) { self.source = source; self.outcome = outcome }
}

extension Ledger {
    /// Adds a source. A source is identified by its file's location and its text: the same text is never added
    /// twice; a known location with another text is refused unless `replace` is given, which records the new text
    /// as the source's next version and keeps the earlier ones. Several sources are added in one transaction: all
    /// or none.
    public func addSources(_ sources: [Source], replace: Bool) throws -> [SourceAddResult] {
        try addSources(count: sources.count, replace: replace) { sources[$0] }
    }

    /// As `addSources(_:replace:)`, each source asked of `source` when its turn to be stored comes.
    public func addSources(count: Int, replace: Bool, _ source: (Int) throws -> Source) throws -> [SourceAddResult] {
        try write { db in
            var batch = try SourceBatch(db)
            let results = try (0..<count).map { try Ledger.addSource(try source($0), replace: replace, db, &batch) }
            try batch.flush(db)
            try Ledger.mergeIndex(added: results.count(where: { $0.outcome == .added }), db)
            return results
        }
    }

    /// After a large share of the ledger's sources came in one command, the full-text index's segments merged into
    /// one b-tree (FTS5 'optimize'), so a phrase query reads each word's list once instead of once per segment. The
    /// index holds the same rows; only its layout changes. Small additions leave it to FTS5's own merging: merging
    /// only when a command adds a quarter of the ledger keeps the rewriting in proportion to what was added. The
    /// pages of the old segments stay in the file as free pages (reused by later writes); below a few thousand
    /// sources the queries gain little and those pages are a large share of the file (1,000 generated documents:
    /// 16 MB unmerged, 21 MB merged), so smaller commands do not merge.
    static func mergeIndex(added: Int, _ db: Database) throws {
        guard added >= Ledger.mergeIndexFrom else { return }
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM source") ?? 0
        guard added * 4 >= total else { return }
        try db.execute(sql: "INSERT INTO sourceFts(sourceFts) VALUES('optimize')")
    }

    /// Sources a command adds before the index is merged (see `mergeIndex`).
    static let mergeIndexFrom = 2000

    /// A new source waits in `batch` (stored with the next full one, or at the end of the command); a source that
    /// shares anything with those waiting is looked up once they are stored.
    static func addSource(
        _ source: Source, replace: Bool, _ db: Database, _ batch: inout SourceBatch
    ) throws -> SourceAddResult {
        if batch.overlaps(source) { try batch.flush(db) }
        // (statements prepared once for a command's thousands of sources)
        if let location = source.location,
            let known = try Source.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM source WHERE location = ? LIMIT 1"), arguments: [location])
        {
            if known.sha256 == source.sha256 { return SourceAddResult(source: known, outcome: .alreadyPresent) }
            return try newVersion(of: known, source, replace: replace, db)
        }
        if var same = try Source.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM source WHERE sha256 = ? LIMIT 1"), arguments: [source.sha256])
        {
            // a source added before locations were kept learns its file's location from the same text
            if same.location == nil, let location = source.location {
                same.location = location
                try same.update(db, columns: [Source.Columns.location])
            }
            return SourceAddResult(source: same, outcome: .alreadyPresent)
        }
        var s = source
        // the path as typed, unless another source already shows that path: then its full location
        if let location = s.location,
            try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM source WHERE path = ?)"), arguments: [s.path])
                == true
        {
            s.path = location
        }
        if s.id == nil { s = try batch.add(s, db) } else { try s.insert(db) }
        return SourceAddResult(source: s, outcome: .added)
    }

    static func newVersion(
        of known: Source, _ source: Source, replace: Bool,
        _ db: Database
    ) throws -> SourceAddResult {
        let versions = try Ledger.earlierVersions(of: known.id!, db).count + 1  // the current text's number
        guard replace else {
            throw LedgerError.sourceChanged(path: source.path, source: known.code, version: versions + 1)
        }
        if let other = try Source.filter(Source.Columns.sha256 == source.sha256).fetchOne(db) {
            throw LedgerError.textOfAnotherSource(path: source.path, other: other.code)
        }
        var s = source
        s.id = known.id
        s.path = known.path
        try s.update(db)
        let stale = try Evidence.filter(
            Evidence.Columns.sourceId == known.id!
                && Column("sourceSha256") != source.sha256
        ).fetchCount(db)
        return SourceAddResult(source: s, outcome: .newVersion(version: versions + 1, staleEvidence: stale))
    }
}
