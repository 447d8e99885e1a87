import Testing
import VerityDocument
@testable import VerityText

/// A pronoun resolves to a person: never to the capitalized first words of a quotation, a body, a programme or a
/// place that reads like two names.
@Suite("pronoun targets") struct PronounTargetTests {
    @Test(arguments: [
        // the first words of the earlier quote are no one
        (
            "Mayor Ann Ruiz spoke. \"What I will not do is raise taxes,\" she said. \"We mailed a postcard,\" she said.",
            "Ann Ruiz"
        ),
        // a programme between the speaker and the pronoun
        (
            "Director Rosa Vane spoke. Deliveries through The Emergency Food Assistance Program fell. \"We cannot do this alone,\" she said.",
            "Rosa Vane"
        ),
        // a place after "the"
        (
            "Greta Solberg conceded that weather in the Mountain West had helped. \"It was not a weather quarter,\" she said.",
            "Greta Solberg"
        ),
        // a body's name before a person's leaves the person
        (
            "Maria Diaz moved to delay. City Traffic Engineer Lena Marsh had warned the council. \"We can still award by June,\" she said.",
            "Lena Marsh"
        ),
        // a town that reads like a name ends the run with a place word
        (
            "Gene Holt runs the line. The train derailed in Ashmore Falls last month. \"We will make this right,\" he said.",
            "Gene Holt"
        ),
        // names before a role say whose ("Quarry Hill residents"), not who
        (
            "Council President Nadia Ferro said Quarry Hill residents had been patient. \"People did all we asked,\" she said.",
            "Nadia Ferro"
        ),
        // whose a person is ("the Conservative Union's David Pryce") leaves the person; the one a verb acts on
        // ("congratulated Marsh") is a less likely antecedent than its subject
        (
            "Helen Marsh won, to 12,407 for the Conservative Union's David Pryce. Pryce congratulated Marsh. "
                + "\"The voters have sent us a message,\" he said.",
            "David Pryce"
        ),
        // … as is the one a verb's third person acts on ("who represents Gull Island"); a noun's plural before a
        // name ("the police reports Mary Hale had filed") is no verb
        (
            "Trustee Elena Vasko, who represents Gull Island, voted no. \"The ferry is the road,\" she said.",
            "Elena Vasko"
        ),
        (
            "Trustee Paul Vasko cited the police reports Mary Hale had filed. \"It is the road,\" she said.",
            "Mary Hale"
        ),
        // a name in the speaker's own sentence is whom they spoke of; a name in a later sentence is a new subject
        (
            "Gregory Tan spoke after Victor Sandoval was sentenced. Tan said that Sandoval \"stole the savings.\" "
                + "The sentence, he said, \"will not return that money.\"",
            "Gregory Tan"
        ),
        (
            "Gregory Tan said that Victor Sandoval \"stole the savings.\" Victor Sandoval spoke next. "
                + "\"I will pay it back,\" he said.",
            "Victor Sandoval"
        ),
        // a last name alone stands for the family member the pronoun fits ("Clinton … she" after Bill Clinton)
        (
            "Hillary Clinton wrote a memoir. Bill Clinton spoke. In her book, Clinton wrote about it. "
                + "\"Sure enough I had a big clot,\" she said.",
            "Hillary Clinton"
        ),
    ])
    func pronounFindsThePerson(_ text: String, _ speaker: String) throws {
        let quotes = QuoteExtractor.extract(try doc(text))
        // the name, with or without the words of office before it
        #expect(quotes.last?.speaker?.hasSuffix(speaker) == true)
    }
}

@Suite("speaker phrases") struct SpeakerPhraseTests {
    @Test(arguments: [
        // two titles of one person before the name
        (
            "\"We put a fair offer on the table,\" said hospital President and CEO Laura Pennington.",
            "hospital President and CEO Laura Pennington"
        ),
        // two people: the phrase stops at the first name
        ("\"We put a fair offer on the table,\" said Mayor Ruiz and Governor Hale.", "Mayor Ruiz"),
    ])
    func titlesJoinedByAnd(_ text: String, _ speaker: String) throws {
        #expect(QuoteExtractor.extract(try doc(text)).first?.speaker == speaker)
    }

    @Test func aCueAfterAQuoteThatEndsItsSentenceSpeaksOfTheNextQuote() throws {
        let q = QuoteExtractor.extract(
            try doc(
                "Tan said in a statement that Sandoval \"stole the savings of people who trusted him.\" The "
                    + "sentence, he said, \"will not return that money.\""))
        #expect(q.map(\.speaker) == ["Tan", "Tan"])
    }

