import VerityDocument

/// The speaker patterns, tried in order around a quote; each names itself where it returns ("speaker.cue-after").
extension Attribution {
    static func find(
        tokens: Tokens, doc: Document, open: Int, close: Int, prevEnd: Int, nextStart: Int,
        sentences: inout SentenceIndex
    ) -> (Found, Strength)? {
        // the rest of the sentence after the quote (tokens are in order: those between two offsets are a run,
        // found by binary search rather than by reading the whole paragraph for every quote)
        var after: [Int] = []
        var afterReachesSentenceEnd = false
        var i = firstToken(tokens, startingAtOrAfter: close)
        while i < tokens.count, tokens[i].end <= nextStart {
            if isSentenceEnd(tokens, i) { afterReachesSentenceEnd = true; break }
            after.append(i)
            if after.count >= 40 { break }
            i += 1
        }
        // the sentence before the quote
        let beforeStart = firstToken(tokens, startingAtOrAfter: prevEnd)
        var before = Array(beforeStart..<max(beforeStart, firstToken(tokens, endingAfter: open)))
        var saidJustBefore: Range<Int>? = nil
        var previousSentence: ArraySlice<Int> = []
        // whether `before` opens its sentence: it follows a sentence end, or the paragraph starts it
        var beforeOpensSentence = tokens.first.map { $0.start >= prevEnd } ?? true
        if let lastEnd = before.lastIndex(where: { isSentenceEnd(tokens, $0) }) {
            beforeOpensSentence = true
            // “…, Schiff said. “The other factor …”: a sentence ending on its attribution introduces the quote after it
            if lastEnd == before.count - 1, lastEnd >= 2 {
                var c = before[lastEnd] - 1
                if c > before[0],
                    ["today", "yesterday", "tonight"].contains(tokens[c].norm)
                        || Lexicon.weekdays[tokens[c].norm] != nil
                {
                    c -= 1
                }
                if c > before[0], tokens[c].is(.cue), !tokens[c].norm.hasSuffix("ing"), tokens[c].norm != "according" {
                    saidJustBefore = leftNP(tokens, c, floor: before[0])
                }
            }
            let s0 = before[..<lastEnd].lastIndex(where: { isSentenceEnd(tokens, $0) }).map { $0 + 1 } ?? 0
            previousSentence = before[s0..<lastEnd]
            before.removeFirst(lastEnd + 1)
        }

        var lead = after
        var dash = false
        while let f = lead.first, tokens[f].kind == .punct, [",", "\u{2014}", "-", "("].contains(tokens[f].norm) {
            if tokens[f].norm != "," { dash = true }
            lead.removeFirst()
        }
        // “…,” as a Homeland Security memo put it / As Ms. Simonyan put it, “…”
        func asPutIt(_ idx: [Int]) -> Range<Int>? {
            for (n, k) in idx.enumerated()
            where tokens[k].end - tokens[k].start == 3 && tokens[k].norm == "put" && n + 1 < idx.count
                && tokens[idx[n + 1]].norm == "it"
            {
                guard let np = leftNP(tokens, k, floor: idx[0]) else { continue }
                // a capitalized "As" opening the sentence is taken into the phrase: it is not part of the name
                if tokens[np.lowerBound].norm == "as", np.count > 1 { return (np.lowerBound + 1)..<np.upperBound }
                guard np.lowerBound > 0, tokens[np.lowerBound - 1].norm == "as" else { continue }
                return np
            }
            return nil
        }
        if let np = asPutIt(lead) {
            return (make(np, tokens, doc, cue: "put it", rule: "speaker.as-x-put-it-after"), .adjacent)
        }
        // “…,” said X / “…,” according to X / “…” — X
        if let f = lead.first {
            let t = tokens[f]
            if t.norm == "according", lead.count > 1, tokens[lead[1]].norm == "to",
                let np = rightNP(tokens, lead[1] + 1, limit: nextStart, loose: true)
            {
                return (make(np, tokens, doc, cue: "according to", rule: "speaker.according-to-after"), .adjacent)
            }
            // “…,” per the party's bylaws
            if t.norm == "per", let np = rightNP(tokens, f + 1, limit: nextStart) {
                return (make(np, tokens, doc, cue: "per", rule: "speaker.per"), .adjacent)
            }
            if t.is(.cue), !t.norm.hasSuffix("ing"), let np = rightNP(tokens, f + 1, limit: nextStart) {
                return (make(np, tokens, doc, cue: t.norm, rule: "speaker.cue-after"), .adjacent)
            }
            if dash, t.capitalized, let np = rightNP(tokens, f, limit: nextStart), tokens[np.upperBound - 1].capitalized
            {
                return (make(np, tokens, doc, cue: "\u{2014}", rule: "speaker.dash"), .adjacent)
            }
        }
        // “…,” X said / “…,” Rep. Gwen Moore (D-Wis.) said / “…” to drive up the price, she said.
        var last = close - 1  // the last character inside the marks (a closing mark may be two characters: '')
        while last > open, doc.analysis[last] == "\"" || doc.analysis[last] == "'" || doc.analysis[last] == " " {
            last -= 1
        }
        // (“Bobby!” at a labor conference: the sentence goes on when a lowercase word follows)
        let quoteEndsSentence =
            ".!?".unicodeScalars.contains(doc.analysis[last])
            && !(after.first.map { tokens[$0].kind == .word && !tokens[$0].capitalized } ?? false)
        // “…” She adds, “…”: a capitalized pronoun opens a new sentence, which speaks of the quote after it
        let newSentence =
            lead.first.map { tokens[$0].capitalized && tokens[$0].norm != "i" && tokens[$0].is(.pronoun) } ?? false
        if let f = lead.first, tokens[f].kind == .word, !newSentence {
            for (n, k) in lead.enumerated() where tokens[k].is(.cue) && k > f && !tokens[k].norm.hasSuffix("ing") {
                guard let np = leftNP(tokens, k, floor: f) else { break }
                let rest = lead[(n + 1)...].prefix { !(tokens[$0].kind == .punct && tokens[$0].norm == ",") }
                let restEnd = n + 1 + rest.count
                let closesSentence = rest.count <= 3 && (restEnd < lead.count || afterReachesSentenceEnd)
                if np.lowerBound == f, !(quoteEndsSentence && tokens[f].capitalized && !closesSentence) {
                    return (make(np, tokens, doc, cue: tokens[k].norm, rule: "speaker.subject-cue-after"), .adjacent)
                }
                if np.lowerBound > f, tokens[np.lowerBound - 1].norm == ",", closesSentence {
                    return (make(np, tokens, doc, cue: tokens[k].norm, rule: "speaker.subject-cue-after"), .adjacent)
                }
                // “…” a narrator in the Clinton ad asks / “…,” a spokesman for the ministry said
                if np.lowerBound > f, tokens[f].is(.determiner), k - f <= 8,
                    (f..<k).allSatisfy({ tokens[$0].kind == .word }),
                    !(quoteEndsSentence && !closesSentence)
                {
                    return (
                        make(f..<k, tokens, doc, cue: tokens[k].norm, rule: "speaker.description-cue-after"), .adjacent
                    )
                }
                break
            }
            // “…,” Scott Pruitt, the attorney general of Oklahoma, … : a full name right after the quote
            if !quoteEndsSentence, tokens[f].capitalized, let np = rightNP(tokens, f, limit: nextStart), np.count >= 2,
                tokens[np].filter({ $0.kind == .word && $0.capitalized }).count >= 2, np.upperBound < tokens.count,
                tokens[np.upperBound].norm == ",",
                !tokens[np].contains(where: { $0.kind == .word && !$0.capitalized && $0.norm != "of" })
            {
                return (make(np, tokens, doc, cue: "", rule: "speaker.name-after"), .sentence)
            }
            // “…” at a conference last month, according to X
            if !quoteEndsSentence, let a = lead.firstIndex(where: { tokens[$0].norm == "according" }),
                a + 1 < lead.count, tokens[lead[a + 1]].norm == "to",
                let np = rightNP(tokens, lead[a + 1] + 1, limit: nextStart, loose: true)
            {
                return (make(np, tokens, doc, cue: "according to", rule: "speaker.according-to-after"), .adjacent)
            }
        }
        if let np = asPutIt(before) {
            return (make(np, tokens, doc, cue: "put it", rule: "speaker.as-x-put-it-before"), .sentence)
        }
        guard !before.isEmpty else {
            if let np = saidJustBefore, let c = tokens[np.upperBound...].first(where: { $0.is(.cue) }) {
                return (make(np, tokens, doc, cue: c.norm, rule: "speaker.previous-sentence-cue"), .sentence)
            }
            // “…” opening a sentence that names no speaker: the subject of the sentence before goes on speaking
            // ("Sanders identified young voters' exhaustion as a reason. “The younger people are …”")
            if previousSentence.count >= 3, let np = sentenceSubject(tokens, span(previousSentence)) {
                return (make(np, tokens, doc, cue: "", rule: "speaker.previous-sentence-subject"), .fallback)
            }
            return nil
        }
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
