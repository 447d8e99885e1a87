import Foundation
import PostgresNIO
import VerityLedger

extension PostgresLedger {
    public func sources() throws -> [Source] {
        try read { s in
            try s.rows("SELECT \(unescaped: PostgresRecords.sourceColumns) FROM source ORDER BY id").map(
                PostgresRecords.source)
        }
    }

    public func source(_ id: Int64) throws -> Source {
        guard let found = try read({ s in try PostgresLedger.source(id, s) }) else {
            throw LedgerError.unknownSource("S\(id)")
        }
        return found
    }

    static func source(_ id: Int64, _ s: PostgresSession) throws -> Source? {
        try s.rows("SELECT \(unescaped: PostgresRecords.sourceColumns) FROM source WHERE id = \(id)").first.map(
            PostgresRecords.source)
    }

    public func sourceCount() throws -> Int {
        try read { s in try s.scalar("SELECT count(*) FROM source", as: Int.self) ?? 0 }
    }

    public func sources(ids: [Int64]) throws -> [Source] {
        try read { s in
            try s.rows(
                "SELECT \(unescaped: PostgresRecords.sourceColumns) FROM source WHERE id = ANY(\(ids)) ORDER BY id"
            ).map(PostgresRecords.source)
        }
    }

    public func documentFrequencies(_ words: Set<String>) throws -> [String: Int] {
        let list = Array(words).filter { !PostgresSearch.words($0).isEmpty }
        guard !list.isEmpty else { return [:] }
        let queries = list.map { PostgresSearch.anyOf([$0])! }
        return try read { s in
            var out: [String: Int] = [:]
            let rows = try s.rows(
                """
                SELECT q.i, (SELECT count(*) FROM source WHERE search @@ q.query::tsquery)
                FROM unnest(\(queries)::text[]) WITH ORDINALITY AS q(query, i)
                """)
            for row in rows {
                let (i, n) = try row.decode((Int, Int).self)
                if n > 0 { out[list[i - 1]] = n }
            }
            return out
        }
    }

    public func sourcesHoldingPhrases(
        _ claims: [(whole: [String], fallbacks: [[[String]]])], limit: Int, fallbackLimit: Int
    ) throws -> [[Int64]] {
        try read { s in
            func ids(_ query: String?, _ limit: Int) throws -> [Int64] {
                guard let query else { return [] }
                return try s.rows(
                    "SELECT id FROM source WHERE search @@ \(query)::tsquery ORDER BY id LIMIT \(limit)"
                ).map { try $0.decode(Int64.self) }
            }
            return try claims.map { c in
                let exact = try ids(PostgresSearch.phrases([c.whole]), limit)
                if !exact.isEmpty { return exact }
                var found: [Int64] = []
                for group in c.fallbacks { found += try ids(PostgresSearch.phrases(group), fallbackLimit) }
                return found
            }
        }
    }

    public func sourcesMatching(anyOf groups: [[String]], limit: Int) throws -> [[Int64]] {
        try read { s in
            try groups.map { words in
                guard let query = PostgresSearch.anyOf(words) else { return [] }
                return try s.rows(
                    """
                    SELECT id FROM source, (SELECT \(query)::tsquery AS q) AS t WHERE search @@ t.q
                    ORDER BY ts_rank(search, t.q) DESC, id LIMIT \(limit)
                    """
                ).map { try $0.decode(Int64.self) }
            }
        }
    }

    public func addSources(_ sources: [Source], replace: Bool) throws -> [SourceAddResult] {
        try write { s in try sources.map { try PostgresLedger.addSource($0, replace: replace, s) } }
    }

