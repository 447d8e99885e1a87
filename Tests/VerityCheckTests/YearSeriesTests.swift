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
        // a word of the past after another figure is that figure's
        ("American black ducks slipped to 1,611, down 407 from a year earlier.", true),
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
}
