import Foundation
import GRDB
import Testing
import VerityLedger

@Suite("ledger") struct LedgerTests {
    func source(_ text: String, path: String = "a.md") -> Source {
        Source(path: path, text: text, sha256: String(text.hashValue))
    }

    @Test func sameTextIsReusedNotDuplicated() throws {
        let l = try Ledger.inMemory()
        let a = try l.addSource(source("one"))
        let b = try l.addSource(source("one", path: "copy.md"))
        #expect(a.outcome == .added && b.outcome == .alreadyPresent && a.source.id == b.source.id)
        #expect(try l.sources().count == 1)
    }

    @Test func historyIsAppendOnly() throws {
        let l = try Ledger.inMemory()
        let c = try l.addClaim(Claim(kind: .quote, text: "words"), by: "t")
        let first = try l.history(claimId: c.id)
        try l.setStatus(c.id!, to: .supported, by: "desk", note: "ok")
        let after = try l.history(claimId: c.id)
        #expect(after.count == first.count + 1)
        #expect(Array(after.prefix(first.count)) == first)
        #expect(after.last?.fromStatus == .unverified && after.last?.toStatus == .supported)
        #expect(throws: (any Error).self) {
            try l.writer.write { try $0.execute(sql: "UPDATE statusEvent SET note = 'x'") }
        }
        #expect(throws: (any Error).self) { try l.writer.write { try $0.execute(sql: "DELETE FROM statusEvent") } }
    }

    @Test func foreignKeysRefuseEvidenceForUnknownClaims() throws {
        let l = try Ledger.inMemory()
        let s = try l.addSource(source("text")).source
        #expect(throws: LedgerError.unknownClaim("C7")) {
            try l.attach(
                Evidence(
                    claimId: 7, sourceId: s.id!, exact: "t", prefix: "", suffix: "", start: 0, end: 1,
                    sourceSha256: s.sha256))
        }
        #expect(throws: (any Error).self) {
            try l.writer.write {
                try $0.execute(
                    sql:
                        "INSERT INTO evidence (claimId, sourceId, exact, prefix, suffix, start, \"end\", stance, attachedAt, sourceSha256) VALUES (99, 1, 'x', '', '', 0, 1, 'supports', '2025-01-01', 'h')"
                )
            }
        }
    }

    @Test func aFailedBatchWritesNothing() throws {
        let l = try Ledger.inMemory()
        #expect(throws: (any Error).self) {
            try l.addClaims([Claim(kind: .quote, text: "ok"), Claim(kind: .quote, text: "")], by: "t")
        }
        #expect(try l.claims().isEmpty)
    }

    @Test func ftsFindsSourcesByWords() throws {
        let l = try Ledger.inMemory()
        _ = try l.addSource(source("The ministry seized hashish.", path: "a.md"))
        let b = try l.addSource(source("Turnout was low.", path: "b.md")).source
        #expect(try l.searchSources("turnout") == [b.id!])
    }

    @Test func idsParse() throws {
        #expect(try LedgerID.claim("C12") == 12)
        #expect(try LedgerID.source("s3") == 3)
        #expect(throws: LedgerError.self) { try LedgerID.claim("banana") }
    }
}

/// A stored finding's evidence is typed: GRDB keeps it as a JSON column and reads it back as passages.
@Suite("stored findings") struct StoredFindingTests {
    @Test func evidenceRoundTripsTyped() throws {
        let l = try Ledger.inMemory()
        let passage = FindingPassage(
            document: "s.md", line: 3, start: 10, end: 20, excerpt: "drain \"Iraqi\" resources")
        let f = StoredFinding(
            claimId: nil, rule: "quote.altered", severity: "error", document: "a.md", line: 1, column: 1,
            start: 0, end: 5, excerpt: "x", message: "m", evidence: [passage], checkedAt: Date())
        try l.recordCheck(findings: [f], statusChanges: [], by: "test")
        let back = try l.writer.read { try StoredFinding.fetchAll($0) }
        #expect(back.map(\.evidence) == [[passage]])
        let raw = try l.writer.read { try String.fetchOne($0, sql: "SELECT evidenceJSON FROM finding") }
        #expect(raw?.contains("\"excerpt\"") == true)
    }
}
