import Testing
import VerityCheck
import VerityDocument
import VerityText

/// A date belongs to the event of its clause: two dates of different events are no mismatch; two of the same event
/// (in the same verb, a synonym, or one of one group: began / launched) still are.
@Suite("dates of events") struct DateEventTests {
    static let source = "---\ndate: 2026-05-05\n---\n"

    @Test(arguments: [
        // a filing and an announcement are two events
        (
            "The utility filed Monday for a rate increase with the Public Service Commission.",
            "The Office of People's Counsel announced today that it will oppose the rate increase before the Public "
                + "Service Commission.", false
        ),
        // the same event, dated otherwise
        (
            "The utility filed on Friday for a rate increase with the Public Service Commission.",
            "The utility filed on Monday, May 4, for a rate increase with the Public Service Commission.", true
        ),
        // began and launched are one start
        (
            "The vaccination campaign against cholera in the region began on Friday, officials said.",
            "The vaccination campaign against cholera launched on Monday, May 4, in the region.", true
        ),
    ])
    func aDateOfAnotherEventIsNoMismatch(_ article: String, _ src: String, _ mismatch: Bool) throws {
        let f = try check("---\ndate: 2026-05-06\n---\n" + article, [Self.source + src])
        #expect(f.contains { $0.rule == "date.mismatch" } == mismatch, "\(f.map(\.message))")
    }

    /// A day or three off, of the noun right before both dates, is the same event told twice, though the article
    /// repeats that noun throughout and the verbs differ; a figure's noun dates nothing.
    @Test(arguments: [
        ("The annual count on Sunday, May 3, found fewer birds. The count drew 164 people. Each count matters.", true),
        (
            "The annual count on Saturday, May 2, found fewer birds. The count drew 164 people. Each count matters.",
            false
        ),
        ("The fire grew to about 8,500 acres by Sunday, May 3. The fire is the fire of the decade.", false),
    ])
    func aNearMissOfOneNounIsAMismatch(_ article: String, _ mismatch: Bool) throws {
        let src = "The count was held on Saturday, May 2, 2026. Crews contained 3,000 acres on Saturday, May 2."
        let f = try check("---\ndate: 2026-05-06\n---\n" + article, [Self.source + src])
        #expect(f.contains { $0.rule == "date.mismatch" } == mismatch, "\(f.map(\.message))")
    }

    /// A source passage that dates two events: the article's date agrees with one, but its noun is the other's.
    @Test(arguments: [
        ("The judge will hear arguments on post-trial motions on April 8.", true),
        ("The judge will hear arguments on post-trial motions on April 23.", false),
        ("Post-trial motions are due April 8.", false),
    ])
    func theDateOfAnotherEventInThePassageIsAMismatch(_ article: String, _ mismatch: Bool) throws {
        let src =
            "Post-trial motions due April 8, 2026. Hearing on post-trial motions set for Thursday, April 23, 2026."
        let f = try check("---\ndate: 2026-03-20\n---\n" + article, ["---\ndate: 2026-03-18\n---\n" + src])
        let flagged = f.filter { $0.rule == "date.mismatch" && $0.message.contains("the date of something else") }
        #expect(!flagged.isEmpty == mismatch, "\(f.map(\.message))")
    }
}

/// What the confidence model reads of where a figure stands.
@Suite("a figure's setting") struct FigureSettingTests {
    func features(_ article: String, _ sources: [String], figure: String) throws -> [String: Double] {
        let docs = try sources.enumerated().map {
            try Document(path: "s\($0.offset).md", text: $0.element, format: .markdown)
        }
        var config = CheckConfig()
        config.confidence = false
        let f = Checker(sources: SourceSet(docs), config: config)
            .check(try Document(path: "a.md", text: article, format: .markdown))
        return try #require(f.first { $0.excerpt.contains(figure) }?.features)
    }

