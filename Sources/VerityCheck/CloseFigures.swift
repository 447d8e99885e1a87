import VerityText

/// How near two figures stand: a near miss, the same order, a bound's own value, and a figure rarely met by chance
/// stated in other words.
extension NumberRules {
    /// A source figure of four digits or more that agrees with one no passage bears out, though no word beside it
    /// says it is the same thing: 212,400 "individuals affected" for "records on more than 212,000 patients". Such a
    /// figure is rarely met by chance, so the article's is asked about, not called unsourced. (Not a forecast's for an
    /// outcome, nor another year's: those are other facts.)
    static func closeValue(_ q: Quantity, among scored: [Scored]) -> Scored? {
        // (a round figure is met by chance: "1,000 teachers" against "1,050 students")
        guard q.isCheckable, q.unit == nil || Units.isCurrency(q.unit), abs(q.value) >= 1000,
            NumberRules.significantDigits(q.value) >= 2
        else { return nil }
        // (within a tenth of the figure, whatever its qualifier: "at least $600,000" is not any larger sum)
        return scored.first {
            $0.agrees && $0.sameRole && !$0.c.label && $0.c.q.isCheckable
                && NumberRules.significantDigits($0.c.q.value) >= 3
                && abs(($0.c.q.base?.value ?? 0) / (q.base?.value ?? 1) - 1) <= 0.1
        }
    }

    /// A figure within a quarter of a bound's own value ("more than 1,000" bears out 1,100, not 1,900).
    static func nearBound(_ q: Quantity, _ bound: Quantity) -> Bool {
        guard let x = q.base?.value, let b = bound.base?.value, b != 0 else { return true }
        let ratio = abs(x / b)
        return ratio >= 0.8 && ratio <= 1.25
    }

    /// The significant digits of a figure's value: 2 for 1,100, 4 for 212,400, 1 for 1,000.
    static func significantDigits(_ v: Double) -> Int {
        var n = abs(v).rounded()
        // (a run of digits past any integer's reach has more than enough)
        guard n >= 1 else { return 1 }
        guard n < 1e15 else { return 15 }
        while n >= 10, n.truncatingRemainder(dividingBy: 10) == 0 { n /= 10 }
        return String(Int(n)).count
    }

    /// Two figures of one thing that differ by less than half: without a word in common beside the article's figure,
    /// only a near miss ("approximately 21 cars" against "23 cars", both "derailed") tells the same fact told
    /// twice; "two cases" in other counties against "eight additional cases" are two facts.
    static func near(_ a: Quantity, _ b: Quantity) -> Bool { ratio(a, b).map { $0 < 1.5 } ?? false }

    /// The two values are within `factor` of each other (and of one sign).
    static func within(_ a: Quantity, _ b: Quantity, factor: Double) -> Bool {
        ratio(a, b).map { $0 <= factor } ?? false
    }

    /// Within a factor of four. A count written in words is small: against a figure of another order ("five suspected
    /// cases" in one district against 5,862 in the country) it states another fact. (Figures in digits are not held
    /// to this: a decimal slip, "120 kilograms" for 1.2 tonnes, is a planted error's commonest form.)
    static func sameOrder(_ a: Quantity, _ b: Quantity) -> Bool { ratio(a, b).map { $0 <= 4 } ?? true }

    /// The larger value over the smaller, for two values of one sign (nil for a zero, a sign apart or no value).
    static func ratio(_ a: Quantity, _ b: Quantity) -> Double? {
        guard let x = a.base?.value, let y = b.base?.value, x != 0, y != 0, (x < 0) == (y < 0) else { return nil }
        return max(abs(x), abs(y)) / min(abs(x), abs(y))
    }
}
