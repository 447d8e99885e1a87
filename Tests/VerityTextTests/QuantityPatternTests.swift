import Testing
import VerityDocument
@testable import VerityText

/// The figure patterns of `Quantities/QuantityPatterns.swift`, each tried at one token of a sentence: the currency
/// patterns, the number patterns (and the words each leaves to the next), the reasons a number in digits is no
/// figure, and the kinds that name a quantity's rule.
@Suite("quantity patterns") struct QuantityPatternTests {
    /// The sentence's tokens, and the first whose text is `word`.
    static func at<R>(_ text: String, _ word: String, _ body: (inout QuantityCursor) -> R) throws -> R {
        let d = try doc(text)
        let tokens = Tokenizer.tokenize(d.analysis, from: d.bodyStart)
        let i = try #require(tokens.firstIndex { $0.norm == word }, "no token \(word)")
        return tokens.withUnsafeBufferPointer { t in
            var c = QuantityCursor(doc: d, t: t, i: i)
            return body(&c)
        }
    }

    @Test(
        arguments: [
            ("It cost $5 million.", "$", "currency.symbol-before", "USD"),
            ("The firm lost A$2 billion.", "$", "currency.symbol-before", "AUD"),
            ("Prices reached €15 a kilo.", "€", "currency.symbol-before", "EUR"),
            ("Shares closed at $US113 on Friday.", "$", "currency.symbol-and-prefix", "USD"),
            ("The fine was EUR 50 per day.", "eur", "currency.code-before", "EUR"),
            ("The fine was usd 50 per day.", "usd", "currency.code-before", "USD"),
            // no currency before the number: lowercase codes other than usd, eur and gbp, a sign set apart
            ("The fine was chf 50 per day.", "chf", nil, nil),
            ("It cost $ 5 in all.", "$", nil, nil),
            ("It cost 50 dollars.", "50", nil, nil),
        ] as [(String, String, String?, String?)])
    func currency(_ text: String, _ word: String, _ pattern: String?, _ currency: String?) throws {
        let found = try Self.at(text, word) { c in
            (QuantityExtractor.currencies.first { $0.match(&c) }?.name, c.currency)
        }
        #expect(found.0 == pattern)
        #expect(found.1 == currency)
    }

    @Test(
        arguments: [
            ("One in five households has no internet.", "one", "number.ratio", true),
            ("About 1 in 4 adults smoke.", "1", "number.ratio", true),
            ("Three out of every ten voters stayed home.", "three", "number.ratio", true),
            // the second number is a unit's count or a year: no ratio
            ("Crews arrived one in 10 minutes.", "one", "number.word", true),
            ("He won 1 in 2019.", "1", "number.digits", true),
            ("Sales rose 12 percent.", "12", "number.digits", true),
            ("Prices fell -1.3% in May.", "1.3", "number.digits", true),
            ("The Hawks won 7-2 on Friday.", "2", "number.digits", false),
            ("She tested COVID-19 positive.", "19", "number.digits", false),
            ("A third of voters agreed.", "a", "number.fraction-words", true),
            ("Two-thirds of voters agreed.", "two", "number.fraction-words", true),
            ("She ran as a third-party candidate.", "a", "number.fraction-words", false),
            // a tens word joined to an ordinal is an ordinal, neither twenty thirds nor thirty
            ("It goes to the council on March twenty-third.", "twenty", "number.ordinal-words", false),
            ("It ends on the thirty-first of May.", "thirty", "number.ordinal-words", false),
            ("Twenty-three people came.", "twenty", "number.word", true),
            ("The campaign bought a thirty-second ad.", "thirty", "number.word", true),
            ("The vote is on March twenty-second.", "twenty", "number.ordinal-words", false),
            ("Dozens of people came.", "dozens", "number.vague-amount", true),
            ("Net income (in millions of dollars) rose.", "millions", nil, false),
            ("Tens of thousands of people marched.", "tens", "number.vague-amount", true),
            ("Overtime cost six point four million dollars.", "six", "number.decimal-words", true),
            ("The budget is forty-eight point six million.", "forty", "number.decimal-words", true),
            ("Six points were scored.", "six", "number.word", true),
            ("Twenty-eight thousand six hundred forty-two votes were cast.", "twenty", "number.compound-words", true),
            ("Three hundred families left.", "three", "number.word", true),
            ("Ten people came.", "ten", "number.word", true),
            ("Half a million people came.", "half", "number.word", true),
            ("No one came.", "one", "number.word", false),
            ("Half the town came.", "half", "number.word", false),
            ("The road is closed.", "road", nil, false),
            ("Six and a half million people came.", "six", "number.mixed-fraction", true),
            ("Two and a friend came.", "two", "number.word", true),
        ] as [(String, String, String?, Bool)])
    func number(_ text: String, _ word: String, _ pattern: String?, _ figure: Bool) throws {
        let found = try Self.at(text, word) { c -> (String, Bool)? in
            guard let (name, read) = QuantityExtractor.readNumber(&c) else { return nil }
            if case .number = read { return (name, true) }
            return (name, false)
        }
        #expect(found?.0 == pattern)
        #expect(found?.1 ?? false == figure)
    }

