import Foundation
import GRDB
import Testing

@testable import VerityLedger

/// A command that adds many sources merges the full-text index once: same sources, same answers to every search.
@Suite("adding many sources") struct BulkAddTests {
    static let texts = (0..<160).map { i in
        "Report \(i): the council said \"we will act on zz\(i)\" and w\(i % 7) rose by \(i % 13) per cent."
    }

    func source(_ i: Int) -> Source {
        Source(path: "s\(i).md", text: BulkAddTests.texts[i], sha256: "sha-\(i)", location: "/desk/s\(i).md")
    }

    @Test func oneCommandOrOneSourceAtATimeGiveTheSameLedger() throws {
        let bulk = try Ledger.inMemory(), single = try Ledger.inMemory()
        let added = try bulk.addSources(BulkAddTests.texts.indices.map(source), replace: false)
        #expect(added.allSatisfy { $0.outcome == .added })
        for i in BulkAddTests.texts.indices { _ = try single.addSource(source(i)) }
        let a = try bulk.sources(), b = try single.sources()
        #expect(a.map(\.id) == b.map(\.id) && a.map(\.sha256) == b.map(\.sha256) && a.map(\.text) == b.map(\.text))
        let claims: [(whole: [String], fallbacks: [[[String]]])] = [
            (["we", "will", "act", "on", "zz42"], []), (["said", "we", "will"], []),
            (["nothing", "like", "this"], [[["council", "said"]], [["rose", "by"]]]),
        ]
        #expect(
            try bulk.sourcesHoldingPhrases(claims, limit: 3, fallbackLimit: 6)
                == single.sourcesHoldingPhrases(claims, limit: 3, fallbackLimit: 6))
        for q in ["w3", "zz99", "council AND w5", "\"per cent\""] {
            #expect(Set(try bulk.searchSources(q, limit: 500)) == Set(try single.searchSources(q, limit: 500)))
        }
        #expect(try bulk.documentFrequencies(["w1", "zz7"]) == single.documentFrequencies(["w1", "zz7"]))
        try bulk.writer.write { db in try db.execute(sql: "INSERT INTO sourceFts(sourceFts) VALUES('integrity-check')")
        }
    }

    @Test func mergingTheIndexChangesNoAnswer() throws {
        let l = try Ledger.inMemory()
        for i in BulkAddTests.texts.indices { _ = try l.addSource(source(i)) }  // one segment or more per command
        let queries = ["w3", "zz99", "council AND w5", "\"per cent\"", "\"we will act\""]
        let before = try queries.map { Set(try l.searchSources($0, limit: 500)) }
        #expect(try segments(l) > 1)
        try l.writer.write { db in try Ledger.mergeIndex(added: Ledger.mergeIndexFrom - 1, db) }  // too few
        #expect(try segments(l) > 1)
        try l.writer.write { db in try Ledger.mergeIndex(added: Ledger.mergeIndexFrom, db) }
        #expect(try segments(l) == 1)
        #expect(try queries.map { Set(try l.searchSources($0, limit: 500)) } == before)
        try l.writer.write { db in try db.execute(sql: "INSERT INTO sourceFts(sourceFts) VALUES('integrity-check')") }
    }

    /// More sources than one INSERT statement takes (`SourceBatch.size`), with repeats: the same text from another
    /// file, the same file twice, a path another source shows, a text from no file. Added in one command or one at a
    /// time: the same outcomes, ids, paths and texts.
    @Test func repeatsWithinOneCommandAreJudgedAsOneAtATime() throws {
        let n = SourceBatch.size + 40
        var list = (0..<n).map { i in
            Source(path: "d\(i).md", text: "Text \(i) of the desk.", sha256: "h\(i)", location: "/desk/d\(i).md")
        }
        list.insert(Source(path: "e3.md", text: "Text 3 again.", sha256: "h3", location: "/other/e3.md"), at: 10)
        list.insert(Source(path: "d5.md", text: "Text 5 of the desk.", sha256: "h5", location: "/desk/d5.md"), at: 11)
        list.insert(Source(path: "d7.md", text: "Another d7.", sha256: "x7", location: "/other/d7.md"), at: 12)
        list.insert(Source(path: "note", text: "From no file.", sha256: "x8"), at: SourceBatch.size - 1)
        list.insert(Source(path: "note", text: "From no file.", sha256: "x8"), at: SourceBatch.size + 3)
        list.append(Source(path: "d7.md", text: "A third d7.", sha256: "x9", location: "/third/d7.md"))
        let bulk = try Ledger.inMemory(), single = try Ledger.inMemory()
        let together = try bulk.addSources(list, replace: false)
        let alone = try list.map { try single.addSource($0) }
        #expect(together.map(\.outcome) == alone.map(\.outcome) && together.map(\.source.id) == alone.map(\.source.id))
        #expect(together.map(\.source.path) == alone.map(\.source.path))
        #expect(together.count(where: { $0.outcome == .alreadyPresent }) == 3)
        let a = try bulk.sources(), b = try single.sources()
        #expect(a.map(\.id) == b.map(\.id) && a.map(\.path) == b.map(\.path) && a.map(\.location) == b.map(\.location))
        #expect(a.map(\.text) == b.map(\.text) && a.count == n + 3)
        #expect(try bulk.searchSources("desk", limit: 1000).count == n)
        _ = try bulk.addSource(Source(path: "late.md", text: "Late.", sha256: "late"))
        #expect(try bulk.sources().last?.id == Int64(n + 4))
    }

    /// Segments of the full-text index: the distinct segment ids of its data rows.
    func segments(_ l: Ledger) throws -> Int {
        try l.writer.read { db in
            // FTS5 data rows of segment leaves have ids (segid << 37) + …; the id 10 row is the structure record
            try Int.fetchOne(db, sql: "SELECT count(DISTINCT id >> 37) FROM sourceFts_data WHERE id > 10") ?? 0
        }
    }
}
