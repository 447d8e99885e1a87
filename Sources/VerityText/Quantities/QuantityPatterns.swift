import VerityDocument

/// A token at which a figure may begin, read from left to right: a currency written before the number, the number,
/// and where each begins. The patterns ask about tokens by their offset from the number (`word(-1)`, `word(+1)`).
struct QuantityCursor {
    let doc: Document
    let t: Tokens
    /// The token the number is written at (after a currency written before it: "$", "US$", "EUR").
    var j: Int
    /// The figure's first token: the currency or sign before the number, or the number itself.
    var startTok: Int
    /// The currency written before the number ("USD" for "$5").
    var currency: String? = nil

    init(doc: Document, t: Tokens, i: Int) {
        (self.doc, self.t, self.j, self.startTok) = (doc, t, i, i)
    }

    /// The lowercase text of the token `offset` after the number ("" past either end).
    @inline(__always) func word(_ offset: Int) -> String {
        let k = j + offset
        return k >= 0 && k < t.count ? t[k].norm : ""
    }
    /// The token `offset` after the number, if there is one.
    @inline(__always) func token(_ offset: Int) -> Token? {
        let k = j + offset
        return k >= 0 && k < t.count ? t[k] : nil
    }
    /// The token `offset` after the number exists.
    @inline(__always) func has(_ offset: Int) -> Bool { j + offset >= 0 && j + offset < t.count }
    /// The tokens `a` and `b` after the number touch, with no space between them ("5m", "$5").
    @inline(__always) func glued(_ a: Int, _ b: Int) -> Bool { QuantityExtractor.glued(t, j + a, j + b) }
}

/// A number as written: its value, the rounding step its form implies, and the token after it.
struct WrittenNumber {
    var value: Double
    var granularity: Double = 1
    /// The index of the token after the number.
    var end: Int
    /// Written in words ("three hundred", "a third").
    var inWords: Bool
}

/// What a number pattern made of the words at the cursor.
enum NumberRead {
    case number(WrittenNumber)
    /// The words fit the pattern but are no figure (a time of day, a year, a score): no later pattern is tried.
    case notAFigure
}

/// A named way of writing a figure's currency before its number ("$", "US$", "EUR 50"); the first that fits
/// moves the cursor to the number.
struct CurrencyPattern: Sendable {
    let name: String
    let match: @Sendable (inout QuantityCursor) -> Bool
    init(_ name: String, _ match: @escaping @Sendable (inout QuantityCursor) -> Bool) {
        (self.name, self.match) = (name, match)
    }
}

/// A named way of writing a number; nil when the words at the cursor do not fit it.
struct NumberPattern: Sendable {
    let name: String
    let match: @Sendable (inout QuantityCursor) -> NumberRead?
    init(_ name: String, _ match: @escaping @Sendable (inout QuantityCursor) -> NumberRead?) {
        (self.name, self.match) = (name, match)
    }
}

/// A named reason a number in digits is no figure ("6:00", "iPhone 11", "in 1998"), given the cursor and the number.
struct NotAFigure: Sendable {
    let name: String
    let rejects: @Sendable (QuantityCursor, Double) -> Bool
    init(_ name: String, _ rejects: @escaping @Sendable (QuantityCursor, Double) -> Bool) {
        (self.name, self.rejects) = (name, rejects)
    }
}

/// A kind of figure, told apart by what was read; its name is the quantity's `rule`.
struct FigureKind: Sendable {
    let name: String
    let fits: @Sendable (_ unit: String?, _ subject: String?, _ inWords: Bool) -> Bool
    init(_ name: String, _ fits: @escaping @Sendable (String?, String?, Bool) -> Bool) {
        (self.name, self.fits) = (name, fits)
    }
}

extension QuantityExtractor {
    /// How a figure is read, in order: a currency before it (the first of `currencies` that fits), its number (the
    /// first of `numbers` that fits), then scale words, the unit (`unitAfter`), a range's end, the qualifier before
    /// it and what it counts (`QuantityParse.swift`); its rule is the first of `kinds` that fits what was read.
    static let currencies: [CurrencyPattern] = [
        // Patterns/CurrencyBefore.swift
        CurrencyPattern("currency.symbol-before", currencySymbolBefore),  // $5, US$2, €15
        CurrencyPattern("currency.symbol-and-prefix", currencySymbolAndPrefix),  // $US113
        CurrencyPattern("currency.code-before", currencyCodeBefore),  // USD10m, EUR 50, RM23.50
    ]

