import Foundation
import Testing
import VerityDocument
@testable import VerityText

func doc(_ text: String, _ format: DocumentFormat = .markdown) throws -> Document {
    try Document(path: "t.md", text: text, format: format)
}

@Suite("quotes") struct QuoteTests {
    @Test func speakerAfterAndBefore() throws {
        let q = QuoteExtractor.extract(
            try doc(
                "“It felt like nobody was listening,” said Carla Mendes, a retired teacher.\n\nBoard president Alan Cho said, “Parents deserve a straight answer.”"
            ))
        #expect(q.map(\.speaker) == ["Carla Mendes", "Board president Alan Cho"])
        #expect(q[0].text == "It felt like nobody was listening,")
    }
    @Test func pronounResolvesToTheLatestName() throws {
        let q = QuoteExtractor.extract(
            try doc(
                "Ruth Adeyemi won. City councilman Tom Briggs lost.\n\nBriggs conceded. “We ran a clean race,” he said."
            ))
        #expect(q.first?.speaker == "Tom Briggs")
    }
    @Test func splitQuoteAndTranscript() throws {
        let q = QuoteExtractor.extract(
            try doc(
                "“We won,” she said, “and we will keep going.”\n\nMINISTER: He said verbatim: \"You know how it goes.\""
            ))
        #expect(q.count == 3)
        #expect(q[1].continuesPrevious)
        #expect(q[2].speaker == "He")
    }
    @Test func fragmentInsideASentenceGoesToItsSubject() throws {
        let text = """
            In January, Gov. Earl Ray Tomblin of West Virginia lauded the plan for its "new and innovative ideas."

            Dean, a medical doctor, then said on MSNBC he would “never” diagnose anyone on television.

            Obama and Clinton call them "lone wolves" in every speech.

            The Republican nominee also vowed to punish “those who violate classification rules.”
            """
        let q = QuoteExtractor.extract(try doc(text))
        #expect(
            q.map(\.speaker) == [
                "Gov. Earl Ray Tomblin of West Virginia", "Dean", "Obama and Clinton", "The Republican nominee",
            ])
    }
    @Test func attributionThatBelongsToAnotherQuote() throws {
        let text = """
            She says Trump represents the “same rigged system” he attacks. She adds, “What kind of genius loses a billion dollars?”

            Clinton chimed in, urging officials to release the videos "without delay." She plans to visit, according to a campaign aide.

            The administration may be reluctant to act, Schiff said. "The other factor is the election."

            Clinton once described the so-called partnership as “the gold standard” of trade deals.
            """
        let q = QuoteExtractor.extract(try doc(text))
        #expect(q.count == 5)
        #expect(q[0].speakerStart == 0)  // "She" before the fragment, not the "She adds" that opens the next sentence
        #expect(q[2].speaker == "Clinton")
        #expect(q[3].speaker == "Schiff")
        #expect(q[4].speaker == "Clinton")
    }
    @Test func describedSpeakersAfterTheQuote() throws {
        let q = QuoteExtractor.extract(
            try doc(
                "“So why didn’t he pay?” a narrator in the campaign ad asks.\n\n“The rationales don’t hold up,” said 9/11 widow Terry Strada."
            ))
        #expect(q.map(\.speaker) == ["a narrator in the campaign ad", "9/11 widow Terry Strada"])
    }
    @Test func noSpeakerFromOpenersDaysOrTheSentenceBefore() throws {
        let text = """
            Trump unleashed tweets early Friday saying that she was “a paragon of virtue.”

            After saying her foot was “so swollen I could barely walk,” she left.

            He lost in the first place. McCrummen wrote that the rant was “unhinged.”
            """
        let d = try doc(text)
        let q = QuoteExtractor.extract(d)
        // the speaker as written: the subject, not "Friday" or "After"; the quoted opening phrase's subject follows it
        #expect(q.map { d.slice($0.speakerStart ?? 0, $0.speakerEnd ?? 0) } == ["Trump", "she", "McCrummen"])
    }
    @Test func ownersRelativesAndSourcesAfterPer() throws {
        let text = """
            Politifact seized on Trump's claim that there have been “thousands of shootings” in Chicago.

            Contrary to his claim that people would “learn nothing,” there would be much to learn.

            The stars included Stevie Wonder, who joked of the museum, “I haven't seen it yet.”

            They turned to the Chicago Police Department which reported “2,521 shooting incidents” this year.

            Proxies are barred when voting “to fill a vacancy on the ticket,” per the party's bylaws.

            As a host on “The Big Show,” he demeaned women, according to show insiders.
            """
        let d = try doc(text)
        let q = QuoteExtractor.extract(d)
        #expect(
            q.map { d.slice($0.speakerStart ?? 0, $0.speakerEnd ?? 0) } == [
                "Trump's", "his", "who", "which", "the party's bylaws", "show insiders",
            ])
        // a relative pronoun is shown as the phrase it stands for
        #expect(q[2].speaker == "Stevie Wonder")
        #expect(q[3].speaker == "Chicago Police Department")
    }
    @Test func nicknamesAndTheSentenceBefore() throws {
        let text = """
            "This is a big year!" Scott's niece, state Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd.

            Sen. Bernie Sanders (Vt.) identified exhaustion with bigotry as a reason. "The younger people are tired of it."
            """
        let d = try doc(text)
        let q = QuoteExtractor.extract(d)
        // "Cia" is part of a name, not a quotation
        #expect(q.map(\.text) == ["This is a big year!", "The younger people are tired of it."])
        #expect(
            q.map { d.slice($0.speakerStart ?? 0, $0.speakerEnd ?? 0) } == ["Scott's niece", "Sen. Bernie Sanders"])
    }
    @Test func auxiliariesDescriptionsAndRelativesThatYield() throws {
        let text = """
            My mother has softened with age, but even now at 86 she still says things such as, "We're not all meant to be equal."

            Asked about dads, the 34-year-old mother of three replied, "It's meant to benefit everyone."

            McAuliffe was greeted with chants of "Bobby!" at a labor conference, according to union president Doris Crouse-Mays.

            Marc Morial forcefully told a young woman who suggested that some people may not vote that "this is not the first generation to be frustrated."
            """
        let d = try doc(text)
        let q = QuoteExtractor.extract(d)
        #expect(
            q.map { d.slice($0.speakerStart ?? 0, $0.speakerEnd ?? 0) } == [
                "she", "the 34-year-old mother of three", "union president Doris Crouse-Mays", "Marc Morial",
            ])
    }
    @Test func pronounSkipsANameAfterAPreposition() throws {
        let q = QuoteExtractor.extract(
            try doc(
                "\"We have seen this before,\" Barack Obama said after meeting with President Vladimir Putin. He did not suggest retaliation. \"Our goal is not to escalate.\""
            ))
        #expect(q.map(\.speaker) == ["Barack Obama", "Barack Obama"])
    }
    @Test func pronounsAgreeWithTitlesAndGivenNames() throws {
        let text = """
            Mary Okafor chaired the hearing. Donald Reyes testified first.

            "We were not told," she said.

            Bill Clinton spoke in the morning. Clinton later noted the delay. "It was a long wait," she said.

            Mr. Lee Park and Ms. Dana Whitlock met. "It went well," he said.
            """
        let q = QuoteExtractor.extract(try doc(text))
        #expect(q.map(\.speaker) == ["Mary Okafor", "Clinton", "Lee Park"])
    }
    @Test func clausesRepeatedPronounsAndCounts() throws {
        let text = """
            New Jersey Gov. Chris Christie described Hillary Clinton as a “disgrace” after she blamed police shootings on “implicit bias” against minorities.

            Lynch worked at a law firm. She said she recalls the colleague being "confused," at first.

            However, 63 percent said Clinton was "justified" in keeping it private.
            """
        let d = try doc(text)
        let q = QuoteExtractor.extract(d)
        #expect(
            q.map { d.slice($0.speakerStart ?? 0, $0.speakerEnd ?? 0) } == [
                "New Jersey Gov. Chris Christie", "she", "She", "63 percent",
            ])
    }
    @Test func rolesWithPrepositionsAndASentenceAfterAQuote() throws {
        let text = """
            A spokesperson for the ministry said "talks are continuing."

            Officials at the Pentagon, who spoke on condition of anonymity, said the strike was "precise."

            Critics called the measure "a disaster." Smith dismissed them: "They are wrong."
            """
        let d = try doc(text)
        let q = QuoteExtractor.extract(d)
        #expect(
            q.map { d.slice($0.speakerStart ?? 0, $0.speakerEnd ?? 0) } == [
                "A spokesperson for the ministry", "Officials at the Pentagon", "Critics", "Smith",
            ])
    }
    @Test func aTitlesDotDoesNotEndTheSpeakerAfterTheQuote() throws {
        let q = QuoteExtractor.extract(
            try doc("His remarks were \"deeply offensive,\" said Rep. Adam Schiff of California."))
        #expect(q.map(\.speaker) == ["Rep. Adam Schiff of California"])
    }
    @Test func theSameSpeakerCarriesOnWithTheVerb() throws {
        let text =
            "\"I'm not going to defend him,\" House Speaker Paul Ryan said in an interview with a radio station. \"I'm going to focus on the House.\""
        let q = QuoteExtractor.extract(try doc(text))
        #expect(q.map(\.speaker) == ["House Speaker Paul Ryan", "House Speaker Paul Ryan"])
        // a named verb of saying, so the second half is checked for misattribution too
        #expect(q.map(\.cue) == ["said", "said"])
    }
    @Test func aTitleBeforeALastNameDecidesWhoIsMeant() throws {
        let text = """
            Donald Trump and Bill Clinton were both in town.

            During the debate, Mrs. Clinton accused Mr. Trump of "hiding" his taxes. "He's been hiding them for years," she said.
            """
        // "she" is neither Mr. Trump (the one accused) nor Bill Clinton: Mrs. Clinton, as written
        #expect(QuoteExtractor.extract(try doc(text)).map(\.speaker) == ["Mrs. Clinton", "Mrs. Clinton"])
    }
    @Test func aTwoWordSentenceHasASubject() throws {
        #expect(
            QuoteExtractor.extract(try doc("Thousands chanted \"No more war\" outside the embassy.")).map(\.speaker)
                == ["Thousands"])
    }
    @Test func pronounPrefersTheSubjectToAnOwner() throws {
        let text =
            "Hillary Clinton met Alicia Machado in May.\n\nClinton says she appreciated Machado's courage through what she calls a “war of some pretty unpleasant words.”"
        #expect(QuoteExtractor.extract(try doc(text)).map(\.speaker) == ["Hillary Clinton"])
    }
    @Test func pronounDoesNotResolveToAFirm() throws {
        let q = QuoteExtractor.extract(
            try doc(
                "Loretta Lynch worked at a law firm, Moore & Van Allen, for years.\n\nShe said the partner was \"supportive.\""
            ))
        #expect(q.first?.speaker == "Loretta Lynch")
    }
    @Test func quotedAsSaying() throws {
        let q = QuoteExtractor.extract(
            try doc(
                "The state news agency quoted Defence Minister Thabet al-Abbasi as saying, “We will not allow any interference.”"
            ))
        #expect(q.first?.speaker == "Defence Minister Thabet al-Abbasi")
    }
    @Test func asSomeonePutIt() throws {
        let q = QuoteExtractor.extract(
            try doc(
                "The requirement is a \"lawful source of investment income,\" as a Homeland Security memo put it.\n\nAs Ms. Simonyan put it in a statement in July, RT is \"providing a perspective you won't get elsewhere.\""
            ))
        #expect(q.map(\.speaker) == ["a Homeland Security memo", "Ms. Simonyan"])
    }
    @Test func secondFragmentOfASentenceKeepsItsSubject() throws {
        let q = QuoteExtractor.extract(
            try doc(
                "PolitiFact claimed “Trump exaggerates” the level of unemployment through a “misleading use of statistics,” and moved on."
            ))
        #expect(q.map(\.speaker) == ["PolitiFact", "PolitiFact"])
    }
    @Test func doubleMarksNestedInAQuote() throws {
        let q = QuoteExtractor.extract(
            try doc("“I’d rather live in what he calls “hell” than live in his world.” ― Adriana Rodarte"))
        #expect(q.count == 1)
        #expect(q.first?.text == "I’d rather live in what he calls “hell” than live in his world.")
        #expect(q.first?.speaker == "Adriana Rodarte")
    }
    @Test func subjectsPastOpeningPhrases() throws {
        let text = """
            On July 6, 2015, Sanders made the following comment:

            “For young people who have graduated high school, the jobless rate is high.”

            Although the IMF did not single out any proposal, it referenced "political tensions" in advanced economies.

            The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead?”

            Following the debate Politifact did a check on the claim of “thousands of shootings” in Chicago.
            """
        let q = QuoteExtractor.extract(try doc(text))
        #expect(q.map(\.speaker) == ["Sanders", "it", "Hillary Clinton", nil])
    }
    @Test(arguments: [
        ("Please attribute the following to Ross Delacorte, president of the company:", "Ross Delacorte"),
        ("The statement below is attributable to Ana Ruiz, a spokeswoman:", "Ana Ruiz"),
    ])
    func aStatementAttributedToSomeone(_ intro: String, _ speaker: String) throws {
        let q = QuoteExtractor.extract(try doc(intro + "\n\n“We intend to appeal the verdict.”"))
        #expect(q.first?.speaker == speaker)
    }
    @Test func oneParagraphPerLineInUnwrappedText() throws {
        // news copy written one paragraph to a line: a quote on the next line is not carried on from the last speaker
        let first =
            "Trump was defensive when asked about an architect who said he was stiffed, saying, “Maybe he didn’t do a good job.”"
        let second =
            "Senate Minority Leader Harry Reid (D-Nev.), in particular, has been pounding Trump as a “con artist” for weeks now."
        let d = try doc(first + "\n" + second, .plain)
        #expect(QuoteExtractor.paragraphs(d).count == 2)
        #expect(QuoteExtractor.extract(d).last?.speaker == "Senate Minority Leader Harry Reid")
        // hard-wrapped text keeps its lines together
        #expect(QuoteExtractor.paragraphs(try doc("A short line\nwrapped here\n\nNext paragraph.", .plain)).count == 2)
    }
}

