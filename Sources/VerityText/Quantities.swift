import VerityDocument

/// How a quantity is hedged.
public enum Qualifier: String, Sendable, Codable, CaseIterable {
    case exact
    case approximate
    case atLeast = "at least"
    case moreThan = "more than"
    case atMost = "at most"
    case lessThan = "less than"
}

/// A number with its unit and what it counts or measures.
public struct Quantity: Sendable, Equatable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    public var value: Double
    public var unit: String?
    public var subject: String?
    public var qualifier: Qualifier
    /// Where the number itself is written (without qualifier and subject).
    public var numberStart: Int
    public var numberEnd: Int
    /// The rounding step the written form implies (`1.27 million` → 10,000; `38` → 1).
    public var granularity: Double
}

public enum QuantityExtractor {
    static let qualifiers: [([String], Qualifier)] = [
        (["more", "than"], .moreThan), (["over"], .moreThan), (["above"], .moreThan), (["upwards", "of"], .moreThan),
        (["in", "excess", "of"], .moreThan), (["exceeding"], .moreThan), (["greater", "than"], .moreThan),
        (["at", "least"], .atLeast), (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast), (["a", "minimum", "of"], .atLeast),
        (["up", "to"], .atMost), (["at", "most"], .atMost), (["no", "more", "than"], .atMost), (["a", "maximum", "of"], .atMost),
        (["fewer", "than"], .lessThan), (["less", "than"], .lessThan), (["under"], .lessThan), (["below"], .lessThan),
        (["just", "under"], .approximate), (["just", "over"], .approximate),
        (["about"], .approximate), (["around"], .approximate), (["roughly"], .approximate), (["approximately"], .approximate),
        (["nearly"], .approximate), (["almost"], .approximate), (["some"], .approximate), (["close", "to"], .approximate),
        (["an", "estimated"], .approximate), (["estimated"], .approximate), (["approx"], .approximate), (["circa"], .approximate),
        (["as", "many", "as"], .atMost), (["as", "much", "as"], .atMost),
    ]
    static let skipBefore: Set<String> = ["section", "no", "case", "article", "chapter", "route", "highway", "interstate",
        "page", "flight", "room", "rule", "title", "proposition", "prop", "ward", "precinct", "number", "episode", "season",
        "channel", "apartment", "suite", "unit", "level", "grade", "paragraph", "amendment", "resolution", "bill", "act",
        "district", "code", "version", "model", "phase", "stage", "week", "day", "game", "round", "volume", "vol", "p", "pp", "#"]
    static let notOneAfter: Set<String> = ["no", "any", "every", "this", "that", "the", "each", "which", "someone", "anyone", "everyone", "such"]

    /// Every quantity in the document's body.
    public static func extract(_ doc: Document) -> [Quantity] {
        extract(doc, tokens: Tokenizer.tokenize(doc.analysis, from: doc.bodyStart))
    }

