import Testing
import VerityCheck

/// A fraction in words is a share, compared with the sources' percentages within the reach of the word.
@Suite("fractions as shares") struct FractionShareTests {
    static let source = """
        April 1 snowpack at the basin's monitoring sites has declined 23 percent since 1955. The city sent 33 percent \
        of the new revenue to schools. The central bank cut its rate by 25 basis points. \
        The fund balance is $21.3 million (11.4% of general fund expenditures). \
        Confirmed cases: 23. Some 38 percent of county households have no broadband.
        """

    @Test(arguments: [
        // the share a fraction names is far from the source's
        ("The snowpack at the basin's monitoring sites has fallen by nearly a third since 1955.", ["number.mismatch"]),
        ("The snowpack at the basin's monitoring sites has fallen by nearly a quarter since 1955.", []),
        ("The city sent a third of the new revenue to schools.", []),
        ("The city sent a fifth of the new revenue to schools.", ["number.mismatch"]),
        // a fraction of a unit, or a part of a game, is no share; nor is a fraction no source states a finding
        ("The central bank cut its rate by a quarter point.", []),
        ("For a half, the visitors looked every inch the favourites.", []),
        ("Two-thirds of the seats were empty.", []),
        // a share of the same whole, but of another part: no word beside both figures but the whole's
        ("Police account for more than a third of the general fund.", []),
        // a ratio is a statistic a source must state; a share of a count the article gives is worked out
        ("Roughly one in five county households has no broadband.", ["number.mismatch"]),
        ("Nearly two in five county households have no broadband.", []),
        ("Roughly one in four county children lacks a library card.", ["number.unsourced"]),
        ("Nineteen were hospitalized, more than four in five of the confirmed cases.", []),
        ("Nineteen were hospitalized, about one in five of the confirmed cases.", ["number.unsourced"]),
        // a decimal before "in" is no ratio's part: no share of the households
        ("The index of county households with no broadband rose 0.2 in the first quarter.", []),
    ])
    func aFractionIsAShare(_ sentence: String, _ rules: [String]) throws {
        let f = try check(sentence, [Self.source])
        #expect(asserted(f) == rules, "\(f.map(\.message))")
    }
}
