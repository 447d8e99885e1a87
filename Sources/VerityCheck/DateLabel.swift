import VerityText

/// A source's label line says what its date is of ("Inspection date: Thursday, Feb. 26, 2026"): an article date of
/// that noun ("found the damage during an inspection on Thursday, Feb. 19") dates the same event, though the label's
/// words are the story's topic and so tell nothing as context words. ("A state inspection report released Monday"
/// dates a report, not the inspection.)
extension DateRules {
    /// The first source date whose label the article's date clause names in full, the noun right before the date
    /// among them, where no date so labelled agrees.
    func labelled(_ ex: Extraction, _ d: DateMention, _ ctx: Context, among scored: [Scored]) -> Scored? {
        guard let noun = DateEvent.noun(ex, d.start) else { return nil }
        let named = scored.filter { x in
            guard let label = LabelLines.label(before: x.c.d.start, in: sources.sources[x.c.src].document) else {
                return false
            }
            let stems = NumberRules.stems(label).subtracting(DateRules.dateWords)
            return stems.contains(noun) && stems.isSubset(of: ctx.near)
        }
        return named.contains { $0.agrees } ? nil : named.first
    }

    /// The words of a label that say only that a date follows.
    static let dateWords: Set<String> = NumberRules.stems("date day")
}
