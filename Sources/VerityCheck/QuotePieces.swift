import VerityText

/// A quote put together from a speaker's words without saying so: every word stands in one passage of the source,
/// but in runs that the source separates ("The geese numbers, which swing a lot with the weather, are not what
/// worries me" quoted as "The geese numbers are not what worries me") or puts in another order (two sentences
/// swapped). Neither is the speaker's wording, and neither is unsourced.
struct QuotePieces {
    /// A run of quote words found word for word in the source: quote positions `quote`, source positions `source`.
    struct Run {
        let quote: Range<Int>
        let source: Range<Int>
    }

    let runs: [Run]

    /// Runs in the source's order, each after the one before.
    var inOrder: Bool { zip(runs, runs.dropFirst()).allSatisfy { $0.source.upperBound <= $1.source.lowerBound } }

    /// The quote's words covered by at most `maxRuns` verbatim runs of `source` words within `window`, each run of
    /// two words or more with a word that is no stopword; nil when no such cover exists.
    static func cover(_ quote: [String], in source: [String], window: Range<Int>, maxRuns: Int = 4) -> QuotePieces? {
        guard quote.count >= 5 else { return nil }
        var runs: [Run] = []
        var i = 0
        while i < quote.count {
            var best: Run? = nil
            for j in window where source[j] == quote[i] {
                var n = 0
                while i + n < quote.count, j + n < window.upperBound, source[j + n] == quote[i + n] { n += 1 }
                let nearer = best.map { b in
                    n == b.quote.count
                        && abs(j - (runs.last?.source.upperBound ?? j))
                            < abs(b.source.lowerBound - (runs.last?.source.upperBound ?? b.source.lowerBound))
                }
                if best == nil || n > best!.quote.count || nearer == true {
                    best = Run(quote: i..<(i + n), source: j..<(j + n))
                }
            }
            guard let run = best, run.quote.count >= 2,
                quote[run.quote].contains(where: { !Lexicon.stopwords.contains($0) })
            else { return nil }
            runs.append(run)
            guard runs.count <= maxRuns else { return nil }
            i = run.quote.upperBound
        }
        guard runs.count >= 2 else { return nil }
        // one passage: the runs lie within a few sentences of one another
        let lo = runs.map(\.source.lowerBound).min()!, hi = runs.map(\.source.upperBound).max()!
        guard hi - lo <= quote.count + 40 else { return nil }
        return QuotePieces(runs: runs)
    }

    /// The source positions spanned by all the runs.
    var sourceSpan: Range<Int> { runs.map(\.source.lowerBound).min()!..<runs.map(\.source.upperBound).max()! }

    /// The source words between consecutive runs (in order), each gap as a range of source positions.
    var gaps: [Range<Int>] {
        zip(runs, runs.dropFirst()).compactMap { a, b in
            a.source.upperBound < b.source.lowerBound ? a.source.upperBound..<b.source.lowerBound : nil
        }
    }
}
