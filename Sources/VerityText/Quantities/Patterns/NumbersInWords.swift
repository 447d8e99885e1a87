import VerityDocument

/// Number patterns for numbers written in words: fractions, vague amounts, compounds and single number words.
extension QuantityExtractor {
    /// One in five, 1 in 4, three out of every ten: a share, as the fraction it names (a part of 1), written in words
    /// when its numbers are.
    static func ratioWords(_ c: inout QuantityCursor) -> NumberRead? {
        let t = c.t
        func value(_ k: Int) -> Double? {
            guard k < t.count else { return nil }
            return t[k].kind == .number ? t[k].number : t[k].lex(NumberWords.units)
        }
        guard let a = value(c.j), a >= 1, a == a.rounded(), c.has(2) else { return nil }
        var k = c.j + 1
        if c.word(1) == "out", c.word(2) == "of" { k += 1 } else if c.word(1) != "in" { return nil }
        k += 1
        if k < t.count, t[k].norm == "every" { k += 1 }
        guard let b = value(k), b >= 2, b > a, b == b.rounded(),
            // (not "1 in 5 minutes", "one in 10 a.m.", "one in 2019": the second number counts the whole)
            !(k + 1 < t.count && (Units.words[t[k + 1].norm] != nil || t[k + 1].norm == "%")),
            !(t[k].kind == .number && !t[k].norm.contains(",") && (1800...2100).contains(b))
        else { return nil }
        let words = t[c.j].kind == .word && t[k].kind == .word
        return .number(WrittenNumber(value: a / b, granularity: 0.001, end: k + 1, inWords: words))
    }

    /// Six and a half, 2 and three-quarters: a whole number and a fraction of one joined by "and", as a transcript
    /// says "six and three-quarters percent" (6.75), not six and 0.75.
    static func mixedFractionWords(_ c: inout QuantityCursor) -> NumberRead? {
        let t = c.t
        let whole = t[c.j].kind == .number ? t[c.j].number : t[c.j].lex(NumberWords.units)
        guard let a = whole, a >= 1, a == a.rounded(), c.word(1) == "and", c.has(3) else { return nil }
        var k = c.j + 2, count = 1.0
        if t[k].norm == "a" || t[k].norm == "one" {
            k += 1
        } else if let n = t[k].lex(NumberWords.units), n >= 2, n < 10 {
            count = n; k += 1
        } else {
            return nil
        }
        if k < t.count, t[k].norm == "-" { k += 1 }
        guard k < t.count, let f = NumberWords.fractions[t[k].norm], count * f < 1 else { return nil }
        return .number(
            WrittenNumber(value: a + count * f, granularity: 0.001, end: k + 1, inWords: t[c.j].kind == .word))
    }

    /// Twenty-third, thirty-first, ninety-ninth: a tens word joined to an ordinal is an ordinal ("March
    /// twenty-third", "the forty-fifth president"), neither twenty thirds nor thirty.
    static func ordinalWords(_ c: inout QuantityCursor) -> NumberRead? {
        guard c.t[c.j].kind == .word, let tens = c.t[c.j].lex(NumberWords.units), tens >= 20, tens < 100,
            tens.truncatingRemainder(dividingBy: 10) == 0, c.has(2), c.word(1) == "-", c.glued(0, 1), c.glued(1, 2),
            let unit = Lexicon.ordinalWords[c.word(2)], unit < 10,
            // ("a thirty-second ad" is half a minute; "March twenty-second", "the forty-second" are ordinals)
            unit != 2 || c.word(-1) == "the" || c.token(-1)?.lex(Lexicon.months) != nil
        else { return nil }
        return .notAFigure
    }

    /// A third of, two-thirds, three quarters (not "a third-party", "half", "one quarter").
    static func fractionWords(_ c: inout QuantityCursor) -> NumberRead? {
        let w = c.word(0)
        guard c.t[c.j].kind == .word, w == "a" || c.t[c.j].lex(NumberWords.units) != nil, c.has(2) else { return nil }
        let hyphen = c.word(1) == "-"
        let at = hyphen ? 2 : 1
        guard let f = NumberWords.fractions[c.word(at)], w != "half", c.word(at) != "quarter" || w == "a" || hyphen
        else { return nil }
        let end = c.j + at + 1
        if end < c.t.count, c.t[end].norm == "-", glued(c.t, end - 1, end) { return .notAFigure }
        let value = (w == "a" ? 1 : c.t[c.j].lex(NumberWords.units)!) * f
        return .number(WrittenNumber(value: value, granularity: 0.001, end: end, inWords: true))
    }

