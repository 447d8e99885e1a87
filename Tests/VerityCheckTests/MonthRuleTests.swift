import Testing
import VerityCheck

/// A month written with its year is compared with the source months of the same passage.
@Suite("months of events") struct MonthRuleTests {
    @Test(arguments: [
        // the same arrest, another month (the verbs are synonyms, the noun before both is one)
        ("Sandoval, who has been held since his arrest in September 2024, was remanded.", true),
        ("Sandoval, who has been held since his arrest in August 2024, was remanded.", false),
        // a day of the month the source names bears the month out
        ("Offshore construction is to begin in June 2028.", false),
        ("Offshore construction is to begin in June 2027.", true),
        // a month without its year is left alone
        ("Offshore construction is to begin in June.", false),
        // another event of another passage
        ("The company opened its first office in March 2019.", false),
    ])
    func aMonthOfTheSamePassage(_ article: String, _ mismatch: Bool) throws {
        let src = """
            Sandoval has been detained since his arrest in August 2024.

            Work on the onshore substation will begin in spring 2027, with offshore construction starting on June 12, \
            2028.
            """
        let f = try check("---\ndate: 2026-05-06\n---\n" + article, [src])
        #expect(f.contains { $0.rule == "date.mismatch" } == mismatch, "\(f.map(\.message))")
    }
}