    @Test func aNumberInsideAnOfficeStaysInTheName() throws {
        let q = QuoteExtractor.extract(try doc("\"We need the positions,\" said Lodge 9 President Mike Dorrance."))
        #expect(q.first?.speaker == "Lodge 9 President Mike Dorrance")
    }
}

/// Every quote names the pattern that found its speaker.
@Suite("speaker patterns") struct SpeakerPatternTests {
    @Test(arguments: [
        ("\"We ran a clean race,\" said Tom Briggs.", "speaker.cue-after"),
        ("\"We ran a clean race,\" Tom Briggs said.", "speaker.subject-cue-after"),
        ("Tom Briggs said: \"We ran a clean race.\"", "speaker.cue-before"),
        ("\"We ran a clean race,\" according to Tom Briggs.", "speaker.according-to-after"),
        ("MAYOR BRIGGS: \"We ran a clean race.\"", "speaker.transcript-label"),
        ("\"We ran a clean race.\"", "speaker.none"),
    ])
    func pattern(_ text: String, _ rule: String) throws {
        #expect(QuoteExtractor.extract(try doc(text)).first?.rule == rule)
    }
}

/// The speaker patterns before the quote (`Attribution.wordPatterns`, then `sentencePatterns`): each names its quotes.
@Suite("speaker patterns before the quote") struct BeforeQuotePatternTests {
    @Test(arguments: [
        (
            "According to Tom Briggs, the race was \"clean from start to finish.\"", "Tom Briggs",
            "speaker.according-to-before"
        ),
        (
            "Trump's claim that there have been \"millions of illegal votes\" was false.", "Trump's",
            "speaker.owner-of-claim"
        ),
        (
            "The agency quoted Defence Minister Thabet al-Abbasi as saying, \"We will not allow it.\"",
            "Defence Minister Thabet al-Abbasi", "speaker.quoted-as-saying"
        ),
        (
            "The footage shows Hillary Clinton asking, \"Why aren't I 50 points ahead?\"", "Hillary Clinton",
            "speaker.name-before-ing-cue"
        ),
        (
            "The mayor spoke for an hour on Friday, saying \"we will rebuild the bridge.\"", "The mayor",
            "speaker.subject-ing-cue"
        ),
        ("Tom Briggs said: \"We ran a clean race.\"", "Tom Briggs", "speaker.cue-before"),
        // a description named by its appositive; a name described by its appositive
        (
            "The group's attorney, Daniel Brisk, said: \"The court has put it back.\"", "Daniel Brisk",
            "speaker.cue-before"
        ),
        ("Tom Briggs, the group's attorney, said: \"We ran a clean race.\"", "Tom Briggs", "speaker.cue-before"),
        ("The mayor, a former teacher, said: \"We ran a clean race.\"", "The mayor", "speaker.cue-before"),
        (
            "Residents cheered Mayor Ann Ruiz, who told them \"the water is safe.\"", "Mayor Ann Ruiz",
            "speaker.relative-pronoun"
        ),
        ("It was Ann Ruiz who warned that \"the bridge will close.\"", "Ann Ruiz", "speaker.relative-pronoun"),
        ("Said Trump: \"We will win.\"", "Said Trump", "speaker.cue-then-name"),
        (
            "After saying her foot was \"so swollen she could not walk,\" she was taken to hospital.", "she",
            "speaker.subject-after-opening-phrase"
        ),
        ("Thousands chanted \"No more war\" outside the embassy.", "Thousands", "speaker.sentence-subject"),
    ])
    func pattern(_ text: String, _ speaker: String, _ rule: String) throws {
        let q = QuoteExtractor.extract(try doc(text)).first
        #expect(q?.speaker == speaker)
        #expect(q?.rule == rule)
    }

    @Test func aClauseOfItsOwnHasItsSubject() throws {
        let q = QuoteExtractor.extract(
            try doc(
                "New Jersey Gov. Chris Christie described Hillary Clinton as a \"disgrace\" after she blamed police "
                    + "shootings on \"implicit bias\" against minorities."))
        #expect(q.map(\.rule) == ["speaker.cue-before", "speaker.clause-subject"])
        #expect(q.last?.speaker == "Hillary Clinton")
    }

    @Test func everyPatternHasAName() {
        let names = Attribution.wordPatterns.map(\.name) + Attribution.sentencePatterns.map(\.name)
        #expect(Set(names).count == names.count)
    }
}
