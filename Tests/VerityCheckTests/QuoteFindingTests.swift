import Testing
import VerityCheck

/// A quote of small words only, which the word index leaves out, is found by reading the sources.
@Suite("quotes of small words") struct SmallWordQuoteTests {
    static let source = "We opened the overflow tent next to it. That's what it's there for. We never ran out of ice."

    @Test(arguments: [
        ("That's what it's there for", [String]()),
        ("That's what it was there for", ["quote.altered"]),
    ])
    func aQuoteOfSmallWordsIsFound(_ quote: String, _ rules: [String]) throws {
        let f = try check("\"\(quote),\" she said.", [Self.source])
        #expect(f.map(\.rule) == rules, "\(f.map(\.message))")
    }
}

/// An e-mail pasted as text is its sender's words: a quote from it given to another is misattributed. So is a
/// quotation in marks in it that names no speaker ("A few points you can quote me on: “…”").
@Suite("pasted e-mails") struct PastedEmailTests {
    static let bodies = [
        "Pinot buds were at their most vulnerable stage that week, and the cold came at the worst time.",
        "Happy to help. A few points you can quote me on:\n\n"
            + "\"Pinot buds were at their most vulnerable stage that week. The cold came at the worst time.\"",
    ]

    @Test(arguments: [("Ines Maravilla", ["quote.misattributed"]), ("Hugo Voss", [String]())], bodies)
    func aPastedEmailIsItsSendersWords(_ expected: (sender: String, rules: [String]), _ body: String) throws {
        let email = """
            From: \(expected.sender) <sender@example.org>
            To: Colin Dray <cdray@example.org>
            Subject: Re: frost numbers

            \(body)
            """
        let f = try check("\"Pinot buds were at their most vulnerable stage that week,\" said Hugo Voss.", [email])
        #expect(f.map(\.rule) == expected.rules, "\(f.map(\.message))")
    }
}

/// After an abbreviated title a word that is also a role is a surname: "Mr. King" is a person, not a king.
@Suite("surnames that are role words") struct RoleWordSurnameTests {
    @Test(arguments: [("Mr. King", ["quote.misattributed"]), ("Ms. Moore", [String]()), ("the king", [String]())])
    func aRoleWordAfterATitleIsASurname(_ speaker: String, _ rules: [String]) throws {
        let source = "\"It is a little bit of magic when they are on stage together,\" Ms. Moore said."
        let f = try check("\"It is a little bit of magic when they are on stage together,\" said \(speaker).", [source])
        #expect(f.map(\.rule) == rules, "\(f.map(\.message))")
    }
}

/// A number a quote writes in digits where the transcript spells it out is the same word; another number is not.
@Suite("numbers spelled out in sources") struct SpokenNumberQuoteTests {
    @Test(arguments: [("50", [String]()), ("60", ["quote.altered"])])
    func digitsForSpelledOutNumbers(_ n: String, _ rules: [String]) throws {
        let source =
            "DR. AMARA LINDQVIST (COUNTY HEALTH OFFICER): Early antibiotics make a real difference, especially "
            + "for people over fifty and people who smoke."
        let f = try check(
            "\"Early antibiotics make a real difference, especially for people over \(n) and people who smoke,\" "
                + "Lindqvist said.", [source])
        #expect(f.map(\.rule) == rules, "\(f.map(\.message))")
    }
}

/// A body speaks through its people: the article may give an association's words to the association when its own
/// statement holds them, or when the source names its speaker as the association's ("president of the association").
/// A resident's words in a newspaper, given to the association, are misattributed.
@Suite("a body's words") struct BodySpeakerTests {
    @Test(arguments: [
        ("Harbor Residents Association", "Tomas Reyes", "a resident", [String]()),
        ("Harbor Gazette", "Ann Lowe", "president of the association", [String]()),
        ("Harbor Gazette", "Ann Lowe", "a resident", ["quote.misattributed"]),
        ("Harbor Gazette", "Ann Lowe", "a longtime critic of the association", ["quote.misattributed"]),
        // (the body's own release quoting someone else: the mayor's words are not the association's)
        ("Harbor Residents Association", "Ann Lowe", "a resident", ["quote.misattributed"]),
    ])
    func aBodysWordsAreItsPeoples(_ publisher: String, _ voice: String, _ role: String, _ rules: [String]) throws {
        let quote = "balancing its books on the backs of the people with no other way home"
        let source =
            "---\npublisher: \(publisher)\nspeaker: \(voice)\n---\n\"The district is \(quote),\" said Tomas Reyes, "
            + "\(role)."
        let f = try check("The Harbor Residents Association said the district was \"\(quote).\"", [source])
        #expect(f.map(\.rule) == rules, "\(f.map(\.message))")
    }
}

/// A quote of seven words or more with one word changed and the rest as the source has them is altered, though the
/// changed word is its only content word; a shorter run of small words may be anyone's.
@Suite("one word changed among small ones") struct OneContentWordQuoteTests {
    @Test(arguments: [
        ("It's not where I need us to be", "quote.altered"), ("Not where I need us", "quote.unsourced"),
    ])
    func oneChangedWordAmongSmallOnes(_ quote: String, _ rule: String) throws {
        let source =
            "ODALYS REINHOLT (FIRE CHIEF): That's slower than the year before, and it's not where I want us to be."
        let f = try check("\"\(quote),\" Fire Chief Odalys Reinholt said.", [source])
        #expect(f.map(\.rule) == [rule], "\(f.map(\.message))")
    }
}
