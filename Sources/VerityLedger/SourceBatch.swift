import GRDB

/// The new sources of one command, stored several to an INSERT statement. FTS5 writes the index entries it has
/// gathered as a new segment whenever a statement that may be undone on its own begins (a savepoint), and when they
/// pass 1 MB; so one INSERT per source wrote 10,000 one-document segments, merged again and again as they came, and
/// 500 sources to a statement write segments of about 1 MB. Each source gets the id an INSERT of its own would have
/// given it, in the same order (AUTOINCREMENT: one more than the largest id the table ever had); the same
/// transaction holds them all.
struct SourceBatch {
    /// Sources to an INSERT statement (13 values each, well within SQLite's 32,766).
    static let size = 500

    private var pending: [Source] = []
    private var locations: Set<String> = []
    private var hashes: Set<String> = []
    private var paths: Set<String> = []
    private var nextID: Int64 = 0

    init(_ db: Database) throws { nextID = try SourceBatch.nextID(db) }

    /// Whether a source waiting here shares the file's location, the text or the path: then the batch is stored
    /// before the source is looked up, so it is judged against every source before it, as when each was stored alone.
    func overlaps(_ source: Source) -> Bool {
        source.id != nil || hashes.contains(source.sha256) || paths.contains(source.path)
            || source.location.map { locations.contains($0) } == true
    }

    /// The new source with its id, stored now or with the next full batch.
    mutating func add(_ source: Source, _ db: Database) throws -> Source {
        var s = source
        s.id = nextID
        nextID += 1
        pending.append(s)
        hashes.insert(s.sha256)
        paths.insert(s.path)
        if let location = s.location { locations.insert(location) }
        if pending.count >= SourceBatch.size { try flush(db) }
        return s
    }

    /// Stores the sources waiting, in one statement.
    mutating func flush(_ db: Database) throws {
        guard !pending.isEmpty else { return }
        let rows = try pending.map { try $0.databaseDictionary }
        let columns = Set(rows.flatMap(\.keys)).sorted()
        let row = "(" + columns.map { _ in "?" }.joined(separator: ",") + ")"
        let sql =
            "INSERT INTO source (" + columns.map { "\"\($0)\"" }.joined(separator: ",") + ") VALUES "
            + Array(repeating: row, count: pending.count).joined(separator: ",")
        var values: [DatabaseValue] = []
        values.reserveCapacity(columns.count * pending.count)
        for d in rows { values += columns.map { d[$0] ?? .null } }
        let statement =
            pending.count == SourceBatch.size ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
        try statement.execute(arguments: StatementArguments(values))
        pending.removeAll(keepingCapacity: true)
        locations.removeAll(); hashes.removeAll(); paths.removeAll()
        nextID = try SourceBatch.nextID(db)
    }

    /// The id SQLite gives the next source (AUTOINCREMENT): one more than the largest the table has had.
    static func nextID(_ db: Database) throws -> Int64 {
        let seq = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'source'") ?? 0
        let top = try Int64.fetchOne(db, sql: "SELECT max(id) FROM source") ?? 0
        return max(seq, top) + 1
    }
}
