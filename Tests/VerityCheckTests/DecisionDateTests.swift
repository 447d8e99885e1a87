import Testing

/// A body's decision is one event in any of its verbs ("approved Monday" / "Adopted: May 5"); a date the article
/// reads from its own ("on Tuesday") is of the days around it, never of a source date years away.
@Suite("dates of decisions") struct DecisionDateTests {
    @Test(arguments: [
        ("The Westbury City Council approved Monday a minimum wage that will rise to $17.75 an hour by 2028.", true),
        ("The Westbury City Council approved Tuesday a minimum wage that will rise to $17.75 an hour by 2028.", false),
    ])
    func anApprovalIsDatedByTheAdoption(_ article: String, _ mismatch: Bool) throws {
        let f = try check(
            "---\ndate: 2026-05-06\n---\n" + article,
            [
                "---\ndate: 2026-05-05\n---\n# Ordinance 2026-14 (Citywide Minimum Wage)\n\nAdopted: May 5, 2026. "
                    + "Vote: 6-3. The minimum wage rises to $17.75 an hour in 2028."
            ])
        #expect(f.contains { $0.rule == "date.mismatch" } == mismatch, "\(f.map(\.message))")
    }

    @Test(arguments: [("January 1, 2021", false), ("Monday, May 4", true)])
    func aRelativeDayIsNotHeldAgainstADateYearsAway(_ when: String, _ mismatch: Bool) throws {
        let f = try check(
            "---\ndate: 2026-05-06\n---\nThe minimum wage for large employers rose on Tuesday to $15 an hour.",
            ["---\ndate: 2026-05-05\n---\nThe minimum wage for large employers rose to $15 an hour on \(when)."])
        #expect(f.contains { $0.rule == "date.mismatch" } == mismatch, "\(f.map(\.message))")
    }
}
