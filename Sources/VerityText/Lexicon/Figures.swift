/// Words around figures: which way a figure moves, compass points before a wind's speed. One entry per line, sorted;
/// `Lexicon.lists` holds every list for the test that keeps them so.
extension Lexicon {
    /// Words that say a figure is a fall ("fell 2.3 percent", "cut by 8 percent", "1.5 degrees lower").
    public static let fallWords = Set(fallWordsList)
    static let fallWordsList: [String] = [
        "colder",
        "cooler",
        "cut",
        "cuts",
        "decline",
        "declined",
        "declines",
        "declining",
        "decrease",
        "decreased",
        "decreases",
        "dipped",
        "down",
        "drop",
        "dropped",
        "dropping",
        "drops",
        "eased",
        "fall",
        "falling",
        "falls",
        "fell",
        "less",
        "lost",
        "lower",
        "lowered",
        "plummeted",
        "plunged",
        "reduced",
        "reduction",
        "sank",
        "shrank",
        "slid",
        "slipped",
        "tumbled",
    ]

    /// Words that say a figure is a rise ("rose 5 percent", "a 2.8 °C rise").
    public static let riseWords = Set(riseWordsList)
    static let riseWordsList: [String] = [
        "climb",
        "climbed",
        "climbing",
        "climbs",
        "gain",
        "gained",
        "gains",
        "grew",
        "higher",
        "hotter",
        "increase",
        "increased",
        "increases",
        "increasing",
        "jumped",
        "raised",
        "rise",
        "rises",
        "rising",
        "rose",
        "soared",
        "surged",
        "up",
        "warmer",
    ]

    /// Compass points, which stand before a wind's speed ("NE 40 kts") as no index name does.
    public static let compassPoints = Set(compassPointsList)
    static let compassPointsList: [String] = [
        "e",
        "ene",
        "ese",
        "n",
        "ne",
        "nne",
        "nnw",
        "nw",
        "s",
        "se",
        "sse",
        "ssw",
        "sw",
        "w",
        "wnw",
        "wsw",
    ]
}
