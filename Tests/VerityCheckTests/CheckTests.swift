import Testing
import VerityCheck
import VerityDesk
import VerityDocument
import VerityLedger
import VerityText

func check(_ article: String, _ sources: [String]) throws -> [Finding] {
    let docs = try sources.enumerated().map {
        try Document(path: "s\($0.offset).md", text: $0.element, format: .markdown)
    }
    return Checker(sources: SourceSet(docs)).check(try Document(path: "a.md", text: article, format: .markdown))
}

/// The rules of the findings a check asserts: not those of severity info ("needs a look").
func asserted(_ findings: [Finding]) -> [String] { findings.filter { $0.severity != .info }.map(\.rule) }

@Suite("rules") struct RuleTests {
    @Test func alteredQuoteNamesTheWord() throws {
        let f = try check(
            "He said “drain Iraqi resources for the benefit of Tehran.”",
            ["They \"drain Iraqi resources for the benefit of Iran.\""])
        #expect(f.map(\.rule) == ["quote.altered"])
        #expect(f.first?.message.contains("'Tehran' where the source has 'Iran'") == true)
    }
    @Test func verbatimAndFragmentQuotesPass() throws {
        #expect(
            try check("She said “chose to keep building.”", ["Tonight Millbrook chose to keep building together."])
                .isEmpty)
    }
    @Test func unsourcedQuote() throws {
        let f = try check("“It felt like nobody was listening,” said Carla Mendes.", ["The mayor thanked voters."])
        #expect(f.map(\.rule) == ["quote.unsourced"])
    }
    @Test func numbersHonourQualifiersAndUnits() throws {
        #expect(
            try check("Police seized more than 300 kilograms of hashish.", ["Police seized 312 kilograms of hashish."])
                .isEmpty)
        #expect(
            try check("Police seized at least 40 kilograms of hashish.", ["Police seized 38 kilograms of hashish."])
                .map(\.rule) == ["number.mismatch"])
        #expect(try check("Police seized 1.27 million pills.", ["Police seized 1,270,000 pills."]).isEmpty)
    }
    @Test func dateMismatchAgainstARelativeSourceDate() throws {
        let f = try check(
            "---\ndate: 2025-11-02\n---\nThe ministry announced on October 22 that it seized drugs.",
            ["---\ndate: 2025-10-23\n---\nThe ministry announced today that it seized drugs."])
        #expect(f.map(\.rule) == ["date.mismatch"])
    }
}

