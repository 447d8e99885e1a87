import VerityDocument

/// What a word pattern before the quote made of one word of the backward scan.
enum BeforeWord {
    /// The speaker.
    case found(Attribution.Found)
    /// The word fits the pattern, which finds no speaker at it: the scan goes on to the next word.
    case skip
    /// A relative pronoun's antecedent: kept, in case no other pattern finds a speaker, and the scan goes on.
    case relative(Attribution.Found)
}

/// A named speaker pattern tried at one word before the quote (`before[pos]`); nil when it does not fit there.
struct BeforeWordPattern: Sendable {
    let name: String
    /// It fits only at a verb of saying (not "according"): it is not tried at other words (a filter that saves
    /// time; the pattern still checks the word itself).
    let atCue: Bool
    let match: @Sendable (QuoteSurroundings, Document, _ pos: Int, _ rule: String) -> BeforeWord?
    init(
        _ name: String, atCue: Bool = true,
        _ match: @escaping @Sendable (QuoteSurroundings, Document, Int, String) -> BeforeWord?
    ) {
        (self.name, self.atCue, self.match) = (name, atCue, match)
    }
}

/// A named speaker pattern over the quote's whole sentence, tried when no word pattern found a speaker.
struct SentencePattern: Sendable {
    let name: String
    let match:
        @Sendable (QuoteSurroundings, Document, _ sentence: Range<Int>, inout SentenceIndex, _ rule: String) ->
            Attribution.Found?
    init(
        _ name: String,
        _ match:
            @escaping @Sendable (QuoteSurroundings, Document, Range<Int>, inout SentenceIndex, String) ->
            Attribution.Found?
    ) {
        (self.name, self.match) = (name, match)
    }
}

/// The speaker patterns before the quote. The words before it in its sentence are scanned back, nearest first (at
/// most 30); at each word the `wordPatterns` are tried in order, and the first that fits decides for that word. So a
/// pattern's precedence is first where it fits, then its place in the list; a relative pronoun's antecedent is kept
/// for the end. When the scan finds no speaker, the `sentencePatterns` are tried in order.
extension Attribution {
    static let wordPatterns: [BeforeWordPattern] = [
        // Patterns/BeforeWords.swift
        BeforeWordPattern("speaker.according-to-before", atCue: false, accordingToBefore),  // According to X, “…”
        BeforeWordPattern("speaker.owner-of-claim", atCue: false, ownerOfClaim),  // Trump's claim that “…”
        BeforeWordPattern("speaker.quoted-as-saying", quotedAsSaying),  // quoted the minister as saying “…”
        BeforeWordPattern("speaker.name-before-ing-cue", nameBeforeIngCue),  // footage of Hillary Clinton asking, “…”
        BeforeWordPattern("speaker.subject-ing-cue", subjectIngCue),  // The mayor spoke, saying “…”
        BeforeWordPattern("speaker.cue-before", cueBefore),  // X said: “…” / X told the board, “…”
        BeforeWordPattern("speaker.relative-pronoun", relativePronoun),  // a woman who suggested that “…”
        BeforeWordPattern("speaker.cue-then-name", cueThenName),  // Said Trump: “…”
    ]

    static let sentencePatterns: [SentencePattern] = [
        // Patterns/SentenceSubjects.swift
        SentencePattern("speaker.subject-after-opening-phrase", subjectAfterOpeningPhrase),
        SentencePattern("speaker.clause-subject", clauseSubject),
        SentencePattern("speaker.sentence-subject", wholeSentenceSubject),
    ]

    static func beforeQuote(_ q: QuoteSurroundings, _ doc: Document, sentences: inout SentenceIndex) -> (
        Found, Strength
    )? {
        let before = q.before
        var relativeFound: (Found, Strength)? = nil
        scan: for pos in stride(from: before.count - 1, through: max(0, before.count - 30), by: -1) {
            let strength: Strength = before.count - pos <= 6 ? .adjacent : .sentence
            let t = q.tokens[before[pos]]
            let cue = t.is(.cue) && t.norm != "according"
            for p in wordPatterns where cue || !p.atCue {
                guard let m = p.match(q, doc, pos, p.name) else { continue }
                switch m {
                case .found(let f): return (f, strength)
                case .skip: continue scan
                case .relative(let f):
                    if relativeFound == nil { relativeFound = (f, strength) }
                    continue scan
                }
            }
        }
        if let relativeFound { return relativeFound }
        // a fragment inside a sentence: its subject is the likeliest speaker (“… condemned the test as “provocative””)
        // (after an earlier quote in the same sentence, the subject is found where the sentence starts, not after that
        // quote)
        let tokens = q.tokens
        var sentence = span(before[...])
        if !q.beforeOpensSentence {
            var s = sentences.sentenceStart(tokens, before.first!)
            // (a sentence that ended inside the last quotation's marks: “… a disaster.” Smith dismissed them: “…”)
            while s < before.first!, tokens[s].kind == .punct { s += 1 }
            sentence = s..<(before.last! + 1)
        }
        for p in sentencePatterns {
            if let f = p.match(q, doc, sentence, &sentences, p.name) { return (f, .fallback) }
        }
        return nil
    }
}