    @Test(
        arguments: [
            ("The ratio was 7/10 at best.", "7", ["not.time-or-ratio"]),
            ("She finished 21st in the race.", "21", ["not.ordinal"]),
            ("The meeting starts at 11 a.m. today.", "11", ["not.time-of-day"]),
            ("He bought an iPhone 11 Pro last week.", "11", ["not.name-with-number"]),
            ("The city was founded in 300 BC by settlers.", "300", ["not.era"]),
            ("The ASX 200 fell.", "200", ["not.code-name"]),
            ("The Stoxx 600 index fell.", "600", ["not.index"]),
            ("He lives at 49 Zorro Ranch Road now.", "49", ["not.address"]),
            ("He lives at 575\nWilbraham Road now.", "575", ["not.address"]),
            ("Smith wore (7) on his shirt.", "7", ["not.bracketed"]),
            ("The ship sank at 0401 GMT on Monday.", "0401", ["not.time-zone"]),
            ("The mass is 1.99×10 kg.", "1.99", ["not.scientific"]),
            ("The vote is on October 22 this year.", "22", ["not.date"]),
            ("The vote is on 22 October this year.", "22", ["not.date"]),
            ("The plant closed in 1998 after a fire.", "1998", ["not.year"]),
            ("The road was built in 1650 by monks.", "1650", ["not.year"]),
            ("The firm filed under chapter 11 last year.", "11", ["not.numbered"]),
            ("It covers the 2025–26 ski season.", "26", ["not.year-span"]),
            ("The 2024-25 season had 40 storms.", "25", ["not.year-span"]),
            // figures none of them rejects
            ("The plant employs 1,270 workers.", "1,270", []),
            ("The mill sold 1998 tonnes of grain.", "1998", []),
            ("Wind gusts reached 45 mph.", "45", []),
            ("The county has 640 square miles.", "640", []),
            ("The score was 2024-12 at the end.", "12", []),
            ("Backyard flocks: 11\n\n## Outlook\n\nPrices ease.", "11", []),
        ] as [(String, String, [String])])
    func notAFigure(_ text: String, _ word: String, _ rejected: [String]) throws {
        let names = try Self.at(text, word) { c -> [String] in
            _ = QuantityExtractor.sign(&c)
            let v = c.t[c.j].number ?? 0
            return QuantityExtractor.notFigures.filter { $0.rejects(c, v) }.map(\.name)
        }
        #expect(names == rejected)
    }

    @Test(arguments: [
        ("It cost $5 million.", "quantity.money"), ("Prices rose 3 percent.", "quantity.percent"),
        ("Police seized 108 kilograms.", "quantity.measure"), ("Police seized 1.27 million pills.", "quantity.count"),
        ("It fell 25 basis points.", "quantity.points"), ("Highs reached 41 °F.", "quantity.temperature"),
        ("The vote went to 12 in all.", "quantity.number"), ("Rates fell 0.5 percentage points.", "quantity.points"),
        ("Dozens of people came.", "quantity.count-in-words"), ("Lows hit 3 degrees Celsius.", "quantity.temperature"),
        ("It cost 20 Swiss francs.", "quantity.money"),
    ])
    func kind(_ text: String, _ rule: String) throws {
        #expect(QuantityExtractor.extract(try doc(text)).first?.rule == rule)
    }

    @Test func everyKindHasAName() {
        let names = QuantityExtractor.kinds.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.last == "quantity.measure")
        #expect(Set(QuantityExtractor.notFigures.map(\.name)).count == QuantityExtractor.notFigures.count)
    }

    @Test func aTableCellSaysSo() throws {
        let q = Extraction(try doc("| Item | 2025 |\n|---|---|\n| Engines | 62 |")).quantities.first
        #expect(q?.rule == "table.cell")
    }

    /// A spoken decimal reads whole: "six point four million dollars" is $6.4 million.
    @Test(
        arguments: [
            ("Overtime cost six point four million dollars last year.", 6_400_000.0, "USD"),
            ("Ridership reached eighteen point four million trips.", 18_400_000.0, nil),
            ("The vote was one point two five percent.", 1.25, "%"),
            // a whole number and a fraction of one, joined by "and"
            ("We lowered the assumed return to six and three-quarters percent.", 6.75, "%"),
            ("Rents rose 2 and a half percent.", 2.5, "%"),
        ] as [(String, Double, String?)])
    func aSpokenDecimal(_ text: String, _ value: Double, _ unit: String?) throws {
        let q = try #require(Extraction(try doc(text)).quantities.first)
        #expect(abs(q.value - value) < 1e-6 && q.unit == unit, "\(q)")
    }

    /// A number spoken to a scale is rounded to it: "a hundred and eighty-seven thousand customers" may be 187,400.
    @Test(arguments: [
        ("At the peak we had a hundred and eighty-seven thousand customers out.", 1_000.0),
        ("We counted two hundred and twelve ballots.", 1),
    ])
    func aSpokenNumberIsRoundedToItsScale(_ text: String, _ granularity: Double) throws {
        let q = try #require(Extraction(try doc(text)).quantities.first)
        #expect(q.granularity == granularity, "\(q)")
    }

    /// A whole number set off by commas after a name is an age; after a month, a weekday or another number it is not.
    @Test(
        arguments: [
            ("Police arrested Dmitri Harlan, 34, of the Westfield neighborhood.", "34", "year"),
            ("The winners were Ana Ruiz, 61, and Tom Hale, 58.", "61", "year"),
            ("Scores were 12, 34, and 56 over three rounds.", "34", nil),
            ("It opened on Friday, 12, and closed again.", "12", nil),
        ] as [(String, String, String?)])
    func anAgeAfterAName(_ text: String, _ number: String, _ unit: String?) throws {
        let q = try #require(Extraction(try doc(text)).quantities.first { $0.text.hasPrefix(number) })
        #expect(q.unit == unit, "\(q)")
    }
}
