/// Number words and scale words. One entry per line, sorted; `Lexicon.lists` holds each for the test that keeps
/// them so.
public enum NumberWords {
    static let units = Dictionary(uniqueKeysWithValues: unitsList)
    static let unitsList: [(String, Double)] = [
        ("dozen", 12),
        ("eight", 8),
        ("eighteen", 18),
        ("eighty", 80),
        ("eleven", 11),
        ("fifteen", 15),
        ("fifty", 50),
        ("five", 5),
        ("forty", 40),
        ("four", 4),
        ("fourteen", 14),
        ("half", 0.5),
        ("nine", 9),
        ("nineteen", 19),
        ("ninety", 90),
        ("one", 1),
        ("quarter", 0.25),
        ("seven", 7),
        ("seventeen", 17),
        ("seventy", 70),
        ("six", 6),
        ("sixteen", 16),
        ("sixty", 60),
        ("ten", 10),
        ("thirteen", 13),
        ("thirty", 30),
        ("three", 3),
        ("twelve", 12),
        ("twenty", 20),
        ("two", 2),
        ("zero", 0),
    ]

    public static let scales = Dictionary(uniqueKeysWithValues: scalesList)
    static let scalesList: [(String, Double)] = [
        ("billion", 1_000_000_000),
        ("billions", 1_000_000_000),
        ("bln", 1_000_000_000),
        ("bn", 1_000_000_000),
        ("hundred", 100),
        ("k", 1_000),
        ("million", 1_000_000),
        ("millions", 1_000_000),
        ("mln", 1_000_000),
        ("mn", 1_000_000),
        ("thousand", 1_000),
        ("thousands", 1_000),
        ("tn", 1_000_000_000_000),
        ("trillion", 1_000_000_000_000),
    ]

    /// Scale letters glued to a number (`$3.10bn`, `€85m`, `4.2k`).
    public static let gluedScales = Dictionary(uniqueKeysWithValues: gluedScalesList)
    static let gluedScalesList: [(String, Double)] = [
        ("b", 1_000_000_000),
        ("bln", 1_000_000_000),
        ("bn", 1_000_000_000),
        ("k", 1_000),
        ("m", 1_000_000),
        ("mln", 1_000_000),
        ("mn", 1_000_000),
        ("tn", 1_000_000_000_000),
    ]

    /// Fraction words ("two thirds", "a quarter").
    static let fractions = Dictionary(uniqueKeysWithValues: fractionsList)
    static let fractionsList: [(String, Double)] = [
        ("fifth", 0.2),
        ("fifths", 0.2),
        ("fourth", 0.25),
        ("fourths", 0.25),
        ("half", 0.5),
        ("quarter", 0.25),
        ("quarters", 0.25),
        ("tenth", 0.1),
        ("tenths", 0.1),
        ("third", 1.0 / 3),
        ("thirds", 1.0 / 3),
    ]

    public static func value(of word: String) -> Double? { units[word] }

    /// The value of words that are one number: digits ("212", "1,340") or number words ("two hundred and twelve").
    public static func spoken(_ words: some Collection<String>) -> Double? {
        if words.count == 1, let w = words.first, let d = Double(w.replacingOccurrences(of: ",", with: "")) {
            return d
        }
        var total = 0.0, current = 0.0, read = false, left = words.count
        for w in words {
            left -= 1
            if w == "and", read, left > 0 { continue }
            if let v = value(of: w), v >= 1 {
                current += v
            } else if w == "hundred", read {
                current *= 100
            } else if let s = scales[w], s >= 1000, read {
                total += current * s
                current = 0
            } else {
                return nil
            }
            read = true
        }
        return read ? total + current : nil
    }
}
