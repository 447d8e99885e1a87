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

    /// The value of words that are one number: digits ("212", "1,340") or number words ("two hundred and twelve",
    /// "a hundred and thirty-eight", "one point nine"). "And" stands only after a scale, as English says numbers.
    public static func spoken(_ words: some Collection<String>) -> Double? {
        let w = Array(words)
        if w.count == 1, let d = Double(w[0].replacingOccurrences(of: ",", with: "")) { return d }
        var total = 0.0, current = 0.0, read = false, k = 0
        var decimals: Double? = nil  // the place of the next digit after "point"
        while k < w.count {
            let x = w[k]
            let last = k == w.count - 1
            if x == "a", k == 0, !last, scales[w[k + 1]] != nil {
                current = 1
            } else if x == "and", read, !last, k > 0, scales[w[k - 1]] != nil, decimals == nil {
                // "two hundred and twelve"
            } else if x == "point", read, !last, decimals == nil {
                decimals = 0.1
            } else if let place = decimals, let v = value(of: x), v < 10, v == v.rounded() {
                current += v * place
                decimals = place / 10
            } else if decimals == nil, let v = value(of: x), v >= 1 {
                current += v
            } else if x == "hundred", read || current == 1 {
                current = max(current, 1) * 100
            } else if let s = scales[x], s >= 1000, read || current == 1 {
                total += max(current, 1) * s
                current = 0
                decimals = nil
            } else {
                return nil
            }
            read = true
            k += 1
        }
        return read ? total + current : nil
    }

    /// A score or a vote in words or digits: "9-3", "nine and three", "six to three".
    public static func tally(_ words: some Collection<String>) -> (Double, Double)? {
        let w = Array(words)
        if w.count == 1 {
            let parts = w[0].split { $0 == "-" || $0 == "\u{2013}" }
            guard parts.count == 2, let a = Double(parts[0]), let b = Double(parts[1]) else { return nil }
            return (a, b)
        }
        guard w.count >= 3, let k = w.firstIndex(where: { $0 == "to" || $0 == "and" }), k > 0, k < w.count - 1,
            let a = spoken(w[..<k]), let b = spoken(w[(k + 1)...]), a == a.rounded(), b == b.rounded()
        else { return nil }
        return (a, b)
    }
}