    static let numbers: [NumberPattern] = [
        // Patterns/NumbersInWords.swift, first: its numbers may be digits
        NumberPattern("number.mixed-fraction", mixedFractionWords),  // six and a half, 2 and three-quarters
        NumberPattern("number.ratio", ratioWords),  // one in five, 1 in 4, three out of every ten
        // Patterns/Digits.swift: 1,270 · -1.3 · minus 5, unless one of `notFigures` says otherwise
        NumberPattern("number.digits", digits),
        // Patterns/NumbersInWords.swift
        NumberPattern("number.ordinal-words", ordinalWords),  // twenty-third, thirty-first: no figure
        NumberPattern("number.fraction-words", fractionWords),  // a third of, two-thirds, three quarters
        NumberPattern("number.vague-amount", vagueAmountWords),  // dozens of, tens of thousands of
        NumberPattern("number.decimal-words", decimalWords),  // six point four, forty-eight point six
        NumberPattern("number.compound-words", compoundWords),  // twenty-eight thousand six hundred forty-two
        NumberPattern("number.word", numberWord),  // ten, twenty-five, two dozen, half a million, a million
    ]

    static let notFigures: [NotAFigure] = [
        // Patterns/NotFigures.swift: numbers in digits that are times, dates, names, codes or ordinals
        NotAFigure("not.time-or-ratio", timeOrRatio),  // 6:00, 7/10
        NotAFigure("not.ordinal", ordinal),  // 21st
        NotAFigure("not.time-of-day", timeOfDay),  // 11 a.m., 5am
        NotAFigure("not.glued-code", gluedCode),  // 2019-09-01T10:38
        NotAFigure("not.name-with-number", nameWithNumber),  // iPhone 11 Pro, Section 427 Row 21
        NotAFigure("not.era", era),  // A.D. 1000, 300 BC
        NotAFigure("not.code-name", codeName),  // S&P 500, HIV 2
        NotAFigure("not.index", indexName),  // Stoxx 600 index
        NotAFigure("not.address", address),  // 49 Zorro Ranch Road
        NotAFigure("not.bracketed", bracketed),  // a shirt number, a footnote: (7)
        NotAFigure("not.time-zone", timeZone),  // 0401 GMT
        NotAFigure("not.scientific", scientific),  // 1.99×10−30, 1⁄32
        NotAFigure("not.date", dateNumber),  // October 22, 22 October, Oct. 22
        NotAFigure("not.year", year),  // in 1998
        NotAFigure("not.year-span", yearSpan),  // the 2024–25 season
        NotAFigure("not.numbered", numbered),  // No. 5, #3, Route 66
    ]

    static let kinds: [FigureKind] = [
        FigureKind("quantity.count-in-words", { u, _, w in u == nil && w }),  // three hundred families
        FigureKind("quantity.number", { u, s, _ in u == nil && s == nil }),  // 12
        FigureKind("quantity.count", { u, _, _ in u == nil }),  // 1,270 workers
        FigureKind("quantity.percent", { u, _, _ in u == "%" }),
        FigureKind("quantity.points", { u, _, _ in u == "pp" || u == "bp" }),  // percentage points, basis points
        FigureKind("quantity.temperature", { u, _, _ in u == "°C" || u == "°F" }),
        FigureKind("quantity.money", { u, _, _ in u.map(Units.isCurrency) ?? false }),  // $5 million
        FigureKind("quantity.measure", { _, _, _ in true }),  // 3.5 kg: any other unit
    ]

    /// The currency before the number and the number at token `i`: the name of the number pattern that fit, and what
    /// it read (nil when none fits).
    static func readNumber(_ c: inout QuantityCursor) -> (pattern: String, read: NumberRead)? {
        for p in currencies where p.match(&c) { break }
        guard c.j < c.t.count else { return nil }
        for p in numbers {
            if let read = p.match(&c) { return (p.name, read) }
        }
        return nil
    }

    /// The name of what was read: the first of `kinds` that fits.
    static func rule(unit: String?, subject: String?, inWords: Bool) -> String {
        for k in kinds where k.fits(unit, subject, inWords) { return k.name }
        return "quantity.measure"
    }
}
