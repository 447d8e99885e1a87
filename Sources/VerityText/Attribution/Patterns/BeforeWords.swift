import VerityDocument

/// Speaker patterns tried at one word before the quote, `q.before[pos]` (the `wordPatterns` of `BeforeQuote.swift`).
extension Attribution {
    /// According to X, “…”: the noun phrase after "according to" (the words fit even when none follows).
    static func accordingToBefore(_ q: QuoteSurroundings, _ doc: Document, _ pos: Int, _ rule: String) -> BeforeWord? {
        let (tokens, before) = (q.tokens, q.before)
        guard tokens[before[pos]].norm == "according", pos + 1 < before.count, tokens[before[pos + 1]].norm == "to"
        else { return nil }
        guard let np = rightNP(tokens, before[pos + 1] + 1, limit: q.open, loose: true) else { return .skip }
        return .found(make(np, tokens, doc, cue: "according to", rule: rule))
    }

    /// "Trump's claim that there have been “…”", "his words: “…”": the one whose claim it is.
    static func ownerOfClaim(_ q: QuoteSurroundings, _ doc: Document, _ pos: Int, _ rule: String) -> BeforeWord? {
        let (tokens, before) = (q.tokens, q.before)
        let t = tokens[before[pos]]
        guard t.is(.speechNoun), pos > 0,
            pos + 1 == before.count || [":", ",", "that"].contains(tokens[before[pos + 1]].norm),
            let owner = possessor(tokens, before[pos - 1], floor: before[0])
        else { return nil }
        return .found(make(owner, tokens, doc, cue: t.norm, rule: rule))
    }

    /// The word is a verb of saying (not "according"), in its "-ing" form or not.
    @inline(__always) static func cueWord(_ q: QuoteSurroundings, _ pos: Int, ing: Bool) -> Token? {
        let t = q.tokens[q.before[pos]]
        guard t.is(.cue), t.norm != "according", t.norm.hasSuffix("ing") == ing else { return nil }
        return t
    }

    /// "the agency quoted the minister as saying “…”": the one quoted, not the one quoting.
    static func quotedAsSaying(_ q: QuoteSurroundings, _ doc: Document, _ pos: Int, _ rule: String) -> BeforeWord? {
        let (tokens, before) = (q.tokens, q.before)
        guard let t = cueWord(q, pos, ing: true), t.norm == "saying", pos >= 3, tokens[before[pos - 1]].norm == "as",
            let quoted = before[..<(pos - 1)].lastIndex(where: { tokens[before[$0]].norm == "quoted" }),
            pos - 1 - quoted >= 2
        else { return nil }
        let np = before[quoted + 1]..<before[pos - 1]
        guard tokens[np].allSatisfy({ $0.kind == .word || $0.norm == "." || $0.norm == "-" || $0.norm == "'" })
        else { return nil }
        return .found(make(np, tokens, doc, cue: "quoted", rule: rule))
    }

    /// "footage of Hillary Clinton asking, “…”": the name right before the verb.
    static func nameBeforeIngCue(_ q: QuoteSurroundings, _ doc: Document, _ pos: Int, _ rule: String) -> BeforeWord? {
        let (tokens, before) = (q.tokens, q.before)
        guard let t = cueWord(q, pos, ing: true), pos > 0, tokens[before[pos - 1]].capitalized else { return nil }
        let k = before[pos]
        var b = k - 1
        while b > before[0], tokens[b - 1].kind == .word, tokens[b - 1].capitalized { b -= 1 }
        let run = tokens[b..<k]
        guard
            !run.contains(where: {
                openers.contains($0.norm) || $0.is(.stopword) || $0.lex(Lexicon.weekdays) != nil
                    || $0.lex(Lexicon.months) != nil
            }),
            MentionIndex.isNamedPerson(doc.slice(tokens[b].start, tokens[k - 1].end))
        else { return nil }
        return .found(make(b..<k, tokens, doc, cue: t.norm, rule: rule))
    }

    /// The mayor spoke for an hour, saying “…”: the subject of the words before the verb. The last pattern for an
    /// "-ing" verb: when it finds no subject, the scan goes on to the next word.
    static func subjectIngCue(_ q: QuoteSurroundings, _ doc: Document, _ pos: Int, _ rule: String) -> BeforeWord? {
        guard let t = cueWord(q, pos, ing: true) else { return nil }
        guard let np = sentenceSubject(q.tokens, span(q.before.prefix(pos))) else { return .skip }
        return .found(make(np, q.tokens, doc, cue: t.norm, rule: rule))
    }

    /// X said: “…” / X told the board, “…” / X called it “…”: the noun phrase before the verb.
    static func cueBefore(_ q: QuoteSurroundings, _ doc: Document, _ pos: Int, _ rule: String) -> BeforeWord? {
        guard let t = cueWord(q, pos, ing: false), let np = leftNP(q.tokens, q.before[pos], floor: q.before[0])
        else { return nil }
        return .found(make(np, q.tokens, doc, cue: t.norm, rule: rule))
    }

    /// A verb of saying earlier in the sentence governs the quote ("Morial told a woman who suggested … that “…”"):
    /// the antecedent of the relative pronoun before the verb, kept for the end.
    static func relativePronoun(_ q: QuoteSurroundings, _ doc: Document, _ pos: Int, _ rule: String) -> BeforeWord? {
        guard let t = cueWord(q, pos, ing: false),
            let who = relative(q.tokens, q.before[pos], floor: q.before[0], doc: doc)
        else { return nil }
        return .relative(Found(text: who.text, start: who.start, end: who.end, cue: t.norm, rule: rule))
    }

    /// Said Trump: “…”: a capitalized noun phrase right after the verb.
    static func cueThenName(_ q: QuoteSurroundings, _ doc: Document, _ pos: Int, _ rule: String) -> BeforeWord? {
        guard let t = cueWord(q, pos, ing: false), let np = rightNP(q.tokens, q.before[pos] + 1, limit: q.open),
            q.tokens[np.upperBound - 1].capitalized
        else { return nil }
        return .found(make(np, q.tokens, doc, cue: t.norm, rule: rule))
    }
}