@Suite("quantities") struct QuantityTests {
    func one(_ s: String) throws -> Quantity? { QuantityExtractor.extract(try doc(s)).first }
    @Test func pointsMovingAPercentageArePercentagePoints() throws {
        #expect(try one("Unemployment fell 1.5 points to 7.9%.")?.unit == "pp")
        #expect(try one("Her approval rose 3 points from 45 percent.")?.unit == "pp")
        // index points set beside the same move in percent stay points
        let dow = try one("The Dow fell 200 points, or 1.1%, on Monday.")
        #expect(dow?.unit == nil && dow?.subject == "points")
    }
    @Test func scalesCurrenciesAndSubjects() throws {
        #expect(try one("seized 1.27 million Captagon pills in")?.value == 1_270_000)
        #expect(try one("seized 1.27 million Captagon pills in")?.subject == "Captagon pills")
        let bn = try one("a $3.10bn deal")
        #expect(bn?.value == 3_100_000_000 && bn?.unit == "USD")
        #expect(try one("a €85m fund")?.unit == "EUR")
        let kg = try one("seized 108 kilograms of hashish and")
        #expect(kg?.unit == "kg" && kg?.subject == "hashish" && kg?.text == "108 kilograms of hashish")
        let more = try one("destroyed more than 300 homes")
        #expect(more?.qualifier == .moreThan && more?.value == 300)
        // "up to" after a verb of movement is the level reached, not a cap
        #expect(try one("Lodging revenue edged up to $13.6 million.")?.qualifier == .exact)
        #expect(try one("The firm will hire up to 50 workers.")?.qualifier == .atMost)
        #expect(try one("half a percent")?.value == 0.5)
        #expect(try one("a five-year contract")?.unit == "year")
    }
    @Test func notQuantities() throws {
        #expect(QuantityExtractor.extract(try doc("In 2024, on October 22 at 6:00, the vote was 7-2.")).isEmpty)
    }
}

