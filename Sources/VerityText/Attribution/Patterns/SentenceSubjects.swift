import VerityDocument

/// Speaker patterns over the quote's sentence, when no word before the quote names its speaker (the
/// `sentencePatterns` of `BeforeQuote.swift`). All are fallbacks.
extension Attribution {
    /// “After saying her foot was “so swollen …,” she was …”: the quotation ends an opening phrase; the subject
    /// follows it.
    static func subjectAfterOpeningPhrase(
        _ q: QuoteSurroundings, _ doc: Document, _ sentence: Range<Int>, _ sentences: inout SentenceIndex,
        _ rule: String
    ) -> Found? {
        let tokens = q.tokens
        guard let first = sentence.first, openers.contains(tokens[first].norm) || tokens[first].norm.hasSuffix("ing"),
            doc.analysis[q.last] == ",", !q.lead.isEmpty, sentences.commas(tokens, in: sentence) == 0,
            let np = sentenceSubject(tokens, span(q.lead[...]))
        else { return nil }
        return make(np, tokens, doc, cue: "", rule: rule)
    }

    /// “… as a “disgrace” after she attacked police and blamed shootings on “implicit bias””: the fragment sits in a
    /// clause of its own, whose subject (a person) is the likelier speaker.
    static func clauseSubject(
        _ q: QuoteSurroundings, _ doc: Document, _ sentence: Range<Int>, _ sentences: inout SentenceIndex,
        _ rule: String
    ) -> Found? {
        let (tokens, before) = (q.tokens, q.before)
        guard let sub = before.lastIndex(where: { subordinators.contains(tokens[$0].norm) }), before.count - sub >= 3,
            !before[sub...].contains(where: { tokens[$0].kind == .punct }),
            let np = sentenceSubject(tokens, span(before[(sub + 1)...])),
            tokens[np.lowerBound].capitalized
                || (tokens[np.lowerBound].is(.pronoun) && tokens[np.lowerBound].norm != "it")
        else { return nil }
        return make(np, tokens, doc, cue: "", rule: rule)
    }

    /// The subject of the quote's sentence: “… condemned the test as “provocative””.
    static func wholeSentenceSubject(
        _ q: QuoteSurroundings, _ doc: Document, _ sentence: Range<Int>, _ sentences: inout SentenceIndex,
        _ rule: String
    ) -> Found? {
        guard sentence.count >= 2, let np = sentenceSubject(q.tokens, sentence) else { return nil }
        return make(np, q.tokens, doc, cue: "", rule: rule)
    }
}
