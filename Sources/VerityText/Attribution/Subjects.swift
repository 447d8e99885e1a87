import VerityDocument

/// Whose words: the subject of a sentence or clause, the owner of a claim, the one a relative pronoun names.
extension Attribution {

    /// "Stevie Wonder, who joked", "the police department which reported", "McConnell, who in 2010 said": the relative
    /// pronoun as written (where the speaker stands), named by the phrase it follows.
    static func relative(_ tokens: Tokens, _ cue: Int, floor: Int, doc: Document) -> Found? {
        guard
            let w = (max(floor, cue - 4)..<cue).last(where: { tokens[$0].norm == "who" || tokens[$0].norm == "which" }),
            w > floor, !tokens[(w + 1)..<cue].contains(where: { $0.kind == .punct || $0.is(.cue) })
        else { return nil }
        let end = tokens[w - 1].norm == "," ? w - 1 : w
        guard end > floor, let np = leftNP(tokens, end, floor: floor) else { return nil }
        // "The stars included Stevie Wonder, who": the name the phrase ends on
        var b = np.lowerBound
        if tokens[np.upperBound - 1].capitalized {
            b = np.upperBound - 1
            while b > np.lowerBound, tokens[b - 1].capitalized || tokens[b - 1].kind == .punct { b -= 1 }
        }
        return Found(
            text: doc.slice(tokens[b].start, tokens[np.upperBound - 1].end), start: tokens[w].start,
            end: tokens[w].end, cue: "", rule: "speaker.relative-pronoun")
    }

    /// The owner ending at `i`: a possessive pronoun ("his") or a name with 's ("Donald Trump's").
    static func possessor(_ tokens: Tokens, _ i: Int, floor: Int) -> Range<Int>? {
        let t = tokens[i]
        guard t.kind == .word else { return nil }
        if ["his", "her", "their"].contains(t.norm) { return i..<(i + 1) }
        guard t.capitalized, t.norm.hasSuffix("'s") || t.norm.hasSuffix("s'") else { return nil }
        var b = i
        while b > floor, tokens[b - 1].kind == .word, tokens[b - 1].capitalized, !openers.contains(tokens[b - 1].norm),
            !tokens[b - 1].is(.stopword)
        { b -= 1 }
        return b..<(i + 1)
    }

    /// Bounds on what `sentenceSubject` reads, so its work is bounded whatever the sentence.
    static let maxOpening = 120, maxName = 40

    static let subordinators: Set<String> = [
        "after", "when", "while", "because", "since", "although", "though", "before", "until", "whereas", "once",
    ]
    static let notVerbs: Set<String> = [
        "to", "of", "in", "on", "at", "for", "with", "by", "from", "and", "or", "the", "a", "an", "as",
    ]
    static let openers: Set<String> = [
        "at", "in", "on", "after", "during", "when", "while", "despite", "before", "since", "as", "with", "without",
        "like", "unlike", "for", "but", "and", "yet", "still", "however", "meanwhile", "instead", "earlier", "later",
        "last", "this", "speaking", "asked", "writing", "responding", "bemoaning",
        "though", "although", "if", "because", "once", "whether", "unless", "until", "similarly", "again", "then",
        "now", "today", "yesterday",
    ]

