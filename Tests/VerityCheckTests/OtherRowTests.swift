import Testing
import VerityCheck

/// A table whose rows are things of one kind: the row the article names beside its figure is the one it means.
@Suite("figures of another row in a table") struct OtherRowTests {
    /// (Riesling's −21.0% can also be worked out from its two cells.)
    static let varieties = """
        | Variety | 2026 (tons) | 2025 (tons) | Change |
        |---|---:|---:|---:|
        | Chardonnay | 6,180 | 7,050 | −12.3% |
        | Riesling | 1,090 | 1,380 | −21.0% |
        | All other varieties | 2,040 | 2,264 | −9.9% |
        """

    @Test(arguments: [
        // the value of another row, the row named just before it
        ("Chardonnay fell 21 percent.", true),
        ("Chardonnay fell 12.3 percent.", false),
        // the row the value is of is named in full
        ("Riesling, unlike Chardonnay, fell 21 percent.", false),
        // a row named after the figure, past a comma, is another figure's
        ("Riesling fell 21 percent, more than Chardonnay did.", false),
        // a word of the given row ("All other varieties") stands nearer the figure than the other row's
        ("Chardonnay growers said the other varieties fell 9.9 percent.", false),
    ])
    func theNamedRowIsTheOneMeant(_ sentence: String, _ mismatch: Bool) throws {
        let f = try check(sentence, [OtherRowTests.varieties])
        let flagged = f.filter { $0.rule == "number.mismatch" && $0.message.contains("it gives") }
        #expect(!flagged.isEmpty == mismatch, "\(f.map(\.message))")
        if mismatch { #expect(flagged.first?.message.contains("for Chardonnay it gives −12.3%") == true) }
    }

    /// A word both rows share names neither: "Reservoir" beside the figure is no word of the given row's own.
    @Test(arguments: [
        ("Birch Hollow Reservoir, the smallest of the three, has fallen to 53 percent.", true),
        ("Kettle Creek Reservoir has fallen to 53 percent.", false),
    ])
    func aSharedWordNamesNeitherRow(_ sentence: String, _ mismatch: Bool) throws {
        let table = """
            | Reservoir | Percent of capacity |
            |---|---:|
            | Kettle Creek Reservoir | 53.0% |
            | Birch Hollow Reservoir | 34.0% |
            """
        let f = try check(sentence, [table])
        #expect(f.contains { $0.rule == "number.mismatch" && $0.message.contains("it gives") } == mismatch)
    }

    /// Part of a row's name is named only as a name: "the spending plan" names no "Planning & Development" row.
    @Test(arguments: [("The spending plan grew by $8.0 million.", false), ("Planning grew by $8.0 million.", true)])
    func partOfARowsNameIsANameOnly(_ sentence: String, _ mismatch: Bool) throws {
        let table = """
            **Appropriations by department (in millions of dollars)**

            | Department | Change ($M) |
            |---|---:|
            | Planning & Development | +0.5 |
            | Total general fund | +8.0 |
            """
        let f = try check(sentence, [table])
        #expect(f.contains { $0.rule == "number.mismatch" && $0.message.contains("it gives") } == mismatch)
    }

    /// Two words of a longer row name name it, written as names or not ("Schools … prevention programs" for
    /// "School-based prevention programs"); one lowercase word does not (`partOfARowsNameIsANameOnly`).
    @Test(arguments: [
        ("Schools will get $285,000 for prevention programs.", true),
        ("Schools will get $228,000 for prevention programs.", false),
        ("The county will spend $285,000 on programs.", false),
    ])
    func twoWordsOfALongerNameNameIt(_ sentence: String, _ mismatch: Bool) throws {
        let table = """
            | Category | Amount ($) |
            |---|---:|
            | Naloxone purchase and distribution | 285,000 |
            | School-based prevention programs | 228,000 |
            """
        let f = try check(sentence, [table])
        #expect(f.contains { $0.rule == "number.mismatch" && $0.message.contains("it gives 228,000") } == mismatch)
    }

    /// The words that trail another figure are that figure's ("$220,170 to the town's general fund and $250,000 …"),
    /// and part of a row's name past a comma is of another clause ("For a rider who pays the base fare …, the
    /// increase comes to $3" names no "Base fare (bus and streetcar)").
    @Test(arguments: [
        ("The restitution includes $220,170 to the town's general fund and $250,000 to its insurer.", "220,170"),
        ("For a rider who pays the base fare twice a day, six days a week, the increase comes to $3 a week.", nil),
    ])
    func wordsOfAnotherFigureOrClauseNameNoRow(_ sentence: String, _ flagged: String?) throws {
        let table = """
            Restitution and fares (in dollars)

            | Payee | Amount |
            |---|---:|
            | Town general fund | 842,310 |
            | Water and sewer fund | 220,170 |
            | Municipal risk pool | 250,000 |
            | Paratransit trip | 3.00 |
            | Base fare (bus and streetcar) | 2.00 |
            """
        let f = try check(sentence, [table]).filter { $0.rule == "number.mismatch" }
        #expect(f.map(\.excerpt) == (flagged.map { ["$" + $0] } ?? []), "\(f.map(\.message))")
    }

    /// A list of the parts past commas names the whole too ("in Harlow, Pinecrest and Wexley counties").
    @Test(arguments: [
        ("Crews serve 361,700 homes in Harlow, Pinecrest and Wexley counties.", false),
        ("Crews serve 361,700 homes in Harlow County.", true),
    ])
    func aListOfThePartsMeansTheWhole(_ sentence: String, _ mismatch: Bool) throws {
        let table = """
            | County | Customers served |
            |---|---:|
            | Harlow | 212,000 |
            | Pinecrest | 88,500 |
            | Wexley | 61,200 |
            | **Total** | **361,700** |
            """
        let f = try check(sentence, [table])
        #expect(f.contains { $0.rule == "number.mismatch" } == mismatch, "\(f.map(\.message))")
    }

    /// A sentence that names two parts of a whole means the whole's row ("the Water and Sewer Authority's plan …").
    @Test(arguments: [
        ("The Water and Sewer Authority's plan would bring the typical bill to $116.20.", false),
        ("The sewer charge alone would reach $116.20.", true),
    ])
    func twoPartsNamedMeanTheWhole(_ sentence: String, _ mismatch: Bool) throws {
        let table = """
            Typical monthly bill (USD)

            | Component | 2029 |
            |---|---:|
            | Water | 49.80 |
            | Sewer | 66.40 |
            | **Combined** | **116.20** |
            """
        let f = try check(sentence, [table])
        #expect(
            f.contains { $0.rule == "number.mismatch" && $0.message.contains("for Sewer it gives") } == mismatch,
            "\(f.map(\.message))")
    }

