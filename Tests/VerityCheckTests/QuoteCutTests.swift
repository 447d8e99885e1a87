import Testing
import VerityCheck
import VerityText

/// Quotes cut from the middle of a source's sentence, or stitched from its sentences in another order, without an
/// ellipsis: altered, not unsourced. Speakers named in a transcript label with a role in brackets.
@Suite("cut and stitched quotes") struct QuoteCutTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let article: String
        let source: String
        let rule: String?
        let says: String?
        var lacks: String? = nil
        var testDescription: String { article }
    }

    static let cases: [Case] = [
        // a relative clause cut out of the speaker's sentence
        Case(
            article: "\"The geese numbers are not what worries me,\" said Raj Patel.",
            source: "RAJ PATEL: The geese numbers, which swing a lot with the weather, are not what worries me.",
            rule: "quote.altered", says: "leaves out 'which swing a lot with the weather'"),
        // two sentences of the source quoted in the other order
        Case(
            article:
                "\"Every vacancy I carry becomes overtime. I can't fill shifts with positions on paper,\" Vega said.",
            source: "CHIEF VEGA: I can't fill shifts with positions on paper. Every vacancy I carry becomes overtime.",
            rule: "quote.altered", says: "in another order"),
        // "one of the most …" quoted as "the most …": two words left out, not "Measles is" added
        Case(
            article: "\"Measles is the most contagious disease we know of,\" said Dr. Oduya.",
            source: "\"Measles is one of the most contagious diseases we know of,\" said Dr. Rachel Oduya.",
            rule: "quote.altered", says: "leaves out 'one of'"),
        // the same words, in the source's order and unbroken: nothing to say
        Case(
            article: "\"The geese numbers swing a lot with the weather,\" said Raj Patel.",
            source: "RAJ PATEL: The geese numbers swing a lot with the weather, and are not what worries me.",
            rule: nil, says: nil),
        // words spread over passages far apart are not one passage cut short (the nearer half is the passage)
        Case(
            article: "\"The harbour will reopen when the council votes on the budget,\" Ms. Hale said.",
            source: "MS. HALE: The harbour will reopen next spring. "
                + String(repeating: "Residents asked many other questions about parking and schools. ", count: 8)
                + "The council votes on the budget in June.",
            rule: "quote.altered", says: "where the source has", lacks: "Residents asked"),
    ]

    @Test(arguments: cases) func cutQuote(_ c: Case) throws {
        let f = try check(c.article, [c.source]).filter { $0.rule.hasPrefix("quote.") }
        #expect(f.map(\.rule) == (c.rule.map { [$0] } ?? []))
        if let says = c.says { #expect(f.first?.message.contains(says) == true, "\(f.first?.message ?? "")") }
        if let lacks = c.lacks { #expect(f.first?.message.contains(lacks) == false) }
    }

    @Test(arguments: [
        ("PETER HALLORAN (CHIEF FINANCIAL OFFICER): We are not going to chase volume at the expense of price.", true),
        ("MS. ARCHER (ASSISTANT U.S. ATTORNEY): We are not going to chase volume at the expense of price.", true),
        ("NORA LINDQVIST (CEO): We are not going to chase volume at the expense of price.", false),
        ("Analysts (several of them): we are not going to chase volume at the expense of price.", false),
    ])
    func aLabelWithARoleNamesItsSpeaker(_ source: String, _ misattributed: Bool) throws {
        let f = try check(
            "\"We are not going to chase volume at the expense of price,\" said Nora Lindqvist.", [source])
        #expect(f.map(\.rule) == (misattributed ? ["quote.misattributed"] : []))
    }

    @Test func aPersonNamedByWhoseTheyAreIsNoName() throws {
        let f = try check(
            "Sandoval's lawyer said he \"has accepted responsibility from the first day.\"",
            ["MR. DELANEY: He has accepted responsibility from the first day."])
        #expect(f.isEmpty)
    }

    @Test func equalCostAlignmentsKeepTheMostWordsInPlace() {
        let q = "measles is the most contagious disease".split(separator: " ").map(String.init)
        let s = "measles is one of the most contagious diseases".split(separator: " ").map(String.init)
        let a = Alignment.align(q, s)
        #expect(a.cost == 3)
        #expect(a.matches == 5)
    }

    /// A quote's digits line up with the number words a transcript speaks, whether they say the same number or not.
    @Test(arguments: [("212", true), ("213", false)])
    func digitsLineUpWithSpokenWords(_ n: String, _ same: Bool) {
        let q = "it was \(n) decisions over five years".split(separator: " ").map(String.init)
        let s = "not one decision it was two hundred and twelve decisions over five years".split(separator: " ")
            .map(String.init)
        let a = Alignment.align(q, s)
        #expect(a.sourceRange == 3..<13)
        let changes = a.changes(q, s)
        #expect(changes.map(\.sourceWords) == [["two", "hundred", "and", "twelve"]])
        #expect(changes.allSatisfy { NumberWords.spoken($0.quoteWords) == NumberWords.spoken($0.sourceWords) } == same)
    }
}

/// A quote that writes a transcript's spoken number in digits is the same quote; another number is still a change.
@Suite("spoken numbers in quotes") struct SpokenQuoteTests {
    @Test(arguments: [
        ("It was 212 decisions over more than five years", false),
        ("It was 213 decisions over more than five years", true),
        // a sign for the currency the speaker names after the number
        ("That is about $1.9 million a year", false),
        ("That is about $1.8 million a year", true),
        // a score
        ("This year we went 9-3 and we are going to a bowl", false),
        ("This year we went 9-4 and we are going to a bowl", true),
        // a compound in hyphens that names the currency
        ("Some of them cannot make a $500 bond", false),
        ("Some of them cannot make a $600 bond", true),
        // a year said in pairs of digits, and dollars and cents
        ("Our water mains were laid before 1950", false),
        ("Our water mains were laid before 1960", true),
        ("The fare rises to $2.25", false),
        ("The fare rises to $2.50", true),
    ])
    func aSpokenNumberInDigitsIsTheSameQuote(_ quote: String, _ altered: Bool) throws {
        let f = try check(
            "\"\(quote),\" she said.",
            [
                "MS. OYELOWO: Your Honor, this was not one bad decision. It was two hundred and twelve decisions over "
                    + "more than five years. That is about one point nine million dollars a year. This year we went "
                    + "nine and three and we are going to a bowl. Some of them cannot make a five-hundred-dollar bond. "
                    + "Our water mains were laid before nineteen fifty. The fare rises to two dollars and twenty-five "
                    + "cents."
            ])
        #expect(f.contains { $0.rule == "quote.altered" } == altered, "\(f.map(\.message))")
    }

    @Test(
        arguments: [
            (["two", "hundred", "and", "twelve"], 212),
            (["a", "hundred", "and", "thirty", "eight"], 138),
            (["one", "point", "nine", "million"], 1_900_000),
            (["eighty", "seven", "point", "four"], 87.4),
            (["four", "hundred", "twenty", "nine", "thousand", "three", "hundred", "twelve"], 429_312),
        ] as [([String], Double)])
    func spokenNumbersAreRead(_ words: [String], _ value: Double) {
        #expect(abs((NumberWords.spoken(words) ?? 0) - value) < 1e-6)
    }

    /// "And" joins a number only after a scale: "nine and three" is a score, not twelve.
    @Test func andAfterAUnitIsNoNumber() {
        #expect(NumberWords.spoken(["nine", "and", "three"]) == nil)
        #expect(NumberWords.tally(["nine", "and", "three"]).map { [$0.0, $0.1] } == [9, 3])
        #expect(NumberWords.tally(["6-3"]).map { [$0.0, $0.1] } == [6, 3])
    }
}
