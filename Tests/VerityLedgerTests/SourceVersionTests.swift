import Foundation
import GRDB
import Testing
@testable import VerityLedger

/// Sources known by location and text (issue 13, item 4): nothing replaced silently, earlier texts kept.
@Suite("source versions") struct SourceVersionTests {
    func source(_ text: String, at location: String, path: String = "sources/statement.md") -> Source {
        Source(path: path, text: text, sha256: "sha-" + text, location: location)
    }

    func evidence(_ l: Ledger, _ s: Source, _ words: String) throws -> Evidence {
        let c = try l.addClaim(Claim(kind: .quote, text: words), by: "t")
        let start = s.text.distance(from: s.text.startIndex, to: s.text.range(of: words)!.lowerBound)
        return try l.attach(
            Evidence(
                claimId: c.id!, sourceId: s.id!, exact: words, prefix: "", suffix: "",
                start: start, end: start + words.count, sourceSha256: s.sha256))
    }

    @Test func twoStoriesWithTheSameFileNameKeepTheirOwnSources() throws {
        let l = try Ledger.inMemory()
        let a = try l.addSource(source("We will build the bridge.", at: "/desk/bridge/sources/statement.md"))
        let e = try evidence(l, a.source, "build the bridge")
        let b = try l.addSource(source("The school stays open.", at: "/desk/school/sources/statement.md"))
        #expect(a.outcome == .added && b.outcome == .added && a.source.id != b.source.id)
        #expect(try l.source(a.source.id!).text == "We will build the bridge.")
        #expect(try l.evidence().map(\.sourceSha256) == [e.sourceSha256])
        // the second is shown by its full location, so the two never share a name
        #expect(b.source.path == "/desk/school/sources/statement.md")
    }

    @Test func theSameFileTwiceIsANoOp() throws {
        let l = try Ledger.inMemory()
        let a = try l.addSource(source("Words.", at: "/desk/a.md"))
        let b = try l.addSource(source("Words.", at: "/desk/a.md"), replace: true)
        #expect(b.outcome == .alreadyPresent && b.source.id == a.source.id)
        #expect(try l.versions(of: a.source.id!).count == 1)
    }

    @Test func aChangedFileIsRefusedWithoutReplace() throws {
        let l = try Ledger.inMemory()
        let a = try l.addSource(source("Old words.", at: "/desk/a.md"))
        #expect(throws: LedgerError.sourceChanged(path: "sources/statement.md", source: "S1", version: 2)) {
            _ = try l.addSource(source("New words.", at: "/desk/a.md"))
        }
        #expect(try l.source(a.source.id!).text == "Old words.")
        #expect(
            LedgerError.sourceChanged(path: "a.md", source: "S1", version: 2).localizedDescription
                .contains("--replace"))
    }

    @Test func replacingKeepsTheOldTextForItsEvidence() throws {
        let l = try Ledger.inMemory()
        let a = try l.addSource(source("The minister said taxes would fall.", at: "/desk/a.md")).source
        let e = try evidence(l, a, "taxes would fall")
        let r = try l.addSource(source("The minister said taxes would rise.", at: "/desk/a.md"), replace: true)
        #expect(r.outcome == .newVersion(version: 2, staleEvidence: 1) && r.source.id == a.id)
        #expect(try l.source(a.id!).text.hasSuffix("rise."))
        let versions = try l.versions(of: a.id!)
        #expect(versions.map(\.version) == [1, 2])
        let attached = try #require(try l.attachedVersion(of: e))
        #expect(attached.version == 1 && attached.text.contains(e.exact))
        // only the current text is searched
        #expect(try l.searchSources("rise") == [a.id!] && l.searchSources("fall").isEmpty)
    }

    @Test func sameTextFromAnotherFileIsNotAddedTwice() throws {
        let l = try Ledger.inMemory()
        let a = try l.addSource(source("Shared words.", at: "/desk/a.md"))
        let b = try l.addSource(source("Shared words.", at: "/desk/copy/a.md"))
        #expect(b.outcome == .alreadyPresent && b.source.id == a.source.id && b.source.location == "/desk/a.md")
    }

    @Test func aFailedBatchAddsNoVersion() throws {
        let l = try Ledger.inMemory()
        let a = try l.addSource(source("One.", at: "/desk/a.md")).source
        #expect(throws: (any Error).self) {
            let batch = [self.source("Two.", at: "/desk/a.md"), self.source("", at: "/desk/b.md")]
            _ = try l.addSources(batch, replace: true)
        }
        #expect(try l.versions(of: a.id!).count == 1 && l.sources().count == 1)
    }

    @Test(arguments: [
        "UPDATE sourceVersion SET text = 'forged'",
        "DELETE FROM sourceVersion",
        "DELETE FROM source",
        "UPDATE source SET location = '/elsewhere.md'",
        "UPDATE source SET id = 9",
        "INSERT INTO sourceVersion (sourceId, version, path, format, text, sha256, addedAt) "
            + "VALUES (1, 5, 'a.md', 'plain', 'x', 'h', 0)",
    ])
    func theSchemaKeepsVersionsAppendOnly(_ sql: String) throws {
        let l = try Ledger.inMemory()
        _ = try l.addSource(source("Kept.", at: "/desk/a.md"))
        _ = try l.addSources([source("Now.", at: "/desk/a.md")], replace: true)
        #expect(throws: (any Error).self) { try l.writer.write { try $0.execute(sql: sql) } }
        #expect(try l.versions(of: 1).map(\.text) == ["Kept.", "Now."])
    }

    @Test func anyChangeOfASourcesTextIsRecordedAsAVersion() throws {
        let l = try Ledger.inMemory()
        _ = try l.addSource(source("First.", at: "/desk/a.md"))
        try l.writer.write { try $0.execute(sql: "UPDATE source SET text = 'Second.', sha256 = 'h2'") }
        #expect(try l.versions(of: 1).map(\.text) == ["First.", "Second."])
    }

    @Test func aLedgerFromBeforeVersionsKeepsItsTextsAsFirstVersions() throws {
        let q = try DatabaseQueue()
        try Ledger.migrator.migrate(q, upTo: "v5-application-id")
        try q.write { db in
            try db.execute(
                sql: "INSERT INTO source (path, format, text, sha256, addedAt) "
                    + "VALUES ('a.md', 'plain', 'Old.', 'sha-Old.', 0)")
        }
        let l = try Ledger(q)
        #expect(try l.versions(of: 1).map(\.text) == ["Old."] && l.source(1).location == nil)
        // the same text added again from its file teaches the source its location; a later change is then known
        #expect(try l.addSource(source("Old.", at: "/desk/a.md")).outcome == .alreadyPresent)
        #expect(try l.source(1).location == "/desk/a.md")
        #expect(throws: LedgerError.self) { _ = try l.addSource(source("New.", at: "/desk/a.md")) }
    }
}

/// Each text is stored once: the current one in its source row, earlier ones in `sourceVersion`.
@Suite("source version storage") struct SourceVersionStorageTests {
    @Test func theCurrentTextIsNotStoredTwice() throws {
        let l = try Ledger.inMemory()
        _ = try l.addSource(Source(path: "a.md", text: "First.", sha256: "sha-1", location: "/desk/a.md"))
        let stored = { try l.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sourceVersion") ?? -1 } }
        #expect(try stored() == 0)
        _ = try l.addSources(
            [Source(path: "a.md", text: "Second.", sha256: "sha-2", location: "/desk/a.md")],
            replace: true)
        #expect(try stored() == 1 && l.versions(of: 1).map(\.version) == [1, 2])
    }
}