    /// A numbered row ("Year 2") is named by its ordinal ("the first-year installment"), not by its word alone.
    @Test(arguments: [
        ("The first-year installment is $5.4 million.", true),
        ("The second-year installment is $5.4 million.", false),
        ("The first-year installment is $6.2 million.", false),
        ("An installment this year is $5.4 million.", false),
    ])
    func aNumberedRowIsNamedByItsOrdinal(_ sentence: String, _ mismatch: Bool) throws {
        let table = """
            Approved budget by year (in millions of dollars)

            | Budget year | Amount |
            |---|---:|
            | Year 1 | 6.2 |
            | Year 2 | 5.4 |
            | Year 3 | 4.8 |
            """
        let f = try check(sentence, [table])
        #expect(
            f.contains { $0.rule == "number.mismatch" && $0.message.contains("for Year 1 it gives 6.2") } == mismatch,
            "\(f.map(\.message))")
    }

    /// A headline's words name no row for the paragraph under it.
    @Test func aHeadlineNamesNoRow() throws {
        let article = "# Chardonnay growers count their losses\n\nThe harvest of the sweeter grape fell 21 percent."
        let f = try check(article, [OtherRowTests.varieties])
        #expect(f.filter { $0.rule == "number.mismatch" }.isEmpty, "\(f.map(\.message))")
    }

    /// Half the words of a row's header name it ("Lakeview" for "Lakeview General").
    @Test func halfTheWordsNameARow() throws {
        let table = """
            | Hospital | Median wait (min) |
            |---|---:|
            | Lakeview General | 61 |
            | Northgate Community | 48 |
            """
        let f = try check("Patients at Lakeview waited a median of 48 minutes.", [table])
        #expect(f.contains { $0.rule == "number.mismatch" && $0.message.contains("for Lakeview General it gives 61") })
    }

    /// A table that states the article's very value bears it out, though another of its rows shares a word with the
    /// sentence ("spending plan", "Planning & Development"); where the figure's noun names another row ("civil
    /// penalty"), that row is meant and its value differs.
    @Test(arguments: [
        ("The spending plan is $8 million, or about 4.5 percent, larger than the current year's.", false),
        ("The company will pay a $2.4 million civil penalty to the state.", true),
    ])
    func aTableThatStatesTheValueBearsItOut(_ sentence: String, _ mismatch: Bool) throws {
        let budget = """
            General fund by department (in millions of dollars)

            | Department | FY2026 | FY2027 | Change | Change % |
            |---|---:|---:|---:|---:|
            | Planning & Development | 6.1 | 6.6 | +0.5 | +8.2% |
            | **Total general fund** | **179.0** | **187.0** | **+8.0** | **+4.5%** |
            """
        let penalty = """
            Penalty and supplemental project ($000s)

            | Component | Amount |
            |---|---:|
            | Civil penalty, payable to the State | 1,600 |
            | Supplemental environmental project: air monitoring | 800 |
            | Total | 2,400 |
            """
        let f = try check(sentence, [budget, penalty])
        #expect(f.contains { $0.rule == "number.mismatch" } == mismatch, "\(f.map(\.message))")
    }

    /// A share "of the total" names the Total row as its whole, not as the row whose value it gives.
    @Test(arguments: [
        ("Just $76,000, 4 percent of the total, is set aside for administration.", false),
        ("Just $76,000, 5 percent of the total, is set aside for administration.", true),
    ])
    func aShareOfTheTotalIsNoValueOfTheTotalRow(_ sentence: String, _ flagged: Bool) throws {
        let plan = """
            | Category | Amount ($) | Share |
            |---|---:|---:|
            | Treatment and recovery | 1,824,000 | 96% |
            | Administration and reporting | 76,000 | 4% |
            | **Total** | **1,900,000** | **100%** |
            """
        let f = try check(sentence, [plan])
        #expect(f.contains { $0.excerpt.contains("percent") && $0.severity != .info } == flagged, "\(f.map(\.message))")
    }
}
