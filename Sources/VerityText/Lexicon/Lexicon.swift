/// The vocabulary the rules share, as data: word lists in `Lexicon/`, one entry per line, sorted.
public enum Lexicon {
    /// Every word list by name, for the test that each is lowercase, sorted and free of duplicates.
    static let lists: [(name: String, words: [String])] = [
        ("adverbs", adverbsList),
        ("speechNouns", speechNounsList),
        ("orgWords", orgWordsList),
        ("skipBefore", skipBeforeList),
        ("dateStarterWords", dateStarterWordsList),
        ("dateCoreWords", dateCoreWordsList),
        ("quantityStarterWords", quantityStarterWordsList),
        ("subjectStopWords", subjectStopWordsList),
        ("cues", cuesList),
        ("roles", rolesList),
        ("titles", titlesList),
        ("pronouns", pronounsList),
        ("determiners", determinersList),
        ("maleWords", maleWordsList),
        ("femaleWords", femaleWordsList),
        ("fallWords", fallWordsList),
        ("riseWords", riseWordsList),
        ("compassPoints", compassPointsList),
        ("phraseStops", phraseStopsList),
        ("stopwords", stopwordsList),
        ("futureCues", futureCuesList),
        ("approximations", approximationsList),
        ("monthLeads", monthLeadsList),
        ("months", monthsList.map(\.0)),
        ("weekdays", weekdaysList.map(\.0)),
        ("ordinalWords", ordinalWordsList.map(\.0)),
        ("unitDays", unitDaysList.map(\.0)),
    ]
}
