import Testing
import VerityDocument
@testable import VerityText

/// A sentence, the first figure read in it, its value and unit and the pattern that read it.
struct QuantityCase: Sendable, CustomTestStringConvertible {
    let text: String, read: String, value: Double, unit: String?, rule: String
    init(_ text: String, _ read: String, _ value: Double, _ unit: String?, _ rule: String) {
        (self.text, self.read, self.value, self.unit, self.rule) = (text, read, value, unit, rule)
    }
    var testDescription: String { text }
}

@Suite("quantity reading") struct QuantityReadingTests {
    static let cases: [QuantityCase] = [
        QuantityCase("The city spent $4.2 million on roads.", "$4.2 million", 4200000, "USD", "quantity.money"),
        QuantityCase("Revenue rose 12% last year.", "12%", 12, "%", "quantity.percent"),
        QuantityCase("The plant employs 1,270 workers.", "1,270 workers", 1270, nil, "quantity.count"),
        QuantityCase("It weighs 3.5 kg in all.", "3.5 kg", 3.5, "kg", "quantity.measure"),
        QuantityCase("About 200 people came.", "About 200 people came", 200, nil, "quantity.count"),
        QuantityCase("More than 40 percent voted.", "More than 40 percent voted", 40, "%", "quantity.percent"),
        QuantityCase("The bill was €15 billion.", "€15 billion", 15000000000, "EUR", "quantity.money"),
        QuantityCase("He paid £300 for it.", "£300", 300, "GBP", "quantity.money"),
        QuantityCase("The tower is 120 meters tall.", "120 meters tall", 120, "m", "quantity.measure"),
        QuantityCase("Unemployment fell to 4.1 per cent.", "4.1 per cent", 4.1, "%", "quantity.percent"),
        QuantityCase("The fund holds 2.3bn euros.", "2.3bn euros", 2300000000, "EUR", "quantity.money"),
        QuantityCase("Sales hit 4.2k units.", "4.2k units", 4200, nil, "quantity.count"),
        QuantityCase(
            "Three hundred families left.", "Three hundred families left", 300, nil, "quantity.count-in-words"),
        QuantityCase(
            "The deficit is 1.5 trillion dollars.", "1.5 trillion dollars", 1500000000000, "USD", "quantity.money"),
        QuantityCase("The road is 12 miles long.", "12 miles long", 12, "mi", "quantity.measure"),
        QuantityCase("It rained 30 mm overnight.", "30 mm overnight", 30, "mm", "quantity.measure"),
        QuantityCase(
            "The rate rose by 0.25 percentage points.", "0.25 percentage points", 0.25, "pp", "quantity.points"),
        QuantityCase("At least 17 people died.", "At least 17 people died", 17, nil, "quantity.count"),
        QuantityCase("It cost 20 Swiss francs.", "20 Swiss francs", 20, "CHF", "quantity.money"),
        QuantityCase("The firm lost A$2 billion.", "A$2 billion", 2000000000, "AUD", "quantity.money"),
        QuantityCase("Ticket prices reached ¥12,000.", "¥12,000", 12000, "JPY", "quantity.money"),
        QuantityCase("The company has 45,000 employees.", "45,000 employees", 45000, nil, "quantity.count"),
        QuantityCase("Two-thirds of voters agreed.", "Two-thirds of voters", 2.0 / 3.0, nil, "quantity.count-in-words"),
        QuantityCase("The average wage is $15.75 per hour.", "$15.75", 15.75, "USD", "quantity.money"),
        QuantityCase("Inflation stood at 3.2%.", "3.2%", 3.2, "%", "quantity.percent"),
        QuantityCase("The flight lasted 9 hours.", "9 hours", 9, "h", "quantity.measure"),
        QuantityCase("They built 1.2 million homes.", "1.2 million homes", 1200000, nil, "quantity.count"),
        QuantityCase("The survey reached 2,000 adults.", "2,000 adults", 2000, nil, "quantity.count"),
        QuantityCase("The dam holds 5 billion gallons.", "5 billion gallons", 5000000000, "gal", "quantity.measure"),
        QuantityCase("Profits fell 8 percent to $3 billion.", "8 percent", 8, "%", "quantity.percent"),
        QuantityCase("The budget is ten million dollars.", "ten million dollars", 10000000, "USD", "quantity.money"),
        QuantityCase("It covers 400 square miles.", "400 square miles", 400, "mi2", "quantity.measure"),
        QuantityCase("The car goes 60 mph.", "60 mph", 60, "mph", "quantity.measure"),
        QuantityCase("Up to 5,000 jobs could go.", "Up to 5,000 jobs", 5000, nil, "quantity.count"),
        QuantityCase("Some 30 countries signed.", "Some 30 countries", 30, nil, "quantity.count"),
    ]

