/// Number words and scale words.
public enum NumberWords {
    static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "half": 0.5, "quarter": 0.25,
    ]
    public static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "millions": 1_000_000, "billion": 1_000_000_000,
        "billions": 1_000_000_000, "trillion": 1_000_000_000_000, "mln": 1_000_000, "mn": 1_000_000,
        "bn": 1_000_000_000, "bln": 1_000_000_000, "tn": 1_000_000_000_000, "k": 1_000, "thousands": 1_000,
    ]
    /// Scale letters glued to a number (`$3.10bn`, `€85m`, `4.2k`).
    public static let gluedScales: [String: Double] = [
        "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000,
        "mln": 1_000_000, "bln": 1_000_000_000,
    ]

    public static func value(of word: String) -> Double? { units[word] }
}
