import VerityText

/// What a figure set equal to a noun phrase measures: "the faculty raise pool this year is three point one million
/// dollars" is of a pool, "Attendance totaled 41,200" of attendance. A source figure with no counted noun of its own
/// but such a subject is the same fact as an article's figure only where the article's sentence names that subject:
/// the raise pool's $3.1 million is no other value of the "$4.05 million he is guaranteed this year".
enum CopulaSubject {
    /// The stem of the noun the figure is set equal to, or nil where no copula stands right before it.
    static func head(_ ex: Extraction, _ q: Quantity) -> String? {
        let toks = ex.tokens
        let first = ex.firstToken(endingAfter: q.start)
        guard first > 1, first <= toks.count, Lexicon.equalVerbs.contains(toks[first - 1].norm) else { return nil }
        var k = first - 2, skipped = 0
        while k >= 0, skipped < 4,
            toks[k].kind == .number && toks[k].norm.utf8.count == 4
                || Lexicon.timeBeforeVerb.contains(toks[k].norm) || Lexicon.relativeDays.contains(toks[k].norm)
        {
            k -= 1; skipped += 1
        }
        guard k >= 0, toks[k].kind == .word, !Lexicon.emptyHeads.contains(toks[k].norm),
            !Lexicon.pronouns.contains(toks[k].norm)
        else { return nil }
        return Context.contentStem(toks[k].norm)
    }

    /// The article's sentence names the subject, or a synonym of it.
    static func named(_ head: String, in stems: Set<String>) -> Bool {
        stems.contains(head) || stems.contains { WordNet.shared.synonyms(head, $0) }
    }
}
