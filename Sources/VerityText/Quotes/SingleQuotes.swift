extension QuoteExtractor {
    /// Adds the headline-style single quotes ('…', two to forty words) that stand outside every double quote to `out`,
    /// which holds a paragraph's double quotes (in order, none overlapping). The double quote that may hold an opening
    /// mark and the words between two marks are found through indexes, not by reading the paragraph again for each
    /// mark.
    /// A closing mark ends one quote: an opening mark inside a quote already taken opens none (‘a ‘b c’ made two quotes
    /// ending on the same mark, and a quote that began before the one before it ended trapped the extraction).
    static func addSingleQuotes(_ out: inout [RawQuote], opens: [Int], closes: [Int], tokens: Tokens) {
        guard !opens.isEmpty, !closes.isEmpty else { return }
        let doubles = out
        // the words before each token of the paragraph
        var wordsBefore: [Int] = []
        wordsBefore.reserveCapacity(tokens.count + 1)
        var words = 0
        for t in tokens {
            wordsBefore.append(words)
            if t.kind == .word { words += 1 }
        }
        wordsBefore.append(words)
        var ci = 0, di = 0, taken = 0  // the end of the last quote taken
        for so in opens where so >= taken {
            // `doubles[di]` is the first double quote that opens after `so`; the one before it may hold `so`
            while di < doubles.count, doubles[di].open <= so { di += 1 }
            if di > 0, so < doubles[di - 1].close + doubles[di - 1].closeLen { continue }
            while ci < closes.count, closes[ci] <= so { ci += 1 }
            guard ci < closes.count else { break }
            let sc = closes[ci]
            if di < doubles.count, doubles[di].open < sc { continue }
            // (the mark at `so` is a token of its own, and a word before `sc` ends there: the paragraph's tokens
            // between the marks are those the text between them makes)
            let a = Attribution.firstToken(tokens, startingAtOrAfter: so + 1)
            let b = Attribution.firstToken(tokens, startingAtOrAfter: sc)
            let n = wordsBefore[b] - wordsBefore[a]
            if n >= 2 && n <= 40 {
                out.append(RawQuote(open: so, openLen: 1, close: sc, closeLen: 1, runsOn: false, single: true))
                taken = sc + 1
            }
        }
    }
}