    /// The subject that opens a sentence (a name, possibly with a title, or a pronoun), past an opening phrase.
    /// `span` is a run of token indices; the subject is read from its start, and opening phrases are skipped for at
    /// most `maxOpening` tokens (a run of them that long leaves no clear subject, and reading it again for every quote
    /// of a long sentence cost the square of its length).
    static func sentenceSubject(_ tokens: Tokens, _ span: Range<Int>) -> Range<Int>? {
        var lo = span.lowerBound
        let hi = span.upperBound
        // skip opening phrases ("At a rally,", "In recent weeks,") and datelines ("LOS ANGELES, Sept. 28 (UPI) —")
        while lo < hi {
            guard lo - span.lowerBound <= maxOpening else { return nil }
            let t = tokens[lo]
            let dateline =
                t.kind == .word && t.allCaps && hi - lo > 1
                && (lo..<min(hi, lo + 16)).contains { tokens[$0].norm == "\u{2014}" }
            guard openers.contains(t.norm) || t.norm.hasSuffix("ing") || dateline else { break }
            let stop = dateline ? "\u{2014}" : ","
            // an opening phrase with no comma to end it ("Following Monday's debate Politifact did …") leaves no clear
            // subject
            guard let cut = (lo..<min(hi, lo + 20)).first(where: { tokens[$0].norm == stop }) else { return nil }
            lo = cut + 1
            // "On July 6, 2015, Sanders …": the year after the comma belongs to the opening phrase
            if hi - lo > 2, tokens[lo].kind == .number, tokens[lo + 1].norm == "," { lo += 2 }
            // "After saying her foot was “so swollen …,” she was": the comma closed a quotation in the opening phrase
            while lo < hi, tokens[lo].kind == .punct, tokens[lo].norm == "\"" || tokens[lo].norm == "'" { lo += 1 }
        }
        guard lo < hi, tokens[lo].kind == .word else { return nil }
        let first = lo
        // a name is read for at most `maxName` tokens (an all-capitals transcript is one capitalized run)
        let runEnd = min(tokens.count, first + maxName)
        if tokens[first].is(.determiner), first + 2 < tokens.count, tokens[first + 1].kind == .word,
            !tokens[first + 1].capitalized, !tokens[first + 1].is(.stopword), tokens[first + 2].kind == .word
        {
            return first..<(first + 2)  // "The article closes with …", "a friend commented"
        }
        if tokens[first].is(.pronoun) && tokens[first].norm != "it" && tokens[first].norm != "you" {
            return first..<(first + 1)
        }
        if tokens[first].norm == "it" {
            // "it" speaks only when a verb of saying or a past-tense verb follows ("it referenced", "It also points
            // out")
            var v = first + 1
            while v < runEnd, tokens[v].is(.adverb) { v += 1 }
            guard v < tokens.count, v < runEnd,
                tokens[v].is(.cue) || ["points", "notes", "warns"].contains(tokens[v].norm)
                    || (tokens[v].norm.hasSuffix("ed")
                        && ![
                            "seemed", "appeared", "happened", "looked", "sounded", "remained", "needed", "used",
                            "started", "ended",
                        ].contains(tokens[v].norm))
            else { return nil }
            return first..<(first + 1)
        }
        var j = first
        // "The Republican nominee"
        if tokens[first].is(.determiner), first + 1 < tokens.count, tokens[first + 1].capitalized { j += 1 }
        while j < runEnd {
            let t = tokens[j]
            if t.kind == .word,
                t.capitalized || t.is(.role) || (t.norm == "of" && j + 1 < tokens.count && tokens[j + 1].capitalized)
            {
                j += 1
            } else if t.norm == ".", j > first, tokens[j - 1].end == t.start,
                Lexicon.titles.contains(tokens[j - 1].norm)
            {
                j += 1  // "Gov. Earl Ray Tomblin", "Mr. Trump"
            } else {
                break
            }
        }
        while j > first, tokens[j - 1].norm == "of" || tokens[j - 1].norm == "." { j -= 1 }
        guard j > first, tokens[j - 1].capitalized || (j - first >= 2 && tokens[j - 1].is(.role)) else { return nil }
        // "Dean, a medical doctor, then appeared": an aside between the name and its verb
        var verb = j
        if verb < tokens.count, tokens[verb].norm == ",",
            let close = (verb + 1..<min(tokens.count, verb + 12)).first(where: { tokens[$0].norm == "," }),
            close - verb >= 2, tokens[verb + 1].is(.determiner) || tokens[verb + 1].is(.role)
        {
            verb = close + 1
        }
        // "Obama and Clinton call them": two names joined
        if verb + 1 < tokens.count, tokens[verb].norm == "and", tokens[verb + 1].capitalized,
            tokens[verb + 1].kind == .word
        {
            var k = verb + 1
            while k < min(tokens.count, verb + 1 + maxName), tokens[k].kind == .word, tokens[k].capitalized { k += 1 }
            if k < tokens.count, tokens[k].kind == .word, !tokens[k].capitalized, !notVerbs.contains(tokens[k].norm) {
                return first..<k
            }
        }
        if verb > j {
            guard verb < tokens.count, tokens[verb].kind == .word, !tokens[verb].capitalized,
                !notVerbs.contains(tokens[verb].norm)
            else { return nil }
            return first..<j
        }
        if j - first == 1 {
            // a lone capitalized word is a name when a lowercase verb follows it ("Cruz exhorted")
            let w = tokens[first].norm
            guard !Lexicon.stopwords.contains(w), !Lexicon.determiners.contains(w), !openers.contains(w),
                Lexicon.months[w] == nil,
                j < tokens.count, tokens[j].kind == .word, !tokens[j].capitalized, !notVerbs.contains(tokens[j].norm)
            else { return nil }
        }
        return first..<j
    }
}
