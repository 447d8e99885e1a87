import VerityDocument

/// The speaker patterns before the quote: one scan back over the words before it in its sentence (according to X,
/// owner of a claim, quoted as saying, X said, the relative pronoun, a verb of saying then a name), then the subject
/// after an opening phrase, the subject of a clause and the sentence's subject. They stay one function: the scan
/// tries each pattern at each word, nearest word first, so a pattern's precedence depends on where it fits, and it
/// keeps a weak and a relative-pronoun finding for the end; splitting it into a list tried pattern by pattern would
/// change which speaker wins.
extension Attribution {
    static func beforeQuote(_ q: QuoteSurroundings, _ doc: Document, sentences: inout SentenceIndex) -> (
        Found, Strength
    )? {
        let (tokens, open, before, lead, last) = (q.tokens, q.open, q.before, q.lead, q.last)
        let beforeOpensSentence = q.beforeOpensSentence
        let floor = before.first!
        // X said: “…” / X told the board, “…” / X called it “…” / According to X, …
        var weak: (Found, Strength)? = nil
        var relativeFound: (Found, Strength)? = nil
        for pos in stride(from: before.count - 1, through: max(0, before.count - 30), by: -1) {
            let k = before[pos], t = tokens[k]
            let strength: Strength = before.count - pos <= 6 ? .adjacent : .sentence
            if t.norm == "according", pos + 1 < before.count, tokens[before[pos + 1]].norm == "to" {
                if let np = rightNP(tokens, before[pos + 1] + 1, limit: open, loose: true) {
                    return (make(np, tokens, doc, cue: "according to", rule: "speaker.according-to-before"), strength)
                }
                continue
            }
            // "Trump's claim that there have been “…”", "his words: “…”": the one whose claim it is
            if t.is(.speechNoun), pos > 0,
                pos + 1 == before.count || [":", ",", "that"].contains(tokens[before[pos + 1]].norm),
                let owner = possessor(tokens, before[pos - 1], floor: floor)
            {
                return (make(owner, tokens, doc, cue: t.norm, rule: "speaker.owner-of-claim"), strength)
            }
            guard t.is(.cue), t.norm != "according" else { continue }
            if t.norm.hasSuffix("ing") {
                // "the agency quoted the minister as saying “…”": the one quoted, not the one quoting
                if t.norm == "saying", pos >= 3, tokens[before[pos - 1]].norm == "as",
                    let q = before[..<(pos - 1)].lastIndex(where: { tokens[before[$0]].norm == "quoted" }),
                    pos - 1 - q >= 2
                {
                    let np = before[q + 1]..<before[pos - 1]
                    if tokens[np].allSatisfy({ $0.kind == .word || $0.norm == "." || $0.norm == "-" || $0.norm == "'" })
                    {
                        return (make(np, tokens, doc, cue: "quoted", rule: "speaker.quoted-as-saying"), strength)
                    }
                }
                // "footage of Hillary Clinton asking, “…”": the name right before the verb
                if pos > 0, tokens[before[pos - 1]].capitalized {
                    var b = k - 1
                    while b > floor, tokens[b - 1].kind == .word, tokens[b - 1].capitalized { b -= 1 }
                    let run = tokens[b..<k]
                    if !run.contains(where: {
                        openers.contains($0.norm) || $0.is(.stopword) || $0.lex(Lexicon.weekdays) != nil
                            || $0.lex(Lexicon.months) != nil
                    }),
                        MentionIndex.isNamedPerson(doc.slice(tokens[b].start, tokens[k - 1].end))
                    {
                        return (make(b..<k, tokens, doc, cue: t.norm, rule: "speaker.name-before-ing-cue"), strength)
                    }
                }
                if let np = sentenceSubject(tokens, span(before.prefix(pos))) {
                    return (make(np, tokens, doc, cue: t.norm, rule: "speaker.subject-ing-cue"), strength)
                }
                continue
            }
            if let np = leftNP(tokens, k, floor: floor) {
                return (make(np, tokens, doc, cue: t.norm, rule: "speaker.cue-before"), strength)
            }
            if let who = relative(tokens, k, floor: floor, doc: doc) {
                // a verb of saying earlier in the sentence governs the quote ("Morial told a woman who suggested … that
                // “…”")
                if relativeFound == nil {
                    relativeFound = (
                        Found(
                            text: who.text, start: who.start, end: who.end, cue: t.norm,
                            rule: "speaker.relative-pronoun"), strength
                    )
                }
                continue
            }
            if let np = rightNP(tokens, k + 1, limit: open), tokens[np.upperBound - 1].capitalized {  // Said Trump: “…”
                return (make(np, tokens, doc, cue: t.norm, rule: "speaker.cue-then-name"), strength)
            }
        }
        if let relativeFound { return relativeFound }
        // a fragment inside a sentence: its subject is the likeliest speaker (“… condemned the test as “provocative””)
        // (after an earlier quote in the same sentence, the subject is found where the sentence starts, not after that
        // quote)
        var sentence = span(before[...])
        if !beforeOpensSentence {
            var s = sentences.sentenceStart(tokens, before.first!)
            // (a sentence that ended inside the last quotation's marks: “… a disaster.” Smith dismissed them: “…”)
            while s < before.first!, tokens[s].kind == .punct { s += 1 }
            sentence = s..<(before.last! + 1)
        }
        // “After saying her foot was “so swollen …,” she was …”: the quotation ends an opening phrase; the subject
        // follows it
        if let first = sentence.first, openers.contains(tokens[first].norm) || tokens[first].norm.hasSuffix("ing"),
            doc.analysis[last] == ",", !lead.isEmpty, sentences.commas(tokens, in: sentence) == 0,
            let np = sentenceSubject(tokens, span(lead[...]))
        {
            return (make(np, tokens, doc, cue: "", rule: "speaker.subject-after-opening-phrase"), .fallback)
        }
        // “… as a “disgrace” after she attacked police and blamed shootings on “implicit bias””: the fragment sits in a
        // clause of its own, whose subject (a person) is the likelier speaker
        if let sub = before.lastIndex(where: { subordinators.contains(tokens[$0].norm) }), before.count - sub >= 3,
            !before[sub...].contains(where: { tokens[$0].kind == .punct }),
            let np = sentenceSubject(tokens, span(before[(sub + 1)...])),
            tokens[np.lowerBound].capitalized
                || (tokens[np.lowerBound].is(.pronoun) && tokens[np.lowerBound].norm != "it")
        {
            return (make(np, tokens, doc, cue: "", rule: "speaker.clause-subject"), .fallback)
        }
        if weak == nil, sentence.count >= 2, let np = sentenceSubject(tokens, sentence) {
            weak = (make(np, tokens, doc, cue: "", rule: "speaker.sentence-subject"), .fallback)
        }
        return weak
    }
}
