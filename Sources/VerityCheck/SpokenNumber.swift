import VerityText

/// A number a quote writes in digits where the source spells it out, as a transcript does ("people over 50" for
/// "people over fifty", "212 decisions" for "two hundred and twelve decisions"): the same words, not a change.
enum SpokenNumber {
    /// The value of words that are one number: digits ("212", "1,340") or number words ("two hundred and twelve").
    static func value(_ words: [String]) -> Double? {
        // (a compound in hyphens, "five-hundred-dollar bond", says its number and the currency the quote's sign does)
        var parts = words.flatMap { $0.split(separator: "-").map(String.init) }
        if parts.count > 1, let last = parts.last, currencies.contains(last) { parts.removeLast() }
        return NumberWords.spoken(parts)
    }

    /// Currency a speaker names after the number where a quote writes its sign ("$1.9 million" for "one point nine
    /// million dollars").
    static let currencies: Set<String> = ["dollar", "dollars", "euro", "euros", "pound", "pounds"]

    /// The change puts the same number, or the same score ("9-3" for "nine and three"), in other words.
    static func same(_ c: Alignment.Change) -> Bool {
        guard c.isSubstitution else { return false }
        if let a = value(c.quoteWords), let b = value(c.sourceWords) { return a == b }
        if let a = NumberWords.tally(c.quoteWords), let b = NumberWords.tally(c.sourceWords) { return a == b }
        return false
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
