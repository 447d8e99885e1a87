import Testing
import VerityCheck

/// Figures of a kind of their own: a per-share amount is compared only with per-share amounts, and a change in points
/// given as a change in percent is a mismatch; a source figure the article states itself is no other value of this one.
@Suite("kinds of figure") struct FigureKindTests {
    static let results = "| | Q3 2026 |\n|---|---:|\n| Net sales | $618.4 million |\n| Diluted EPS | $0.71 |"
    static let outlook = """
        | | Previous outlook | Updated outlook |
        |---|---|---|
        | Net sales | $2.65 billion – $2.75 billion | $2.45 billion – $2.52 billion |
        | Diluted EPS | $3.40 – $3.60 | $2.65 – $2.80 |
        """

    @Test func aPerShareAmountIsBorneOutByAPerShareRow() throws {
        let f = try check("Profit dropped to 71 cents a share, the company said.", [Self.results])
        #expect(f.isEmpty, "\(f.map(\.message))")
    }

    @Test func aPerShareRangeIsComparedWithThePerShareRow() throws {
        // the article states "$3.40" itself, as the previous outlook: the updated $2.65 is what $2.55 gets wrong
        let f = try check(
            "It lowered its earnings outlook to $2.55 to $2.80 a share, from $3.40 to $3.60.", [Self.outlook])
        let m = f.filter { $0.rule == "number.mismatch" && $0.severity != .info }
        #expect(m.count == 1 && m[0].message.hasSuffix("says $2.65"), "\(f.map(\.message))")
    }

    @Test(arguments: [
        ("Gross margin rose 2.1 percent, to 33.5 percent of sales, on lower freight costs.", true),
        ("Gross margin rose 2.1 percentage points, to 33.5 percent of sales, on lower freight costs.", false),
        ("Gross margin rose 2.3 percent, to 33.5 percent of sales, on lower freight costs.", false),
    ])
    func pointsGivenAsPercent(_ article: String, _ flagged: Bool) throws {
        let f = try check(
            article,
            ["Gross margin was 33.5 percent, up 2.1 percentage points from a year ago, on lower freight costs."])
        #expect(
            f.contains { $0.message.contains("a change in points, not in percent") } == flagged, "\(f.map(\.message))")
    }
}