@Suite("dates") struct DateTests {
    func dates(_ s: String) throws -> [DateMention] {
        DateExtractor.extract(try doc("---\ndate: 2025-11-02\n---\n" + s))
    }
    @Test func absoluteAndRelative() throws {
        #expect(try dates("On October 22 it happened.").first?.value == "2025-10-22")
        #expect(try dates("It said today.").first?.value == "2025-11-02")
        #expect(try dates("about ten days ago").first?.value == "2025-10-23")
        #expect(try dates("yesterday").first?.value == "2025-11-01")
    }
    @Test func weekdayAcrossAMonthBoundary() throws {
        // 2025-11-02 is a Sunday; "on Friday" is October 31
        #expect(try dates("They met on Friday.").first?.value == "2025-10-31")
    }
    @Test func weekdayThatDoesNotFit() throws {
        #expect(try dates("Tuesday, March 4, 2026").first?.weekdayConflict != nil)
        #expect(try dates("Tuesday, March 3, 2026").first?.weekdayConflict == nil)
    }
}

@Suite("documents") struct DocumentTests {
    @Test func markupDoesNotLeakAndOffsetsHold() throws {
        let d = try doc("# Title\n\nThe **minister** said “hi there” [link](http://x/1999).")
        let q = QuoteExtractor.extract(d)
        #expect(q.first.map { d.slice($0.start, $0.end) } == "hi there")
        #expect(!d.analysisSlice(0, d.count).contains("1999"))
    }
    @Test func commentsOverSeveralLinesAreBlanked() throws {
        let d = try doc("Before. <!-- draft:\n“Not a quote,” said nobody in 2024.\n--> After “a real one” here.")
        #expect(QuoteExtractor.extract(d).map(\.text) == ["a real one"])
        #expect(QuantityExtractor.extract(d).isEmpty && d.analysis.count == d.scalars.count)
    }
    @Test func htmlTextOnly() throws {
        let d = try doc("<p>He said &ldquo;yes we can&rdquo;</p><script>var x = \"no\";</script>", .html)
        #expect(QuoteExtractor.extract(d).map(\.text) == ["yes we can"])
    }
}