    public static func extract(_ doc: Document, tokens t: [Token]) -> [Quantity] {
        var out: [Quantity] = []
        var i = 0
        while i < t.count {
            if let (q, next) = parse(doc, t, i) {
                out.append(q)
                i = max(next, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    @inline(__always) static func glued(_ t: [Token], _ a: Int, _ b: Int) -> Bool { b < t.count && a >= 0 && t[a].end == t[b].start }

    static func isMonth(_ t: [Token], _ i: Int) -> Bool { i >= 0 && i < t.count && t[i].kind == .word && Lexicon.months[t[i].norm] != nil && (t[i].capitalized || t[i].norm.count > 3) }

    /// Parses the number at `i` and what surrounds it; returns the quantity and the index after it.
    static func parse(_ doc: Document, _ t: [Token], _ i: Int) -> (Quantity, Int)? {
        var j = i
        var currency: String? = nil
        var startTok = i
        // currency before: $, US$, €
        if t[j].kind == .punct, let c = Units.currencySymbols[t[j].norm], glued(t, j, j + 1), j + 1 < t.count, t[j + 1].kind == .number || NumberWords.value(of: t[j + 1].norm) != nil {
            currency = c
            if c == "USD", j > 0, glued(t, j - 1, j), let p = Units.dollarPrefixes[t[j - 1].norm] { currency = p; startTok = j - 1 }
            j += 1
        } else if t[j].kind == .word, j + 1 < t.count, ["usd", "eur", "gbp"].contains(t[j].norm), t[j + 1].kind == .number {
            currency = t[j].norm.uppercased(); j += 1
        }
        guard j < t.count else { return nil }
        var value: Double
        var granularity: Double = 1
        var numEnd = j
        var isWordNumber = false
        if t[j].kind == .number {
            let raw = t[j].norm
            // reject misplaced separators (phone numbers, ids) and things glued on the left
            if j > 0, glued(t, j - 1, j), t[j - 1].kind == .word || ["-", "/", ":", "#", "."].contains(t[j - 1].norm) { return nil }
            if raw.contains(",") {
                let groups = raw.split(separator: ".")[0].split(separator: ",")
                guard groups.dropFirst().allSatisfy({ $0.count == 3 }), groups[0].count <= 3 else { return nil }
            }
            guard let v = Double(raw.replacingOccurrences(of: ",", with: "")) else { return nil }
            value = v
            if let dot = raw.firstIndex(of: ".") { granularity = pow10(-raw[raw.index(after: dot)...].count) }
            numEnd = j + 1
            // times of day, ratios, ids: 6:00, 7/10, 555-1234 (but ranges and tallies are handled below)
            if numEnd < t.count, glued(t, j, numEnd), [":", "/"].contains(t[numEnd].norm) { return nil }
            // ordinals
            if numEnd < t.count, glued(t, j, numEnd), ["st", "nd", "rd", "th"].contains(t[numEnd].norm) { return nil }
            // dates: October 22, 22 October, Oct. 22
            if isMonth(t, j - 1) || (j >= 2 && t[j - 1].norm == "." && isMonth(t, j - 2)) || isMonth(t, numEnd) || (numEnd + 1 < t.count && t[numEnd].norm == "of" && isMonth(t, numEnd + 1)) { return nil }
            // years used as dates
            if currency == nil, !raw.contains(","), !raw.contains("."), raw.count == 4, (1800...2100).contains(Int(v)) {
                let nextWord = numEnd < t.count ? t[numEnd].norm : ""
                if Units.words[nextWord] == nil && NumberWords.scales[nextWord] == nil && nextWord != "%" && nextWord != "percent" { return nil }
            }
            if j > 0, skipBefore.contains(t[j - 1].norm), currency == nil { return nil }
            if j > 1, t[j - 1].norm == ".", t[j - 2].norm == "no" { return nil }
        } else if t[j].kind == .word, let v = NumberWords.value(of: t[j].norm) ?? ((t[j].norm == "a" || t[j].norm == "an") && j + 1 < t.count && NumberWords.scales[t[j + 1].norm] != nil && t[j + 1].norm != "k" ? 1 : nil) {
            if t[j].norm == "one", j > 0, notOneAfter.contains(t[j - 1].norm) { return nil }
            if t[j].norm == "one", j + 1 < t.count, ["another", "by"].contains(t[j + 1].norm) { return nil }
            if ["half", "quarter", "a", "an"].contains(t[j].norm), !(j + 1 < t.count && (NumberWords.scales[t[j + 1].norm] != nil || t[j + 1].norm == "a" || t[j + 1].norm == "dozen")) { return nil }
            if t[j].norm == "second" { return nil }
            value = v
            isWordNumber = true
            numEnd = j + 1
            // twenty-five, two dozen, half a million, half a percent
            if numEnd + 1 < t.count, t[numEnd].norm == "-", let u = NumberWords.value(of: t[numEnd + 1].norm), value >= 20, u < 10 {
                value += u; numEnd += 2
            }
            if numEnd < t.count, t[numEnd].norm == "dozen", value != 12 { value *= 12; numEnd += 1 }
            if value < 1, numEnd < t.count, t[numEnd].norm == "a" || t[numEnd].norm == "an" {
                numEnd += 1
                if numEnd < t.count, NumberWords.scales[t[numEnd].norm] == nil, t[numEnd].norm != "dozen", Units.words[t[numEnd].norm] == nil { return nil }
                if numEnd < t.count, t[numEnd].norm == "dozen" { value *= 12; numEnd += 1 }
            }
            granularity = value < 1 ? value : 1
        } else {
            return nil
        }
        // scale words: 1.27 million, 3.10bn, 4.2k, two hundred thousand
        while numEnd < t.count {
            let w = t[numEnd].norm
            if glued(t, numEnd - 1, numEnd), let s = NumberWords.gluedScales[w], currency != nil || w != "m" {
                if w == "m", currency == nil { break }
                value *= s; granularity *= s; numEnd += 1; continue
            }
            if !glued(t, numEnd - 1, numEnd), let s = NumberWords.scales[w], w != "k" || currency != nil {
                value *= s; granularity *= s; numEnd += 1; continue
            }
            break
        }
        var unit: String? = currency
        var k = numEnd
        // currency after: "5 million dollars", "20 euros"
        // percent and units
        if k < t.count {
            let w = t[k].norm
            if w == "%" { unit = "%"; k += 1 }
            else if w == "per", k + 1 < t.count, t[k + 1].norm == "cent" { unit = "%"; k += 2 }
            else if w == "percentage", k + 1 < t.count, t[k + 1].norm == "points" || t[k + 1].norm == "point" { unit = "pp"; k += 2 }
            else if w == "-", glued(t, k - 1, k), k + 1 < t.count, let u = Units.words[t[k + 1].norm], u != "%", !u.allSatisfy({ $0.isUppercase }) {
                // five-year contract, 23-year-old, 10-kilometre
                unit = u; k += 2
                if k + 1 < t.count, t[k].norm == "-", t[k + 1].norm == "old" { k += 2 }
            } else if w == "-", glued(t, k - 1, k), k + 1 < t.count, t[k + 1].kind == .number, glued(t, k, k + 1), currency == nil {
                // ranges (10-15) and tallies (7-2)
                let other = Double(t[k + 1].norm.replacingOccurrences(of: ",", with: "")) ?? 0
                let afterRange = k + 2 < t.count ? t[k + 2].norm : ""
                if value < 100, other < 100, value == value.rounded(), other == other.rounded(), Units.words[afterRange] == nil, afterRange != "%" { return nil }
            } else if w == "square", k + 1 < t.count, let u = Units.words[t[k + 1].norm], ["km", "m", "mi", "ft"].contains(u) {
                unit = u == "mi" ? "mi2" : u == "ft" ? "ft2" : u + "2"; k += 2
            } else if w == "sq", k + 1 < t.count, let u = Units.words[t[k + 1].norm] {
                unit = u + "2"; k += 2
            } else if w == "degrees" || w == "°" || w == "degree" {
                var m = k + 1
                if m < t.count, t[m].norm == "°" { m += 1 }
                if m < t.count, ["celsius", "c", "centigrade"].contains(t[m].norm) { unit = "°C"; k = m + 1 }
                else if m < t.count, ["fahrenheit", "f"].contains(t[m].norm) { unit = "°F"; k = m + 1 }
            } else if let u = Units.words[w], unit == nil || (unit == "USD" && (w == "dollars" || w == "dollar")) {
                let gluedUnit = glued(t, k - 1, k)
                // short symbols must be glued or unambiguous: "5 m" is risky, "5m" fine; "in" and "t" never stand alone
                let shortAmbiguous: Set<String> = ["m", "g", "t", "s", "in", "ha", "mb", "gb", "tb", "hp", "mw", "kw", "cent"]
                if !(shortAmbiguous.contains(w) && !gluedUnit) && !(isWordNumber && w == "second") {
                    if w == "pounds" || w == "pound", k + 1 < t.count, t[k + 1].norm == "sterling" { unit = "GBP"; k += 1 } else { unit = u }
                    if w == "cents" || w == "cent" { value /= 100; granularity /= 100 }
                    k += 1
                    if unit == "km" || unit == "mi", k + 2 < t.count, t[k].norm == "per", t[k + 1].norm == "hour" || t[k + 1].norm == "h" {
                        unit = unit == "km" ? "km/h" : "mph"; k += 2
                    } else if unit == "km", k + 1 < t.count, t[k].norm == "/", t[k + 1].norm == "h" { unit = "km/h"; k += 2 }
                    else if unit == "m", k + 1 < t.count, t[k].norm == "/", t[k + 1].norm == "s" { unit = "m/s"; k += 2 }
                }
            }
        }
        // "ten days ago", "two weeks earlier" are dates, not quantities
        if let u = unit, ["day", "week", "month", "year"].contains(u), k < t.count, ["ago", "earlier", "later"].contains(t[k].norm) { return nil }
        if isWordNumber, unit == nil, value == 1, t[j].norm == "one" {
            // "one" alone is usually a pronoun; keep it only before a plural noun
            guard k < t.count, t[k].kind == .word, t[k].norm.hasSuffix("s") || t[k].norm == "of" else { return nil }
        }
        // qualifier before
        var qualifier = Qualifier.exact
        var qStart = startTok
        for (words, q) in qualifiers {
            let n = words.count
            guard startTok - n >= 0 else { continue }
            if (0..<n).allSatisfy({ t[startTok - n + $0].norm == words[$0] }) {
                qualifier = q; qStart = startTok - n; break
            }
        }
        if qualifier == .exact, k < t.count, ["or", "and"].contains(t[k].norm), k + 1 < t.count, ["more", "so", "over"].contains(t[k + 1].norm) {
            qualifier = t[k + 1].norm == "so" ? .approximate : .atLeast
        }
        // subject: "of hashish", "Captagon pills", "administrative positions"
        var subjectRange: Range<Int>? = nil
        var s = k
        if s < t.count, t[s].norm == "of", unit != nil || isWordNumber || value >= 1 {
            s += 1
            while s < t.count, Lexicon.determiners.contains(t[s].norm) { s += 1 }
            subjectRange = nounPhrase(t, s)
        } else {
            subjectRange = nounPhrase(t, s)
            if let r = subjectRange, r.upperBound + 1 < t.count, t[r.upperBound].norm == "of", unit == nil,
               let more = nounPhrase(t, r.upperBound + 1 + (Lexicon.determiners.contains(t[r.upperBound + 1].norm) ? 1 : 0)) {
                subjectRange = r.lowerBound..<more.upperBound
            }
        }
        if let r = subjectRange, unit == nil, r.count == 1, t[r.lowerBound].norm == "of" { subjectRange = nil }
        let endTok = max(subjectRange?.upperBound ?? k, k)
        let start = t[qStart].start, end = t[endTok - 1].end
        let subject = subjectRange.map { doc.slice(t[$0.lowerBound].start, t[$0.upperBound - 1].end) }
        let q = Quantity(text: doc.slice(start, end), start: start, end: end, value: value, unit: unit, subject: subject,
                         qualifier: qualifier, numberStart: t[startTok].start, numberEnd: t[numEnd - 1].end,
                         granularity: granularity)
        return (q, k)
    }

    static let subjectStops: Set<String> = Lexicon.phraseStops.union(Lexicon.stopwords).union(Lexicon.cues).union(["per", "each", "a", "an", "the", "than", "of", "ago", "old", "percent", "year", "years", "since", "across", "against", "among"])

    /// Up to four words of a noun phrase starting at `i`.
    static func nounPhrase(_ t: [Token], _ i: Int) -> Range<Int>? {
        var j = i
        while j < t.count, j - i < 4 {
            let w = t[j]
            if j > i, w.norm.hasSuffix("ed"), t[j - 1].norm.hasSuffix("s") { break } // "teams entered": a verb
            guard w.kind == .word, !subjectStops.contains(w.norm), Lexicon.months[w.norm] == nil || !w.capitalized,
                  NumberWords.scales[w.norm] == nil, !w.norm.hasSuffix("ly") || w.capitalized else { break }
            j += 1
        }
        return j > i ? i..<j : nil
    }

    static func pow10(_ e: Int) -> Double {
        var r = 1.0
        if e >= 0 { for _ in 0..<e { r *= 10 } } else { for _ in 0..<(-e) { r /= 10 } }
        return r
    }
}
