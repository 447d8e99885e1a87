import VerityDocument
import VerityText

/// sources.conflict on values: another source says something else about the fact a source bears out.
extension NumberRules {
    /// Every other source's own passage about the fact (its best-scored figure) is compared with the one that bears
    /// the article out; the first that disagrees on the same thing, in the same terms, is the conflict.
    func conflict(
        _ q: Quantity, _ ex: Extraction, _ ctx: Context, supportedBy sup: Scored, among scored: [Scored],
        subject: Set<String>
    )
        -> Scored?
    {
        var seen: Set<Int> = [sup.c.src]
        let ownBest = scored.filter { !$0.c.label && seen.insert($0.c.src).inserted }
        let subjects = subject.union(sup.c.subject)
        let supportersValues = scored.filter { $0.c.src == sup.c.src }.map(\.c.q)
        // (a source that states the article's very value of the thing itself does not dispute it: a release's table
        // row "All students | 87.4" against its prose's statewide 85.6)
        let alsoAgreeing = Set(scored.filter { $0.agrees && ($0.exact || $0.sameThing) }.map(\.c.src))
        let supDifference = NumberRules.comparison(sources.sources[sup.c.src].extraction, sup.c.q)
        // (worked out once, for the first candidate that comes this far)
        var derivedFrom: Int?? = nil
        return ownBest.first { o in
            guard !o.agrees, o.sameThing, o.score >= 4, !alsoAgreeing.contains(o.c.src),
                // (a figure of another year, or a forecast against an outcome, is another fact)
                o.sameRole, TimeScope.same(o.c.context.clauseYears, sup.c.context.clauseYears),
                // two sources that disagree on one fact disagree by a little: "five" against "All 7", 14,200 against
                // 13,600; 53.7 million trips in all against 18.4 million by light rail are two facts
                NumberRules.within(o.c.q, sup.c.q, factor: 2),
                // the counted nouns agree, or neither side names one, or for money or a measure one side ("$2.4
                // million" against a fact sheet's "Payments to private plowing contractors: $2.7 million")
                o.c.subject.isEmpty || subjects.isEmpty
                    ? o.c.subject.isEmpty && subjects.isEmpty || NumberRules.measure(o.c.q)
                    : !o.c.subject.isDisjoint(with: subjects),
                // a word beside the article's figure and the other, or beside both sources' figures ("118 cars" in
                // a train's make-up against "derailed 21 cars" share only the noun)
                o.telling || sharesPredicate(o.c, sup.c),
                // (a table's "total" row names the row, not a set apart from others)
                o.c.q.header != nil || sup.c.q.header != nil || NumberRules.sameSet(o.c.context, sup.c.context),
                // a bound ("stays above ten percent") is no other value of a figure stated as one
                o.c.range.side == 0 || sup.c.range.side != 0,
                // nor is a level one of a difference ("twenty-seven seconds slower than the year before")
                NumberRules.comparison(sources.sources[o.c.src].extraction, o.c.q) == supDifference,
                !NumberRules.statedApart(o.c, in: ex, besides: q),
                // a table row the article names ("the Central Valley … 48,910 acres") is not what a passage that
                // names no such row states
                sup.c.q.header == nil
                    || sup.c.context.near.intersection(NumberRules.names(ex, around: q))
                        .isSubset(of: o.c.context.near.union(o.c.context.far)),
                // the source that bears the article out states the other value too: each source states both facts
                !supportersValues.contains(where: { NumberRules.sameValue($0, o.c.q) })
            else { return false }
            // the other source gives the parts the article worked its figure out from (142 and 58 mL for "84 more")
            let from: Int?
            if let known = derivedFrom {
                from = known
            } else {
                from = Derivation.find(q, in: ex, sources: sources, moving: Movement(ex, q))?.source
                derivedFrom = .some(from)
            }
            return from != o.c.src
        }
    }

    /// The article states the other value too, in the figure's sentence ("City had 17 shots to Rovers' nine") or of
    /// the same noun elsewhere ("31 points" three paragraphs up, against "29" in the second half): it tells
    /// the two apart, and a source's figure of the other is no other value of this one.
    static func statedApart(_ c: Candidate, in ex: Extraction, besides q: Quantity) -> Bool {
        ex.quantities.contains { o in
            o.start != q.start && sameValue(o, c.q)
                && (ex.sameSentence(o.start, q.start) || !subjectWords(o.subject).isDisjoint(with: c.subject))
        }
    }

    /// Money or a measure in a unit (not a share): its unit says what kind of thing it is, where a bare count needs
    /// its noun.
    static func measure(_ q: Quantity) -> Bool {
        guard let unit = q.unit else { return false }
        guard !Units.isCurrency(unit) else { return true }
        return Units.base(1, unit).map { !["percent", "points", "count"].contains($0.dimension) } ?? false
    }

    /// The figure is a difference, compared by a word and "than" after it: "27 seconds slower than in 2024", "$3
    /// million more than last year" (not "more than 400", whose "than" comes before the figure).
    static func comparison(_ ex: Extraction, _ q: Quantity) -> Bool {
        let toks = ex.tokens, after = ex.firstToken(endingAfter: q.end)
        guard after < toks.count, after > 0 else { return false }
        // (its comparative read as its subject, "31 seconds slower", not a counted noun's: "12 children younger")
        if toks[after].norm == "than" {
            return toks[after - 1].kind == .word && toks[after - 1].end <= q.end && !(q.subject ?? "").contains(" ")
        }
        // (a comparative after a counted noun tells which of them: "12 children younger than 5")
        return q.subject == nil && toks[after].kind == .word && after + 1 < toks.count && toks[after + 1].norm == "than"
    }

    /// The names in the figure's sentence (capitalized words past its first, and its first in a name of two words or
    /// a possessive), as `Context` stems them.
    static func names(_ ex: Extraction, around q: Quantity) -> Set<String> {
        let toks = ex.tokens, at = ex.firstToken(endingAfter: q.start)
        var out: Set<String> = []
        for k in max(0, at - 20)..<min(toks.count, at + 12) where toks[k].kind == .word && toks[k].capitalized {
            // (a sentence's first word only as part of a name: "Harlow County, the hardest hit, had …",
            // "Brackenridge's")
            let opens = k == 0 || Tokenizer.endsSentence(toks, at: k - 1)
            let inName =
                toks[k].norm.hasSuffix("'s")
                || k + 1 < toks.count && toks[k + 1].kind == .word && toks[k + 1].capitalized
            guard !opens || inName, ex.sameSentence(toks[k].start, q.start),
                let stem = Context.contentStem(toks[k].norm)
            else { continue }
            out.insert(stem)
        }
        return out
    }

    /// One value of one dimension, of either sign ("1.5 °C" and "1.5 degrees Celsius lower", which says its sign
    /// in a word).
    static func sameValue(_ a: Quantity, _ b: Quantity) -> Bool {
        guard let x = a.base, let y = b.base, x.dimension == y.dimension else { return false }
        return abs(abs(x.value) - abs(y.value)) <= 1e-9 * max(1, abs(x.value))
    }

    func conflictFinding(_ q: Quantity, _ doc: Document, _ sup: Scored, _ other: Scored) -> Finding {
        let a = sources.sources[sup.c.src], b = sources.sources[other.c.src]
        return Finding(
            rule: .sourcesConflict, in: doc, start: q.start, end: q.end,
            message:
                "sources disagree: \(a.document.path) says \(sup.c.q.text), \(b.document.path) says \(other.c.q.text)",
            evidence: [passage(a, sup.c.q), passage(b, other.c.q)])
    }
}
