import VerityDocument
import VerityText

/// The day words were said, told without quotation marks: "Andres Kowalczyk told the Port Commission on Monday that
/// most of the export decline came from hay and forest products." A transcript where that person says the same thing
/// (four content words or more of the sentence in their turn) records it on its own date.
extension DateRules {
    /// The transcript turn of the person the sentence's verb of saying has for subject, and the transcript's day.
    func reportedSource(_ ex: Extraction, _ d: DateMention) -> (src: Int, span: Range<Int>, day: CalendarDay)? {
        guard DateEvent.verb(ex, d.start, d.end) == "say",
            !ex.quotes.contains(where: { ex.sameSentence($0.start, d.start) || ex.sameSentence($0.end, d.start) })
        else { return nil }
        let toks = ex.tokens, at = ex.firstToken(endingAfter: d.start)
        let open = ex.sentenceStart(token: at)
        // the verb of saying before the date, and the name right before it ("… Andres Kowalczyk told …")
        guard
            let verb = (open..<at).last(where: {
                toks[$0].kind == .word
                    && WordNet.shared.verbForm(toks[$0].norm).map(Lexicon.sayingVerbs.contains)
                        ?? false
            }), verb > open, toks[verb - 1].kind == .word, toks[verb - 1].capitalized, verb - 1 > open
        else { return nil }
        let surname = toks[verb - 1].norm
        let said = Context.sentenceStems(ex, around: d.start).subtracting([surname])
        var found: [(src: Int, span: Range<Int>, day: CalendarDay)] = []
        for (si, s) in sources.sources.enumerated() {
            guard let day = DateRules.transcriptDay(s) else { continue }
            for para in s.extraction.paragraphs {
                guard let label = s.transcriptLabel(at: para.lowerBound),
                    label.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).contains(Substring(surname))
                else { continue }
                // (the turn's words past its label: the name and role are no words said)
                let words = Tokenizer.tokenize(s.document.analysis, from: para.lowerBound, to: para.upperBound)
                let colon = words.firstIndex { $0.norm == ":" } ?? -1
                let turn = Set(
                    words[(colon + 1)...].compactMap { $0.kind == .word ? Context.contentStem($0.norm) : nil })
                if turn.intersection(said).count >= 4 { found.append((si, para, day)) }
            }
        }
        // (one day only: a person quoted in two transcripts of two days may have said it on either)
        guard let first = found.first, found.allSatisfy({ $0.day.ordinal == first.day.ordinal }) else { return nil }
        return first
    }
}
