import VerityDocument

/// Speaker patterns after the quote (“…,” said X), and those for a quote with no words before it in its sentence.
extension Attribution {
    /// “…,” as a Homeland Security memo put it / As Ms. Simonyan put it, “…”
    static func asPutIt(_ tokens: Tokens, _ idx: [Int]) -> Range<Int>? {
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

    /// “…,” as a Homeland Security memo put it
    static func asPutItAfter(_ s: QuoteSurroundings, _ doc: Document, _ rule: String) -> (Found, Strength)? {
        guard let np = asPutIt(s.tokens, s.lead) else { return nil }
        return (make(np, s.tokens, doc, cue: "put it", rule: rule), .adjacent)
    }

    /// “…,” according to X
    static func accordingToAfter(_ s: QuoteSurroundings, _ doc: Document, _ rule: String) -> (Found, Strength)? {
        let (tokens, lead) = (s.tokens, s.lead)
        guard let f = lead.first, tokens[f].norm == "according", lead.count > 1, tokens[lead[1]].norm == "to",
            let np = rightNP(tokens, lead[1] + 1, limit: s.nextStart, loose: true)
        else { return nil }
        return (make(np, tokens, doc, cue: "according to", rule: rule), .adjacent)
    }

    /// “…,” per the party's bylaws
    static func perAfter(_ s: QuoteSurroundings, _ doc: Document, _ rule: String) -> (Found, Strength)? {
        guard let f = s.lead.first, s.tokens[f].norm == "per", let np = rightNP(s.tokens, f + 1, limit: s.nextStart)
        else { return nil }
        return (make(np, s.tokens, doc, cue: "per", rule: rule), .adjacent)
    }

    /// “…,” said X
    static func cueAfter(_ s: QuoteSurroundings, _ doc: Document, _ rule: String) -> (Found, Strength)? {
        guard let f = s.lead.first else { return nil }
        let t = s.tokens[f]
        guard t.is(.cue), !t.norm.hasSuffix("ing"), let np = rightNP(s.tokens, f + 1, limit: s.nextStart) else {
            return nil
        }
        return (make(np, s.tokens, doc, cue: t.norm, rule: rule), .adjacent)
    }

    /// “…” — X
    static func dashAfter(_ s: QuoteSurroundings, _ doc: Document, _ rule: String) -> (Found, Strength)? {
        let tokens = s.tokens
        guard let f = s.lead.first, s.dash, tokens[f].capitalized, let np = rightNP(tokens, f, limit: s.nextStart),
            tokens[np.upperBound - 1].capitalized
        else { return nil }
        return (make(np, tokens, doc, cue: "\u{2014}", rule: rule), .adjacent)
    }

    /// The first verb of saying after the quote's first word, and the noun phrase before it: “…,” X said. Only the
    /// first such verb is looked at, and none when the words after the quote open a new sentence.
    static func firstCueAfter(_ s: QuoteSurroundings) -> (n: Int, k: Int, np: Range<Int>, closesSentence: Bool)? {
        let (tokens, lead) = (s.tokens, s.lead)
        guard let f = lead.first, tokens[f].kind == .word, !s.newSentence else { return nil }
        guard
            let (n, k) = lead.enumerated().first(where: {
                tokens[$1].is(.cue) && $1 > f && !tokens[$1].norm.hasSuffix("ing")
            }),
            let np = leftNP(tokens, k, floor: f)
        else { return nil }
        let rest = lead[(n + 1)...].prefix { !(tokens[$0].kind == .punct && tokens[$0].norm == ",") }
        let restEnd = n + 1 + rest.count
        let closesSentence = rest.count <= 3 && (restEnd < lead.count || s.afterReachesSentenceEnd)
        return (n, k, np, closesSentence)
    }

    /// “…,” X said / “…,” Rep. Gwen Moore (D-Wis.) said / “…” to drive up the price, she said.
    static func subjectCueAfter(_ s: QuoteSurroundings, _ doc: Document, _ rule: String) -> (Found, Strength)? {
        let tokens = s.tokens
        guard let (_, k, np, closesSentence) = firstCueAfter(s), let f = s.lead.first else { return nil }
        if np.lowerBound == f, !(s.quoteEndsSentence && tokens[f].capitalized && !closesSentence) {
            return (make(np, tokens, doc, cue: tokens[k].norm, rule: rule), .adjacent)
        }
        // (not in the next sentence: “… had.” The sentence, he said, “…” gives "he" to the quote after)
        if np.lowerBound > f, tokens[np.lowerBound - 1].norm == ",", closesSentence,
            !(s.quoteEndsSentence && tokens[f].capitalized)
        {
            return (make(np, tokens, doc, cue: tokens[k].norm, rule: rule), .adjacent)
        }
        return nil
    }

    /// “…” a narrator in the Clinton ad asks / “…,” a spokesman for the ministry said
    static func descriptionCueAfter(_ s: QuoteSurroundings, _ doc: Document, _ rule: String) -> (Found, Strength)? {
        let tokens = s.tokens
        guard let (_, k, np, closesSentence) = firstCueAfter(s), let f = s.lead.first,
            np.lowerBound > f, tokens[f].is(.determiner), k - f <= 8,
            (f..<k).allSatisfy({ tokens[$0].kind == .word }),
            !(s.quoteEndsSentence && !closesSentence)
        else { return nil }
        return (make(f..<k, tokens, doc, cue: tokens[k].norm, rule: rule), .adjacent)
    }

    /// “…,” Scott Pruitt, the attorney general of Oklahoma, … : a full name right after the quote
    static func nameAfter(_ s: QuoteSurroundings, _ doc: Document, _ rule: String) -> (Found, Strength)? {
        let tokens = s.tokens
        guard let f = s.lead.first, tokens[f].kind == .word, !s.newSentence,
            !s.quoteEndsSentence, tokens[f].capitalized, let np = rightNP(tokens, f, limit: s.nextStart), np.count >= 2,
            tokens[np].filter({ $0.kind == .word && $0.capitalized }).count >= 2, np.upperBound < tokens.count,
            tokens[np.upperBound].norm == ",",
            !tokens[np].contains(where: { $0.kind == .word && !$0.capitalized && $0.norm != "of" })
        else { return nil }
        return (make(np, tokens, doc, cue: "", rule: rule), .sentence)
    }

    /// “…” at a conference last month, according to X
    static func accordingToLater(_ s: QuoteSurroundings, _ doc: Document, _ rule: String) -> (Found, Strength)? {
        let (tokens, lead) = (s.tokens, s.lead)
        guard let f = lead.first, tokens[f].kind == .word, !s.newSentence,
            !s.quoteEndsSentence, let a = lead.firstIndex(where: { tokens[$0].norm == "according" }),
            a + 1 < lead.count, tokens[lead[a + 1]].norm == "to",
            let np = rightNP(tokens, lead[a + 1] + 1, limit: s.nextStart, loose: true)
        else { return nil }
        return (make(np, tokens, doc, cue: "according to", rule: rule), .adjacent)
    }

    /// As Ms. Simonyan put it, “…”
    static func asPutItBefore(_ s: QuoteSurroundings, _ doc: Document, _ rule: String) -> (Found, Strength)? {
        guard let np = asPutIt(s.tokens, s.before) else { return nil }
        return (make(np, s.tokens, doc, cue: "put it", rule: rule), .sentence)
    }

    /// “…, Schiff said. “The other factor …”: a sentence ending on its attribution introduces the quote after it
    static func previousSentenceCue(_ s: QuoteSurroundings, _ doc: Document, _ rule: String) -> (Found, Strength)? {
        guard s.before.isEmpty, let np = s.saidJustBefore,
            let c = s.tokens[np.upperBound...].first(where: { $0.is(.cue) })
        else { return nil }
        return (make(np, s.tokens, doc, cue: c.norm, rule: rule), .sentence)
    }

    /// “…” opening a sentence that names no speaker: the subject of the sentence before goes on speaking
    /// ("Sanders identified young voters' exhaustion as a reason. “The younger people are …”")
    static func previousSentenceSubject(_ s: QuoteSurroundings, _ doc: Document, _ rule: String) -> (Found, Strength)? {
        guard s.before.isEmpty, s.previousSentence.count >= 3,
            let np = sentenceSubject(s.tokens, span(s.previousSentence))
        else { return nil }
        return (make(np, s.tokens, doc, cue: "", rule: rule), .fallback)
    }
}
