/// The word classes the tokenizer gives each word (`WordClass`), built from the lexicon's lists alone; the one word set
/// from elsewhere is the first words of the holiday table's names (`Dates/Holidays.swift`).
extension Lexicon {
    /// Words a date expression can begin with; any other word is passed over at once.
    static let dateStarters: Set<String> = {
        var s = Set(Lexicon.months.keys).union(Lexicon.weekdays.keys).union(NumberWords.units.keys).union(
            Lexicon.ordinalWords.keys)
        s.formUnion(Lexicon.dateStarterWords)
        s.formUnion(DateExtractor.holidayFirstWords)
        return s
    }()

    /// Words that say something of a date by themselves (see `WordClass.dateCore`).
    static let dateCore: Set<String> = {
        var s = Set(Lexicon.months.keys).union(Lexicon.weekdays.keys).union(NumberWords.units.keys).union(
            Lexicon.ordinalWords.keys
        ).union(Lexicon.unitDays.keys)
        s.formUnion(DateExtractor.holidayFirstWords)
        s.formUnion(Lexicon.unitDays.keys.map { $0 + "'s" })  // "in a fortnight's time"
        s.formUnion(Lexicon.dateCoreWords)
        return s
    }()

    /// Words a quantity can begin with; any other word is passed over at once.
    static let quantityStarters: Set<String> = Set(NumberWords.units.keys).union(Lexicon.quantityStarterWords)
        .union(Units.dollarPrefixes.keys).union(Units.currencyCodes.keys)

    /// Words that end the noun a figure counts.
    static let subjectStops: Set<String> = Lexicon.phraseStops.union(Lexicon.stopwords).union(Lexicon.cues).union(
        Lexicon.subjectStopWords)

    /// Words that qualify a figure before it ("more than", "at least", "about"), in the order they are tried.
    static let qualifiers: [([String], Qualifier)] = [
        (["more", "than"], .moreThan), (["over"], .moreThan), (["above"], .moreThan), (["upwards", "of"], .moreThan),
        (["in", "excess", "of"], .moreThan), (["exceeding"], .moreThan), (["greater", "than"], .moreThan),
        (["at", "least"], .atLeast), (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast),
        (["a", "minimum", "of"], .atLeast),
        (["up", "to"], .atMost), (["at", "most"], .atMost), (["no", "more", "than"], .atMost),
        (["a", "maximum", "of"], .atMost),
        (["fewer", "than"], .lessThan), (["less", "than"], .lessThan), (["under"], .lessThan), (["below"], .lessThan),
        (["just", "under"], .approximate), (["just", "over"], .approximate),
        (["about"], .approximate), (["around"], .approximate), (["roughly"], .approximate),
        (["approximately"], .approximate),
        (["nearly"], .approximate), (["almost"], .approximate), (["some"], .approximate),
        (["close", "to"], .approximate),
        (["an", "estimated"], .approximate), (["estimated"], .approximate), (["approx"], .approximate),
        (["circa"], .approximate),
        (["as", "many", "as"], .atMost), (["as", "much", "as"], .atMost),
    ]
}

extension WordClass {
    static let words: [String: WordClass] = {
        var t: [String: WordClass] = [:]
        for w in Lexicon.dateStarters { t[w, default: []].insert(.dateStart) }
        for w in Lexicon.quantityStarters { t[w, default: []].insert(.quantityStart) }
        for w in Set(Lexicon.months.keys).union(Lexicon.weekdays.keys).union(Units.words.keys).union(
            NumberWords.units.keys
        )
        .union(NumberWords.scales.keys).union(NumberWords.gluedScales.keys).union(Lexicon.ordinalWords.keys)
        .union(Lexicon.unitDays.keys).union(Units.currencyCodes.keys).union(Units.dollarPrefixes.keys)
        .union(NumberWords.fractions.keys) {
            t[w, default: []].insert(.lexical)
        }
        for w in Lexicon.dateCore { t[w, default: []].insert(.dateCore) }
        for w in Lexicon.months.keys { t[w, default: []].insert(.month) }
        for w in Lexicon.weekdays.keys { t[w, default: []].insert(.weekday) }
        for w in Set(NumberWords.units.keys).union(Lexicon.ordinalWords.keys) {
            t[w, default: []].insert(.dayWord)
        }
        for w in DateExtractor.holidayFirstWords { t[w, default: []].insert(.holidayWord) }
        let lists: [(Set<String>, WordClass)] = [
            (Lexicon.roles, .role), (Lexicon.cues, .cue), (Lexicon.pronouns, .pronoun),
            (Lexicon.determiners, .determiner),
            (Lexicon.phraseStops, .phraseStop), (Lexicon.stopwords, .stopword), (Lexicon.orgWords, .org),
            (Lexicon.adverbs, .adverb), (Lexicon.speechNouns, .speechNoun),
            (Lexicon.subjectStops, .subjectStop), (Lexicon.skipBefore, .skipBefore),
        ]
        for (list, c) in lists { for w in list { t[w, default: []].insert(c) } }
        for (words, _) in Lexicon.qualifiers { t[words.last!, default: []].insert(.qualifierEnd) }
        for name in Units.nationalCurrencies.keys {
            t[String(name.prefix { $0 != " " }), default: []].insert(.currencyLead)
        }
        return t
    }()
}
