import Testing
import VerityCheck

/// A figure the sources bear out, restated beside it in another unit, must say the same.
@Suite("figures restated in another unit") struct RestatementTests {
    static let source =
        "- The average time to prepare a vacant unit was 214 days.\n- The quarry covers 86 acres.\n"
        + "- Average temperatures have risen 2.8 °C since 1950."

    @Test(arguments: [
        ("It took an average of 214 days — nearly nine months — to prepare a vacant unit.", ["number.mismatch"]),
        ("It took an average of 214 days — about seven months — to prepare a vacant unit.", []),
        ("The quarry covers 86 acres (about 35 hectares).", []),
        ("The quarry covers 86 acres (about 50 hectares).", ["number.mismatch"]),
        // a rise in one scale is a rise in the other
        ("Average temperatures have risen 2.8 °C (about 5 °F) since 1950.", []),
        // two figures of two things, not joined as a restatement
        ("It took 214 days to prepare a vacant unit, and another 30 days to lease it.", []),
    ])
    func aRestatementSaysTheSame(_ article: String, _ rules: [String]) throws {
        let f = try check(article, [Self.source])
        #expect(asserted(f) == rules, "\(f.map(\.message))")
    }
}
