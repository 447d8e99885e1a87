/// Words and marks the quantity patterns consult (`Quantities/`). One entry per line, sorted; `Lexicon.lists` holds
/// every list for the test that keeps them so. A list of a few short words is looked through as it is (faster than
/// hashing the word for a set, on every number read); a longer one is a set.
extension Lexicon {
    /// Currency codes read before a number also in lowercase ("usd 10"); others only in capitals.
    static let lowercaseCurrencyCodes = lowercaseCurrencyCodesList
    static let lowercaseCurrencyCodesList: [String] = [
        "eur",
        "gbp",
        "usd",
    ]

    /// Marks that make a number glued after them no figure: "#3", "1/2", "6:00", "v.2".
    static let gluedBeforeNumber = gluedBeforeNumberList
    static let gluedBeforeNumberList: [String] = [
        "#",
        "-",
        ".",
        "/",
        ":",
    ]

    /// Ordinal endings glued to digits: 21st, 2nd, 3rd, 4th.
    static let ordinalSuffixes = ordinalSuffixesList
    static let ordinalSuffixesList: [String] = [
        "nd",
        "rd",
        "st",
        "th",
    ]

    /// Words after a number that make it a time of day: 11 a.m., 5pm.
    public static let clockWords = clockWordsList
    static let clockWordsList: [String] = [
        "a.m",
        "a.m.",
        "am",
        "p.m",
        "p.m.",
        "pm",
    ]

    /// Era words before a year: A.D. 1000.
    static let eraBefore = eraBeforeList
    static let eraBeforeList: [String] = [
        "a.d",
        "a.d.",
        "ad",
    ]

    /// Era words after a year: 300 BC, 500 BCE, 79 AD.
    static let eraAfter = eraAfterList
    static let eraAfterList: [String] = [
        "ad",
        "b.c.",
        "bc",
        "bce",
        "ce",
    ]

    /// Words after a number that make it a name of an index: the Stoxx 600 index.
    static let indexWords = indexWordsList
    static let indexWordsList: [String] = [
        "index",
        "indexes",
        "indices",
    ]

    /// Street words that make a number before a name an address: 575 Wilbraham Road.
    static let streetWords = streetWordsList
    static let streetWordsList: [String] = [
        "ave",
        "avenue",
        "boulevard",
        "drive",
        "lane",
        "road",
        "st",
        "street",
        "way",
    ]

    /// Time zones after a number that make it a time: 0401 GMT.
    static let timeZones = timeZonesList
    static let timeZonesList: [String] = [
        "bst",
        "cet",
        "edt",
        "est",
        "et",
        "gmt",
        "pdt",
        "pst",
        "utc",
    ]

    /// Marks of scientific notation and typographic fractions beside a number: 1.99×10−30, 1⁄32, 10^6.
    static let scientificMarks = scientificMarksList
    static let scientificMarksList: [String] = [
        "^",
        "×",
        "\u{2044}",
    ]

    /// Words before "one" that make it a pronoun: no one, the one, each one.
    static let notOneAfter = notOneAfterList
    static let notOneAfterList: [String] = [
        "any",
        "anyone",
        "each",
        "every",
        "everyone",
        "no",
        "someone",
        "such",
        "that",
        "the",
        "this",
        "which",
    ]

    /// Number words read only before a scale, "a" or "dozen": half a million, a dozen, a million.
    static let fractionOrArticle = fractionOrArticleList
    static let fractionOrArticleList: [String] = [
        "a",
        "an",
        "half",
        "quarter",
    ]

    /// Words after a lone "one" that make it a pronoun or idiom: one day, one way, one point.
    static let afterOneAlone = afterOneAloneList
    static let afterOneAloneList: [String] = [
        "another",
        "day",
        "point",
        "thing",
        "time",
        "way",
    ]

    /// Words after "or" or "and" that qualify the figure before them: 40 or more, ten or so, 5 and over.
    static let qualifiersAfter = qualifiersAfterList
    static let qualifiersAfterList: [String] = [
        "more",
        "over",
        "so",
    ]

    /// Words between a figure and what it counts: 40 more jobs, 3 new stores.
    static let moreOfSubject = moreOfSubjectList
    static let moreOfSubjectList: [String] = [
        "additional",
        "extra",
        "fewer",
        "further",
        "more",
        "new",
        "other",
    ]

    /// Words before a number from 1500 to 2200 that make it a year: in 1650, since 1999.
    static let yearPrepositions = Set(yearPrepositionsList)
    static let yearPrepositionsList: [String] = [
        "after",
        "and",
        "around",
        "before",
        "between",
        "by",
        "circa",
        "from",
        "in",
        "of",
        "since",
        "till",
        "to",
        "until",
    ]

    /// Words after a glued "m" that make it metres, not millions: 100m sprint, 3m high.
    static let lengthContext = Set(lengthContextList)
    static let lengthContextList: [String] = [
        "above",
        "away",
        "backstroke",
        "below",
        "breaststroke",
        "butterfly",
        "by",
        "deep",
        "freestyle",
        "from",
        "high",
        "hurdles",
        "in",
        "long",
        "of",
        "per",
        "race",
        "relay",
        "sprint",
        "tall",
        "to",
        "wide",
    ]

    /// Unit symbols read only glued to their number ("5m", not "5 m"), save a metric one at a clause's end.
    static let shortAmbiguousUnits = Set(shortAmbiguousUnitsList)
    static let shortAmbiguousUnitsList: [String] = [
        "cent",
        "g",
        "gb",
        "ha",
        "hp",
        "in",
        "kw",
        "m",
        "mb",
        "mw",
        "s",
        "t",
        "tb",
    ]

    /// Words that set a bare number against a figure: "21,402 votes to Briggs's 17,960".
    static let ellipsisConnectors = Set(ellipsisConnectorsList)
    static let ellipsisConnectorsList: [String] = [
        "against",
        "and",
        "compared",
        "down",
        "from",
        "or",
        "than",
        "to",
        "up",
        "versus",
        "vs",
    ]
}
