import Testing
@testable import VerityCheck

/// Which source figure states the article's fact: the tolerance of "about", a near miss between two sources, and a
/// figure of something else that happens to agree.
@Suite("figures of the same fact") struct NumberFactTests {
    @Test(arguments: [
        // "approximately 21" rounds to 20–22: 23 is another count
        ("23 cars of the train derailed near Ashmore.", "The train derailed approximately 21 cars near Ashmore.", true),
        (
            "23 cars of the train derailed near Ashmore.", "The train derailed approximately 23 cars near Ashmore.",
            false
        ),
        // a twentieth of a large round figure is within "about"
        ("About 19,000 vehicles use the road a day.", "About 19,800 vehicles use the road each day.", false),
    ])
    func aboutRoundsToItsLastDigitOrATwentieth(_ article: String, _ other: String, _ conflict: Bool) throws {
        let f = try check(article, ["Investigators said the train derailed 23 cars near Ashmore.", other])
        if article.hasPrefix("About") {
            #expect(try check(article, [other]).isEmpty)
        } else {
            #expect(f.map(\.rule) == (conflict ? ["sources.conflict"] : []))
        }
    }

    @Test func twoCountsOfDifferentThingsAreNoConflict() throws {
        // both sources speak of the outbreak, but two cases elsewhere and eight new ones are two facts
        let f = try check(
            "Across the state, 41 measles cases had been reported this year as of Feb. 14, according to the state "
                + "Department of Health, which says two cases in other counties are linked to the Brennan outbreak.",
            [
                "Notes: The index case was confirmed in January. Two cases in other counties are epidemiologically "
                    + "linked to the Brennan County outbreak. The table is updated each Thursday.",
                "The Brennan County Health Department today confirmed eight additional cases of measles, bringing the "
                    + "total in the current outbreak to 37.",
            ])
        #expect(!f.contains { $0.rule == "sources.conflict" })
    }

    static let budget = """
        ## General fund expenditures ($ millions)

        | Function | FY2026 | FY2027 |
        |---|---:|---:|
        | Public Safety — total | 588.0 | 612.3 |
        | Police Department | 324.5 | 338.9 |
        | Fire and Emergency Medical Services | 213.1 | 221.6 |
        """

    @Test(arguments: [
        // the total of a function is not its police department's share
        ("The budget includes $612.3 million for the police department.", ["number.mismatch"]),
        ("The budget includes $338.9 million for the police department.", []),
        ("The budget includes $612.3 million for public safety.", []),
    ])
    func aPartIsNotItsTotal(_ article: String, _ rules: [String]) throws {
        #expect(try check(article, [Self.budget]).map(\.rule) == rules)
    }

    @Test func aFigureOfAnotherNounIsNotTheSameFact() throws {
        // "career games" and "career points" share a word, not their counted noun
        let f = try check(
            "Ostrowski scored in all 118 career games.",
            ["Ostrowski played 118 career games.", "Ostrowski broke the record of 2,198 career points."])
        #expect(!f.contains { $0.rule == "number.mismatch" })
    }

    @Test(arguments: [
        // miles for kilometres, the direction written with or without its hyphen
        ("The aircraft was then about 140 miles northeast of the city.", ["number.mismatch"]),
        ("The aircraft was then about 87 miles northeast of the city.", []),
    ])
    func aDistanceIsOfItsPlaceNotOfItsDirection(_ article: String, _ rules: [String]) throws {
        let source = "At the time, the aircraft was approximately 140 km north-east of the city."
        #expect(try check(article, [source]).map(\.rule) == rules)
    }

    @Test(arguments: [
        // two caps of one thing are the same cap, not two overlapping ranges
        ("Hosts would have faced fines of up to $10,000 a day.", ["number.mismatch"]),
        ("Hosts would have faced fines of up to $1,000 a day.", []),
        // a cap and a value within it still agree
        ("Hosts would have faced fines of $1,000 a day.", []),
    ])
    func twoCapsAreComparedAsValues(_ article: String, _ rules: [String]) throws {
        let source = "Operating without a permit is punishable by fines of up to $1,000 per day."
        #expect(try check(article, [source]).map(\.rule) == rules)
    }

