import Testing

/// "Today" right after a figure is "nowadays": a source's "today" of the day before does not dispute it; a "today"
/// that dates an event still does.
@Suite("today as nowadays") struct NowadaysTests {
    static let source = """
        ---
        date: 2026-09-16
        ---
        WHITCOMBE: Lithium batteries for the grid cost somewhere around a hundred and forty dollars a kilowatt-hour \
        today. The department released its award today. The department released 40 awards today.
        """

    @Test(arguments: [
        ("Whitcombe said lithium batteries for the grid cost roughly $140 per kilowatt-hour today.", false),
        ("Whitcombe said lithium batteries for the grid cost roughly $140 a kilowatt-hour today.", false),
        ("The department released its award today, Whitcombe said.", true),
        // a figure right before "today" is no "per" unit: the day is the article's
        ("The department released 40 awards today, Whitcombe said.", true),
    ])
    func todayAfterAFigureIsNoDay(_ article: String, _ mismatch: Bool) throws {
        let f = try check("---\ndate: 2026-09-17\n---\n" + article, [Self.source])
        #expect(f.contains { $0.rule == "date.mismatch" } == mismatch, "\(f.map(\.message))")
    }
}
