import VerityText

/// A number a quote writes in digits where the source spells it out, as a transcript does ("people over 50" for
/// "people over fifty", "212 decisions" for "two hundred and twelve decisions"): the same words, not a change.
enum SpokenNumber {
    /// The value of words that are one number: digits ("212", "1,340") or number words ("two hundred and twelve").
    static func value(_ words: [String]) -> Double? {
        if words.count == 1, let d = Double(words[0].replacingOccurrences(of: ",", with: "")) { return d }
        var total = 0.0, current = 0.0, read = false
        for (i, w) in words.enumerated() {
            if w == "and", read, i + 1 < words.count { continue }
            if let v = NumberWords.value(of: w), v >= 1 {
                current += v
            } else if w == "hundred", read {
                current *= 100
            } else if let s = NumberWords.scales[w], s >= 1000, read {
                total += current * s
                current = 0
            } else {
                return nil
            }
            read = true
        }
        return read ? total + current : nil
    }

    /// The change puts the same number in other words.
    static func same(_ c: Alignment.Change) -> Bool {
        guard c.isSubstitution, let a = value(c.quoteWords), let b = value(c.sourceWords) else { return false }
        return a == b
    }
}