    @Test(arguments: [
        // a forecast bears out only a forecast
        ("The airport handled 9.6 million passengers in 2025.", ["number.mismatch"]),
        ("The airport had forecast 9.6 million passengers for 2025.", []),
        ("The airport handled 9.4 million passengers in 2025.", []),
    ])
    func aForecastIsNoOutcome(_ article: String, _ rules: [String]) throws {
        let source =
            "The airport handled 9,412,880 passengers in 2025. Its budget had forecast 9.6 million passengers for 2025."
        #expect(asserted(try check(article, [source])) == rules)
    }

    /// A company's outlook or guidance is a forecast, which a forecast in the article ("expects") states.
    @Test(arguments: [
        ("For the current fiscal year, the company expects revenue of $70 million to $74 million.", []),
        (
            "For the current fiscal year, the company expects revenue of $70 million to $78 million.",
            ["number.mismatch"]
        ),
    ])
    func anOutlookIsAForecast(_ article: String, _ rules: [String]) throws {
        let source = """
            Fiscal 2027 revenue outlook: $70 million to $74 million
            Planned capital spending, fiscal 2027: $24 million, including an $18 million chairlift
            """
        #expect(asserted(try check(article, [source])) == rules)
    }

    /// A year before a figure, or the year a "when" clause hangs on, is the figure's: the counts of two years are two
    /// facts.
    @Test(arguments: [
        ("In 2020, 29 people died on the city's streets.", [String]()),
        ("In 2016, 29 people died on the city's streets.", ["number.mismatch"]),
    ])
    func theYearBeforeAFigureIsItsYear(_ article: String, _ rules: [String]) throws {
        let source = "The deadliest year on the city's streets was 2025, the most since 2016, when 34 people died."
        let f = try check(article, [source])
        #expect(asserted(f) == rules, "\(f.map(\.message))")
    }

    /// A bare number in a source says nothing of what it measures: it is no other value of a counted figure.
    @Test(arguments: [
        ("Three other riders left the race, leaving 154 riders in the field.", [String]()),
        ("Three other riders left the race at kilometre 151.2.", ["number.mismatch"]),
    ])
    func aBareNumberIsNoOtherValue(_ article: String, _ rules: [String]) throws {
        let source = "Finishers: 154\n- Rune Halvorsrud (Team Halcyon): crash at km 149.4; left the race.\n"
        let f = try check(article, [source])
        let mismatches = f.filter { $0.severity != .info && $0.rule == "number.mismatch" }
        #expect(mismatches.map(\.rule) == rules, "\(f.map(\.message))")
    }

    /// Counted days are a span of days: "138 operating days" is what "Operating days: 138" states.
    @Test(arguments: [
        ("a season of 138 operating days", [String]()), ("a season of 131 operating days", ["number.mismatch"]),
    ])
    func countedDaysAreASpanOfDays(_ phrase: String, _ rules: [String]) throws {
        let source = "Opening day: Friday, November 21, 2025\nOperating days: 138 (2024–25 season: 121)\n"
        let f = try check("The resort closed in April after \(phrase), the company said.", [source])
        #expect(asserted(f) == rules, "\(f.map(\.message))")
    }

    @Test func aTargetNamedAFewWordsOnIsStillATarget() throws {
        let f = try check(
            "Peak occupancy on the busiest blocks averaged 94 percent, well above the 85 percent the city considers a "
                + "healthy target.",
            [
                "| Measure | 2025 |\n|---|---:|\n| Peak occupancy, busiest blocks | 94% |\n",
                "The city's occupancy target is 85%.",
            ])
        #expect(f.filter { $0.severity != .info }.isEmpty, "\(f.map(\.message))")
    }

    /// A figure converted from another unit is rounded: 300 °F stands for 150 °C (302 °F); 400 °F does not.
    @Test(arguments: [
        ("The heater's surface can climb past 300 degrees Fahrenheit, the notice said.", false),
        ("The heater's surface can climb past 400 degrees Fahrenheit, the notice said.", true),
    ])
    func aConvertedFigureIsRounded(_ article: String, _ mismatch: Bool) throws {
        try expectMismatch(article, ["The heater's surface temperatures can exceed 150°C, the notice said."], mismatch)
    }

