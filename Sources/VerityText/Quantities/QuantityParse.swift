import Foundation
import VerityDocument

/// Reading a figure at a token: its currency and number (the patterns of `QuantityPatterns.swift`), then its scale,
/// unit, a range's end, its qualifier and what it counts.
extension QuantityExtractor {
    /// The figure whose number begins at `i` (or a currency before it), and the index of the token after its unit.
    static func parse(_ doc: Document, _ t: Tokens, _ i: Int) -> Match<Quantity>? {
        var c = QuantityCursor(doc: doc, t: t, i: i)
        guard let (_, read) = readNumber(&c), case .number(var n) = read else { return nil }
        let scale = scaleWords(c, &n)
        guard var (unitRead, k) = unitAfter(t, n.end, currency: c.currency, value: n.value, isWordNumber: n.inWords)
        else { return nil }
        // a unit is read on the figure's own item ("Locations to be served: 4,380" over "- Acres harvested: 4,720")
        if k > n.end, n.end < t.count, doc.itemBreak(between: t[n.end - 1].end, and: t[n.end].start) {
            (unitRead, k) = (c.currency, n.end)
        }
        var unit = unitRead
        // "one" alone is usually a pronoun; keep it only before a plural noun
        if n.inWords, unit == nil, n.value == 1, t[c.j].norm == "one", !countsSomething(t, k) { return nil }
        rangeEnd(c, &n, &unit, scale: scale, k: k)
        let (qualifier, qStart) = qualifierBefore(c, k: k)
        if unit == nil, k == n.end, isAge(t, c.startTok, n) { unit = "year" }
        let subjectRange = subject(t, k: k, unit: unit, n: n).flatMap { onOneLine(doc, t, n.end, $0) }
        let endTok = max(subjectRange?.upperBound ?? k, k)
        let start = t[qStart].start, end = t[endTok - 1].end
        let subject = subjectRange.map { doc.slice(t[$0.lowerBound].start, t[$0.upperBound - 1].end) }
        let q = Quantity(
            text: doc.slice(start, end), start: start, end: end, value: n.value, unit: unit, subject: subject,
            qualifier: qualifier, numberStart: t[c.startTok].start, numberEnd: t[n.end - 1].end,
            granularity: n.granularity, inWords: n.inWords,
            rule: QuantityExtractor.rule(unit: unit, subject: subject, inWords: n.inWords))
        return Match(q, end: k)
    }

    /// A whole number in digits set off by commas after a name is an age: "Dmitri Harlan, 34, of Westfield".
    static func isAge(_ t: Tokens, _ start: Int, _ n: WrittenNumber) -> Bool {
        guard !n.inWords, n.value == n.value.rounded(), (1...120).contains(n.value), start >= 2, n.end < t.count,
            t[start - 1].norm == ",", t[start - 2].kind == .word, t[start - 2].capitalized,
            t[start - 2].lex(Lexicon.months) == nil, t[start - 2].lex(Lexicon.weekdays) == nil,
            [",", ")", ";"].contains(t[n.end].norm)
        else { return false }
        return true
    }

    /// Scale words after the number: 1.27 million, 3.10bn, 4.2k, two hundred thousand. Multiplies the number and
    /// its granularity and moves its end; returns the scale.
    static func scaleWords(_ c: QuantityCursor, _ n: inout WrittenNumber) -> Double {
        let t = c.t
        var scale = 1.0
        while n.end < t.count {
            let w = t[n.end].norm
            var s: Double? = nil
            if glued(t, n.end - 1, n.end), let glued = NumberWords.gluedScales[w] {
                if w == "m", c.currency == nil {
                    // 1.2m tons, 35m of its devices: millions; 100m sprint, 3m high: metres
                    let next = n.end + 1 < t.count ? t[n.end + 1] : nil
                    guard let nx = next, nx.kind == .word,
                        !Lexicon.lengthContext.contains(nx.norm) || nx.norm == "of" && n.value != n.value.rounded()
                    else { break }
                    if nx.norm == "of" && n.value == n.value.rounded() { break }
                }
                s = glued
            } else if !glued(t, n.end - 1, n.end), let word = NumberWords.scales[w], w != "k" || c.currency != nil {
                s = word
            }
            guard let s else { break }
            n.value *= s
            n.granularity *= s
            scale *= s
            n.end += 1
        }
        return scale
    }

    /// After "one" read alone: a word that is not a stopword nor one of `Lexicon.afterOneAlone`, or "of".
    static func countsSomething(_ t: Tokens, _ k: Int) -> Bool {
        guard k < t.count, t[k].kind == .word else { return false }
        return t[k].norm == "of" || !t[k].is(.stopword) && !Lexicon.afterOneAlone.contains(t[k].norm)
    }