    @Test(arguments: cases)
    func reads(_ c: QuantityCase) throws {
        let first = QuantityExtractor.extract(try doc(c.text)).first
        #expect(first?.text == c.read)
        #expect(first?.value == c.value)
        #expect(first?.unit == c.unit)
        #expect(first?.rule == c.rule)
    }
    /// A range's first figure takes its end's unit, though a figure of another unit stands nearer in size before it.
    @Test func aRangeStartTakesItsEndsUnit() throws {
        let d = try doc("Days above 95 °F rise from 11 days a year to 57.1–76.9 days a year by 2080.")
        let q = QuantityExtractor.extract(d)
        #expect(q.first { $0.text == "57.1" }?.unit == "day")
        #expect(q.first { $0.text.contains("95") }?.unit == "°F")
    }

    /// "a hundred and ten" is 110; a bare figure after "Of the 330 basis points …," is part of that whole and takes its
    /// unit, and an irregular past before a preposition ("came from") is no counted noun.
    @Test(
        arguments: [
            ("Of the 330 basis points of decline, about a hundred and ten came from markdowns.", 110, "bp"),
            ("Of those 412 students, 38 went to private schools.", 38, nil),
            ("A hundred and ten people came.", 110, nil),
            ("The margin fell 330 basis points; about 110 came from markdowns.", 110, nil),
        ] as [(String, Double, String?)])
    func aPartOfAWhole(_ text: String, _ value: Double, _ unit: String?) throws {
        let q = Extraction(try doc(text)).quantities.first { $0.value == value }
        #expect(q != nil && q?.unit == unit, "\(String(describing: q))")
    }

    /// A bare figure takes the unit of one it is set against ("21,402 votes to Briggs's 17,960"), but not across a
    /// tally whose first number is no figure ("outshot them 17 to 11").
    @Test(
        arguments: [
            ("Hale won 21,402 votes to Briggs's 17,960 on Tuesday.", 17960, "votes"),
            ("They had 58 percent of possession and outshot the visitors 17 to 11.", 11, nil),
        ] as [(String, Double, String?)])
    func aBareFigureTakesItsPartnersSubject(_ text: String, _ value: Double, _ subject: String?) throws {
        let q = Extraction(try doc(text)).quantities.first { $0.value == value }
        #expect(q != nil && q?.subject == subject && (subject != nil || q?.unit == nil), "\(String(describing: q))")
    }

    /// The level a change in percent moved a thing to is no percentage ("fell nearly 8 percent, to 212"); the end of
    /// a range from one percentage is ("fell from 8 percent to 6").
    @Test(
        arguments: [
            ("Structure fires fell nearly 8 percent, to 212, last year.", 212, nil),
            ("Unemployment fell from 8 percent to 6 over the decade.", 6, "%"),
            // (a level under 100 may be a rate)
            ("The jobless rate rose 0.4 percent, to 4.2.", 4.2, "%"),
        ] as [(String, Double, String?)])
    func theLevelAChangeMovedToIsNoPercentage(_ text: String, _ value: Double, _ unit: String?) throws {
        let q = Extraction(try doc(text)).quantities.first { $0.value == value }
        #expect(q != nil && q?.unit == unit, "\(String(describing: q))")
    }

    /// A percentage is a figure whatever capitalised word stands before it: "| Containment | 35% |" under a row of
    /// another figure is no name with a number ("Boeing 787").
    @Test func aPercentageAfterANameIsAFigure() throws {
        let table = "| Item | Current |\n|---|---|\n| Size | 12,480 acres |\n| Containment | 35% |"
        let q = Extraction(try doc(table)).quantities
        #expect(q.map(\.text) == ["12,480 acres", "35%"], "\(q.map(\.text))")
    }

    @Test func aPartTakesTheSubjectOfItsWhole() throws {
        let q = Extraction(try doc("Of those 412 students, 38 went to private schools.")).quantities
        #expect(q.last?.value == 38 && q.last?.subject == "students")
    }

    /// A hyphenated compound is one word of what a figure counts.
    @Test(arguments: [
        ("The survey covered 48 acute-care hospitals in all.", "acute-care hospitals"),
        ("It covered all 51 of the state's acute-care hospitals.", "state's acute-care hospitals"),
    ])
    func aCompoundInTheSubject(_ text: String, _ subject: String) throws {
        #expect(Extraction(try doc(text)).quantities.first?.subject == subject)
    }
}