    /// A figure in a table's header row names what the cells measure: it is no other value of the article's figure,
    /// though a row label may still bear one out.
    @Test func aHeaderFigureIsNoValue() throws {
        let table = """
            | Hospital | Seen within 4 hours (%) | Median wait (min) |
            |---|---|---|
            | St. Brendan's | 71.3 | 94 |
            | Adults 65 or older | 80.2 | 51 |
            """
        let f = try check("St. Brendan's patients waited a median of 94 minutes to see a physician.", [table])
        #expect(!f.contains { $0.rule == "number.mismatch" && $0.message.contains("4 hours") }, "\(f.map(\.message))")
        let g = try check("Patients 65 or older were seen faster.", [table])
        #expect(!g.contains { $0.rule.hasPrefix("number.") && $0.severity != .info }, "\(g.map(\.message))")
    }

    /// Two sources that disagree on one fact disagree by a little; figures of another order count other things.
    @Test(arguments: [
        ("Total ridership rose 2.3 percent to 53.7 million trips.", false),
        ("Light-rail ridership rose to 18.9 million trips.", true),
    ])
    func aConflictIsANearMiss(_ other: String, _ conflict: Bool) throws {
        let f = try check(
            "Light-rail ridership rose nearly 9 percent to 18.4 million trips.",
            ["Light rail ridership rose to eighteen point four million trips last year.", other])
        #expect(f.contains { $0.rule == "sources.conflict" } == conflict, "\(f.map(\.message))")
    }
    /// A figure the article says is expected is borne out by a source's "will": both foresee it. An outcome is not.
    @Test(arguments: [
        ("The company expects about 1,100 construction jobs.", "Construction will create about 1,100 jobs.", true),
        ("The company expects about 1,100 construction jobs.", "Construction created about 1,100 jobs.", false),
    ])
    func aForeseenFigureBearsOutAnExpectedOne(_ article: String, _ source: String, _ supported: Bool) throws {
        let f = try check(article, [source])
        #expect(f.filter { $0.severity != .info }.isEmpty == supported, "\(f.map(\.message))")
    }
    /// "would", a few words before the figure, foresees it as "will" does.
    @Test(arguments: [
        ("Consolidating would save the district about $2.4 million a year.", true),
        ("Consolidating saved the district about $2.4 million a year.", false),
    ])
    func wouldForeseesAFigure(_ source: String, _ supported: Bool) throws {
        let f = try check("The district expects to save $2.4 million a year.", [source])
        #expect(f.isEmpty == supported, "\(f.map(\.message))")
    }
    /// A base a figure is compared from takes no year of its clause ("$540,000 next year, down from $655,000" is
    /// this year's $655,000), and keeps the year written after it ("up from 26 in 2024").
    @Test(arguments: [
        ("E-book licenses would get $540,000 next year, down from $655,000.", "$655,000"),
        ("Thirty-one people were killed last year, up from 26 in 2024 and the most since 2016.", "26"),
    ])
    func aBaseTakesNoYearOfItsClause(_ sentence: String, _ base: String) throws {
        let sources = [
            """
            I am recommending a digital collections budget of $1,266,000 for FY2027, down $244,000 (16.2%) from the \
            FY2026 budget of $1,510,000.

            Digital spending (in thousands of dollars)

            | Line | FY2026 budget | FY2027 proposed |
            |---|---:|---:|
            | E-book licenses | 655 | 540 |
            """,
            "Traffic deaths, 2025: 31\nTraffic deaths, 2024: 26\n\n2025 was the deadliest year since 2016, when 34 "
                + "people were killed.",
        ]
        let f = try check("---\ndate: 2026-03-19\n---\n" + sentence, sources)
        #expect(!f.contains { $0.excerpt == base && $0.severity != .info }, "\(f.map(\.message))")
    }
    /// A figure of one year bears out no figure said to be of another ("last year" in a 2026 article is 2025).
    @Test(arguments: [("$21 million", "$9 million", false), ("$9 million", "$21 million", true)])
    func aFigureOfAnotherYearIsNoSupport(_ fy2024: String, _ fy2025: String, _ supported: Bool) throws {
        let table = """
            | Operating result | FY2024 | FY2025 |
            |---|---|---|
            | Operating loss | \(fy2024) | \(fy2025) |
            """
        let f = try check(
            "---\ndate: 2026-02-10\n---\nThe hospital posted an operating loss of $21 million last year.",
            [table])
        #expect(f.isEmpty == supported, "\(f.map(\.message))")
    }