@Suite("bundled example") struct BundledExampleTests {
    @Test func extractionFindsEveryQuoteQuantityAndDate() throws {
        var dir = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
            dir.deleteLastPathComponent()
        }
        let ex = Extraction(try Document.load(path: dir.appendingPathComponent("Claims/iraq-syria/article.md").path))
        #expect(ex.quotes.map(\.speaker) == ["the US defense secretary", "US Secretary of State Marco Rubio", "They"])
        #expect(ex.quotes[0].text == "You know how the US administration will respond if there is any interference.")
        let checkable = ex.quantities.filter(\.isCheckable)
        #expect(checkable.map(\.value) == [108, 1_270_000, 320])
        #expect(checkable.map(\.unit) == ["kg", nil, "kg"])
        #expect(checkable.map(\.subject) == ["hashish", "Captagon pills", "narcotics"])
        #expect(
            ex.dates.map(\.value) == [
                "2025-10-23", "2025-10-31", "2025-11-10", "2025-10-21", "2025-10-22", "2025-07-30",
            ])
        #expect(ex.dates[0].text == "about ten days ago" && ex.dates[0].toleranceDays > 0)
    }
}

@Suite("more dates") struct MoreDateTests {
    @Test func everyHolidayNameResolves() throws {
        for name in DateExtractor.holidays.keys { #expect(DateExtractor.holiday(name, year: 2025) != nil, "\(name)") }
        let d = try doc(
            "---\ndate: 2025-03-01\n---\nThe New York office closed on New Year's Day and reopened after Black Friday.")
        #expect(DateExtractor.extract(d).map(\.value) == ["2026-01-01", "2025-11-28"])
    }
    func value(_ s: String, ref: String = "2016-11-07") throws -> String? {
        DateExtractor.extract(try doc("---\ndate: \(ref)\n---\n" + s)).first?.value
    }
    @Test func writtenForms() throws {
        #expect(try value("It happened on 23/08/39.") == "1939-08-23")
        #expect(try value("See report-2002-10-09.xlsx") == "2002-10-09")
        #expect(try value("She was born on January twenty five nineteen eighty six") == "1986-01-25")
        #expect(try value("I'll go back 05-Aug-2016") == "2016-08-05")
    }
    @Test func relativeForms() throws {
        #expect(try value("two days after today", ref: "2018-05-31") == "2018-06-02")
        #expect(try value("next Friday", ref: "2019-01-31") == "2019-02-08")
        #expect(try value("It happened 2 weeks before Christmas.") == "2016-12-11")
        #expect(try value("I'll go back in 3 days on Friday.", ref: "2016-11-09") == "2016-11-11")
    }
}

@Suite("front matter") struct FrontMatterTests {
    @Test func plainAndQuotedValuesReadAlike() throws {
        let plain = try doc(
            "---\ntitle: Minister's remarks (excerpt)\ndate: 2025-10-22\nspeaker: Anna Kowalski\nurl: https://example.org/a\n---\nText."
        )
        #expect(plain.frontMatter.title == "Minister's remarks (excerpt)" && plain.frontMatter.date == "2025-10-22")
        #expect(plain.frontMatter.speaker == "Anna Kowalski" && plain.frontMatter.url == "https://example.org/a")
        let quoted = try doc(
            "---\ntitle: \"Remarks: the full text\"\ntags: [a, b]\ndate: 2025-10-22 # filed late\n---\nText.")
        #expect(quoted.frontMatter.title == "Remarks: the full text" && quoted.frontMatter.date == "2025-10-22")
        #expect(quoted.frontMatter.extra["tags"] == "a, b")
        #expect(throws: DocumentError.self) { try doc("---\ndate: 22/10/2025\n---\nText.") }
        let accented = try doc("---\r\ntitle:   Café Müller — notes  \r\n\r\npublisher: Le Monde\r\n---\r\nText.")
        #expect(accented.frontMatter.title == "Café Müller — notes" && accented.frontMatter.publisher == "Le Monde")
    }
}
