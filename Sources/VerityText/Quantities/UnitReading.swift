import VerityDocument

/// The unit after a figure's number: currencies, percentages, points, degrees and every word of `Units`.
extension QuantityExtractor {
    /// The unit written after a figure's number (token `k` follows it): its symbol, or the currency written before
    /// the number, and the token after the unit; nil when the figure is a tally or range of small numbers ("7-2").
    static func unitAfter(_ t: Tokens, _ k: Int, currency: String?, value: Double, isWordNumber: Bool)
        -> (String?, Int)?
    {
        var unit: String? = currency
        var k = k
        // currency after: "5 million dollars", "20 euros"
        // percent and units
        if k < t.count {
            let w = t[k].norm
            if unit == nil, t[k].kind == .punct, let c = Units.currencySymbols[w], w != "$" {
                unit = c; k += 1
            } else if k + 1 < t.count, t[k].is(.currencyLead),
                let code = Units.nationalCurrencies[
                    "\(w) "
                        + (t[k + 1].norm.hasSuffix("s") && !t[k + 1].norm.hasSuffix("ss")
                            ? String(t[k + 1].norm.dropLast()) : t[k + 1].norm)
                ] ?? Units.nationalCurrencies["\(w) \(t[k + 1].norm)"]
            {
                unit = code; k += 2
            } else if k + 2 < t.count, t[k].is(.currencyLead),
                let code = Units.nationalCurrencies[
                    "\(w) \(t[k + 1].norm) "
                        + "\(t[k + 2].norm.hasSuffix("s") ? String(t[k + 2].norm.dropLast()) : t[k + 2].norm)"
                ]
            {
                unit = code; k += 3
            } else if w == "°", k + 1 < t.count, glued(t, k, k + 1), ["c", "f"].contains(t[k + 1].norm) {
                unit = t[k + 1].norm == "c" ? "°C" : "°F"; k += 2
            } else if w == "deg", k + 1 < t.count, ["c", "f"].contains(t[k + 1].norm) {
                unit = t[k + 1].norm == "c" ? "°C" : "°F"; k += 2
            } else if w == "%" {
                unit = "%"; k += 1
            } else if w == "per", k + 1 < t.count, t[k + 1].norm == "cent" {
                unit = "%"; k += 2
            } else if w == "percentage", k + 1 < t.count, t[k + 1].norm == "points" || t[k + 1].norm == "point" {
                unit = "pp"; k += 2
            } else if w == "-", glued(t, k - 1, k), k + 1 < t.count, let u = t[k + 1].lex(Units.words), u != "%",
                !u.allSatisfy({ $0.isUppercase })
            {
                // five-year contract, 23-year-old, 10-kilometre
                unit = u; k += 2
                if k + 1 < t.count, t[k].norm == "-", t[k + 1].norm == "old" { k += 2 }
            } else if w == "-", glued(t, k - 1, k), k + 1 < t.count, t[k + 1].kind == .number, glued(t, k, k + 1),
                currency == nil
            {
                // ranges (10-15) and tallies (7-2)
                let other = t[k + 1].number ?? 0
                let afterRange = k + 2 < t.count ? t[k + 2].norm : ""
                if value < 100, other < 100, value == value.rounded(), other == other.rounded(),
                    Units.words[afterRange] == nil, afterRange != "%"
                {
                    return nil
                }
            } else if w == "square", k + 1 < t.count, let u = t[k + 1].lex(Units.words),
                ["km", "m", "mi", "ft"].contains(u)
            {
                unit = u == "mi" ? "mi2" : u == "ft" ? "ft2" : u + "2"; k += 2
            } else if w == "sq", k + 1 < t.count, let u = t[k + 1].lex(Units.words) {
                unit = u + "2"; k += 2
            } else if ["celsius", "centigrade"].contains(w) {
                unit = "°C"; k += 1
            } else if w == "fahrenheit" {
                unit = "°F"; k += 1
            } else if w == "degrees" || w == "°" || w == "degree" {
                var m = k + 1
                if m < t.count, t[m].norm == "°" { m += 1 }
                if m < t.count, ["celsius", "c", "centigrade"].contains(t[m].norm) {
                    unit = "°C"; k = m + 1
                } else if m < t.count, ["fahrenheit", "f"].contains(t[m].norm) {
                    unit = "°F"; k = m + 1
                }
            } else if unit == nil, let (u, words) = Units.compound(t, k) {
                // "87 cents", "25 basis points", "40 nautical miles": symbols whose base unit scales them
                unit = u; k += words
            } else if let u = t[k].lex(Units.words), unit == nil || (unit == "USD" && (w == "dollars" || w == "dollar"))
            {
                let gluedUnit = glued(t, k - 1, k)
                // short symbols must be glued or unambiguous: "5 m" is risky, "5m" fine; "in" and "t" never stand alone
                // a metric symbol set apart still counts at the end of a clause: "deepens the channel to 16 m."
                let symbolAtClauseEnd =
                    ["m", "g", "t", "ha", "km", "kg"].contains(w) && !isWordNumber
                    && (k + 1 >= t.count || t[k + 1].kind == .punct)
                if !(Lexicon.shortAmbiguousUnits.contains(w) && !gluedUnit && !symbolAtClauseEnd)
                    && !(isWordNumber && w == "second")
                {
                    if w == "pounds" || w == "pound", k + 1 < t.count, t[k + 1].norm == "sterling" {
                        unit = "GBP"; k += 1
                    } else {
                        unit = u
                    }
                    k += 1
                    if unit == "m", k + 1 < t.count, t[k].norm == "per", ["second", "sec"].contains(t[k + 1].norm) {
                        unit = "m/s"; k += 2
                    }
                    if unit == "mi", k + 1 < t.count, t[k].norm == "per", t[k + 1].norm == "gallon" {
                        unit = "mpg"; k += 2
                    }
                    if unit == "lb", k + 1 < t.count, t[k].norm == "-", ["ft", "feet", "foot"].contains(t[k + 1].norm) {
                        unit = "lb-ft"; k += 2
                    }
                    if unit == "bbl", k + 1 < t.count, ["per", "a"].contains(t[k].norm), t[k + 1].norm == "day" {
                        unit = "bpd"; k += 2
                    }
                    if unit == "km", k + 1 < t.count, t[k].norm == "/", ["h", "hr"].contains(t[k + 1].norm) {
                        unit = "km/h"; k += 2
                    }
                    if unit == "km" || unit == "mi", k + 2 < t.count, t[k].norm == "per",
                        t[k + 1].norm == "hour" || t[k + 1].norm == "h"
                    {
                        unit = unit == "km" ? "km/h" : "mph"; k += 2
                    } else if unit == "km", k + 1 < t.count, t[k].norm == "/", t[k + 1].norm == "h" {
                        unit = "km/h"; k += 2
                    } else if unit == "m", k + 1 < t.count, t[k].norm == "/", t[k + 1].norm == "s" {
                        unit = "m/s"; k += 2
                    }
                }
            }
        }
        return (unit, k)
    }
}
