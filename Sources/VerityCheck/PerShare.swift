import VerityText

/// A per-share amount ("71 cents a share", "$0.24 per share", "EPS of $3.05 to $3.15", a table's "Diluted EPS" row)
/// is a fact of its own kind: it is compared only with per-share amounts, never with a company's totals in the same
/// currency.
enum PerShare {
    /// "a share", "per share" or "per diluted share" after the figure (or after the end of its range), "per share" or
    /// "EPS" a few words before it in its sentence, or a per-share row or label.
    static func holds(_ ex: Extraction, _ q: Quantity) -> Bool {
        guard Units.isCurrency(q.unit) else { return false }
        if q.header != nil { return q.inPerShareRow }
        let toks = ex.tokens
        let first = ex.firstToken(endingAfter: q.start)
        for k in stride(from: first - 1, through: max(0, first - 6), by: -1) {
            guard ex.sameSentence(toks[k].start, q.start) else { break }
            if toks[k].norm == "eps" || toks[k].norm == "share" && k > 0 && toks[k - 1].norm == "per" { return true }
        }
        var k = ex.firstToken(endingAfter: q.end)
        // "$3.05 to $3.15 a share": past the range's end
        if k + 2 < toks.count, QuantityExtractor.rangeMarks.contains(toks[k].norm) {
            k += 1
            while k < toks.count, toks[k].kind != .word { k += 1 }
        }
        guard k < toks.count, toks[k].norm == "a" || toks[k].norm == "per" else { return false }
        k += 1
        if k < toks.count, toks[k].norm == "diluted" || toks[k].norm == "basic" { k += 1 }
        return k < toks.count && (toks[k].norm == "share" || toks[k].norm == "shares")
            && ex.sameSentence(q.start, toks[k].start)
    }
}
