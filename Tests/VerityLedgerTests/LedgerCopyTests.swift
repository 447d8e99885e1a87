import Foundation
import GRDB
import Testing
import VerityLedger

@testable import VerityLedgerPostgres

/// `verity ledger copy`'s two halves, and the schema's own guarantees in each store.
@Suite("ledger copy and schema") struct LedgerCopyTests {
    /// A small ledger with every kind of row: versions, evidence, history, findings.
    static func fill(_ l: any LedgerStore) throws {
        let a = try l.addSource(Source(path: "a.md", title: "A", text: "First words.", sha256: "a1", location: "/a.md"))
        _ = try l.addSource(Source(path: "b.md", text: "Other words.", sha256: "b1", location: "/b.md"))
        _ = try l.addSource(Source(path: "a.md", text: "Second words.", sha256: "a2", location: "/a.md"), replace: true)
        let c = try l.addClaims(
            [Claim(kind: .quote, text: "First words"), Claim(kind: .quantity, text: "12 trucks", value: 12)], by: "rep")
        _ = try l.attach(
            Evidence(
                claimId: c[0].id!, sourceId: a.source.id!, exact: "First words", prefix: "", suffix: ".", start: 0,
                end: 11, sourceSha256: "a1"))
        try l.setStatus(c[1].id!, to: .contradicted, by: "editor", note: "the depot says 21")
        try l.recordCheck(
            findings: [
                StoredFinding(
                    claimId: c[1].id, rule: "number.mismatch", severity: "error", document: "art.md", line: 2,
                    column: 3, start: 10, end: 19, excerpt: "12 trucks", message: "21 in the source",
                    evidence: [FindingPassage(document: "b.md", line: 1, start: 0, end: 5, excerpt: "Other")],
                    checkedAt: Date())
            ], statusChanges: [(claimId: c[0].id!, to: .supported, note: "evidence supports it")], by: "verity check")
    }

    /// Times as SQLite keeps them (milliseconds), so contents from either store compare.
    static func normalised(_ c: LedgerContents) -> LedgerContents {
        func ms(_ d: Date) -> Date { Date(timeIntervalSince1970: (d.timeIntervalSince1970 * 1000).rounded() / 1000) }
        var c = c
        for i in c.sources.indices { c.sources[i].addedAt = ms(c.sources[i].addedAt) }
        for i in c.earlierVersions.indices { c.earlierVersions[i].addedAt = ms(c.earlierVersions[i].addedAt) }
        for i in c.claims.indices {
            c.claims[i].createdAt = ms(c.claims[i].createdAt); c.claims[i].updatedAt = ms(c.claims[i].updatedAt)
        }
        for i in c.evidence.indices { c.evidence[i].attachedAt = ms(c.evidence[i].attachedAt) }
        for i in c.events.indices { c.events[i].at = ms(c.events[i].at) }
        for i in c.findings.indices { c.findings[i].checkedAt = ms(c.findings[i].checkedAt) }
        return c
    }

    @Test(arguments: Store.available, Store.available)
    func aLedgerCopiesWholeIdsAndHistoryKept(_ from: Store, _ to: Store) throws {
        let a = try from.fresh()
        try Self.fill(a)
        let original = try a.contents()
        #expect(original.earlierVersions.count == 1 && original.events.count == 4 && original.findings.count == 1)
        let b = try to.fresh()
        try b.load(original)
        let copied = try b.contents()
        #expect(Self.normalised(copied) == Self.normalised(original))
        #expect(try b.info().sources == 2 && (try b.info().events) == 4)
        // ids go on after the copied ones, and the copy refuses a second load
        #expect(try b.addClaim(Claim(kind: .statement, text: "new"), by: "t").code == "C3")
        #expect(throws: LedgerError.self) { try b.load(original) }
        #expect(try b.claims().count == 3)
    }

    @Test(arguments: Store.available)
    func theSchemaKeepsTheHistoryAndEarlierTextsAppendOnly(_ store: Store) throws {
        let l = try store.fresh()
        try Self.fill(l)
        let refused =
            [
                "UPDATE \(store == .sqlite ? "statusEvent" : "status_event") SET note = 'x'",
                "DELETE FROM \(store == .sqlite ? "statusEvent" : "status_event")",
                "UPDATE \(store == .sqlite ? "sourceVersion" : "source_version") SET text = 'x'",
                "DELETE FROM source",
                "UPDATE source SET id = 9 WHERE id = 1",
                "UPDATE source SET location = '/elsewhere.md' WHERE id = 1",
                "INSERT INTO claim (kind, text, status, \(store == .sqlite ? "createdAt, updatedAt" : "created_at, updated_at"))"
                    + " VALUES ('rumour', 'x', 'unverified', '2025-01-01', '2025-01-01')",
                "INSERT INTO evidence (\(store == .sqlite ? "claimId, sourceId" : "claim_id, source_id"), exact, prefix, "
                    + "suffix, start, \"end\", stance, \(store == .sqlite ? "attachedAt, sourceSha256" : "attached_at, source_sha256"))"
                    + " VALUES (99, 1, 'x', '', '', 0, 1, 'supports', '2025-01-01', 'a')",
            ] + (store == .postgres ? ["TRUNCATE status_event CASCADE"] : [])
        for sql in refused {
            #expect(throws: (any Error).self, "\(sql)") { try Self.execute(sql, on: l) }
        }
        #expect(try l.history().count == 4 && (try l.versions(of: 1).count) == 2)
    }

    static func execute(_ sql: String, on l: any LedgerStore) throws {
        if let s = l as? Ledger { try s.writer.write { try $0.execute(sql: sql) } }
        if let p = l as? PostgresLedger { _ = try p.transaction { try $0.simple(sql) } }
    }

    @Test func aSQLiteLedgerFromANewerVerityIsLeftUntouched() throws {
        let l = try Store.sqlite.fresh()
        let path = l.location.file!
        try (l as! Ledger).writer.write {
            try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        for access in [Ledger.Access.readWrite, .readOnly] {
            #expect(throws: LedgerError.newerSchema(ledger: path, migration: "v99-from-the-future")) {
                _ = try Ledger.open(path: path, access: access)
            }
        }
    }
}
