import VerityText

/// A number a quote writes in digits where the source spells it out, as a transcript does ("people over 50" for
/// "people over fifty", "212 decisions" for "two hundred and twelve decisions"): the same words, not a change.
enum SpokenNumber {
    /// The value of words that are one number: digits ("212", "1,340") or number words ("two hundred and twelve").
    static func value(_ words: [String]) -> Double? { NumberWords.spoken(words) }

    /// The change puts the same number in other words.
    static func same(_ c: Alignment.Change) -> Bool {
        guard c.isSubstitution, let a = value(c.quoteWords), let b = value(c.sourceWords) else { return false }
        return a == b
    }
}