    @Test func aFigureBesideASourcedOneIsMarked() throws {
        let x = try features(
            "Net income rose to $158.3 million, or 98 cents a share.", ["Net income was $158.3 million."],
            figure: "98 cents")
        #expect(x["siblingSupported"] == 1)
        #expect((x["sentenceSourced"] ?? 0) > 0.3)
    }

    @Test func aStatisticOnItsOwnIsNot() throws {
        let x = try features(
            "Investment fraud complaints in the state rose 40 percent last year.",
            ["The court sentenced him to eight years in prison."], figure: "40 percent")
        #expect(x["siblingSupported"] == 0)
        #expect((x["sentenceSourced"] ?? 1) < 0.3)
        #expect(x["heading"] == 0)
    }

    @Test func aHeadlineIsMarked() throws {
        let x = try features(
            "# Fire nears 12,500 acres\n\nThe fire grew overnight.", ["The fire grew."], figure: "12,500")
        #expect(x["heading"] == 1)
    }

    /// A weekday alone on the weekday of its paper's date may be that day: "meets Friday" in a Friday paper is
    /// borne out by "will meet on Friday" two days before; a wrong weekday is still a mismatch.
    @Test(arguments: [
        ("The finance committee meets Friday to consider amendments.", false),
        ("The finance committee meets Thursday to consider amendments.", true),
    ])
    func aWeekdayOnItsOwnDayMayBeThatDay(_ article: String, _ mismatch: Bool) throws {
        let src = "---\ndate: 2025-05-28\n---\nThe finance committee will meet on Friday to go through the amendments."
        let f = try check("---\ndate: 2025-05-30\n---\n" + article, [src])
        #expect(f.contains { $0.rule == "date.mismatch" } == mismatch, "\(f.map(\.message))")
    }

