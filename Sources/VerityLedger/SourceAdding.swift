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
        try write { db in try sources.map { try Ledger.addSource($0, replace: replace, db) } }
    }

    static func addSource(_ source: Source, replace: Bool, _ db: Database) throws -> SourceAddResult {
        if let location = source.location,
            let known = try Source.filter(Source.Columns.location == location).fetchOne(db)
        {
            if known.sha256 == source.sha256 { return SourceAddResult(source: known, outcome: .alreadyPresent) }
            return try newVersion(of: known, source, replace: replace, db)
        }
        if var same = try Source.filter(Source.Columns.sha256 == source.sha256).fetchOne(db) {
            // a source added before locations were kept learns its file's location from the same text
            if same.location == nil, let location = source.location {
                same.location = location
                try same.update(db, columns: [Source.Columns.location])
            }
            return SourceAddResult(source: same, outcome: .alreadyPresent)
        }
        var s = source
        // the path as typed, unless another source already shows that path: then its full location
        if let location = s.location, try Source.filter(Source.Columns.path == s.path).fetchCount(db) > 0 {
            s.path = location
        }
        try s.insert(db)
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
