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
        let (months, monthYears) = NumberRules.monthsNamed(q, ex)
        var ctx = ctx
        ctx.years.formUnion(monthYears)
        for a in given {
            guard let (series, year, month) = NumberRules.yearSeries(a) else { continue }
            // (the year written beside it, and for a month's row, the month its sentence names or none)
            if ctx.years.contains(year), month.map({ months.isEmpty || months.contains($0) }) ?? true { continue }
            let siblings = scored.map(\.c).filter { c in
                c.src == a.src
                    && NumberRules.yearSeries(c).map {
                        $0.series == series && ($0.year != year || $0.month != month)
                            && ($0.month == nil) == (month == nil)
                    } ?? false
            }
            guard let meantTime = meantTime(q, ex, ctx, (year, month), months, siblings),
                let meant = siblings.first(where: { c in
                    NumberRules.yearSeries(c).map { $0.year == meantTime.year && $0.month == meantTime.month } ?? false
                }),
                !meant.range.agrees(ValueRange(q) ?? meant.range), !NumberRules.statedApart(meant, in: ex, besides: q)
            else { continue }
            // (a year written beside the figure: the sentence must be about this series)
            if !ctx.years.isEmpty, !seriesCited(q, ex, series, a.src, meantTime.year, among: scored) { continue }
            return (a, meant)
        }
        return nil
    }

    typealias Time = (year: Int, month: Int?)

    /// The year (and for rows of months, the month) the article means: one written beside the figure that the
    /// series has, else the series' latest up to the article's own date, for a figure not said to be an earlier
    /// one ("from 1,611", "a year earlier"). A month its sentence names ("fell to $3.05 a dozen in February") is
    /// that month of the year written beside it, else of the latest such row up to the article's date.
    func meantTime(
        _ q: Quantity, _ ex: Extraction, _ ctx: Context, _ given: Time, _ months: Set<Int>, _ siblings: [Candidate]
    ) -> Time? {
        let times = siblings.compactMap { NumberRules.yearSeries($0).map { Time($0.year, $0.month) } }
        // (a year's row is of the article's own year or before; a month's of its month or before)
        let own = ex.document.frontMatter.day.map { $0.year * 12 + (given.month == nil ? 0 : $0.month) } ?? .max
        func key(_ t: Time) -> Int { t.year * 12 + (t.month ?? 0) }
        if given.month != nil, months.count == 1, let m = months.first {
            guard !ctx.years.isEmpty || !NumberRules.saidEarlier(q, ex) else { return nil }
            let ofMonth = (times + [given]).filter {
                $0.month == m && (ctx.years.isEmpty || ctx.years.contains($0.year))
            }
            let latest = ofMonth.filter { key($0) <= own }.max { key($0) < key($1) }
            let meant = ctx.years.isEmpty ? latest : ofMonth.count == 1 ? ofMonth.first : nil
            return meant.map { key($0) } == key(given) ? nil : meant
        }
        if !ctx.years.isEmpty {
            let hit = times.filter { ctx.years.contains($0.year) && $0.month == nil }
            return hit.count == 1 ? hit.first : nil
        }
        guard months.isEmpty, !NumberRules.saidEarlier(q, ex) else { return nil }
        guard let latest = (times + [given]).filter({ key($0) <= own }).max(by: { key($0) < key($1) }),
            key(latest) > key(given)
        else { return nil }
        return latest
    }

    /// The months a figure's clause names ("fell to $3.05 a dozen in February"; "may" only capitalised) and the years
    /// written right after them ("February 2025"): after the figure up to the next figure in its sentence, else
    /// before it back to the last ("$3.05 in January and $2.61 in February").
    static func monthsNamed(_ q: Quantity, _ ex: Extraction) -> (months: Set<Int>, years: Set<Int>) {
        let toks = ex.tokens
        let first = ex.firstToken(endingAfter: q.numberStart), last = ex.firstToken(endingAfter: q.numberEnd)
        func figure(_ k: Int) -> Bool {
            toks[k].kind == .number && !(toks[k].plainInt.map(TimeScope.plausible.contains) ?? false)
                && (k == 0 || Lexicon.months[toks[k - 1].norm] == nil)
        }
        func read(_ range: some Sequence<Int>) -> (months: Set<Int>, years: Set<Int>) {
            var out: (months: Set<Int>, years: Set<Int>) = ([], [])
            for k in range {
                if figure(k) || Tokenizer.endsSentence(toks, at: k) { break }
                guard toks[k].kind == .word, let m = Lexicon.months[toks[k].norm],
                    toks[k].norm != "may" || toks[k].capitalized
                else { continue }
                out.months.insert(m)
                if k + 1 < toks.count, let y = toks[k + 1].plainInt, TimeScope.plausible.contains(y) {
                    out.years.insert(y)
                }
            }
            return out
        }
        let after = read(last..<toks.count)
        return after.months.isEmpty && first > 0 ? read((0..<first).reversed()) : after
    }

    /// A written year beside the figure must be of the series the sentence is about: the same sentence gives
    /// another figure that is the series' value for the year written beside it ("peaked at 58 in 2023"), or the
    /// value of another series for the year meant ("an operating loss of $21 million last year, on operating
    /// revenue of $716 million", where $716 million is last year's revenue and $21 million the year before's loss).
    func seriesCited(
        _ q: Quantity, _ ex: Extraction, _ series: String, _ src: Int, _ meant: Int, among scored: [Scored]
    ) -> Bool {
        let cells = scored.map(\.c).compactMap { c in
            c.src == src ? NumberRules.yearSeries(c).map { (c, $0) } : nil
        }
        return ex.quantities.contains { o in
            guard o.start != q.start, ex.sameSentence(o.start, q.start) else { return false }
            let years = Context(ex, quantity: o).years
            return cells.contains { c, s in
                NumberRules.sameValue(o, c.q)
                    && (s.series == series
                        ? years.contains(s.year) : s.year == meant && (years.isEmpty || years.contains(meant)))
            }
        }
    }

    /// A table cell's series (its headers' words other than years and months), its one year, and its one month
    /// where its headers name one ("February 2026").
    static func yearSeries(_ c: Candidate) -> (series: String, year: Int, month: Int?)? {
        guard c.q.rule == "table.cell", let header = c.q.header else { return nil }
        let years = TimeScope.years(header: header)
        guard years.count == 1, let year = years.first else { return nil }
        let words = header.lowercased().split { !$0.isLetter && !$0.isNumber }.filter {
            TimeScope.years(header: String($0)).isEmpty && !($0.count == 2 && Int($0) != nil)
        }
        let months = Set(words.compactMap { Lexicon.months[String($0)] })
        let series = words.filter { Lexicon.months[String($0)] == nil }
        return (series.joined(separator: " "), year, months.count == 1 ? months.first : nil)
    }

    /// The article may say its figure is an earlier one: "from" or "than" before it, a word of the past after it in
    /// its sentence ("1,611 a year earlier", "the year before", "previously") or before it in its clause ("Two years
    /// ago, tuition was $10,580"), or before a "when" clause holding it ("a year ago, when shoppers were paying
    /// $6.35"), or a year anywhere in its sentence ("after 44 were counted in 2024").
    static func saidEarlier(_ q: Quantity, _ ex: Extraction) -> Bool {
        let toks = ex.tokens, at = ex.firstToken(endingAfter: q.numberStart)
        for k in max(0, at - 3)..<at where TimeScope.bases.contains(toks[k].norm) { return true }
        var k = ex.sentenceStart(token: at)
        let past = ex.firstToken(endingAfter: q.numberEnd)
        // (a word of the past after another figure is that figure's: "slipped to 73.5 percent, down 2.3 points from
        // a year earlier")
        var another = false
        while k < toks.count {
            if let y = toks[k].plainInt, TimeScope.plausible.contains(y), toks[k].norm.utf8.count == 4 { return true }
            if k >= past, toks[k].kind == .number { another = true }
            if k >= at, !another, Lexicon.earlierWords.contains(toks[k].norm) { return true }
            // (or before it in its clause, no figure between: "Two years ago, resident tuition was $10,580")
            if k < at, Lexicon.earlierAdverbs.contains(toks[k].norm),
                !toks[k..<at].contains(where: { $0.norm == ";" }),
                !ex.quantities.contains(where: { $0.start >= toks[k].end && $0.end <= q.start })
            {
                return true
            }
            // (a "when" clause hung on an earlier time is of that time: "than a year ago, when shoppers were paying
            // $6.35")
            if k + 2 < at, Lexicon.earlierWords.contains(toks[k].norm), toks[k + 1].norm == ",",
                toks[k + 2].norm == "when",
                !toks[(k + 2)..<at].contains(where: { $0.kind == .number || $0.norm == "," || $0.norm == ";" })
            {
                return true
            }
            if TimeScope.fiscal(toks[k].norm) != nil || Tokenizer.endsSentence(toks, at: k) { break }
            k += 1
        }
        return false
    }

    func otherYearFinding(_ q: Quantity, _ doc: Document, _ cells: (given: Candidate, meant: Candidate)) -> Finding {
        let s = sources.sources[cells.meant.src]
        func time(_ c: Candidate) -> String {
            guard let (_, year, month) = NumberRules.yearSeries(c) else { return "?" }
            return month.map { "\(DateExtractor.monthNames[$0 - 1]) \(year)" } ?? String(year)
        }
        return Finding(
            rule: .numberMismatch, in: doc, start: q.start, end: q.end,
            message:
                "the article says \(q.text), which \(s.document.path) gives for \(time(cells.given)); "
                + "for \(time(cells.meant)) it gives \(cells.meant.q.text)",
            evidence: [passage(s, cells.meant.q), passage(s, cells.given.q)])
    }
}
