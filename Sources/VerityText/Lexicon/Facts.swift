/// Words that say what fact a figure or a date states: which set a count counts, whether a figure is hoped for or
/// met, which way a distance runs, which verbs name one event. One entry per line, sorted; `Lexicon.lists` holds
/// every list for the test that keeps them so.
extension Lexicon {
    /// Words before the rest of a noun phrase ("cars of the train", "officers in the county").
    public static let prepositions = Set(prepositionsList)
    static let prepositionsList: [String] = [
        "about",
        "across",
        "after",
        "against",
        "at",
        "before",
        "by",
        "during",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "over",
        "per",
        "since",
        "than",
        "through",
        "to",
        "under",
        "with",
        "within",
    ]

    /// Nouns that stand in for a more telling one ("412 locations" for a chain's stores, "sites" for its plants): a
    /// figure that counts one says what it counts by the words around it.
    public static let standInNouns = Set(standInNounsList)
    static let standInNounsList: [String] = [
        "location",
        "locations",
        "outlet",
        "outlets",
        "site",
        "sites",
        "venue",
        "venues",
    ]

    /// Words beside a count that say which of a kind it counts: "eight additional cases", "two cases in other
    /// counties", "the total".
    public static let setWords = Set(setWordsList)
    static let setWordsList: [String] = [
        "additional",
        "another",
        "extra",
        "further",
        "more",
        "new",
        "other",
        "remaining",
        "total",
    ]

    /// Verbs whose past and participle are the base ("set for Thursday", "cut on Monday"), which WordNet's exception
    /// list does not name.
    public static let unchangedPasts = Set(unchangedPastsList)
    static let unchangedPastsList: [String] = [
        "beat",
        "bet",
        "burst",
        "cost",
        "cut",
        "hit",
        "hurt",
        "let",
        "put",
        "quit",
        "read",
        "set",
        "shut",
        "spread",
    ]

    /// Adverbs that make a figure an earlier one from before it in its sentence ("Two years ago, tuition was
    /// $10,580"); not "previous" or "before", which as adjectives and prepositions tell of another thing.
    public static let earlierAdverbs = Set(earlierAdverbsList)
    static let earlierAdverbsList: [String] = [
        "ago",
        "earlier",
        "formerly",
        "previously",
    ]

    /// Words after a figure in its sentence that make it an earlier one than the present ("1,611 a year earlier").
    public static let earlierWords = Set(earlierWordsList)
    static let earlierWordsList: [String] = [
        "ago",
        "before",
        "earlier",
        "formerly",
        "previous",
        "previously",
        "prior",
    ]

    /// Words beside a figure that make it one hoped for rather than one met (as lemmas).
    public static let roleWords = Set(roleWordsList)
    static let roleWordsList: [String] = [
        "aim",
        "expect",
        "forecast",
        "goal",
        "guidance",
        "outlook",
        "predict",
        "projection",
        "target",
    ]

    /// Directions, which say where a distance runs, not what it measures.
    public static let directions = Set(directionsList)
    static let directionsList: [String] = [
        "east",
        "eastward",
        "north",
        "northeast",
        "northward",
        "northwest",
        "south",
        "southeast",
        "southward",
        "southwest",
        "west",
        "westward",
    ]

    /// Verbs that carry another verb's tense or are said of any event ("the incident occurred on Sunday"): they name no
    /// event.
    public static let eventlessVerbs = Set(eventlessVerbsList)
    static let eventlessVerbsList: [String] = [
        "be",
        "do",
        "get",
        "happen",
        "have",
        "occur",
    ]

    /// Verbs of saying, as lemmas: the date beside one is the statement's ("said Thursday it would file on Monday"
    /// dates a statement and a filing), and any two of them date one statement. (Not "confirmed", "reported",
    /// "declared": "the first case was confirmed Jan. 17" dates a case.)
    public static let sayingVerbs = Set(sayingVerbsList)
    static let sayingVerbsList: [String] = [
        "add",
        "announce",
        "comment",
        "explain",
        "remark",
        "say",
        "state",
        "tell",
        "write",
    ]

    /// Verbs news uses for an event's start, and for its end: "began on Tuesday" and "launched on Monday" date one
    /// start.
    public static let startVerbs = Set(startVerbsList)
    static let startVerbsList: [String] = [
        "begin",
        "commence",
        "launch",
        "open",
        "start",
    ]
    public static let endVerbs = Set(endVerbsList)
    static let endVerbsList: [String] = [
        "close",
        "complete",
        "conclude",
        "end",
        "finish",
    ]

    /// Verbs news uses for a body's decision: "approved Monday" and "Adopted: April 7" date one vote.
    public static let decisionVerbs = Set(decisionVerbsList)
    static let decisionVerbsList: [String] = [
        "adopt",
        "approve",
        "enact",
        "pass",
        "ratify",
    ]

    /// Days named relative to the text's own: a verb before one takes it as its time ("announced today").
    public static let relativeDays = Set(relativeDaysList)
    static let relativeDaysList: [String] = [
        "today",
        "tomorrow",
        "tonight",
        "yesterday",
    ]

    /// Verbs a form in -ing after them carries on, as a schedule does: "start shipping Monday", "resume taking
    /// applications Friday", "will be closing Tuesday".
    public static let aspectVerbs = Set(aspectVerbsList)
    static let aspectVerbsList: [String] = [
        "be",
        "begin",
        "continue",
        "finish",
        "keep",
        "resume",
        "start",
        "stop",
    ]

    /// Words that say a figure was worked out from others, as a sum or a difference: "about 1.2 million more",
    /// "$1.40 billion of that total", "a margin of 4,000".
    public static let aggregateWords = Set(aggregateWordsList)
    static let aggregateWordsList: [String] = [
        "above",
        "altogether",
        "below",
        "combined",
        "difference",
        "fewer",
        "gap",
        "less",
        "margin",
        "more",
        "short",
        "shy",
        "together",
        "total",
    ]

    /// Verbs that set a figure equal to the noun phrase before them: "the faculty raise pool this year is three point
    /// one million dollars", "Attendance totaled 41,200" (`CopulaSubject`).
    public static let equalVerbs = Set(equalVerbsList)
    static let equalVerbsList: [String] = [
        "are",
        "is",
        "totaled",
        "totalled",
        "totals",
        "was",
        "were",
    ]

    /// Nouns that name no thing measured of their own ("the total is 45", "the figure was 12"): a figure set equal to
    /// one says nothing of what it counts.
    public static let emptyHeads = Set(emptyHeadsList)
    static let emptyHeadsList: [String] = [
        "amount",
        "count",
        "figure",
        "number",
        "result",
        "sum",
        "tally",
        "total",
        "value",
    ]

    /// Time words between a figure's subject and its verb, skipped to reach the subject: "the pool this year is",
    /// "sales in the fourth quarter were" (`CopulaSubject`).
    public static let timeBeforeVerb = Set(timeBeforeVerbList)
    static let timeBeforeVerbList: [String] = [
        "calendar",
        "day",
        "days",
        "far",
        "first",
        "fiscal",
        "fourth",
        "half",
        "in",
        "last",
        "month",
        "months",
        "next",
        "now",
        "quarter",
        "season",
        "second",
        "so",
        "the",
        "third",
        "this",
        "week",
        "weeks",
        "year",
        "years",
    ]
}
