import Foundation
import VerityDocument

/// Reading a figure at a token: its qualifier, number, scale, unit or currency, and what it counts.
extension QuantityExtractor {
    /// Parses the number at `i` and what surrounds it; returns the quantity and the index after it.
    static func parse(_ doc: Document, _ t: Tokens, _ i: Int) -> (Quantity, Int)? {
        var j = i
        var currency: String? = nil
        var startTok = i
        // currency before: $, US$, €
        if t[j].kind == .punct, let c = Units.currencySymbols[t[j].norm], glued(t, j, j + 1), j + 1 < t.count,
            t[j + 1].kind == .number || t[j + 1].lex(NumberWords.units) != nil
        {
            currency = c
            if c == "USD", j > 0, t[j - 1].kind == .word, t[j - 1].allCaps || glued(t, j - 1, j),
                let p = Units.dollarPrefixes[t[j - 1].norm]
            {
                currency = p; startTok = j - 1
            }
            j += 1
        } else if t[j].kind == .punct, t[j].norm == "$", j + 2 < t.count, glued(t, j, j + 1), t[j + 1].allCaps,
            let p = Units.dollarPrefixes[t[j + 1].norm],
            glued(t, j + 1, j + 2), t[j + 2].kind == .number
        {
            currency = p; j += 2  // $US113
        } else if t[j].kind == .word, j + 1 < t.count, t[j + 1].kind == .number,
            t[j].allCaps || ["usd", "eur", "gbp"].contains(t[j].norm),
            let code = Units.currencyCodes[t[j].norm]
        {
            currency = code; j += 1  // USD10m, EUR 50, RM23.50
        }
        guard j < t.count else { return nil }
        var value: Double
        var granularity: Double = 1
        var numEnd = j
        var isWordNumber = false
        if t[j].kind == .number {
            let raw = t[j].norm
            // reject misplaced separators (phone numbers, ids) and things glued on the left
            var negative = false
            if j > 0, glued(t, j - 1, j), t[j - 1].norm == "-", j >= 2, t[j - 2].kind == .number, glued(t, j - 2, j - 1)
            {
                // the second half of a range (5-10) is read on its own; a score or tally (2-1, 7-2) is not a quantity
                let a = t[j - 2].number ?? 0, b = t[j].number ?? 0
                let after = j + 1 < t.count ? t[j + 1].norm : ""
                if a < 100, b < 100, a == a.rounded(), b == b.rounded(), Units.words[after] == nil, after != "%" {
                    return nil
                }
            } else if j > 0, glued(t, j - 1, j), t[j - 1].norm == "-", currency == nil,
                j == 1 || !glued(t, j - 2, j - 1) || t[j - 2].norm == "minus"
            {
                negative = true; startTok = j - 1  // -1.3%, minus-5
            } else if j > 0, glued(t, j - 1, j),
                t[j - 1].kind == .word || ["-", "/", ":", "#", "."].contains(t[j - 1].norm)
            {
                return nil
            }
            if j > 0, t[j - 1].norm == "minus" { negative = true; startTok = j - 1 }
            if raw.utf8.contains(44) {
                let groups = raw.split(separator: ".")[0].split(separator: ",")
                guard groups.dropFirst().allSatisfy({ $0.count == 3 }), groups[0].count <= 3 else { return nil }
            }
            guard let v = t[j].number else { return nil }
            value = negative ? -v : v
            if let dot = raw.utf8.firstIndex(of: 46) {
                granularity = pow10(-raw.utf8[raw.utf8.index(after: dot)...].count)
            }
            numEnd = j + 1
            // times of day, ratios, ids: 6:00, 7/10, 555-1234 (but ranges and tallies are handled below)
            if numEnd < t.count, glued(t, j, numEnd), [":", "/"].contains(t[numEnd].norm) { return nil }
            // ordinals
            if numEnd < t.count, glued(t, j, numEnd), ["st", "nd", "rd", "th"].contains(t[numEnd].norm) { return nil }
            // times of day: 11 a.m., 10.45pm, 5am
            if numEnd < t.count, t[numEnd].kind == .word,
                ["am", "pm", "a.m.", "p.m.", "a.m", "p.m"].contains(t[numEnd].norm)
            {
                return nil
            }
            // glued to letters with digits: 2019-09-01T10:38
            if numEnd < t.count, glued(t, j, numEnd), t[numEnd].kind == .word,
                t[numEnd].norm.contains(where: \.isNumber)
            {
                return nil
            }
            // names with numbers: iPhone 11 Pro, Boeing 787 Dreamliner, Section 427 Row 21, ISO 3888, A.D. 1000
            if currency == nil, !t[j].hasSeparator, j > 0, t[j - 1].kind == .word, isNameWord(doc, t[j - 1]),
                !t[j - 1].norm.hasSuffix("'s"),
                j >= 2, t[j - 2].kind == .word || t[j - 2].norm == ",", t[j - 1].lex(Lexicon.months) == nil
            {
                let next = numEnd < t.count ? t[numEnd] : nil
                if next == nil || next!.kind == .punct || next!.capitalized || Lexicon.stopwords.contains(next!.norm)
                    || ["ad", "a.d."].contains(t[j - 1].norm)
                {
                    return nil
                }
            }
            if j > 0,
                t[j - 1].kind == .word && ["a.d.", "ad", "a.d"].contains(t[j - 1].norm)
                    || (numEnd < t.count && t[numEnd].kind == .word
                        && ["bc", "b.c.", "ad", "bce", "ce"].contains(t[numEnd].norm))
            {
                return nil
            }
            if currency == nil, !t[j].hasSeparator {
                let prev = startTok > 0 ? t[startTok - 1] : nil
                let next = numEnd < t.count ? t[numEnd] : nil
                // index and code names: S&P 500, ASX 200, ISO 3888, HIV 2, COVID-19, Stoxx 600 index
                if let p = prev, p.kind == .word,
                    p.allCaps || (p.norm.utf8.count == 1 && p.capitalized && p.norm != "a" && p.norm != "i"),
                    !Lexicon.compassPoints.contains(p.norm)
                {
                    return nil
                }
                if let n = next, n.kind == .word, ["index", "indexes", "indices"].contains(n.norm) { return nil }
                // addresses and names after a number: 49 Zorro Ranch Road, 575 Wilbraham Road
                if let n = next, n.kind == .word, n.capitalized, Units.words[n.norm] == nil,
                    Lexicon.months[n.norm] == nil,
                    numEnd + 1 < t.count, t[numEnd + 1].kind == .word,
                    t[numEnd + 1].capitalized
                        || ["road", "street", "st", "avenue", "ave", "way", "lane", "drive", "boulevard"].contains(
                            t[numEnd + 1].norm)
                {
                    return nil
                }
                // a number alone in brackets after a name: a shirt number, a footnote
                if let p = prev, p.norm == "(", let n = next, n.norm == ")" { return nil }
                // times and time zones: 0401 GMT
                if let n = next, n.kind == .word, n.end - n.start <= 3,
                    ["gmt", "utc", "edt", "est", "pst", "pdt", "cet", "bst", "et"].contains(n.norm)
                {
                    return nil
                }
            }
            // scientific notation and typographic fractions: 1.99×10−30, 1⁄32
            if (numEnd < t.count && t[numEnd].kind == .punct && ["×", "\u{2044}", "^"].contains(t[numEnd].norm))
                || (j > 0 && t[j - 1].kind == .punct && ["×", "\u{2044}", "^"].contains(t[j - 1].norm))
            {
                return nil
            }
            // dates: October 22, 22 October, Oct. 22
            if isMonth(t, j - 1) || (j >= 2 && t[j - 1].norm == "." && isMonth(t, j - 2)) || isMonth(t, numEnd)
                || (numEnd + 1 < t.count && t[numEnd].norm == "of" && isMonth(t, numEnd + 1))
            {
                return nil
            }
            // years used as dates
            if currency == nil, !t[j].hasSeparator, raw.count == 4,
                (1800...2100).contains(Int(v))
                    || ((1500...2200).contains(Int(v)) && j > 0 && yearPrepositions.contains(t[j - 1].norm))
            {
                let nextWord = numEnd < t.count ? t[numEnd].norm : ""
                if Units.words[nextWord] == nil && NumberWords.scales[nextWord] == nil && nextWord != "%"
                    && nextWord != "percent"
                {
                    return nil
                }
            }
            if j > 0, t[j - 1].is(.skipBefore) || t[j - 1].norm == "#", currency == nil { return nil }
            if j > 1, t[j - 1].norm == ".", t[j - 2].norm == "no" { return nil }
        } else if t[j].kind == .word, (t[j].norm == "a" || t[j].lex(NumberWords.units) != nil), j + 2 < t.count,
            let f = NumberWords.fractions[t[j + (t[j + 1].norm == "-" ? 2 : 1)].norm], t[j].norm != "half",
            t[j + (t[j + 1].norm == "-" ? 2 : 1)].norm != "quarter" || t[j].norm == "a" || t[j + 1].norm == "-"
        {
            // a third of, two-thirds, three quarters (not "a third-party")
            let k0 = j + (t[j + 1].norm == "-" ? 3 : 2)
            if k0 < t.count, t[k0].norm == "-", glued(t, k0 - 1, k0) { return nil }
            value = (t[j].norm == "a" ? 1 : t[j].lex(NumberWords.units)!) * f
            isWordNumber = true
            numEnd = k0
            granularity = 0.001
        } else if t[j].kind == .word, let (v, end) = vagueAmount(t, j) {
            // dozens, hundreds, tens of thousands: the low end of what they allow
            value = v; isWordNumber = true; numEnd = end; granularity = v
        } else if t[j].kind == .word, let (v, end) = compoundNumberWords(t, j) {
            // twenty-eight thousand six hundred forty-two
            value = v; isWordNumber = true; numEnd = end
        } else if t[j].kind == .word,
            let v = t[j].lex(NumberWords.units)
                ?? ((t[j].norm == "a" || t[j].norm == "an") && j + 1 < t.count
                    && t[j + 1].lex(NumberWords.scales) != nil && t[j + 1].norm != "k" ? 1 : nil)
        {
            if t[j].norm == "one", j > 0, notOneAfter.contains(t[j - 1].norm) { return nil }
            if t[j].norm == "one", j + 1 < t.count, ["another", "by"].contains(t[j + 1].norm) { return nil }
            if ["half", "quarter", "a", "an"].contains(t[j].norm),
                !(j + 1 < t.count
                    && (t[j + 1].lex(NumberWords.scales) != nil || t[j + 1].norm == "a" || t[j + 1].norm == "dozen"))
            {
                return nil
            }
            if t[j].norm == "second" || t[j].norm == "dozen" { return nil }
            value = v
            isWordNumber = true
            numEnd = j + 1
            // twenty-five, two dozen, half a million, half a percent
            if numEnd + 1 < t.count, t[numEnd].norm == "-", let u = t[numEnd + 1].lex(NumberWords.units), value >= 20,
                u < 10
            {
                value += u; numEnd += 2
            }
            if numEnd < t.count, t[numEnd].norm == "dozen", value != 12 { value *= 12; numEnd += 1 }
            if value < 1, numEnd < t.count, t[numEnd].norm == "a" || t[numEnd].norm == "an" {
                numEnd += 1
                if numEnd < t.count, t[numEnd].lex(NumberWords.scales) == nil, t[numEnd].norm != "dozen",
                    t[numEnd].lex(Units.words) == nil
                {
                    return nil
                }
                if numEnd < t.count, t[numEnd].norm == "dozen" { value *= 12; numEnd += 1 }
            }
            granularity = value < 1 ? value : 1
        } else {
            return nil
        }
        // scale words: 1.27 million, 3.10bn, 4.2k, two hundred thousand
        var scale = 1.0
        while numEnd < t.count {
            let w = t[numEnd].norm
            if glued(t, numEnd - 1, numEnd), let s = NumberWords.gluedScales[w] {
                if w == "m", currency == nil {
                    // 1.2m tons, 35m of its devices: millions; 100m sprint, 3m high: metres
                    let next = numEnd + 1 < t.count ? t[numEnd + 1] : nil
                    guard let nx = next, nx.kind == .word,
                        !lengthContext.contains(nx.norm) || nx.norm == "of" && value != value.rounded()
                    else { break }
                    if nx.norm == "of" && value == value.rounded() { break }
                }
                value *= s; granularity *= s; scale *= s; numEnd += 1; continue
            }
            if !glued(t, numEnd - 1, numEnd), let s = NumberWords.scales[w], w != "k" || currency != nil {
                value *= s; granularity *= s; scale *= s; numEnd += 1; continue
            }
            break
        }
        guard let read = unitAfter(t, numEnd, currency: currency, value: value, isWordNumber: isWordNumber)
        else { return nil }
        var unit = read.0
        let k = read.1
        if isWordNumber, unit == nil, value == 1, t[j].norm == "one" {
            // "one" alone is usually a pronoun; keep it only before a plural noun
            guard k < t.count, t[k].kind == .word,
                t[k].norm == "of"
                    || !t[k].is(.stopword) && !["another", "day", "time", "way", "thing", "point"].contains(t[k].norm)
            else { return nil }
        }
        // a range or alternative takes the unit and scale written once at its end: "eight or nine euros", "24.2 to 33
        // billion euros"
        if (unit == nil || (currency != nil && unit == currency)), k == numEnd, k + 1 < t.count,
            !isWordNumber || scale == 1
        {
            let c = t[k].norm
            let connects =
                (c == "-" && glued(t, k - 1, k) && glued(t, k, k + 1)) || c == "to" || c == "or"
                || (c == "and" && startTok > 0 && t[startTok - 1].norm == "between")
            let bStart = k + 1 < t.count && Units.currencySymbols[t[k + 1].norm] != nil ? k + 1 : k + 1
            if connects, let (b, _) = parse(doc, t, bStart),
                b.numberStart == t[bStart].start || b.start == t[bStart].start
            {
                let numTok = t[bStart].kind == .punct && bStart + 1 < t.count ? bStart + 1 : bStart
                let rawB = t[numTok].number ?? t[numTok].lex(NumberWords.units) ?? 0
                let bScale = rawB != 0 ? b.value / rawB : 1
                if scale == 1, bScale > 1, bScale == bScale.rounded() { value *= bScale; granularity *= bScale }
                if unit == nil { unit = b.unit }
            }
        }
        // qualifier before
        var qualifier = Qualifier.exact
        var qStart = startTok
        for (words, q) in Lexicon.qualifiers where startTok > 0 && t[startTok - 1].is(.qualifierEnd) {
            let n = words.count
            guard startTok - n >= 0 else { continue }
            if (0..<n).allSatisfy({ t[startTok - n + $0].norm == words[$0] }) {
                qualifier = q; qStart = startTok - n; break
            }
        }
        if qualifier == .exact, k < t.count, ["or", "and"].contains(t[k].norm), k + 1 < t.count,
            ["more", "so", "over"].contains(t[k + 1].norm)
        {
            qualifier = t[k + 1].norm == "so" ? .approximate : .atLeast
        }
        // subject: "of hashish", "Captagon pills", "administrative positions"
        var subjectRange: Range<Int>? = nil
        var s = k
        if s < t.count, t[s].norm == "of", unit != nil || isWordNumber || value >= 1 {
            s += 1
            while s < t.count, t[s].is(.determiner) { s += 1 }
            subjectRange = nounPhrase(t, s)
        } else {
            if s + 1 < t.count,
                ["more", "fewer", "other", "additional", "extra", "new", "further"].contains(t[s].norm), unit == nil
            {
                s += 1
            }
            subjectRange = nounPhrase(t, s)
            if let r = subjectRange, r.upperBound + 1 < t.count, t[r.upperBound].norm == "of", unit == nil,
                let more = nounPhrase(t, r.upperBound + 1 + (t[r.upperBound + 1].is(.determiner) ? 1 : 0))
            {
                subjectRange = r.lowerBound..<more.upperBound
            }
        }
        if let r = subjectRange, unit == nil, r.count == 1, t[r.lowerBound].norm == "of" { subjectRange = nil }
        let endTok = max(subjectRange?.upperBound ?? k, k)
        let start = t[qStart].start, end = t[endTok - 1].end
        let subject = subjectRange.map { doc.slice(t[$0.lowerBound].start, t[$0.upperBound - 1].end) }
        let q = Quantity(
            text: doc.slice(start, end), start: start, end: end, value: value, unit: unit, subject: subject,
            qualifier: qualifier, numberStart: t[startTok].start, numberEnd: t[numEnd - 1].end,
            granularity: granularity, inWords: isWordNumber,
            rule: QuantityExtractor.rule(unit: unit, subject: subject, inWords: isWordNumber))
        return (q, k)
    }
}
