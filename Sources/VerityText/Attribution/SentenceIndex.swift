/// Where each token's sentence begins and how many commas come before it, made in one pass over a paragraph's tokens
/// the first time a quote needs it, so the attribution of every quote reads its sentence without walking back to it
/// (a paragraph of many quotes and few sentence ends cost the square of its length).
struct SentenceIndex {
    private var starts: [Int] = []
    private var commasBefore: [Int] = []
    private var built = false

    /// The first token of the sentence that holds token `i`.
    mutating func sentenceStart(_ tokens: Tokens, _ i: Int) -> Int {
        build(tokens)
        return starts[i]
    }

    /// The commas among the tokens of `r`.
    mutating func commas(_ tokens: Tokens, in r: Range<Int>) -> Int {
        build(tokens)
        return commasBefore[r.upperBound] - commasBefore[r.lowerBound]
    }

    private mutating func build(_ tokens: Tokens) {
        guard !built else { return }
        built = true
        starts.reserveCapacity(tokens.count)
        commasBefore.reserveCapacity(tokens.count + 1)
        var start = 0, commas = 0
        for i in 0..<tokens.count {
            starts.append(start)
            commasBefore.append(commas)
            guard tokens[i].kind == .punct else { continue }
            if tokens[i].norm == "," { commas += 1 }
            if Attribution.isSentenceEnd(tokens, i) { start = i + 1 }
        }
        commasBefore.append(commas)
    }
}

extension Attribution {
    /// The tokens whose start is at or after `offset` begin at this index (binary search).
    static func firstToken(_ tokens: Tokens, startingAtOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    /// The tokens whose end is after `offset` begin at this index (binary search).
    static func firstToken(_ tokens: Tokens, endingAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].end > offset { hi = mid } else { lo = mid + 1 } }
        return lo
    }

    /// The token indices of a contiguous run (`before`, a sentence, the words after a quote) as a range.
    static func span(_ idx: ArraySlice<Int>) -> Range<Int> {
        guard let f = idx.first, let l = idx.last else { return 0..<0 }
        return f..<(l + 1)
    }
}
