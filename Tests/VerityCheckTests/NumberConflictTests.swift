import Testing
@testable import VerityCheck
import VerityDocument
import VerityText

/// sources.conflict on values: every other source's own passage about the fact is compared, money as counts are; two
/// figures the article itself tells apart, a bound, and the parts of a worked-out figure are no conflict.
@Suite("sources that disagree on a figure") struct NumberConflictTests {
    func conflicts(_ article: String, _ sources: [String]) throws -> [String] {
        try check(article, sources).filter { $0.rule == "sources.conflict" }.map(\.message)
    }

    @Test func moneyConflictsWithoutACountedNoun() throws {
        let f = try conflicts(
            "The city paid $2.7 million to private plowing contractors last winter.",
            [
                "Finding 3: the department made $2.7 million in payments to private plowing contractors.",
                "Payments to private contractors came to $2.4 million for the winter, the department said.",
            ])
        #expect(f.count == 1 && f[0].contains("$2.4 million"), "\(f)")
    }

    @Test func aSourceThatSaysLessOfTheFactIsComparedToo() throws {
        // the owner's short statement bears the article out; the Coast Guard's fuller account says five
        let f = try conflicts(
            "All seven crew members aboard the trawler were rescued early Sunday.",
            [
                "All 7 of our crew are home safe tonight.",
                "The Coast Guard rescued five crew members early Sunday after their trawler began taking on water.",
            ])
        #expect(f.count == 1 && f[0].contains("five crew members"), "\(f)")
    }

    @Test func aSourceThatStatesTheValueItselfDoesNotDisputeIt() throws {
        // the release's table row bears the transcript out; its prose's 85.6 percent is last year's statewide rate
        let release = """
            Statewide, 85.9 percent of students graduated within four years, up from 85.6 percent for the Class of 2025.

            **Table 2. Four-year graduation rate by student group (percent)**

            | Student group | Class of 2026 | Class of 2025 |
            |---|---:|---:|
            | All students | 87.4 | 84.1 |
            """
        let article =
            "The district's four-year graduation rate rose 3.3 percentage points, to 87.4 percent, for the Class of 2026."
        let spoken = "Eighty-seven point four percent. It is the highest four-year graduation rate since 2011."
        #expect(try conflicts(article, [spoken, release]).isEmpty)
        #expect(try conflicts(article, [spoken, release.replacingOccurrences(of: "87.4", with: "86.1")]).count == 1)
    }

    @Test func aWordOfMovementIsNoCountedNoun() throws {
        // "increase" says which way the figure goes; a table's total row bears it out and the address says otherwise
        let f = try conflicts(
            "The executive proposed a general fund budget for next year, a 4.5 percent increase.",
            [
                "| Fund | FY2026 | Change |\n|---|---|---|\n| General Fund — total | 1,840.2 | 4.5% |",
                "This budget keeps the general fund increase to 3.9 percent for the year.",
            ])
        #expect(f.count == 1 && f[0].contains("3.9 percent"), "\(f)")
    }

    @Test func aStandInNounCountsWhatItsWordsSay() throws {
        // "locations" stands in for the chain's stores
        let article = "The chain opened 14 stores and ended the quarter with 412 locations in 38 states."
        let f = try conflicts(
            article,
            [
                "The company opened 14 new stores and ended the quarter with 412 stores in 38 states.",
                "As of the end of the quarter, we operated 421 stores in 38 states.",
            ])
        #expect(f.count == 1 && f[0].contains("421 stores"), "\(f)")
    }

    /// A measure in a unit says what kind of thing it is: an order's "14.1 miles (22.7 km)" disputes "17 miles
    /// offshore", though neither names a counted noun. A bare number needs its noun: "14" alone says nothing.
    @Test(arguments: [("14.1 miles (22.7 km)", true), ("14", false)])
    func aMeasureConflictsWithoutACountedNoun(_ value: String, _ conflict: Bool) throws {
        let f = try conflicts(
            "The commission granted a certificate for up to 62 turbines. The turbines will stand more than 17 miles "
                + "offshore.",
            [
                "The commission granted a certificate for a wind farm to be built more than 17 miles off the coast.",
                "Turbines authorized: up to 62\nNearest turbine to shore: \(value)",
            ])
        #expect(f.isEmpty == !conflict, "\(f)")
    }

    /// A difference ("27 seconds slower than in 2024") is no other value of a level ("8 minutes 15 seconds", whose
    /// seconds read as a figure of their own); another source's difference is.
    @Test(arguments: [
        ("2024: 8 minutes 15 seconds", false), ("2025: 8 minutes 46 seconds, 31 seconds slower than in 2024", true),
    ])
    func aDifferenceIsNoOtherValueOfALevel(_ line: String, _ conflict: Bool) throws {
        let f = try conflicts(
            "On 90 percent of emergency calls, the first unit arrived within 8 minutes, 42 seconds, 27 seconds slower "
                + "than in 2024.",
            [
                "FIRE CHIEF: Our ninety-percent response time last year was eight minutes and forty-two seconds. "
                    + "That's twenty-seven seconds slower than the year before.",
                "90th-percentile response time, emergency calls, \(line)",
            ])
        #expect(f.contains { $0.contains("twenty-seven seconds slower") } == conflict, "\(f)")
    }