    /// A range or alternative takes the unit and scale written once at its end: "eight or nine euros", "24.2 to 33
    /// billion euros", "between 5 and 10 percent".
    static func rangeEnd(_ c: QuantityCursor, _ n: inout WrittenNumber, _ unit: inout String?, scale: Double, k: Int) {
        let t = c.t
        guard unit == nil || (c.currency != nil && unit == c.currency), k == n.end, k + 1 < t.count,
            !n.inWords || scale == 1
        else { return }
        let w = t[k].norm
        let connects =
            (w == "-" && glued(t, k - 1, k) && glued(t, k, k + 1)) || w == "to" || w == "or"
            || (w == "and" && c.startTok > 0 && t[c.startTok - 1].norm == "between")
        let bStart = k + 1
        guard connects, let b = parse(c.doc, t, bStart)?.value,
            b.numberStart == t[bStart].start || b.start == t[bStart].start
        else { return }
        let numTok = t[bStart].kind == .punct && bStart + 1 < t.count ? bStart + 1 : bStart
        let rawB = t[numTok].number ?? t[numTok].lex(NumberWords.units) ?? 0
        let bScale = rawB != 0 ? b.value / rawB : 1
        if scale == 1, bScale > 1, bScale == bScale.rounded() {
            n.value *= bScale
            n.granularity *= bScale
        }
        if unit == nil { unit = b.unit }
    }

    /// The qualifier before the figure ("more than", "about", "up to"), or after it ("or more", "or so"), and the
    /// token the figure begins at with it.
    static func qualifierBefore(_ c: QuantityCursor, k: Int) -> (Qualifier, Int) {
        let t = c.t, startTok = c.startTok
        for (words, q) in Lexicon.qualifiers where startTok > 0 && t[startTok - 1].is(.qualifierEnd) {
            let n = words.count
            guard startTok - n >= 0 else { continue }
            guard (0..<n).allSatisfy({ t[startTok - n + $0].norm == words[$0] }) else { continue }
            // "edged up to $13.6 million" reaches a level
            if words == ["up", "to"], startTok - 3 >= 0, t[startTok - 3].kind == .word,
                Lexicon.upVerbs.contains(WordNet.shared.verbForm(t[startTok - 3].norm) ?? t[startTok - 3].norm)
            {
                return (.exact, startTok)
            }
            return (q, startTok - n)
        }
        if k + 1 < t.count, t[k].norm == "or" || t[k].norm == "and", Lexicon.qualifiersAfter.contains(t[k + 1].norm) {
            return (t[k + 1].norm == "so" ? .approximate : .atLeast, startTok)
        }
        return (.exact, startTok)
    }

    /// The part of a subject in the figure's own item: a list item or a "Label: value" line ends at its line's end
    /// ("$2.7 million" followed by the bullet "- Priority routes cleared" counts nothing).
    static func onOneLine(_ doc: Document, _ t: Tokens, _ from: Int, _ r: Range<Int>) -> Range<Int>? {
        var j = from
        while j < r.upperBound {
            if j > 0, doc.itemBreak(between: t[j - 1].end, and: t[j].start) { break }
            j += 1
        }
        return j > r.lowerBound ? r.lowerBound..<j : nil
    }

    /// What the figure counts: "of hashish", "Captagon pills", "more administrative positions", "tonnes of coal".
    static func subject(_ t: Tokens, k: Int, unit: String?, n: WrittenNumber) -> Range<Int>? {
        var subjectRange: Range<Int>? = nil
        var s = k
        if s < t.count, t[s].norm == "of", unit != nil || n.inWords || n.value >= 1 {
            s += 1
            while s < t.count, t[s].is(.determiner) { s += 1 }
            subjectRange = nounPhrase(t, s)
        } else {
            if s + 1 < t.count, Lexicon.moreOfSubject.contains(t[s].norm), unit == nil { s += 1 }
            subjectRange = nounPhrase(t, s)
            if let r = subjectRange, r.upperBound + 1 < t.count, t[r.upperBound].norm == "of", unit == nil,
                let more = nounPhrase(t, r.upperBound + 1 + (t[r.upperBound + 1].is(.determiner) ? 1 : 0))
            {
                subjectRange = r.lowerBound..<more.upperBound
            }
        }
        if let r = subjectRange, unit == nil, r.count == 1, t[r.lowerBound].norm == "of" { return nil }
        return subjectRange
    }
}
