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

/// A form in -ing that starts or ends something names its date's event ("a five-year term beginning July 1"): the
/// day a board voted is not that term's start, though the two passages share the contract's words. A date of the
/// same start still disagrees.
@Suite("dates a participle names") struct StartParticipleTests {
    static let minutes =
        "---\ndate: 2026-06-02\nkind: minutes\n---\nThe regular meeting of the Board of Education was called to "
        + "order at 7:00 p.m. on Tuesday, June 2, 2026.\n\nItem 9. Director of Operations Glen Farraday presented "
        + "the recommendation to award the contract to Crestline Student Transit LLC for a five-year term beginning "
        + "July 1, 2026, at a total cost not to exceed $41.5 million."

    @Test(arguments: [
        (
            "Students will ride with a new bus company this fall after the Board of Education voted 5-2 on Tuesday "
                + "to hand a five-year, $41.5 million transportation contract to Crestline Student Transit.", false
        ),
        ("Crestline Student Transit's five-year term begins on July 2, 2026.", true),
    ])
    func aStartsParticipleNamesItsEvent(_ article: String, _ mismatch: Bool) throws {
        let f = try check("---\ndate: 2026-06-03\n---\n" + article, [Self.minutes])
        #expect(f.contains { $0.rule == "date.mismatch" } == mismatch, "\(f.map(\.message))")
    }
}
