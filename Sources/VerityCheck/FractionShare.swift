import VerityText

/// A fraction in words ("nearly a third", "about a quarter of the incidents", "two-thirds of homes") is a share: it is
/// compared with percentages as the percentage it names, within the reach of the word. A fraction word is coarse (a
/// writer says "a third" for 31 or 36 percent), so it stretches by an eighth of its value either way, and "nearly"
/// or "about" add the twentieth any rounded figure has; "nearly a third" for 23 percent, or "nearly a fifth" for
/// 8.6 percent, says something else. Its absence from the sources is no finding, as for any count in words; a
/// ratio ("one in five households") is the exception, a statistic as a percentage is.
enum FractionShare {
    /// How far a fraction word reaches, as a part of its value, either way.
    static let reach = 0.125

    /// The fraction as a percentage, or nil for any other figure. A share is a fraction of something ("a third of
    /// the revenue") or the size of a change ("fell by nearly a third since 1955", "an increase of nearly a fifth."),
    /// not a fraction of a unit ("by a quarter point") nor a part of a game ("For a half, …").
    static func asPercent(_ q: Quantity, in ex: Extraction) -> Quantity? {
        guard q.unit == nil, q.value > 0, q.value < 1 else { return nil }
        let toks = ex.tokens
        let ratio = isRatio(q, in: ex)
        guard ratio || q.inWords && q.rule == "quantity.count-in-words" else { return nil }
        let next = ex.firstToken(endingAfter: q.numberEnd)
        let before = ex.firstToken(endingAfter: q.start) - 1
        let of = next < toks.count && toks[next].norm == "of"
        let ends = next >= toks.count || toks[next].kind == .punct || Lexicon.prepositions.contains(toks[next].norm)
        let change = Movement(ex, q) != .none || before >= 0 && ["by", "of"].contains(toks[before].norm)
        guard ratio || of || change && ends else { return nil }
        var p = q
        p.value = q.value * 100
        p.unit = "%"
        p.granularity = 2 * reach * p.value
        p.inWords = false
        return p
    }

    /// "One in five households", "1 in 4 adults": a share put as a ratio, the way a statistic is given, so unlike a
    /// fraction word it is a figure a source must state.
    static func isRatio(_ q: Quantity, in ex: Extraction) -> Bool {
        let k = ex.firstToken(endingAfter: q.numberStart)
        guard q.value < 1, k + 1 < ex.tokens.count, ["in", "out"].contains(ex.tokens[k + 1].norm) else { return false }
        // (its first number counts the part: "grew 0.4 in the first quarter" is no ratio)
        let t = ex.tokens[k]
        let part = t.kind == .number ? t.number : NumberWords.value(of: t.norm)
        return part.map { $0 >= 1 && $0 == $0.rounded() } ?? false
    }
}
