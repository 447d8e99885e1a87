import VerityText

/// A number a quote writes in digits where the source spells it out, as a transcript does ("people over 50" for
/// "people over fifty", "212 decisions" for "two hundred and twelve decisions"): the same words, not a change.
enum SpokenNumber {
    /// The value of words that are one number: digits ("212", "1,340") or number words ("two hundred and twelve"),
    /// or an amount in dollars and cents ("two dollars and twenty-five cents" for "$2.25").
    static func value(_ words: [String]) -> Double? {
        // (a compound in hyphens, "five-hundred-dollar bond", says its number and the currency the quote's sign does)
        var parts = words.flatMap { $0.split(separator: "-").map(String.init) }
        if parts.count > 1, let last = parts.last, currencies.contains(last) { parts.removeLast() }
        if parts.count > 3, let last = parts.last, cents.contains(last),
            let unit = parts.firstIndex(where: currencies.contains), unit > 0,
            let whole = NumberWords.spoken(parts[..<unit])
        {
            let from = parts[unit + 1] == "and" ? unit + 2 : unit + 1
            guard from < parts.count - 1, let c = NumberWords.spoken(parts[from..<(parts.count - 1)]), c < 100 else {
                return nil
            }
            return whole + c / 100
        }
        return NumberWords.spoken(parts)
    }

    /// A year as it is said, in two pairs of digits: "nineteen fifty" for 1950, "twenty twenty-six", "nineteen oh
    /// five", "nineteen hundred".
    static func year(_ words: [String]) -> Double? {
        let parts = words.flatMap { $0.split(separator: "-").map(String.init) }
        guard parts.count >= 2 else { return nil }
        for i in 1..<parts.count {
            guard let hi = NumberWords.spoken(parts[..<i]), (10...99).contains(hi) else { continue }
            let rest = Array(parts[i...])
            var lo: Double? = nil
            if rest == ["hundred"] {
                lo = 0
            } else if rest.count == 2, rest[0] == "oh", let v = NumberWords.value(of: rest[1]), (1...9).contains(v) {
                lo = v
            } else if let v = NumberWords.spoken(rest), (10...99).contains(v) {
                lo = v
            }
            if let lo { return hi * 100 + lo }
        }
        return nil
    }

    static let cents: Set<String> = ["cent", "cents"]

    /// Currency a speaker names after the number where a quote writes its sign ("$1.9 million" for "one point nine
    /// million dollars").
    static let currencies: Set<String> = ["dollar", "dollars", "euro", "euros", "pound", "pounds"]

    /// The change puts the same number, or the same score ("9-3" for "nine and three"), in other words.
    static func same(_ c: Alignment.Change) -> Bool {
        guard c.isSubstitution else { return false }
        if let a = value(c.quoteWords), (1000...2099).contains(a), a == a.rounded(), year(c.sourceWords) == a {
            return true
        }
        if let a = value(c.quoteWords), let b = value(c.sourceWords) { return a == b }
        if let a = NumberWords.tally(c.quoteWords), let b = NumberWords.tally(c.sourceWords) { return a == b }
        return false
    }

    /// The change puts a number the speaker goes on saying past the matched words in digits ("$2.25" against "two"
    /// of "two dollars and twenty-five cents", where the alignment stops).
    static func saidOn(_ c: Alignment.Change, in window: [String]) -> Bool {
        guard c.isSubstitution, let a = value(c.quoteWords), let first = c.sourceIndices.first,
            let last = c.sourceIndices.last
        else { return false }
        let reach = min(window.count, first + 8)
        guard last + 2 <= reach else { return false }
        return (last + 2...reach).contains { value(Array(window[first..<$0])) == a }
    }

    /// The change leaves out only the currency a speaker names after a number, which the quote writes as a sign.
    static func currency(_ c: Alignment.Change, in window: [String], signed: Bool) -> Bool {
        guard signed, c.isOmission, c.sourceWords.allSatisfy(currencies.contains), let first = c.sourceIndices.first,
            first > 0
        else { return false }
        let before = window[first - 1]
        return before.first?.isNumber == true || NumberWords.value(of: before) != nil
            || NumberWords.scales[before] != nil
    }
}
