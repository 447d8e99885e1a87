import VerityDocument

/// The number pattern for digits: 1,270 · 4.2 · -1.3% · minus 5. A number in digits is a figure unless it is the
/// second half of a score, is glued to a word on its left, or one of `notFigures` rejects it.
extension QuantityExtractor {
    static func digits(_ c: inout QuantityCursor) -> NumberRead? {
        guard c.t[c.j].kind == .number else { return nil }
        guard let negative = sign(&c) else { return .notAFigure }
        let tok = c.t[c.j]
        let raw = tok.norm
        // misplaced separators: phone numbers, ids
        if raw.utf8.contains(44) {
            let groups = raw.split(separator: ".")[0].split(separator: ",")
            guard groups.dropFirst().allSatisfy({ $0.count == 3 }), groups[0].count <= 3 else { return .notAFigure }
        }
        guard let v = tok.number else { return .notAFigure }
        var n = WrittenNumber(value: negative ? -v : v, end: c.j + 1, inWords: false)
        if let dot = raw.utf8.firstIndex(of: 46) {
            n.granularity = pow10(-raw.utf8[raw.utf8.index(after: dot)...].count)
        }
        for g in notFigures where g.rejects(c, v) { return .notAFigure }
        return .number(n)
    }

    /// What is glued on the number's left: a minus sign ("-1.3%", "minus-5", "minus 5": true), nothing (false), or
    /// something that makes it no figure (nil): a word or mark ("COVID-19", "#3", "1/2"), or the first half of a
    /// tally of small numbers ("2-1", "7-2"; the second half of a range, "5-10", is read on its own).
    static func sign(_ c: inout QuantityCursor) -> Bool? {
        var negative = false
        if c.glued(-1, 0), c.word(-1) == "-", c.token(-2)?.kind == .number, c.glued(-2, -1) {
            let a = c.t[c.j - 2].number ?? 0, b = c.t[c.j].number ?? 0
            let after = c.word(1)
            if a < 100, b < 100, a == a.rounded(), b == b.rounded(), Units.words[after] == nil, after != "%" {
                return nil
            }
        } else if c.glued(-1, 0), c.word(-1) == "-", c.currency == nil,
            c.j == 1 || !c.glued(-2, -1) || c.word(-2) == "minus"
        {
            negative = true
            c.startTok = c.j - 1
        } else if c.glued(-1, 0), c.t[c.j - 1].kind == .word || Lexicon.gluedBeforeNumber.contains(c.word(-1)) {
            return nil
        }
        if c.word(-1) == "minus" {
            negative = true
            c.startTok = c.j - 1
        }
        return negative
    }
}
