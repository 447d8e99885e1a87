import VerityDocument
import VerityText

/// A table that gives one thing year by year (a row "| Aircraft operations | 118,240 | 121,015 |" under "2025 |
/// 2024", or a column of "| 2022 | 41 |" rows): the article's figure is one year's value given for another year.
/// The year the article means is the one it writes beside its figure, else, for a figure it states as the present
/// one, the table's latest year up to the article's own ("fell to 121,015" in a 2026 story is the 2025 count).
extension NumberRules {
    /// The cell of the year the article means, when the article's value is another year's cell of the same series:
    /// (the cell it gave, the cell it should have given).
    func otherYearCell(
        _ q: Quantity, _ ex: Extraction, _ ctx: Context, given: Candidate?, among scored: [Scored]
    ) -> (given: Candidate, meant: Candidate)? {
        // the cell whose value the article gives: the one that bears it out, else (for a year written beside the
        // figure) a cell of the very value in a series another of the sentence's figures is taken from
        let given =
            given.map { [$0] }
            ?? scored.filter { $0.agrees && NumberRules.sameValue(q, $0.c.q) && !ctx.years.isEmpty }.map(\.c)
        for a in given {
            guard let (series, year) = NumberRules.yearSeries(a), !ctx.years.contains(year) else { continue }
            let siblings = scored.map(\.c).filter { c in
                c.src == a.src && NumberRules.yearSeries(c).map { $0.series == series && $0.year != year } ?? false
            }
            guard let meantYear = meantYear(q, ex, ctx, year, siblings),
                let meant = siblings.first(where: { NumberRules.yearSeries($0)?.year == meantYear }),
                !meant.range.agrees(ValueRange(q) ?? meant.range), !NumberRules.statedApart(meant, in: ex, besides: q)
            else { continue }
            // (a year written beside the figure: the sentence must be about this series)
            if !ctx.years.isEmpty, !seriesCited(q, ex, series, a.src, among: scored) { continue }
            return (a, meant)
        }
        return nil
    }

    /// The year the article means: one written beside the figure that the series has, else the series' latest up
    /// to the article's own year, for a figure not said to be an earlier one ("from 1,611", "a year earlier").
    func meantYear(_ q: Quantity, _ ex: Extraction, _ ctx: Context, _ year: Int, _ siblings: [Candidate]) -> Int? {
        let years = Set(siblings.compactMap { NumberRules.yearSeries($0)?.year })
        if !ctx.years.isEmpty {
            let hit = ctx.years.intersection(years)
            return hit.count == 1 ? hit.first : nil
        }
        guard !NumberRules.saidEarlier(q, ex) else { return nil }
        let own = ex.document.frontMatter.day?.year ?? .max
        guard let latest = years.union([year]).filter({ $0 <= own }).max(), latest > year else { return nil }
        return latest
    }

    /// A written year beside the figure must be of the series the sentence is about: the same sentence gives
    /// another figure that is the series' value for the year written beside it ("peaked at 58 in 2023").
    func seriesCited(_ q: Quantity, _ ex: Extraction, _ series: String, _ src: Int, among scored: [Scored]) -> Bool {
        let cells = scored.map(\.c).filter { c in
            c.src == src && NumberRules.yearSeries(c)?.series == series
        }
        return ex.quantities.contains { o in
            guard o.start != q.start, ex.sameSentence(o.start, q.start) else { return false }
            let years = Context(ex, quantity: o).years
            return cells.contains { c in
                NumberRules.sameValue(o, c.q) && NumberRules.yearSeries(c).map { years.contains($0.year) } ?? false
            }
        }
    }

    /// A table cell's series (its headers' words other than years) and its one year.
    static func yearSeries(_ c: Candidate) -> (series: String, year: Int)? {
        guard c.q.rule == "table.cell", let header = c.q.header else { return nil }
        let years = TimeScope.years(header: header)
        guard years.count == 1, let year = years.first else { return nil }
        let words = header.lowercased().split { !$0.isLetter && !$0.isNumber }.filter {
            TimeScope.years(header: String($0)).isEmpty && !($0.count == 2 && Int($0) != nil)
        }
        return (words.joined(separator: " "), year)
    }

    /// The article may say its figure is an earlier one: "from" or "than" before it, a word of the past after it in
    /// its sentence ("1,611 a year earlier", "the year before", "previously"), or a year anywhere in its sentence
    /// ("after 44 were counted in 2024").
    static func saidEarlier(_ q: Quantity, _ ex: Extraction) -> Bool {
        let toks = ex.tokens, at = ex.firstToken(endingAfter: q.numberStart)
        for k in max(0, at - 3)..<at where TimeScope.bases.contains(toks[k].norm) { return true }
        var k = at
        while k > 0, !Tokenizer.endsSentence(toks, at: k - 1) { k -= 1 }
        let past = ex.firstToken(endingAfter: q.numberEnd)
        // (a word of the past after another figure is that figure's: "slipped to 73.5 percent, down 2.3 points from
        // a year earlier")
        var another = false
        while k < toks.count {
            if let y = toks[k].plainInt, TimeScope.plausible.contains(y), toks[k].norm.utf8.count == 4 { return true }
            if k >= past, toks[k].kind == .number { another = true }
            if k >= at, !another, Lexicon.earlierWords.contains(toks[k].norm) { return true }
            if TimeScope.fiscal(toks[k].norm) != nil || Tokenizer.endsSentence(toks, at: k) { break }
            k += 1
        }
        return false
    }

    func otherYearFinding(_ q: Quantity, _ doc: Document, _ cells: (given: Candidate, meant: Candidate)) -> Finding {
        let s = sources.sources[cells.meant.src]
        let was = NumberRules.yearSeries(cells.given)?.year, is_ = NumberRules.yearSeries(cells.meant)?.year
        return Finding(
            rule: .numberMismatch, in: doc, start: q.start, end: q.end,
            message:
                "the article says \(q.text), which \(s.document.path) gives for \(was.map(String.init) ?? "?"); "
                + "for \(is_.map(String.init) ?? "?") it gives \(cells.meant.q.text)",
            evidence: [passage(s, cells.meant.q), passage(s, cells.given.q)])
    }
}