    /// A year written after the counted noun is the figure's too ("161 main breaks last year" is a 2025 figure), so a
    /// label line of 2024 bears it out only when the article's year is 2024.
    @Test(arguments: [
        ("Crews repaired 161 main breaks last year, the city said.", true),
        ("Crews repaired 161 main breaks in 2025, the city said.", true),
        ("Crews repaired 161 main breaks in 2024, the city said.", false),
    ])
    func aYearAfterTheCountedNounIsTheFiguresYear(_ article: String, _ mismatch: Bool) throws {
        try expectMismatch(
            "---\ndate: 2026-02-10\n---\n" + article, ["Main breaks, 2025: 187\nMain breaks, 2024: 161"], mismatch)
    }

    /// The counted noun of one figure must be among the other's words: "240 firefighter positions" is no count of
    /// "Firefighter injuries", but "24 injuries to firefighters" is one of theirs.
    @Test(arguments: [
        ("Her budget would pay for 240 firefighter positions next year.", false),
        ("The department counted 24 injuries to firefighters this season.", true),
    ])
    func theCountedNounMustAgree(_ article: String, _ mismatch: Bool) throws {
        try expectMismatch(article, ["- Firefighter injuries: 27.\n- Civilian fatalities: 2."], mismatch)
    }

    /// The article's figure is (or is not) reported as a mismatch above the "needs a look" level.
    func expectMismatch(_ article: String, _ sources: [String], _ mismatch: Bool) throws {
        let f = try check(article, sources)
        #expect(f.contains { $0.rule == "number.mismatch" && $0.severity != .info } == mismatch, "\(f.map(\.message))")
    }
}

/// A bound bears out only a figure near it: "over three weekends" is more than three, but no source of "about 1,100
/// county residents"; "more than 1,000 residents" is.
@Suite("bounds as sources") struct BoundSourceTests {
    @Test(arguments: [
        ("The county gave 6,840 flu shots over three weekends.", true),
        ("More than 1,000 county residents were hospitalized with flu last winter.", false),
        ("More than 600 county residents were hospitalized with flu last winter.", true),
    ])
    func aBoundBearsOutOnlyAFigureNearIt(_ source: String, _ flagged: Bool) throws {
        let f = try check("Flu sent about 1,100 county residents to the hospital last winter.", [source])
        #expect(
            f.contains { $0.rule.hasPrefix("number.") && $0.excerpt.contains("1,100") } == flagged,
            "\(f.map(\.message))")
    }
}

/// A source figure of four digits or more within a tenth of one no passage bears out is asked about, not called
/// unsourced: it is rarely met by chance, though the source names the thing in other words.
@Suite("close figures in other words") struct CloseValueTests {
    @Test(arguments: [
        ("212,000", "212,400", [String]()), ("212,000", "312,400", ["number.unsourced"]),
        // (a round figure is met by chance)
        ("200,000", "212,400", ["number.unsourced"]),
    ])
    func aCloseFigureIsAskedAbout(_ figure: String, _ value: String, _ rules: [String]) throws {
        let f = try check(
            "The hackers may have made off with records on more than \(figure) patients, the hospital said.",
            ["Breach notice\n\nNumber of individuals affected (estimated): \(value)\nDate of discovery: unknown"])
        #expect(asserted(f) == rules, "\(f.map(\.message))")
        #expect(f.contains { $0.rule == "number.unsourced" }, "\(f.map(\.message))")
    }
}

@Suite("significant digits") struct SignificantDigitTests {
    @Test(arguments: [(1100.0, 2), (212_400, 4), (1000, 1), (0.4, 1), (2.3e40, 15)])
    func significantDigits(_ v: Double, _ n: Int) { #expect(NumberRules.significantDigits(v) == n) }
}