    /// A date beside a verb of saying dates a statement: against a date of another event it is no mismatch, against
    /// another statement's date it is. "Said that, at dawn today, …" dates what was said; a verb said of any event
    /// ("occurred") names none, and a subject's name does not hide the verb after it.
    @Test(arguments: [
        (
            "2026-06-12", "Kestrel Ridge said Thursday it would file a notice of appeal on Monday, June 15.",
            "2026-06-11", "Kestrel Ridge disagrees with the decision and will file a notice of appeal on Monday.", false
        ),
        (
            "2026-06-12", "The ministry said on Tuesday that the border crossing would stay shut.",
            "2026-06-11", "The ministry announced today that the border crossing would stay shut.", true
        ),
        (
            "2026-01-13", "Border guards opened fire after spotting the smugglers at dawn on Sunday, the army said.",
            "2026-01-12", "A military source said that, at dawn today, Monday, border guards opened fire on smugglers.",
            true
        ),
        (
            "2025-11-28", "The incident occurred on Sunday, Nov. 23, on flight NL2314 from Oslo to Malaga.",
            "2025-11-24", "Today, flight NL2314 from Oslo to Malaga diverted to Hamburg after an engine warning.", true
        ),
        // a saying before a modal's clause dates nothing of that clause
        (
            "2026-10-08",
            "The authority said in a statement Wednesday that it will accept written comments through Friday, Oct. 9.",
            "2026-10-07", "Written comments will be accepted through Friday, Oct. 16, 2026.", true
        ),
        (
            "2026-06-12", "A Superior Court judge on Wednesday threw out the approval of the quarry expansion.",
            "2026-06-11",
            "On February 18, 2026, the Tolland County Zoning Board of Appeals voted to approve the quarry "
                + "expansion.", false
        ),
    ])
    func aStatementsDateIsTheStatements(
        _ articleDate: String, _ article: String, _ sourceDate: String, _ src: String, _ mismatch: Bool
    ) throws {
        let f = try check("---\ndate: \(articleDate)\n---\n" + article, ["---\ndate: \(sourceDate)\n---\n" + src])
        #expect(f.contains { $0.rule == "date.mismatch" } == mismatch, "\(f.map(\.message))")
    }
    /// A weekday alone with no tense in its sentence may mean either week: a week's gap is no conflict; a day's is.
    @Test(arguments: [("11 AM TUESDAY", false), ("11 AM WEDNESDAY, AUGUST 13", true)])
    func aLoneWeekdayAWeekOffIsNoConflict(_ when: String, _ conflict: Bool) throws {
        let f = try check(
            "---\ndate: 2025-08-12\n---\nA red flag warning for the foothills is in effect from 11 a.m. Tuesday.",
            [
                "---\ndate: 2025-08-12\n---\nA red flag warning for the foothills is in effect from 11 a.m. today.",
                "---\ndate: 2025-08-11\n---\nRED FLAG WARNING FOR THE FOOTHILLS IN EFFECT FROM \(when).",
            ])
        #expect(f.contains { $0.rule == "sources.conflict" } == conflict, "\(f.map(\.message))")
    }
    /// Nor is a statement's date another date of the event it tells of.
    @Test(arguments: [("the university announced Thursday", false), ("through Dec. 30, 2031", true)])
    func aStatementsDateIsNoConflict(_ tail: String, _ conflict: Bool) throws {
        let f = try check(
            "---\ndate: 2025-12-12\n---\nCoach Darnell Pruitt's new contract extension runs through Dec. 31, 2031.",
            [
                "---\ndate: 2025-12-11\n---\nTerm of contract extension: January 1, 2026, through December 31, 2031",
                "---\ndate: 2025-12-11\n---\nKessling State head football coach Darnell Pruitt has agreed to a "
                    + "contract extension through the 2031 season, \(tail).",
            ])
        #expect(f.contains { $0.rule == "sources.conflict" } == conflict, "\(f.map(\.message))")
    }
    /// The verb of a date's clause names its event though it stands beyond the words compared.
    @Test(arguments: [("arrested", true), ("interviewed", false)])
    func aDateOfTheSameEventFarFromItsVerbStillDisagrees(_ verb: String, _ mismatch: Bool) throws {
        let f = try check(
            "---\ndate: 2026-03-07\n---\nDmitri Harlan was arrested on Wednesday at a home on Alcott Street.",
            [
                "---\ndate: 2026-03-06\n---\nYesterday, detectives from the Port Alder Police Department's Major "
                    + "Crimes Unit \(verb) Dmitri Harlan, 34, of the Westfield neighborhood."
            ])
        #expect(f.contains { $0.rule == "date.mismatch" } == mismatch, "\(f.map(\.message))")
    }
    /// Nor is it a mismatch: a source's lone "Wednesday" read as last week's may be the coming one.
    @Test(arguments: [("Wednesday", false), ("Thursday, August 14", true)])
    func aLoneWeekdayAWeekOffIsNoMismatch(_ when: String, _ mismatch: Bool) throws {
        let f = try check(
            "---\ndate: 2025-08-12\n---\nLow humidity over the foothills is forecast through Wednesday evening.",
            ["---\ndate: 2025-08-12\n---\nLow humidity over the foothills lasts through 8 p.m. \(when)."])
        #expect(f.contains { $0.rule == "date.mismatch" } == mismatch, "\(f.map(\.message))")
    }
}

/// A label line says what its date is of: an article date of the label's noun dates that event.
@Suite("dates on label lines") struct DateLabelTests {
    @Test(arguments: [
        ("Inspectors found the damage during an inspection on Thursday, Feb. 19.", true),
        ("Inspectors found the damage during an inspection on Thursday, Feb. 26.", false),
        // the date of a report, not of the inspection
        ("A state inspection report released Thursday, Feb. 19, found the damage.", false),
    ])
    func aDateOfTheLabelsNounIsItsEvent(_ sentence: String, _ mismatch: Bool) throws {
        let source =
            "---\ndate: 2026-03-03\n---\nInspection type: Routine biennial\n"
            + "Inspection date: Thursday, Feb. 26, 2026\nInspection report issued: March 3, 2026\n"
        let f = try check("---\ndate: 2026-03-06\n---\n" + sentence, [source])
        #expect(f.contains { $0.rule == "date.mismatch" } == mismatch, "\(f.map(\.message))")
    }
}