    static func addSource(_ source: Source, replace: Bool, _ s: PostgresSession) throws -> SourceAddResult {
        let columns = PostgresRecords.sourceColumns
        if let location = source.location,
            let known = try s.rows(
                "SELECT \(unescaped: columns) FROM source WHERE location = \(location) FOR UPDATE"
            ).first.map(PostgresRecords.source)
        {
            if known.sha256 == source.sha256 { return SourceAddResult(source: known, outcome: .alreadyPresent) }
            return try newVersion(of: known, source, replace: replace, s)
        }
        if var same = try s.rows("SELECT \(unescaped: columns) FROM source WHERE sha256 = \(source.sha256) FOR UPDATE")
            .first.map(PostgresRecords.source)
        {
            // a source added before locations were kept learns its file's location from the same text
            if same.location == nil, let location = source.location {
                same.location = location
                _ = try s.rows("UPDATE source SET location = \(location) WHERE id = \(same.id!)")
            }
            return SourceAddResult(source: same, outcome: .alreadyPresent)
        }
        var added = source
        // the path as typed, unless another source already shows that path: then its full location
        if let location = added.location,
            try s.scalar("SELECT count(*) FROM source WHERE path = \(added.path)", as: Int.self) ?? 0 > 0
        {
            added.path = location
        }
        added.id = try insert(added, s)
        return SourceAddResult(source: added, outcome: .added)
    }

    /// Inserts a source (with its id when it has one, as `ledger copy` does) and returns its id.
    static func insert(_ x: Source, _ s: PostgresSession) throws -> Int64 {
        let search = PostgresSearch.vector(title: x.title, text: x.text)
        let rows = try s.rows(
            """
            INSERT INTO source (id, path, title, publisher, url, kind, speaker, published_on, format, text, sha256,
                added_at, location, search)
            VALUES (COALESCE(\(x.id), nextval(pg_get_serial_sequence('source', 'id'))), \(x.path), \(x.title),
                \(x.publisher), \(x.url), \(x.kind), \(x.speaker), \(x.publishedOn), \(x.format), \(x.text),
                \(x.sha256), \(x.addedAt), \(x.location), \(search)::tsvector)
            RETURNING id
            """)
        return try rows[0].decode(Int64.self)
    }

    static func newVersion(of known: Source, _ source: Source, replace: Bool, _ s: PostgresSession) throws
        -> SourceAddResult
    {
        let id = known.id!
        let earlier = try s.scalar("SELECT count(*) FROM source_version WHERE source_id = \(id)", as: Int.self) ?? 0
        let versions = earlier + 1  // the current text's number
        guard replace else {
            throw LedgerError.sourceChanged(path: source.path, source: known.code, version: versions + 1)
        }
        if let other = try s.rows("SELECT id FROM source WHERE sha256 = \(source.sha256)").first {
            throw LedgerError.textOfAnotherSource(path: source.path, other: "S\(try other.decode(Int64.self))")
        }
        var x = source
        x.id = id
        x.path = known.path
        let search = PostgresSearch.vector(title: x.title, text: x.text)
        _ = try s.rows(
            """
            UPDATE source SET path = \(x.path), title = \(x.title), publisher = \(x.publisher), url = \(x.url),
                kind = \(x.kind), speaker = \(x.speaker), published_on = \(x.publishedOn), format = \(x.format),
                text = \(x.text), sha256 = \(x.sha256), added_at = \(x.addedAt), location = \(x.location),
                search = \(search)::tsvector
            WHERE id = \(id)
            """)
        let stale =
            try s.scalar(
                "SELECT count(*) FROM evidence WHERE source_id = \(id) AND source_sha256 <> \(source.sha256)",
                as: Int.self) ?? 0
        return SourceAddResult(source: x, outcome: .newVersion(version: versions + 1, staleEvidence: stale))
    }

    public func versions(of sourceId: Int64) throws -> [SourceVersion] {
        try read { s in
            guard let current = try PostgresLedger.source(sourceId, s) else {
                throw LedgerError.unknownSource("S\(sourceId)")
            }
            let earlier = try s.rows(
                """
                SELECT \(unescaped: PostgresRecords.versionColumns) FROM source_version
                WHERE source_id = \(sourceId) ORDER BY version
                """
            ).map(PostgresRecords.version)
            return earlier + [
                SourceVersion(
                    id: nil, sourceId: sourceId, version: earlier.count + 1, path: current.path,
                    format: current.format, text: current.text, sha256: current.sha256, addedAt: current.addedAt)
            ]
        }
    }
}
