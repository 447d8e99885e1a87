/// Time words: months, weekdays, ordinal days, units of days, and the words around dates. One entry per line, sorted;
/// `Lexicon.lists` holds every list for the test that keeps them so.
extension Lexicon {
    public static let months = Dictionary(uniqueKeysWithValues: monthsList)
    static let monthsList: [(String, Int)] = [
        ("apr", 4),
        ("april", 4),
        ("aug", 8),
        ("august", 8),
        ("dec", 12),
        ("december", 12),
        ("feb", 2),
        ("february", 2),
        ("jan", 1),
        ("january", 1),
        ("jul", 7),
        ("july", 7),
        ("jun", 6),
        ("june", 6),
        ("mar", 3),
        ("march", 3),
        ("may", 5),
        ("nov", 11),
        ("november", 11),
        ("oct", 10),
        ("october", 10),
        ("sep", 9),
        ("sept", 9),
        ("september", 9),
    ]

    public static let weekdays = Dictionary(uniqueKeysWithValues: weekdaysList)
    static let weekdaysList: [(String, Int)] = [
        ("fri", 5),
        ("friday", 5),
        ("mon", 1),
        ("monday", 1),
        ("sat", 6),
        ("saturday", 6),
        ("sun", 0),
        ("sunday", 0),
        ("thu", 4),
        ("thur", 4),
        ("thurs", 4),
        ("thursday", 4),
        ("tue", 2),
        ("tues", 2),
        ("tuesday", 2),
        ("wed", 3),
        ("wednesday", 3),
    ]

    /// Days of the month written as ordinal words ("third", "twentieth").
    public static let ordinalWords = Dictionary(uniqueKeysWithValues: ordinalWordsList)
    static let ordinalWordsList: [(String, Int)] = [
        ("eighteenth", 18),
        ("eighth", 8),
        ("eleventh", 11),
        ("fifteenth", 15),
        ("fifth", 5),
        ("first", 1),
        ("fourteenth", 14),
        ("fourth", 4),
        ("nineteenth", 19),
        ("ninth", 9),
        ("second", 2),
        ("seventeenth", 17),
        ("seventh", 7),
        ("sixteenth", 16),
        ("sixth", 6),
        ("tenth", 10),
        ("third", 3),
        ("thirteenth", 13),
        ("thirtieth", 30),
        ("twelfth", 12),
        ("twentieth", 20),
    ]

    /// Units a date is counted in, in days (a month is 30, a year 365).
    static let unitDays = Dictionary(uniqueKeysWithValues: unitDaysList)
    static let unitDaysList: [(String, Int)] = [
        ("day", 1),
        ("days", 1),
        ("fortnight", 14),
        ("fortnights", 14),
        ("month", 30),
        ("months", 30),
        ("week", 7),
        ("weeks", 7),
        ("year", 365),
        ("years", 365),
    ]

    /// Words that put a weekday ahead of the text's date: "will meet on Friday", "could lift Thursday", "said talks
    /// would resume Tuesday".
    static let futureCues = Set(futureCuesList)
    static let futureCuesList: [String] = [
        "'ll",
        "aims",
        "coming",
        "could",
        "due",
        "expect",
        "expected",
        "expects",
        "forecast",
        "intends",
        "may",
        "might",
        "next",
        "plan",
        "planned",
        "plans",
        "scheduled",
        "shall",
        "should",
        "starting",
        "until",
        "upcoming",
        "will",
        "would",
    ]

    /// Words that make a count of days loose: "about ten days ago".
    static let approximations = Set(approximationsList)
    static let approximationsList: [String] = [
        "about",
        "almost",
        "approximately",
        "around",
        "nearly",
        "roughly",
        "some",
    ]

    /// Words that make a capitalized month on its own a date: "in October", "since March", "last May".
    static let monthLeads = Set(monthLeadsList)
    static let monthLeadsList: [String] = [
        "by",
        "during",
        "early",
        "from",
        "in",
        "last",
        "late",
        "mid",
        "next",
        "of",
        "since",
        "this",
        "through",
        "until",
    ]

    /// Words besides months, weekdays, number words and holidays that may begin a date ("today", "last", "in").
    static let dateStarterWords = Set(dateStarterWordsList)
    static let dateStarterWordsList: [String] = [
        "a",
        "about",
        "almost",
        "approximately",
        "around",
        "coming",
        "following",
        "in",
        "last",
        "nearly",
        "next",
        "otd",
        "past",
        "previous",
        "roughly",
        "some",
        "the",
        "thirty",
        "this",
        "today",
        "tomorrow",
        "tonight",
        "twenty",
        "yesterday",
    ]

    /// Words besides months, weekdays, number words, units and holidays that say something of a date by
    /// themselves ("yesterday", "morning", "now").
    static let dateCoreWords = Set(dateCoreWordsList)
    static let dateCoreWordsList: [String] = [
        "afternoon",
        "evening",
        "morning",
        "night",
        "now",
        "otd",
        "thirty",
        "tmr",
        "tmrw",
        "today",
        "tomorrow",
        "tonight",
        "twenty",
        "yesterday",
    ]

    /// Parts of a day that may follow a weekday ("Monday morning").
    public static let dayParts = Set(dayPartsList)
    static let dayPartsList: [String] = [
        "afternoon",
        "evening",
        "morning",
        "night",
    ]
}
