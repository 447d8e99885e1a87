import Testing
import VerityDocument
@testable import VerityText

/// Figures in Markdown tables: the row's header says what a cell counts, a caption or header scales it.
@Suite("tables") struct TableTests {
    static let budget = """
        ## General Fund expenditures by function ($ millions)

        | Function | FY2026 Adopted | FY2027 Recommended |
        |---|---:|---:|
        | Public Works | 118.3 | 121.0 |
        | **Total General Fund** | **1,760.4** | **1,840.2** |
        """

    @Test func captionScalesCellsAndRowHeaderNamesThem() throws {
        let q = Extraction(try doc(Self.budget)).quantities.filter { $0.header != nil }
        #expect(q.map(\.value) == [118_300_000, 121_000_000, 1_760_400_000, 1_840_200_000])
        #expect(q.allSatisfy { $0.unit == "USD" })
        #expect(q.first?.subject == "Public Works")
        #expect(q.last?.header == "Total General Fund FY2027 Recommended")
    }

    @Test(arguments: [
        (
            "(in thousands, except per share amounts)\n\n| | 2025 |\n|---|---:|\n| Net sales | $1,724,318 |\n| Diluted earnings per share | $0.87 |",
            [1_724_318_000.0, 0.87]
        ),
        ("| Item | Current |\n|---|---|\n| Engines | 62 |\n| Size | 12,480 acres |", [62, 12_480]),
        ("Revenue ($000s)\n\n| Year | Revenue |\n|---|---|\n| 2024 | 5,210 |", [5_210_000]),
        // a header cell scales its own column; the corner cell the table
        ("| County | Destroyed | Loss ($ millions) |\n|---|---:|---:|\n| Bayard | 412 | 611.4 |", [412, 611_400_000]),
        ("| Category | Amount ($) |\n|---|---:|\n| Recovery housing | 380,000 |", [380_000]),
        ("| ($ millions) | 2025 | 2024 |\n|---|---:|---:|\n| Revenue | 61.2 | 58 |", [61_200_000, 58_000_000]),
    ])
    func scales(_ text: String, _ values: [Double]) throws {
        #expect(Extraction(try doc(text)).quantities.filter { $0.header != nil }.map(\.value) == values)
    }

    /// A header that names a currency alone ("Amount ($)") or a price per unit ("Price ($/dozen)") makes its cells
    /// money; a rate of something else per unit ("Flow (ft/s)") does not.
    @Test(
        arguments: [
            ("| Category | Amount ($) | Share |\n|---|---:|---:|\n| Housing | 380,000 | 20% |", ["USD", "%"]),
            (
                "| Month | Retail price ($/dozen) | Hens (millions) |\n|---|---:|---:|\n| May | 4.18 | 9.4 |",
                ["USD", nil]
            ),
            ("| Grade | Price (€ per kg) |\n|---|---:|\n| A | 2.10 |", ["EUR"]),
            ("| Site | Flow (ft/s) |\n|---|---:|\n| Weir | 210 |", [nil]),
            ("| Farm | Yield (pounds per acre) |\n|---|---:|\n| Oak Hill | 2,100 |", ["lb"]),
        ] as [(String, [String?])])
    func aCurrencyHeaderMakesMoney(_ text: String, _ units: [String?]) throws {
        let q = Extraction(try doc(text)).quantities.filter { $0.header != nil }
        #expect(q.map(\.unit) == units)
    }

    /// A column of times or gaps holds spans in seconds ("4:51:36", "+0:28"); a clock reading elsewhere is no figure.
    @Test(arguments: [
        ("| Rider | Time | Gap |\n|---|---:|---:|\n| Wielgosz | 4:51:36 | +0:28 |", [17_496.0, 28]),
        ("| Stop | Departs |\n|---|---:|\n| Main St | 4:51 |", []),
        // a schedule's time of day is no span; a gap may be behind
        ("| Event | Time |\n|---|---:|\n| Doors | 9:30 |", []),
        ("| Rider | Gap |\n|---|---:|\n| Adeyemi | -1:30 |", [-90]),
    ])
    func aColumnOfTimesHoldsSpans(_ text: String, _ seconds: [Double]) throws {
        let q = Extraction(try doc(text)).quantities.filter { $0.unit == "s" }
        #expect(q.map(\.value) == seconds)
    }