    /// A bound's own "more than" is no word of comparison: "more than 400 broken poles" is not 25 and 382 added up,
    /// so the source that says 382 poles disputes it.
    @Test func aBoundIsNoSumOfTheOtherSourcesFigures() throws {
        let f = try conflicts(
            "Crews have replaced more than 400 broken poles since the storm.",
            [
                "Crews have replaced more than 400 broken poles since Sunday.",
                "By Tuesday, crews had replaced 382 poles and 25 transformers.",
            ])
        #expect(f.count == 1 && f[0].contains("382"), "\(f)")
    }

    static let paper =
        "Each 10-point increase in canopy was associated with a mean reduction of 1.5 °C in surface "
        + "temperature; in the hottest tenth of blocks the reduction in surface temperature reached 2.8 °C."

    @Test(arguments: [
        // two figures the article tells apart
        (
            "City had 17 shots to Rovers' nine in the second half.",
            ["Rovers managed nine shots in the second half.", "We had 17 shots in the second half, the coach said."]
        ),
        // a bound is no other value of a figure
        (
            "Residential assessments rose 6.2 percent this year.",
            [
                "Residential assessments rose 6.2 percent in the reassessment this year.",
                "Residential reserves rose above ten percent this year.",
            ]
        ),
        // the parts of a worked-out figure
        (
            "Lung function improved by 84 milliliters more than on placebo.",
            [
                "On lung function we saw an improvement of about eighty-four milliliters over placebo at week 52.",
                "| Endpoint at week 52 | Drug | Placebo |\n|---|---|---|\n| Lung function change (mL) | +142 | +58 |",
            ]
        ),
        // a table's row the article names is not what another document's figure of another place states
        (
            "The Central Valley had the most fires, but they burned 48,910 acres.",
            [
                "| Region | Fires | Acres burned |\n|---|---:|---:|\n| Central Valley | 655 | 48,910 |",
                "Incident: Tolliver Ridge Fire\nFires merged: 3\nAcres burned: 71,480",
            ]
        ),
        // … though the row's name opens the sentence
        (
            "Harlow County, the hardest hit, had 96,300 customers out at the peak.",
            [
                "| County | Customers served | Out at peak |\n|---|---:|---:|\n| Harlow | 212,000 | 96,300 |",
                "At the peak, early Sunday, we had a hundred and eighty-seven thousand customers out.",
            ]
        ),
        // a source that states both values: the paper gives the mean and the hottest tenth, the release the mean
        (
            "In the hottest tenth of blocks, the reduction in surface temperature reached 2.8 degrees Celsius.",
            [paper, "The reduction in surface temperature was about 1.5 degrees Celsius, on average."]
        ),
    ])
    func noConflict(_ article: String, _ sources: [String]) throws {
        let f = try conflicts(article, sources)
        #expect(f.isEmpty, "\(f)")
    }

    /// A figure of another year in its own clause ("since 2016, when 34 people were killed") is no other value of a
    /// figure whose clause says last year, though neither year stands right beside the figures.
    @Test(arguments: [("since 2016, when 34 people were killed", false), ("with 34 people killed on them", true)])
    func aFigureOfAnotherYearsClauseIsNoConflict(_ tail: String, _ conflict: Bool) throws {
        let f = try conflicts(
            "Thirty-one people were killed in crashes on the city's streets last year, the report said.",
            [
                "---\ndate: 2026-03-10\n---\nThirty-one people died on our streets last year.",
                "---\ndate: 2026-03-10\n---\n2025 was the deadliest year on the city's streets \(tail).",
            ])
        #expect(f.isEmpty == !conflict, "\(f)")
    }
}

/// A comparative after a figure and its unit makes it a difference; after a counted noun it tells which of them.
@Suite("differences") struct ComparisonTests {
    @Test(arguments: [
        ("The unit arrived 27 seconds slower than in 2024.", "27", true),
        ("The district counted 12 children younger than 5.", "12", false),
    ])
    func aComparativeAfterTheUnitMakesADifference(_ text: String, _ figure: String, _ difference: Bool) throws {
        let ex = Extraction(try Document(path: "a.md", text: text, format: .markdown))
        let q = try #require(ex.quantities.first { $0.text.hasPrefix(figure) })
        #expect(NumberRules.comparison(ex, q) == difference)
    }
}
