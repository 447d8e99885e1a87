import Foundation
import GRDB

extension Ledger {
    /// For each claim, the sources whose text holds its first phrase; where none does, those holding every phrase of
    /// any of the other groups (phrases are runs of words as the index splits them).
    ///
    /// Many claims are asked on two connections at once, half each, so both cores decode the index's lists (a phrase
    /// query's time is FTS5 walking the lists of its common words); each half gives the rows one connection would,
    /// in the claims' order.
    public func sourcesHoldingPhrases(
        _ claims: [(whole: [String], fallbacks: [[[String]]])], limit: Int, fallbackLimit: Int
    ) throws -> [[Int64]] {
        @Sendable func ask(_ reader: any DatabaseReader, _ part: ArraySlice<PhraseClaim>) throws -> [[Int64]] {
            try reader.read { db in try Ledger.holdingPhrases(part, db, limit: limit, fallbackLimit: fallbackLimit) }
        }
        guard claims.count >= Ledger.parallelPhrasesFrom, let other = try secondReader() else {
            return try ask(writer, claims[...])
        }
        let mid = claims.count / 2
        let later = claims[mid...]
        let box = PhraseAnswer()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            box.set(Result { try ask(other, later) })
        }
        let first = Result { try ask(writer, claims[..<mid]) }
        group.wait()
        return try first.get() + box.get()
    }

    /// Claims from which the phrase queries are split over two connections.
    static let parallelPhrasesFrom = 32

    /// A second connection reading the same file: the pool itself (its readers run side by side), a new read-only
    /// connection like the ledger's own for a file opened by one, none for a ledger in memory.
    func secondReader() throws -> (any DatabaseReader)? {
        if let pool = writer as? DatabasePool { return pool }
        guard writer is DatabaseQueue, isReadOnly else { return nil }
        let path = writer.path
        let file = path.hasPrefix("file:") ? String(path.dropFirst(5).prefix { $0 != "?" }) : path
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        return try DatabaseQueue(path: path, configuration: writer.configuration)
    }

    static func holdingPhrases(
        _ claims: ArraySlice<PhraseClaim>, _ db: Database, limit: Int,
        fallbackLimit: Int
    ) throws -> [[Int64]] {
        func query(_ phrases: [[String]]) -> String {
            phrases.map {
                "text:\"" + $0.map { $0.replacingOccurrences(of: "\"", with: "") }.joined(separator: " ") + "\""
            }.joined(separator: " AND ")
        }
        let statement = try db.cachedStatement(sql: "SELECT rowid FROM sourceFts WHERE sourceFts MATCH ? LIMIT ?")
        return try claims.map { c in
            let exact = try Int64.fetchAll(statement, arguments: [query([c.whole]), limit])
            if !exact.isEmpty { return exact }
            var found: [Int64] = []
            for group in c.fallbacks {
                found += try Int64.fetchAll(statement, arguments: [query(group), fallbackLimit])
            }
            return found
        }
    }
}

/// A quote's words and the groups of phrases asked where they do not stand together.
typealias PhraseClaim = (whole: [String], fallbacks: [[[String]]])

/// The later half's answer, handed from its thread.
private final class PhraseAnswer: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<[[Int64]], any Error> = .success([])
    func set(_ r: Result<[[Int64]], any Error>) { lock.withLock { result = r } }
    func get() throws -> [[Int64]] { try lock.withLock { result }.get() }
}
