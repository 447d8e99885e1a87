import Foundation
import VerityCheck
import VerityDocument
import VerityLedger
import VerityText

/// Which ledger sources a check reads. A small ledger is read whole; a large one is asked, through its full-text
/// index, for the few sources that hold the rarest words of each quote, figure and date, so checking never rescans
/// every source.
public enum LedgerSources {
    /// Up to this many sources, all are read.
    public static let readAllUpTo = 300
    /// Sources kept for each quote, figure or date.
    public static let perClaim = 3

    public static func sources(
        for articles: [Extraction], in ledger: any LedgerStore, alsoIds: Set<Int64> = [],
        readAllUpTo: Int = LedgerSources.readAllUpTo
    ) throws -> [(Source, Document)] {
        if try ledger.sourceCount() <= readAllUpTo {
            return try ledger.sources().map { ($0, try LedgerCheck.document($0)) }
        }
        var ids = alsoIds
        // quotes: the sources where the quote's rarest words stand in the same order, as the aligner will need them
        let quoteWords = articles.flatMap { ex in ex.quotes.map { ftsWords(ex.document.slice($0.start, $0.end)) } }
        var groups: [[String]] = []
        for ex in articles {
            for q in ex.quantities where q.isCheckable && !insideQuote(ex, q.numberStart, q.numberEnd) {
                groups.append(indexWords(ex, around: q.start..<q.end))
            }
            for d in ex.dates where d.day != nil && !insideQuote(ex, d.start, d.end) {
                groups.append(indexWords(ex, around: d.start..<d.end))
            }
        }
        let df = groups.isEmpty ? [:] : try ledger.documentFrequencies(Set(groups.joined()))
        // a quote stands verbatim in its source; altered by a word, two of its thirds still do (halves for short ones).
        // Phrase queries on the index find either in a few milliseconds, whatever the words.
        var claims: [(whole: [String], fallbacks: [[[String]]])] = []
        for w in quoteWords where w.count >= 3 {
            var fallbacks: [[[String]]] = []
            if w.count >= 6 {
                let a = Array(w[..<(w.count / 3)]), b = Array(w[(w.count / 3)..<(2 * w.count / 3)]),
                    c = Array(w[(2 * w.count / 3)...])
                fallbacks = [[a, c], [a, b], [b, c]]
            } else if w.count >= 4 {
                fallbacks = [[Array(w[..<(w.count / 2)])], [Array(w[(w.count / 2)...])]]
            }
            claims.append((w, fallbacks))
        }
        let t0 = Date()
        for hit in try ledger.sourcesHoldingPhrases(claims, limit: perClaim, fallbackLimit: 2 * perClaim) {
            ids.formUnion(hit)
        }
        Timing.note("phrase queries for \(claims.count) quotes", since: t0)
        // figures and dates: the sources best ranked for the rarest words around them
        let picked =
            groups.isEmpty
            ? []
            : groups.map { g in
                Array(Set(g).filter { df[$0] != nil }.sorted { (df[$0]!, $0) < (df[$1]!, $1) }.prefix(6))
            }
        if !picked.isEmpty {
            for hit in try ledger.sourcesMatching(anyOf: picked, limit: perClaim) { ids.formUnion(hit) }
        }
        let t1 = Date()
        defer { Timing.note("read \(ids.count) sources", since: t1) }
        return try ledger.sources(ids: Array(ids)).map { ($0, try LedgerCheck.document($0)) }
    }

    /// Words as the full-text index splits them: runs of letters and digits, lowercase, without diacritics.
    static func ftsWords(_ s: String) -> [String] {
        s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// Words of a span as the full-text index holds them (lowercase, no diacritics), without small words and numbers.
    static func indexWords(_ ex: Extraction, _ r: Range<Int>) -> [String] {
        ex.tokens.filter { $0.kind == .word && $0.start >= r.lowerBound && $0.end <= r.upperBound }.compactMap(
            indexWord)
    }

    /// The content words within a dozen words of a span, in its paragraph.
    static func indexWords(_ ex: Extraction, around r: Range<Int>) -> [String] {
        let para = ex.paragraphs.first { $0.contains(r.lowerBound) } ?? r
        guard let first = ex.tokens.firstIndex(where: { $0.end > r.lowerBound }) else { return [] }
        let lo = max(0, first - 12), hi = min(ex.tokens.count, first + 14)
        return ex.tokens[lo..<hi].filter { $0.kind == .word && para.contains($0.start) }.compactMap(indexWord)
    }

    static func indexWord(_ t: Token) -> String? {
        guard !Lexicon.stopwords.contains(t.norm), t.norm.count > 2, t.norm.allSatisfy({ $0.isLetter }) else {
            return nil
        }
        return t.norm.folding(options: .diacriticInsensitive, locale: nil)
    }
}

/// Phase timings on standard error when VERITY_TIMING is set, for benchmarks.
public enum Timing {
    static let on = ProcessInfo.processInfo.environment["VERITY_TIMING"] != nil
    public static func note(_ what: String, since: Date) {
        guard on else { return }
        FileHandle.standardError.write(
            Data(String(format: "timing: %@ %.3f s\n", what, Date().timeIntervalSince(since)).utf8))
    }
}