@Suite("more rules") struct MoreRuleTests {
    @Test func misattributedQuoteNamesBothSpeakers() throws {
        let f = try check(
            "Board president Alan Cho said, “Parents deserve a straight answer about class sizes.”",
            ["Denise Walker, parent, said: \"Parents deserve a straight answer about class sizes.\""])
        #expect(f.map(\.rule) == ["quote.misattributed"])
        #expect(f.first?.message.contains("Alan Cho") == true && f.first?.message.contains("Denise Walker") == true)
    }
    @Test func aDateIsSetAgainstTheEventOfItsOwnSentence() throws {
        let f = try check(
            "---\ndate: 2025-06-20\n---\nThe factory closed on June 2, the union said. Talks collapsed three weeks ago, and the company filed for bankruptcy last Thursday.\n",
            [
                "---\ndate: 2025-06-17\n---\nThe factory shut its doors on June 3. Talks broke down on May 30. Yesterday, workers marched through the town. The company filed for bankruptcy on Thursday, June 12.\n"
            ])
        #expect(f.map(\.rule) == ["date.mismatch"])
        #expect(f.first?.message.contains("2025-06-03") == true)
    }
    @Test func aQuoteIsComparedInsideTheSourcesMarks() throws {
        let f = try check(
            "Ota said residents should “never stay away from the ridge.”",
            ["Ota said: \"Stay away from the ridge until further notice.\""])
        #expect(f.map(\.rule) == ["quote.altered"])
        #expect(f.first?.message.contains("adds 'never'") == true)
        #expect(f.first?.evidence.first?.excerpt.hasPrefix("Stay away") == true)
    }
    @Test func aShortQuoteWithOneWordChangedIsAltered() throws {
        let f = try check(
            "The mayor said every department \"will share the load.\"",
            ["Mayor Ana Ruiz: \"Every department will share the burden.\""])
        #expect(f.map(\.rule) == ["quote.altered"])
        #expect(f.first?.message.contains("'load' where the source has 'burden'") == true)
    }
    @Test func titlesAreNotCheckedAsQuotes() throws {
        let f = try check(
            "The bill, known as the “Justice Against Sponsors of Terrorism Act,” passed. A paper titled “How to Foster Long-Term Innovation Investment” was cited. Critics said it “will never pass the Senate.”",
            ["The vote was held on Friday."])
        #expect(f.map(\.rule) == ["quote.unsourced"])
        #expect(f.first?.message.contains("no source") == true)
    }
    @Test func aGuessedSpeakerIsNoMisattribution() throws {
        let source = ["Denise Walker, parent, said: \"Parents deserve a straight answer about class sizes.\""]
        // the speaker is only guessed from the sentence before: no verb of saying names Alan Cho
        #expect(
            try check(
                "Board president Alan Cho opened the meeting. “Parents deserve a straight answer about class sizes.”",
                source
            ).isEmpty)
        #expect(
            try check(
                "Board president Alan Cho opened the meeting. He said, “Parents deserve a straight answer about class sizes.”",
                source
            )
            .map(\.rule) == ["quote.misattributed"])
    }
    @Test func sameSpeakerIsNotMisattributed() throws {
        #expect(
            try check(
                "Superintendent Maria Lopez said: “We protected every classroom teacher position.”",
                ["Superintendent Maria Lopez said: \"We protected every classroom teacher position.\""]
            ).isEmpty)
    }
    @Test func negationIsTheGravestChange() throws {
        let f = try check(
            "The minister said “the army will not withdraw from the border region.”",
            ["The minister said \"the army will withdraw from the border region.\""])
        #expect(f.first?.rule == "quote.altered")
        #expect(f.first?.message.hasPrefix("quote differs from the source: negation changed") == true)
    }
    @Test func conflictingSourcesAreReported() throws {
        let f = try check(
            "Police seized 108 kilograms of hashish.",
            ["Police seized 108 kilograms of hashish on Monday.", "Officers seized 180 kilograms of hashish."])
        #expect(f.map(\.rule) == ["sources.conflict"])
    }
    @Test func unsourcedNumber() throws {
        let f = try check(
            "The district faces a 12% rise in health insurance costs.", ["The board approved the budget."])
        #expect(f.map(\.rule) == ["number.unsourced"])
    }
    @Test func elidedQuoteIsAccepted() throws {
        #expect(
            try check(
                "She said “we built homes … and we are not done.”",
                ["We built homes together in four years and we are not done."]
            ).isEmpty)
    }
    @Test func inlineCommentAndConfigSilenceRules() throws {
        let article =
            "<!-- verity-ignore quote.unsourced -->\n“It felt like nobody was listening at all,” said Carla Mendes."
        #expect(try check(article, ["The mayor thanked voters."]).isEmpty)
        let docs = [try Document(path: "s.md", text: "The mayor thanked voters.", format: .markdown)]
        let off: Severity? = nil
        let config = CheckConfig(severities: ["quote.unsourced": off])
        let a = try Document(
            path: "a.md", text: "“It felt like nobody was listening at all,” said Carla Mendes.", format: .markdown)
        #expect(Checker(sources: SourceSet(docs), config: config).check(a).isEmpty)
    }
}

