import VerityText

/// The event a date belongs to, read as the verb of its clause: "filed Monday" dates a filing, "announced today" an
/// announcement, "won … in the early hours of Friday" a win, "resigned his seat on 12 September" a resignation. Two
/// dates of different events are no mismatch, however many words their sentences share.
enum DateEvent {
    /// A past form set right before a noun is an adjective ("armed smugglers", "the proposed budget rose"): only one
    /// before a determiner, a preposition, a pronoun, a name, a figure or a time word is read as the clause's verb.
    static func takesObject(_ toks: [Token], _ k: Int) -> Bool {
        guard k + 1 < toks.count else { return true }
        let n = toks[k + 1]
        guard n.kind == .word, !n.capitalized else { return true }
        return Lexicon.determiners.contains(n.norm) || Lexicon.pronouns.contains(n.norm)
            || Lexicon.prepositions.contains(n.norm) || Lexicon.stopwords.contains(n.norm)
            || Lexicon.relativeDays.contains(n.norm)
    }

    /// The nearest verb before the date in its sentence (up to twelve words back), else after it (up to six words
    /// besides capitalised ones), as a lemma; nil when neither side has one, or when a saying stands before a plain
    /// verb after a modal.
    static func verb(_ ex: Extraction, _ start: Int, _ end: Int) -> String? {
        let toks = ex.tokens
        let first = ex.firstToken(endingAfter: start)
        var k = first - 1, words = 0
        // a plain form after a modal passed on the way: the date is of that clause, not of a saying further back
        // ("The authority said in a statement Wednesday that it will accept written comments through Friday")
        var modal = false
        while k >= 0, words < 12, !Tokenizer.endsSentence(toks, at: k), toks[k].norm != ";" {
            if toks[k].kind == .word {
                words += 1
                // "said that, at dawn today, …" dates what was said, not the saying
                if let v = verb(toks[k].norm), takesObject(toks, k),
                    v != "say" || k + 1 >= toks.count || toks[k + 1].norm != "that"
                {
                    return v == "say" && modal ? nil : v
                }
                if k > 0, Lexicon.modals.contains(toks[k - 1].norm), plainVerb(toks[k].norm) { modal = true }
            }
            k -= 1
        }
        k = ex.firstToken(endingAfter: end - 1) + 1
        words = 0
        while k < toks.count, words < 6, toks[k].norm != ";" {
            if toks[k].kind == .word {
                // a subject's name is not counted ("On February 18, the Tolland County Zoning Board of Appeals voted")
                if !toks[k].capitalized { words += 1 }
                // "…, the army said." at the sentence's end is its attribution, not the date's event
                let tag = k + 1 < toks.count && Tokenizer.endsSentence(toks, at: k + 1)
                if let v = verb(toks[k].norm), takesObject(toks, k), v != "say" || !tag { return v }
            }
            if Tokenizer.endsSentence(toks, at: k) { break }
            k += 1
        }
        return nil
    }

    /// The noun the date is of, right before it ("the annual count on Sunday", "the count was held on Saturday"):
    /// within four words back in its sentence, past prepositions, auxiliaries and verbs, as a lemma.
    static func noun(_ ex: Extraction, _ start: Int) -> String? {
        let toks = ex.tokens
        var k = ex.firstToken(endingAfter: start) - 1, words = 0
        while k >= 0, words < 4, toks[k].kind != .punct || toks[k].norm == ".", !Tokenizer.endsSentence(toks, at: k) {
            let w = toks[k].norm
            // (past a clock time: "a public hearing at 6 p.m. on Tuesday")
            guard toks[k].kind == .word, !w.contains(".") else { k -= 1; continue }
            words += 1
            if !Lexicon.prepositions.contains(w), verb(w) == nil, !Lexicon.unchangedPasts.contains(w),
                let stem = Context.contentStem(w)
            {
                // (not the noun of a figure: "8,500 acres by Wednesday" dates no acre)
                let counted = k > 0 && toks[k - 1].kind == .number || Units.words[w] != nil
                return counted ? nil : stem
            }
            k -= 1
        }
        return nil
    }

    /// A verb's plain form ("accept", "vote"), not a verb of saying.
    static func plainVerb(_ w: String) -> Bool {
        WordNet.shared.isAvailable && WordNet.shared.isVerb(w) && !Lexicon.eventlessVerbs.contains(w)
            && !Lexicon.sayingVerbs.contains(w)
    }

    /// A word that is a verb's past, participle or irregular form (not a plural: "hours", "seats" are nouns; nor a
    /// form in -ing, as often an adjective or a noun: "the following results", unless it starts or ends something:
    /// "a five-year term beginning July 1"), as its lemma; every verb of saying (`Lexicon.sayingVerbs`) as "say".
    static func verb(_ w: String) -> String? {
        guard WordNet.shared.isAvailable, !w.hasSuffix("s") || w.hasSuffix("ss"),
            let base = WordNet.shared.verbForm(w), !Lexicon.eventlessVerbs.contains(base),
            !w.hasSuffix("ing") || Lexicon.startVerbs.contains(base) || Lexicon.endVerbs.contains(base)
        else { return nil }
        return Lexicon.sayingVerbs.contains(base) ? "say" : base
    }

    /// Both dates name their event, and the events differ (nor are they synonyms, "held" / "detained"); or one dates
    /// a statement and the other does not ("said Thursday it would file" against "will file a notice of appeal on
    /// Monday").
    static func differ(_ a: String?, _ b: String?) -> Bool {
        if (a == "say") != (b == "say") { return true }
        guard let a, let b else { return false }
        return a != b && !WordNet.shared.synonyms(a, b)
            && !([Lexicon.startVerbs, Lexicon.endVerbs, Lexicon.decisionVerbs].contains {
                $0.contains(a) && $0.contains(b)
            })
    }
}
