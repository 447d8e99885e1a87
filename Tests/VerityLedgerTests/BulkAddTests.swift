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

    /// Segments of the full-text index: the distinct segment ids of its data rows.
    func segments(_ l: Ledger) throws -> Int {
        try l.writer.read { db in
            // FTS5 data rows of segment leaves have ids (segid << 37) + …; the id 10 row is the structure record
            try Int.fetchOne(db, sql: "SELECT count(DISTINCT id >> 37) FROM sourceFts_data WHERE id > 10") ?? 0
        }
    }
}