    /// "(in millions, except per-share data)" over "$2,418.6" and "402.7": dollars throughout, EPS rows unscaled, and a
    /// percentage sign in the next cell stays there.
    @Test func aTableOfMoney() throws {
        let text = """
            **Consolidated results** (in millions, except per-share data)

            | | Q2 2025 | Change |
            |---|---:|---:|
            | Net sales | $2,418.6 | +5.1% |
            | Adjusted EBITDA | 402.7 | +8.5% |
            | Margin | 16.7% | +0.6 pp |
            | Diluted EPS | $1.12 | +14.3% |
            """
        let q = Extraction(try doc(text)).quantities
        #expect(q.map(\.value) == [2_418_600_000, 5.1, 402_700_000, 8.5, 16.7, 0.6, 1.12, 14.3])
        #expect(q.map(\.unit) == ["USD", "%", "USD", "%", "%", "pp", "USD", "%"])
        #expect(q[2].subject == "Adjusted EBITDA")
    }

    @Test func aHeaderGivesItsUnit() throws {
        let text =
            "| Hospital | Within 4 hours (%) | Median wait (min) |\n|---|---:|---:|\n| Lakeview General | 82.6 | 61 |"
        let q = Extraction(try doc(text)).quantities.filter { $0.header != nil }
        #expect(q.map(\.unit) == ["%", "min"] && q.map(\.value) == [82.6, 61])
    }

    /// A row that names its own scale keeps it, and counts no money: "Skier visits (thousands)" in a table "in
    /// millions of US dollars".
    @Test func aRowsOwnScaleIsKept() throws {
        let text = """
            **Summary of results (in millions of US dollars, except skier visits)**

            | | FY2026 |
            |---|---:|
            | Skier visits (thousands) | 612 |
            | Total revenue | 68.4 |
            """
        let q = Extraction(try doc(text)).quantities.filter { $0.header != nil }
        #expect(q.map(\.value) == [612_000, 68_400_000] && q.map(\.unit) == [nil, "USD"])
    }

    /// A caption's unit is its cells' unless a column names its own ("Change (pp)").
    @Test func aCaptionGivesItsUnit() throws {
        let text = """
            **Table 2. Graduation rate by student group (percent)**

            | Student group | Class of 2026 | Change (pp) |
            |---|---:|---:|
            | Low-income | 82.6 | +3.7 |
            """
        let q = Extraction(try doc(text)).quantities.filter { $0.header != nil }
        #expect(q.map(\.unit) == ["%", "pp"] && q.map(\.value) == [82.6, 3.7])
    }

    /// A caption's unit may take two words and be followed by a note after a comma.
    @Test func aCaptionsUnitMayHaveTwoWordsAndANote() throws {
        let text = """
            ## Table 1. Catch limits (metric tons, meat weight)

            | Measure | FY2026 |
            |---|---:|
            | General category allocation | 398 |
            """
        let q = Extraction(try doc(text)).quantities.filter { $0.header != nil }
        #expect(q.map(\.unit) == ["t"] && q.map(\.value) == [398])
    }

    /// A header that is a unit's word names its cells' unit ("Acres burned"); not after "per", nor in a compound with
    /// a number ("one-hour limit"), nor a word of no unit.
    @Test func aHeaderWordGivesItsUnit() throws {
        let text = """
            | Region | Fires | Acres burned | Residents per square mile | Breaches of one-hour limit |
            |---|---:|---:|---:|---:|
            | Central Valley | 655 | 48,910 | 212 | 41 |
            """
        let q = Extraction(try doc(text)).quantities.filter { $0.header != nil }
        #expect(q.map(\.value) == [655, 48_910, 212, 41])
        #expect(q.map(\.unit) == [nil, "acre", nil, nil])
    }

    @Test func proseIsNoTable() throws {
        let q = Extraction(try doc("The fire (in millions of acres, they said) grew to 12 acres.")).quantities
        #expect(q.allSatisfy { $0.header == nil } && q.contains { $0.value == 12 && $0.unit == "acre" })
    }

    /// A cell that is a bare figure is a quantity, with the unit its column's header names; a year is none.
    @Test func aBareCellIsAFigure() throws {
        let table = """
            | Hospital | Median wait (min) | Opened |
            |---|---:|---:|
            | St. Brendan's | 94 | 1998 |
            | Lakeview | 61 | 2004 |
            """
        let q = Extraction(try doc(table)).quantities
        #expect(q.map(\.value) == [94, 61])
        #expect(q.allSatisfy { $0.unit == "min" && $0.rule == "table.cell" })
        #expect(TableReader.bareFigure("−3.5")! == (-3.5, 0.1))
        #expect(TableReader.bareFigure("1,250")! == (1250, 1))
        #expect(TableReader.bareFigure("n/a") == nil)
    }
}