@Suite("ledger retrieval") struct LedgerRetrievalTests {
    @Test func aLargeLedgerReadsOnlyTheSourcesItsIndexPointsTo() throws {
        let l = try VerityLedger.Ledger.inMemory()
        let texts = [
            "The council approved the new harbour plan on Tuesday after a long debate.",
            "Drought has cut the wheat harvest by a third, the farmers' union said in its report.",
            "\"We will never abandon the eastern villages,\" the governor told reporters at the bridge.",
            "Officials counted the ballots twice before the results were certified.",
        ]
        for (i, t) in texts.enumerated() {
            let d = try Document(path: "s\(i).md", text: t, format: .markdown)
            _ = try l.addSource(makeSource(d))
        }
        let article = Extraction(
            try Document(
                path: "a.md", text: "The governor said: “We will never abandon the western villages.”",
                format: .markdown))
        let picked = try LedgerSources.sources(for: [article], in: l, readAllUpTo: 0)
        #expect(picked.map(\.0.path) == ["s2.md"])
        let f = Checker(sources: SourceSet(picked.map(\.1))).check(article.document)
        #expect(f.map(\.rule) == ["quote.altered"])
        #expect(f.first?.message.contains("'western' where the source has 'eastern'") == true)
    }
}

func makeSource(_ d: Document) -> VerityLedger.Source {
    VerityLedger.Source(path: d.path, text: d.text, sha256: d.sha256)
}

@Suite("editorial conventions") struct EditorialTests {
    @Test func bracketedEditorWordsAreNotAnAlteration() throws {
        #expect(
            try check(
                "Ortiz said: \"This is the biggest investment in [the port's] history of the city.\"",
                ["\"This is the biggest investment in our history of the city,\" said Lena Ortiz."]
            ).isEmpty)
    }
    @Test func metricSymbolAtClauseEndIsAUnit() throws {
        #expect(
            try check(
                "The plan deepens the channel to 16 metres.", ["The project deepens the approach channel to 16 m."]
            ).isEmpty)
    }
}

@Suite("dates and rounding") struct DatesAndRoundingTests {
    @Test func aRelativeDateInAnUndatedSourceSaysNothing() throws {
        #expect(
            try check(
                "---\ndate: 2026-09-14\n---\nThe storm made landfall near Port Alma on Saturday with strong winds.",
                ["Lena made landfall near Port Alma at 2 p.m. Saturday with strong winds."]
            ).isEmpty)
    }
    @Test func aboutRoundsWithoutStretching() throws {
        #expect(
            try check(
                "The storm forced about 40,000 people from their homes.",
                ["The storm forced 40,900 people from their homes."]
            ).isEmpty)
        #expect(
            try check(
                "The storm forced about 40,000 people from their homes.",
                ["The storm forced 36,000 people from their homes."]
            ).map(\.rule) == ["number.mismatch"])
    }
}

@Suite("date conflicts") struct DateConflictTests {
    @Test func twoSourcesDatingTheSameEventOtherwise() throws {
        let f = try check(
            "---\ndate: 2026-03-10\n---\nThe council approved the harbour plan on March 3.",
            [
                "---\ndate: 2026-03-04\n---\nThe council approved the harbour plan on March 3 after a long debate.",
                "---\ndate: 2026-03-06\n---\nThe council approved the harbour plan on March 5, officials said.",
            ])
        #expect(f.map(\.rule) == ["sources.conflict"])
    }
}

/// A figure is checked against the passage about the same thing: the counted nouns when both name one, else a
/// telling word next to both; other figures in the sources are neither a mismatch nor a conflict.
@Suite("same measured thing") struct SameThingTests {
    @Test(arguments: [
        // a total and an increment of the same outbreak: the total bears the article out
        (
            "The outbreak has grown to 37 cases.",
            ["Officials confirmed eight additional cases, bringing the outbreak total to 37."],
            [String]()
        ),
        // another count in the source is about something else
        (
            "Crews rescued 47 people from the bus.", ["Medics treated 23 patients at the hospital."],
            ["number.unsourced"]
        ),
        // cents and dollars
        ("Earnings were 87 cents a share.", ["Diluted earnings per share were $0.87."], []),
        (
            "It earned 98 cents a share.",
            ["(in millions, except per-share data)\n\n| | Q2 |\n|---|---|\n| Earnings per share | $0.98 |"],
            []
        ),
        // a table row names what its cell counts
        (
            "The fire drew 62 engines.",
            ["| Item | Current |\n|---|---|\n| Total personnel | 1,140 |\n| Engines | 62 |"], []
        ),
        (
            "The fire drew 64 engines.",
            ["| Item | Current |\n|---|---|\n| Total personnel | 1,140 |\n| Engines | 62 |"],
            ["number.mismatch"]
        ),
        // spans of time that share only their unit measure different things; a word besides it makes them one
        (
            "Keane has lived on Alder Street for 14 years.", ["Faster than anything I've seen in twenty-six years."],
            ["number.unsourced"]
        ),
        ("The contract runs for a term of 25 years.", ["Approved contract: a term of 20 years."], ["number.mismatch"]),
        // a scaled table against prose
        (
            "Spending totals $1.76 billion.",
            ["Spending ($ millions)\n\n| Item | 2026 |\n|---|---|\n| Total spending | 1,760.4 |"], []
        ),
    ])
    func figures(_ article: String, _ sources: [String], _ rules: [String]) throws {
        #expect(try check(article, sources).map(\.rule) == rules)
    }

