import Testing
import VerityCheck

/// A source figure set equal to a noun phrase ("the raise pool this year is …") is of that thing: no other value of
/// an article figure whose sentence does not name it.
@Suite("figures set equal to a subject") struct CopulaSubjectTests {
    static let source = """
        The trustees approved the coach's contract on a 7-2 vote. But the faculty raise pool this year is three point one \
        million dollars, for the whole university.
        """

    @Test(arguments: [
        // the article's sentence names neither the pool nor a synonym of it: no mismatch with the pool's figure
        ("His pay rises by $200,000 each year after that, a raise the trustees approved.", []),
        // it names the pool: the same fact, and another value of it
        ("The faculty raise pool this year is $3.4 million.", ["number.mismatch"]),
        ("The raise pool for the faculty this year comes to $3.4 million.", ["number.mismatch"]),
        // a time between the subject and its verb is skipped, an ordinal with it
        ("The faculty raise pool in the fourth quarter was $3.4 million.", ["number.mismatch"]),
        // the same fact stated rightly
        ("The faculty raise pool this year is $3.1 million.", []),
    ])
    func aFigureIsOfItsSubject(_ sentence: String, _ rules: [String]) throws {
        let f = try check(sentence, [Self.source])
        #expect(asserted(f) == rules, "\(f.map(\.message))")
    }
}
