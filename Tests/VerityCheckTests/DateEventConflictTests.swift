import Testing
import VerityCheck

/// sources.conflict on dates: two sources date one event otherwise only when a word beside both dates says it is the
/// same event. A preposition they share ("since") says nothing of which event it is.
@Suite("dates of one event") struct DateEventConflictTests {
    @Test(arguments: [
        ("Our crews have been out since three a.m. Sunday. Some have worked sixteen-hour shifts.", false),
        ("Our crews have spread salt on every street since Sunday.", true),
    ])
    func aSharedPrepositionIsNoSameEvent(_ said: String, _ conflict: Bool) throws {
        let day = "---\ndate: 2026-01-26\n---\n"
        let f = try check(
            day + "The city has 142 plows out and has spread nearly 10,000 tons of salt since Saturday. Crews had "
                + "been out since 3 a.m. Sunday.",
            [
                day + "Plows deployed: 142\nSalt spread since Saturday: 9,800 tons",
                day + "GIL MARROQUIN (PUBLIC WORKS DIRECTOR): \(said)",
            ])
        #expect(f.contains { $0.rule == "sources.conflict" } == conflict, "\(f.map(\.message))")
    }
}
