import Foundation
import GRDB
import VerityDocument
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Ledger {
    /// Verity's mark in a ledger's SQLite header (`PRAGMA application_id`): the ASCII letters "VRTY".
    /// Set by the migration `v5-application-id` on every new ledger and on older ledgers the first time they are
    /// written; a database without it is opened only when it is empty or an unmarked Verity ledger.
    public static let applicationID: Int32 = 0x5652_5459

    public enum Access: Sendable { case readWrite, readOnly }

    /// What is at a ledger path before it is opened.
    enum FileState: Equatable { case absent, blank, marked, unmarked }

    /// A ledger on disk. Read-write: in WAL mode so readers are not blocked by a writer; writers wait for each other.
    /// Read-only: nothing is written, no tables or WAL switch; works on a file or folder that cannot be written.
    /// Any other application's SQLite database is refused without being touched.
    public static func open(path: String, access: Access = .readWrite) throws -> Ledger {
        let state = try inspect(path)
        do {
            switch access {
            case .readWrite:
                var config = Configuration()
                config.busyMode = .timeout(10)
                config.foreignKeysEnabled = true
                return try Ledger(DatabasePool(path: path, configuration: config))
            case .readOnly:
                if state == .absent || state == .blank { throw LedgerError.blank(path: path) }
                return try readOnly(try readOnlyQueue(path), path: path)
            }
        } catch let error as DatabaseError {
            if access == .readWrite, !canWrite(path) { throw LedgerError.readOnly(path: path) }
            throw LedgerError(error, path: path)
        }
    }

    /// A read-only ledger: its schema must be complete, as only a write may migrate it.
    static func readOnly(_ queue: DatabaseQueue, path: String) throws -> Ledger {
        try refuseNewerSchema(queue)
        let applied = try queue.read { try Ledger.migrator.appliedIdentifiers($0) }
        let needed = Set(Ledger.migrator.migrations).subtracting(Ledger.readableWithout)
        guard needed.isSubset(of: applied) else { throw LedgerError.needsUpgrade(path: path) }
        return Ledger(readOnly: queue)
    }

    /// The connection of a read-only command. Where this user may write the ledger and its folder, an ordinary
    /// connection, read through GRDB's read accesses (`query_only`) and refused every write by the ledger, so SQLite
    /// removes its -wal and -shm files on closing as after any command; where
    /// not, SQLite's read-only mode (`Configuration.readonly`), immutable when no -wal file says a writer is at work,
    /// so no -wal or -shm file is attempted in a folder that cannot hold them.
    static func readOnlyQueue(_ path: String, writable: Bool? = nil) throws -> DatabaseQueue {
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.foreignKeysEnabled = true
        let writable = writable ?? canWrite(path)
        let walExists = FileManager.default.fileExists(atPath: path + "-wal")
        if writable {
            return try DatabaseQueue(path: path, configuration: config)
        }
        config.readonly = true
        let name = walExists || !uriSupported ? path : uri(path, "immutable=1")
        return try DatabaseQueue(path: name, configuration: config)
    }

    /// Whether the SQLite library reads `file:` URIs in file names.
    static let uriSupported: Bool = {
        let sql = "SELECT sqlite_compileoption_used('USE_URI')"
        return (try? DatabaseQueue().read { try Bool.fetchOne($0, sql: sql) }) == true
    }()

    static func uri(_ path: String, _ query: String) -> String {
        var p = ""
        for ch in path {
            switch ch {
            case "%": p += "%25"
            case "?": p += "%3f"
            case "#": p += "%23"
            default: p.append(ch)
            }
        }
        return "file:\(p)?\(query)"
    }

    /// What the file at a path is, refusing anything but nothing, an empty database or a Verity ledger.
    static func inspect(_ path: String) throws -> FileState {
        var st = stat()
        if stat(path, &st) != 0, errno == ENOENT, lstat(path, &st) != 0 { return .absent }
        try FileCheck.regularFile(path)
        guard let handle = FileHandle(forReadingAtPath: path) else { throw LedgerError.cannotRead(path: path) }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        try? handle.close()
        if header.isEmpty { return .blank }
        guard isSQLiteHeader(header) else { throw LedgerError.notSQLite(path: path) }
        if header.count >= 72, Int32(bitPattern: header[68..<72].reduce(0) { $0 << 8 | UInt32($1) }) == applicationID {
            return .marked
        }
        return try probe(path)
    }

    /// Reads an unmarked database's mark and tables without writing to it or creating files beside it.
    static func probe(_ path: String) throws -> FileState {
        var config = Configuration()
        config.readonly = true
        let walExists = FileManager.default.fileExists(atPath: path + "-wal")
        let name = walExists || !uriSupported ? path : uri(path, "immutable=1")
        let (id, tables): (Int32, Set<String>)
        do {
            let q = try DatabaseQueue(path: name, configuration: config)
            (id, tables) = try q.read { db in
                (
                    try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                    Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"))
                )
            }
            try q.close()
        } catch let error as DatabaseError {
            throw LedgerError(error, path: path)
        }
        if id == applicationID { return .marked }
        // GRDB's table of migrations alone: a first `verity init` cut off before its first migration was saved
        if tables.subtracting(["grdb_migrations"]).isEmpty { return .blank }
        if Ledger.legacyTables.isSubset(of: tables) { return .unmarked }
        throw LedgerError.foreign(path: path)
    }

    /// The tables every Verity ledger has had since the first release, with GRDB's record of migrations.
    static let legacyTables: Set<String> = ["grdb_migrations", "source", "claim", "evidence", "statusEvent"]

    /// The 16 bytes every SQLite 3 database file starts with.
    public static func isSQLiteHeader<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        Array(bytes.prefix(16)) == Array("SQLite format 3\0".utf8)
    }

    /// Whether the file at a path is a SQLite database (by its header).
    public static func isSQLiteFile(_ path: String) -> Bool {
        var st = stat()
        guard stat(path, &st) == 0, Int(st.st_mode) & Int(S_IFMT) == Int(S_IFREG) else { return false }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return isSQLiteHeader([UInt8]((try? handle.read(upToCount: 16)) ?? Data()))
    }
}

/// Whether this user may write the file and the folder that holds it (false on a read-only mount, even for root).
func canWrite(_ path: String) -> Bool {
    let folder = (path as NSString).deletingLastPathComponent
    return access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
}