    @Test func conflictNeedsTheSameStatement() throws {
        // a train's make-up against the cars that derailed: the same noun, different facts
        let f = try check(
            "The train had 118 cars.",
            [
                "The train consisted of 3 locomotives and 118 cars.",
                "The crash derailed approximately 21 cars near the town.",
            ])
        #expect(f.isEmpty)
        let g = try check(
            "The train had 118 cars.",
            [
                "The train consisted of 3 locomotives and 118 cars.",
                "The train consisted of 2 locomotives and 121 cars.",
            ])
        #expect(g.map(\.rule) == ["sources.conflict"])
    }
}

/// A transcript's role label ("THE DEFENDANT:") names no one, so it cannot contradict the article's named speaker.
@Suite("role labels") struct RoleLabelTests {
    @Test func aRoleLabelDoesNotAccuse() throws {
        let f = try check(
            "Sandoval apologized. \"I told myself I would fix it, and I never did,\" Victor Sandoval said.",
            ["THE COURT: Anything to say?\n\nTHE DEFENDANT: I told myself I would fix it, and I never did."])
        #expect(f.isEmpty)
        let g = try check(
            "\"I told myself I would fix it, and I never did,\" Victor Sandoval said.",
            ["MARIA TAN: I told myself I would fix it, and I never did."])
        #expect(g.map(\.rule) == ["quote.misattributed"])
    }
}

/// A figure's movement: a fall is negative, as a table's change column writes it; a temperature is compared as a
/// level and as a difference.
@Suite("movements") struct MovementTests {
    @Test(arguments: [
        (
            "Aircraft operations fell 2.3 percent.",
            "| | 2025 | Change |\n|---|---|---|\n| Aircraft operations | 118,240 | −2.3% |",
            [String]()
        ),
        (
            "Aircraft operations rose 2.3 percent.",
            "| | 2025 | Change |\n|---|---|---|\n| Aircraft operations | 118,240 | −2.3% |",
            ["number.mismatch"]
        ),
        (
            "Summer highs would climb 2.8 degrees Celsius by 2080.",
            "Summer highs are projected to rise 5.0 °F by 2080.", []
        ),
        (
            "Summer highs would climb 4 degrees Celsius by 2080.", "Summer highs are projected to rise 5.0 °F by 2080.",
            ["number.mismatch"]
        ),
        // a bound of a fall bounds its size: "more than 7 percent" down is no 2.3 percent drop
        (
            "Aircraft operations fell more than 7 percent.",
            "| | 2025 | Change |\n|---|---|---|\n| Aircraft operations | 118,240 | −2.3% |",
            ["number.mismatch"]
        ),
        (
            "Aircraft operations fell more than 2 percent.",
            "| | 2025 | Change |\n|---|---|---|\n| Aircraft operations | 118,240 | −2.3% |",
            []
        ),
    ])
    func movement(_ article: String, _ source: String, _ rules: [String]) throws {
        #expect(try check(article, [source]).map(\.rule) == rules)
    }
}

