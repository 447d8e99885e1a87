import VerityDocument

/// Reasons a number in digits is no figure (the `notFigures` of `QuantityPatterns.swift`). Each is asked of the
/// cursor at the number, and the number's value without its sign; offsets count from the number.
extension QuantityExtractor {
    /// 6:00, 7/10
    static func timeOrRatio(_ c: QuantityCursor, _ v: Double) -> Bool {
        c.glued(0, 1) && (c.word(1) == ":" || c.word(1) == "/")
    }

    /// The end of a span of years: 2024–25, 2025-26 (a season, a school or fiscal year; the analysis text writes an
    /// en dash as an em dash).
    static func yearSpan(_ c: QuantityCursor, _ v: Double) -> Bool {
        guard c.t[c.j].norm.count == 2, c.glued(-1, 0), c.glued(-2, -1), ["-", "\u{2014}", "/"].contains(c.word(-1)),
            let start = c.token(-2)?.plainInt, (1800...2100).contains(start), Int(v) > start % 100
        else { return false }
        return true
    }

    /// 21st, 3rd
    static func ordinal(_ c: QuantityCursor, _ v: Double) -> Bool {
        c.glued(0, 1) && Lexicon.ordinalSuffixes.contains(c.word(1))
    }

    /// 11 a.m., 10.45pm, 5am
    static func timeOfDay(_ c: QuantityCursor, _ v: Double) -> Bool {
        c.token(1)?.kind == .word && Lexicon.clockWords.contains(c.word(1))
    }

    /// Glued to letters with digits: 2019-09-01T10:38
    static func gluedCode(_ c: QuantityCursor, _ v: Double) -> Bool {
        c.glued(0, 1) && c.token(1)?.kind == .word && c.word(1).contains(where: \.isNumber)
    }

    /// A name with a number, after a word: iPhone 11 Pro, Boeing 787 Dreamliner, Section 427 Row 21, ISO 3888.
    static func nameWithNumber(_ c: QuantityCursor, _ v: Double) -> Bool {
        guard c.currency == nil, !c.t[c.j].hasSeparator, let prev = c.token(-1), prev.kind == .word,
            isNameWord(c.doc, prev), !prev.norm.hasSuffix("'s"), let before = c.token(-2),
            before.kind == .word || before.norm == ",", prev.lex(Lexicon.months) == nil
        else { return false }
        guard let next = c.token(1) else { return true }
        // (a percentage is a figure whatever names it: "| Containment | 35% |" after another row)
        if next.norm == "%" && c.glued(0, 1) { return false }
        return next.kind == .punct || next.capitalized || Lexicon.stopwords.contains(next.norm)
    }

    /// A year of an era: A.D. 1000, 300 BC, 500 BCE
    static func era(_ c: QuantityCursor, _ v: Double) -> Bool {
        guard c.j > 0 else { return false }
        return c.t[c.j - 1].kind == .word && Lexicon.eraBefore.contains(c.word(-1))
            || (c.token(1)?.kind == .word && Lexicon.eraAfter.contains(c.word(1)))
    }

    /// A plain number (no currency, no separator) with the token before the figure, and after the number.
    @inline(__always) static func plainNumber(_ c: QuantityCursor) -> (prev: Token?, next: Token?)? {
        guard c.currency == nil, !c.t[c.j].hasSeparator else { return nil }
        return (c.startTok > 0 ? c.t[c.startTok - 1] : nil, c.token(1))
    }

    /// Index and code names: S&P 500, ASX 200, ISO 3888, HIV 2, COVID 19, a capital letter alone (Plan B 2)
    static func codeName(_ c: QuantityCursor, _ v: Double) -> Bool {
        guard let (prev, _) = plainNumber(c), let p = prev, p.kind == .word else { return false }
        return (p.allCaps || (p.norm.utf8.count == 1 && p.capitalized && p.norm != "a" && p.norm != "i"))
            && !Lexicon.compassPoints.contains(p.norm)
    }

    /// Stoxx 600 index
    static func indexName(_ c: QuantityCursor, _ v: Double) -> Bool {
        guard let (_, next) = plainNumber(c), let n = next else { return false }
        return n.kind == .word && Lexicon.indexWords.contains(n.norm)
    }

    /// Addresses and names after a number: 49 Zorro Ranch Road, 575 Wilbraham Road
    static func address(_ c: QuantityCursor, _ v: Double) -> Bool {
        guard let (_, next) = plainNumber(c), let n = next, n.kind == .word, n.capitalized,
            Units.words[n.norm] == nil, Lexicon.months[n.norm] == nil, let after = c.token(2), after.kind == .word,
            // (in the number's paragraph: "Backyard flocks: 11" over a heading "## Outlook" is no address; a line
            // wrapped inside one, "at 575\nWilbraham Road", may be)
            c.doc.analysis[c.t[c.j].end..<after.start].filter({ $0 == "\n" }).count < 2
        else { return false }
        return after.capitalized || Lexicon.streetWords.contains(after.norm)
    }

    /// A number alone in brackets after a name: a shirt number, a footnote
    static func bracketed(_ c: QuantityCursor, _ v: Double) -> Bool {
        guard let (prev, next) = plainNumber(c), let p = prev, let n = next else { return false }
        return p.norm == "(" && n.norm == ")"
    }

    /// Times and time zones: 0401 GMT
    static func timeZone(_ c: QuantityCursor, _ v: Double) -> Bool {
        guard let (_, next) = plainNumber(c), let n = next else { return false }
        return n.kind == .word && n.end - n.start <= 3 && Lexicon.timeZones.contains(n.norm)
    }

    /// Scientific notation and typographic fractions: 1.99×10−30, 1⁄32, 10^6
    static func scientific(_ c: QuantityCursor, _ v: Double) -> Bool {
        (c.token(1)?.kind == .punct && Lexicon.scientificMarks.contains(c.word(1)))
            || (c.token(-1)?.kind == .punct && Lexicon.scientificMarks.contains(c.word(-1)))
    }

    /// Days of dates: October 22, 22 October, Oct. 22, the 22nd of October
    static func dateNumber(_ c: QuantityCursor, _ v: Double) -> Bool {
        let (t, j) = (c.t, c.j)
        return isMonth(t, j - 1) || (c.word(-1) == "." && isMonth(t, j - 2)) || isMonth(t, j + 1)
            || (c.word(1) == "of" && isMonth(t, j + 2))
    }

    /// Years used as dates: 1998, in 1650 (not "2,000", "1999 tonnes", "2010 percent")
    static func year(_ c: QuantityCursor, _ v: Double) -> Bool {
        guard c.currency == nil, !c.t[c.j].hasSeparator, c.t[c.j].norm.count == 4,
            (1800...2100).contains(Int(v))
                || ((1500...2200).contains(Int(v)) && c.j > 0 && Lexicon.yearPrepositions.contains(c.word(-1)))
        else { return false }
        let next = c.word(1)
        return Units.words[next] == nil && NumberWords.scales[next] == nil && next != "%" && next != "percent"
    }

    /// Numbers that name rather than count: Chapter 11, #3 (`Lexicon.skipBefore`), No. 5
    static func numbered(_ c: QuantityCursor, _ v: Double) -> Bool {
        guard let prev = c.token(-1) else { return false }
        return (prev.is(.skipBefore) || prev.norm == "#") && c.currency == nil
            || (c.j > 1 && prev.norm == "." && c.word(-2) == "no")
    }
}
