import Foundation
import GRDB
import Testing
@testable import VerityLedger

/// Opening a ledger file: Verity's mark, other applications' databases, read-only opening.
@Suite("ledger files") struct LedgerFileTests {
    let dir: URL
    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("verity-ledger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
    func sideFiles(_ p: String) -> [String] {
        ["-wal", "-shm", "-journal"].filter { FileManager.default.fileExists(atPath: p + $0) }
    }
    /// The mark in the file's header (bytes 68–71, big-endian), read without SQLite.
    func applicationID(_ p: String) throws -> Int32 {
        let b = [UInt8](try Data(contentsOf: URL(fileURLWithPath: p)).prefix(72))
        return Int32(bitPattern: b[68..<72].reduce(0) { $0 << 8 | UInt32($1) })
    }

    /// A ledger as Verity made them before the mark: every migration up to v4, in WAL mode.
    func legacyLedger(_ p: String) throws {
        let pool = try DatabasePool(path: p)
        try Ledger.migrator.migrate(pool, upTo: "v4-source-path-index")
        try pool.write { db in
            try db.execute(
                sql: "INSERT INTO claim (kind, text, createdAt, updatedAt) VALUES ('quote', 'old words', 0, 0)")
            try db.execute(sql: "INSERT INTO source (path, text, sha256, addedAt) VALUES ('old.md', 'Old.', 'h', 0)")
        }
        try pool.close()
    }

    @Test func aNewLedgerCarriesVeritysMark() throws {
        let p = path("ledger.sqlite")
        _ = try Ledger.open(path: p)
        #expect(try applicationID(p) == Ledger.applicationID)
    }

    @Test func anotherApplicationsDatabaseIsRefusedAndUntouched() throws {
        let p = path("app.sqlite")
        let q = try DatabaseQueue(path: p)
        try q.write { try $0.execute(sql: "CREATE TABLE users (name TEXT); INSERT INTO users VALUES ('ann')") }
        try q.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: p))
        #expect(throws: LedgerError.foreign(path: p)) { _ = try Ledger.open(path: p) }
        #expect(throws: LedgerError.foreign(path: p)) { _ = try Ledger.open(path: p, access: .readOnly) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: p)) == before)
        #expect(sideFiles(p).isEmpty)
    }

    @Test func aFileThatIsNotSQLiteIsRefused() throws {
        let p = path("notes.sqlite")
        try Data("just some notes, long enough to be a header".utf8).write(to: URL(fileURLWithPath: p))
        #expect(throws: LedgerError.notSQLite(path: p)) { _ = try Ledger.open(path: p) }
        #expect(try String(contentsOfFile: p, encoding: .utf8).hasPrefix("just some notes"))
    }

    @Test func anUnmarkedVerityLedgerIsReadAsItIsAndMarkedOnItsNextWrite() throws {
        let p = path("old.sqlite")
        try legacyLedger(p)
        #expect(try applicationID(p) == 0)
        #expect(try Ledger.open(path: p, access: .readOnly).claims().map(\.text) == ["old words"])
        do {  // sources from before versions read as their one text
            let old = try Ledger.open(path: p, access: .readOnly)
            #expect(try old.sources().map(\.location) == [nil] && old.versions(of: 1).map(\.version) == [1])
        }
        #expect(try applicationID(p) == 0)
        #expect(sideFiles(p).isEmpty)
        _ = try Ledger.open(path: p)
        #expect(try applicationID(p) == Ledger.applicationID)
        #expect(try Ledger.open(path: p, access: .readOnly).claims().count == 1)
    }

    @Test func anEmptyFileOrDatabaseCanBecomeALedger() throws {
        let p = path("empty.sqlite")
        FileManager.default.createFile(atPath: p, contents: Data())
        #expect(throws: LedgerError.blank(path: p)) { _ = try Ledger.open(path: p, access: .readOnly) }
        _ = try Ledger.open(path: p).addClaim(Claim(kind: .quote, text: "fresh words"), by: "t")
        #expect(try applicationID(p) == Ledger.applicationID)
    }

    @Test func readingWritesNothingAndLeavesNoSideFiles() throws {
        let p = path("ledger.sqlite")
        try Ledger.open(path: p).addClaim(Claim(kind: .quote, text: "some words"), by: "t")
        #expect(sideFiles(p).isEmpty)
        let before = try Data(contentsOf: URL(fileURLWithPath: p))
        do {
            let l = try Ledger.open(path: p, access: .readOnly)
            #expect(try l.claims().count == 1)
            #expect(throws: LedgerError.openedReadOnly) {
                try l.addClaim(Claim(kind: .quote, text: "more words"), by: "t")
            }
            #expect(throws: (any Error).self) { try l.writer.read { try $0.execute(sql: "DELETE FROM claim") } }
        }
        #expect(sideFiles(p).isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: p)) == before)
    }

    /// The way a ledger this user cannot write is opened (tests run as root, whom chmod does not stop): SQLite's
    /// read-only mode, which must neither write nor need a -wal or -shm file, here in a folder where it could make one.
    @Test func theReadOnlyModeNeedsNoSideFiles() throws {
        let p = path("ledger.sqlite")
        try Ledger.open(path: p).addClaim(Claim(kind: .quote, text: "some words"), by: "t")
        do {
            let q = try Ledger.readOnlyQueue(p, writable: false)
            #expect(q.configuration.readonly)
            let l = try Ledger.readOnly(q, path: p)
            #expect(try l.claims().map(\.text) == ["some words"])
            #expect(sideFiles(p).isEmpty)
            #expect(throws: (any Error).self) { try q.write { try $0.execute(sql: "DELETE FROM finding") } }
        }
        #expect(sideFiles(p).isEmpty)
    }

    @Test func aFullDiskIsSaidInPlainWords() throws {
        let l = try Ledger.inMemory()
        try l.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = 1") }
        do {
            try l.addClaim(Claim(kind: .quote, text: String(repeating: "words ", count: 20_000)), by: "t")
            Issue.record("the write should fail")
        } catch {
            #expect(LedgerError.describing(error) == .diskFull(path: nil))
            #expect(LedgerError.describing(error)?.localizedDescription.contains("disk") == true)
        }
    }

    @Test func aLedgerWhoseFirstInitWasCutOffIsCompleted() throws {
        // what a kill -9 leaves between GRDB creating its migrations table and the first migration's commit
        let p = path("ledger.sqlite")
        let q = try DatabaseQueue(path: p)
        try q.write { try $0.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)") }
        try q.close()
        #expect(throws: LedgerError.blank(path: p)) { _ = try Ledger.open(path: p, access: .readOnly) }
        let l = try Ledger.open(path: p)
        #expect(try l.claims().isEmpty)
        #expect(try l.writer.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") } == Ledger.applicationID)
    }
}
