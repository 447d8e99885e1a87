import Testing
import VerityCheck

/// A table that gives one thing year by year: the article's figure must be the value of the year it means.
@Suite("figures of another year in a table") struct YearSeriesTests {
    static let species = """
        | Species | 2025 | 2024 |
        |---|---:|---:|
        | Canada goose | 9,870 | 12,455 |
        | American black duck | 1,204 | 1,611 |
        """

    /// A figure stated as the present one is the latest year's; one said to be earlier may be an earlier year's.
    @Test(arguments: [
        ("American black ducks fell to 1,611.", true),
        ("American black ducks fell to 1,204.", false),
        ("American black ducks fell to 1,204 from 1,611.", false),
        ("Black ducks numbered 1,611 a year earlier.", false),
        ("After 1,611 were counted in 2024, black ducks fell.", false),
        ("A year ago, American black ducks numbered 1,611.", false),
        // a word of the past after another figure is that figure's
        ("American black ducks slipped to 1,611, down 407 from a year earlier.", true),
        // a "when" clause hung on an earlier time is of that time
        ("Black ducks are fewer than a year ago, when counters found 1,611.", false),
        ("Black ducks are fewer than a year ago, when counters were out; American black ducks fell to 1,611.", true),
        ("Black ducks are fewer than a year ago, when counters found 400 geese; they found 1,611 ducks.", true),
    ])
    func thePresentFigureIsTheLatestYears(_ sentence: String, _ mismatch: Bool) throws {
        let f = try check("---\ndate: 2026-01-09\n---\n" + sentence, [YearSeriesTests.species])
        let flagged = f.filter { $0.rule == "number.mismatch" && $0.message.contains("for 2024") }
        #expect(!flagged.isEmpty == mismatch, "\(f.map(\.message))")
        if mismatch { #expect(flagged.first?.message.contains("for 2025 it gives 1,204") == true) }
    }

    /// A latest column past the article's own year is a projection, not the present.
    @Test func aColumnPastTheArticlesYearIsNotThePresent() throws {
        let f = try check("---\ndate: 2024-12-01\n---\nAmerican black ducks fell to 1,611.", [YearSeriesTests.species])
        #expect(f.filter { $0.severity != .info }.isEmpty, "\(f.map(\.message))")
    }

    /// A year named beside the figure ("last year") names its row when the sentence cites that row's value of
    /// another column: "on revenue of $716 million" is last year's, so the $21 million loss beside it is too.
    @Test(arguments: [
        ("Mercy Vale posted an operating loss of $21 million last year, on operating revenue of $716 million.", true),
        ("Mercy Vale posted an operating loss of $38 million last year, on operating revenue of $716 million.", false),
        // the sentence cites no other value of that year's row: the $21 million may be of something else
        ("Mercy Vale posted an operating loss of $21 million last year.", false),
    ])
    func anotherColumnOfTheYearNamesItsRow(_ sentence: String, _ mismatch: Bool) throws {
        let table = """
            | Fiscal year | Operating revenue | Operating result |
            |---|---:|---:|
            | FY2024 | $702 million | −$21 million |
            | FY2025 | $716 million | −$38 million |
            """
        let f = try check("---\ndate: 2026-03-12\n---\n" + sentence, [table])
        #expect(
            f.contains { $0.rule == "number.mismatch" && $0.message.contains("for 2025") } == mismatch,
            "\(f.map(\.message))")
    }

    /// A plural WordNet does not know is the word's ("Townhome" for "Townhomes"), and the very value of the row
    /// bears the figure out before a bound that also admits it ("five or more units"): then it is the wrong year's.
    @Test(arguments: [("Townhome permits climbed to 268.", true), ("Townhome permits climbed to 311.", false)])
    func anUnknownPluralNamesItsRow(_ sentence: String, _ mismatch: Bool) throws {
        let table = """
            Permits for buildings with five or more units made up half the total.

            | Building type | 2023 | 2024 | 2025 |
            |---|---:|---:|---:|
            | Townhomes | 214 | 268 | 311 |
            | Five or more units | 1,320 | 988 | 1,455 |
            """
        let f = try check("---\ndate: 2026-02-12\n---\n" + sentence, [table])
        #expect(
            f.contains { $0.rule == "number.mismatch" && $0.message.contains("for 2025 it gives 311") } == mismatch,
            "\(f.map(\.message))")
    }

    /// A year written beside the figure names the row of a year-by-year column, when the sentence cites that column.
    @Test(arguments: [
        ("The violations peaked at 58 in 2023, then eased to 41 in 2024.", true),
        ("The violations peaked at 58 in 2023, then eased to 38 in 2024.", false),
        // the sentence cites no other value of the column: the 41 may be of something else
        ("The plant's 41 stacks were inspected in 2024.", false),
    ])
    func aWrittenYearNamesItsRow(_ sentence: String, _ mismatch: Bool) throws {
        let table = """
            | Year | Exceedances of one-hour SO2 limit |
            |---|---:|
            | 2022 | 41 |
            | 2023 | 58 |
            | 2024 | 38 |
            """
        let f = try check(sentence, [table])
        #expect(f.contains { $0.rule == "number.mismatch" && $0.message.contains("for 2022") } == mismatch)
    }

    static let prices = """
        | Month | Retail price ($/dozen) | Wholesale price ($/dozen) |
        |---|---:|---:|
        | February 2026 | 4.18 | 2.61 |
        | January 2026 | 4.72 | 3.05 |
        | February 2025 | 6.35 | 5.80 |
        """

    /// Rows of months: a month the sentence names is that month's row, of the year beside it or else the latest up
    /// to the article's date; a figure with no month is the latest row's.
    @Test(
        arguments: [
            (
                "Wholesale prices fell to $3.05 a dozen in February.",
                "for January 2026; for February 2026 it gives 2.61"
            ),
            ("Wholesale prices fell to $2.61 a dozen in February.", nil),
            ("Wholesale prices were $3.05 a dozen in January.", nil),
            ("Wholesale prices were $5.80 a dozen in February 2025.", nil),
            ("Wholesale prices were $5.80 a dozen in February a year earlier.", nil),
            // (a year written out names its row only where the sentence cites another value of the column, as above)
            ("Wholesale prices were $2.61 a dozen in February 2025.", nil),
            (
                "Wholesale prices were $3.05 in January 2026 and $2.61 in February 2025.",
                "for February 2026; for February 2025 it gives 5.80"
            ),
            ("Wholesale prices fell to $3.05 a dozen.", "for January 2026; for February 2026 it gives 2.61"),
        ] as [(String, String?)])
    func aMonthNamesItsRow(_ sentence: String, _ message: String?) throws {
        let f = try check("---\ndate: 2026-03-05\n---\n" + sentence, [YearSeriesTests.prices])
        let flagged = f.filter { $0.rule == "number.mismatch" && $0.severity != .info }
        #expect(
            flagged.first?.message.components(separatedBy: "gives ").dropFirst().joined(separator: "gives ")
                == message, "\(f.map(\.message))")
    }
}