/// A count in words is checked against the same counted thing but never reported as unsourced.
@Suite("counts in words") struct WordCountTests {
    @Test(arguments: [
        (
            "Rescuers lifted seven crew members to safety.", "Rescuers lifted five crew members to safety.",
            ["number.mismatch"]
        ),
        ("Rescuers lifted five crew members to safety.", "Rescuers lifted five crew members to safety.", []),
        ("The two sides met.", "Talks were held.", []),
        // a small count against a figure of another order is another fact
        (
            "Officials reported five suspected cases in the district.",
            "Officials reported 5,862 suspected cases nationwide.",
            []
        ),
    ])
    func counts(_ article: String, _ source: String, _ rules: [String]) throws {
        #expect(try check(article, [source]).map(\.rule) == rules)
    }
}

/// A quoted sentence that closes where the source's sentence goes on cuts the speaker short: altered, naming the rest;
/// not where what goes on is a clause of its own, after a comma and a conjunction.
@Suite("sentences cut short") struct CutShortTests {
    static let source =
        "She sang: \"Promise mama you'll keep your hands in sight, and come home safe. We owe them a song, and we'll "
        + "sing it.\""

    @Test(arguments: [
        ("She sang, “Promise mama you'll keep your hands in.”", ["quote.altered"]),
        ("She sang, “Promise mama you'll keep your hands in sight, and come home safe.”", []),
        // the writer's sentence ends on a fragment: American style puts its full stop inside the marks
        ("She asked them to “keep your hands in.”", []),
        // a clause of its own, with its own subject, ends before ", and": the quote may end there; a predicate
        // that shares the subject does not
        ("She sang, “Promise mama you'll keep your hands in sight.”", ["quote.altered"]),
        ("She sang, “We owe them a song.”", []),
    ])
    func cut(_ article: String, _ rules: [String]) throws {
        let f = try check(article, [Self.source])
        #expect(f.map(\.rule) == rules)
        if !rules.isEmpty { #expect(f.first?.message.contains("and come home safe'") == true) }
    }
}

/// An abbreviation's full stop before a capitalised word ends the source's sentence too: a quote that ends at "3
/// a.m." cuts nothing short; one that ends at "3 a.m." where the source goes on in lowercase does.
@Suite("sentences that end on an abbreviation") struct AbbreviationEndTests {
    @Test(arguments: [
        ("Everyone is accounted for.", [String]()), ("and everyone is accounted for.", ["quote.altered"]),
    ])
    func anAbbreviationEndsASentence(_ next: String, _ rules: [String]) throws {
        let source = "SHERIFF DALE OKONKWO: Search teams went door to door on every street by 3 a.m. \(next)"
        let f = try check("\"Search teams went door to door on every street by 3 a.m.,\" Okonkwo said.", [source])
        #expect(f.map(\.rule) == rules, "\(f.map(\.message))")
    }

    /// A title's full stop is no sentence's end: "the U.S." before "Virgin Islands" cuts the speaker short.
    @Test func aTitlesFullStopEndsNoSentence() throws {
        let source = "GOV. ANA PRICE: Nobody grows more rum cane than we do in the U.S. Virgin Islands."
        let f = try check("\"Nobody grows more rum cane than we do in the U.S.,\" Price said.", [source])
        #expect(f.map(\.rule) == ["quote.altered"], "\(f.map(\.message))")
    }
}

/// A figure that does not say which way it goes agrees with the same size of change either way.
@Suite("signs") struct SignTests {
    @Test(arguments: [
        ("Fuel prices posted a 6.3 percent drop.", "Motor fuel prices: 6.3% on the year.", [String]()),
        ("Fuel prices rose 6.3 percent.", "Motor fuel prices fell 6.3% on the year.", ["number.mismatch"]),
        ("Winds reached 40 knots.", "Wind: NE 40 kts, gusts 50 kts.", []),
        // a bound flipped to the other sign bears out nothing: "under 63 percent" is no 67 percent
        (
            "The police plan is 67 percent funded.", "Police are the worst-funded group, at under 63 percent.",
            ["number.mismatch"]
        ),
    ])
    func signs(_ article: String, _ source: String, _ rules: [String]) throws {
        #expect(try check(article, [source]).map(\.rule) == rules)
    }
}