    /// Dozens of, hundreds of, tens of thousands of: the low end of what they allow.
    static func vagueAmountWords(_ c: inout QuantityCursor) -> NumberRead? {
        guard c.t[c.j].kind == .word, let (v, end) = vagueAmount(c.t, c.j) else { return nil }
        return .number(WrittenNumber(value: v, granularity: v, end: end, inWords: true))
    }

    /// Six point four, forty-eight point six, one point two five: a whole number in words, "point", and digits in
    /// words, as a transcript writes a spoken decimal ("six point four million dollars").
    static func decimalWords(_ c: inout QuantityCursor) -> NumberRead? {
        let t = c.t
        guard t[c.j].kind == .word, let whole = compoundNumberWords(t, c.j, least: 1), whole.1 < t.count,
            t[whole.1].norm == "point"
        else { return nil }
        var k = whole.1 + 1, fraction = 0.0, step = 1.0
        while k < t.count, let d = t[k].norm == "oh" ? 0 : NumberWords.units[t[k].norm], d < 10, d == d.rounded() {
            step /= 10
            fraction += d * step
            k += 1
        }
        guard k > whole.1 + 1 else { return nil }
        return .number(WrittenNumber(value: whole.0 + fraction, granularity: step, end: k, inWords: true))
    }

    /// Twenty-eight thousand six hundred forty-two: three or more number words.
    static func compoundWords(_ c: inout QuantityCursor) -> NumberRead? {
        guard c.t[c.j].kind == .word, let (v, end) = compoundNumberWords(c.t, c.j) else { return nil }
        // (a number spoken to its scale is rounded to it: "a hundred and eighty-seven thousand" for 187,400)
        let scale = bigScales[c.t[end - 1].norm] ?? 1
        return .number(WrittenNumber(value: v, granularity: scale, end: end, inWords: true))
    }

    /// Ten, twenty-five, two dozen, half a million, half a percent, a million: one number word (or "a" before a
    /// scale), with a second joined by a hyphen, "dozen", or "a" after a fraction. Not "one" as a pronoun after
    /// `Lexicon.notOneAfter` ("no one", "the one") or before "another" and "by", "second", "dozen" alone.
    static func numberWord(_ c: inout QuantityCursor) -> NumberRead? {
        let t = c.t, j = c.j, w = c.word(0)
        guard t[j].kind == .word,
            let v = t[j].lex(NumberWords.units)
                ?? ((w == "a" || w == "an") && c.token(1)?.lex(NumberWords.scales) != nil && c.word(1) != "k" ? 1 : nil)
        else { return nil }
        if w == "one", Lexicon.notOneAfter.contains(c.word(-1)) { return .notAFigure }
        if w == "one", c.word(1) == "another" || c.word(1) == "by" { return .notAFigure }
        if Lexicon.fractionOrArticle.contains(w),
            !(c.has(1) && (t[j + 1].lex(NumberWords.scales) != nil || c.word(1) == "a" || c.word(1) == "dozen"))
        {
            return .notAFigure
        }
        if w == "second" || w == "dozen" { return .notAFigure }
        var n = WrittenNumber(value: v, end: j + 1, inWords: true)
        // twenty-five, two dozen, half a million, half a percent
        if n.end + 1 < t.count, t[n.end].norm == "-", let u = t[n.end + 1].lex(NumberWords.units), n.value >= 20, u < 10
        {
            n.value += u
            n.end += 2
        }
        if n.end < t.count, t[n.end].norm == "dozen", n.value != 12 {
            n.value *= 12
            n.end += 1
        }
        if n.value < 1, n.end < t.count, t[n.end].norm == "a" || t[n.end].norm == "an" {
            n.end += 1
            if n.end < t.count, t[n.end].lex(NumberWords.scales) == nil, t[n.end].norm != "dozen",
                t[n.end].lex(Units.words) == nil
            {
                return .notAFigure
            }
            if n.end < t.count, t[n.end].norm == "dozen" {
                n.value *= 12
                n.end += 1
            }
        }
        n.granularity = n.value < 1 ? n.value : 1
        return .number(n)
    }
}
