import VerityDocument
import VerityText

/// A table whose rows are things of one kind (varieties, hospitals, counties): the article names one row beside its
/// figure but gives another row's value ("Chardonnay fell 21 percent" where 21 percent is Riesling's row and
/// Chardonnay's is 12.3 percent).
extension NumberRules {
    /// The cell of the row the article names, in the column of the cell whose value it gives: (given, meant).
    func otherRowCell(
        _ q: Quantity, _ ex: Extraction, given: Candidate?, among scored: [Scored], distinctive: Bool
    ) -> (given: Candidate, meant: Candidate)? {
        let given =
            given.map { [$0] }
            ?? (distinctive ? scored.filter { $0.agrees && NumberRules.sameValue(q, $0.c.q) }.map(\.c) : [])
        let named = NumberRules.sentenceWords(ex, around: q)
        for a in given where a.q.rule == "table.cell" {
            let s = sources.sources[a.src]
            guard let cell = s.tableCells.first(where: { $0.range.contains(a.q.numberStart) }) else { continue }
            // (the words of the given cell's row nearest the figure: "$214.6 million general fund proposal" names the
            // Total General Fund row before a word of "All other departments" further on)
            // (and a row the sentence names in full is the one it means: "The Harlan Landing route, the system's
            // smallest, carried about 310,000")
            guard !NumberRules.namesInFull(cell.rowHeader, named) else { continue }
            // the rows of the table the sentence names, nearest the figure first
            let rows = s.tableCells.filter { $0.table == cell.table && $0.columnHeader == cell.columnHeader }
            let places = rows.compactMap { r in NumberRules.place(of: r.rowHeader, in: named).map { (r, $0) } }
            // (a word both rows share names neither: "Reservoir" in "Birch Hollow Reservoir" and "Kettle Creek
            // Reservoir")
            // (a whole's row is what a sentence that names two of its parts means: "the Water and Sewer Authority's
            // plan … the typical bill to $116.20", the Combined row; "the 361,700 homes … in Harlow, Pinecrest and
            // Wexley counties", the Total)
            if NumberRules.isTotal(cell.rowHeader) {
                let sentence = NumberRules.ownSentenceStems(ex, around: q)
                let parts = rows.filter {
                    let s = NumberRules.stems($0.rowHeader)
                    return !s.isEmpty && s.isSubset(of: sentence) && !NumberRules.isTotal($0.rowHeader)
                }
                if Set(places.map(\.0.rowHeader)).count >= 2 || parts.count >= 2 { continue }
            }
            guard let nearest = places.min(by: { $0.1 < $1.1 }),
                // ("4 percent of the total" is a share of the Total row, not its value)
                !NumberRules.shareOfTheWhole(ex, q, row: nearest.0.rowHeader),
                places.filter({ $0.1 == nearest.1 && $0.0.rowHeader != nearest.0.rowHeader }).isEmpty,
                nearest.0.rowHeader != cell.rowHeader,
                nearest.1 < NumberRules.nearestWord(of: cell.rowHeader, besides: nearest.0.rowHeader, in: named),
                let meant = scored.first(where: { $0.c.src == a.src && nearest.0.range.contains($0.c.q.numberStart) })?
                    .c,
                let r = ValueRange(q), !meant.range.agrees(r), !NumberRules.statedApart(meant, in: ex, besides: q)
            else { continue }
            return (a, meant)
        }
        return nil
    }

    /// The figure is a share "of the total" and the row its sentence names is that total.
    static func shareOfTheWhole(_ ex: Extraction, _ q: Quantity, row: String) -> Bool {
        let words = row.lowercased().split { !$0.isLetter }.map(String.init)
        guard !words.isEmpty, words.allSatisfy(Lexicon.aggregateWords.contains) else { return false }
        let toks = ex.tokens
        var k = ex.firstToken(endingAfter: q.numberEnd)
        while k < toks.count, toks[k].start < q.end + 1, toks[k].norm != "of" { k += 1 }
        guard k < toks.count, toks[k].norm == "of" else { return false }
        k += 1
        if k < toks.count, toks[k].norm == "the" { k += 1 }
        return k < toks.count && words.contains(toks[k].norm)
    }

    /// A cell of the table that holds `given` stating the article's very value ("$8 million, or about 4.5 percent"
    /// in a Total row's change columns): the figure is read from that table, and a cell of another row it shares a
    /// word with ("spending plan", "Planning & Development") is no other value of it. (A row or a year the article
    /// names is told apart before: `otherRowCell`, `otherYearCell`.) Not where the figure's counted noun names the
    /// given cell's row ("a $2.4 million civil penalty" against "Civil penalty, payable to the State | 1,600" beside a
    /// Total of 2,400): that row is the one meant.
    func exactCell(_ q: Quantity, besides given: Candidate, among scored: [Scored]) -> Candidate? {
        guard given.q.rule == "table.cell" else { return nil }
        let cells = sources.sources[given.src].tableCells
        guard let cell = cells.first(where: { $0.range.contains(given.q.numberStart) }) else { return nil }
        let row = cell.rowHeader.lowercased().split { !$0.isLetter }.compactMap { Context.contentStem(String($0)) }
        guard NumberRules.subjectWords(q.subject).isDisjoint(with: row) else { return nil }
        let table = cell.table
        return scored.first { o in
            // (of the article's year: FY2024's "$21 million" is no support for last year's)
            o.exact && o.sameRole && o.c.src == given.src && o.c.q.rule == "table.cell"
                && cells.contains { $0.table == table && $0.range.contains(o.c.q.numberStart) }
        }?.c
    }

    /// The content words that may name what the figure is of (as `Context` stems them), each with its distance in
    /// tokens from the figure: back to the sentence's (or its paragraph's) start, forward to a mark of punctuation
    /// ("94 minutes, compared with Lakeview General's …" names Lakeview for another figure), neither past another
    /// figure nor among the words that trail it ("$220,170 to the town's general fund and $250,000 to its insurer").
    /// A word of the figure's own clause (no comma or `Lexicon.clauseBreaks` word between) is keyed again with "<",
    /// one written as a name with "^".
    static func sentenceWords(_ ex: Extraction, around q: Quantity) -> [String: Int] {
        let toks = ex.tokens, at = ex.firstToken(endingAfter: q.numberStart)
        let past = ex.firstToken(endingAfter: q.numberEnd)
        var out: [String: Int] = [:]
        func add(_ k: Int, inClause: Bool) {
            func put(_ key: String) { out[key] = min(out[key] ?? .max, abs(k - at)) }
            // (an ordinal names a numbered row: "the first-year installment" for "Year 1")
            if toks[k].kind == .word, let n = Lexicon.ordinalWords[toks[k].norm] { put("#\(n)") }
            if toks[k].kind == .word, let stem = Context.contentStem(toks[k].norm) {
                put(stem)
                // (written as a name: `place(of:in:)` takes part of a row's name only as a name)
                if toks[k].capitalized { put("^" + stem) }
                if inClause { put("<" + stem) }
            }
        }
        var k = at - 1
        // (not past a paragraph's or a heading's start: a headline's words name no row for the paragraph under it)
        while k >= 0, !Tokenizer.endsSentence(toks, at: k), toks[k].kind != .number,
            !ex.document.itemBreak(between: toks[k].end, and: toks[k + 1].start)
        {
            k -= 1
        }
        var from = k + 1
        if k >= 0, toks[k].kind == .number,
            ex.quantities.contains(where: { $0.numberStart <= toks[k].start && toks[k].start < $0.numberEnd })
        {
            // (the words after another figure, up to a conjunction or a comma, are that figure's)
            from = (from..<at).first { Lexicon.clauseBreaks.contains(toks[$0].norm) } ?? at
        }
        let comma = (from..<at).last { toks[$0].norm == "," } ?? -1
        for j in from..<at { add(j, inClause: j > comma) }
        k = past
        var inClause = true
        while k < toks.count, toks[k].kind == .word || toks[k].norm == "'s" || toks[k].norm == "-" {
            if Lexicon.clauseBreaks.contains(toks[k].norm) { inClause = false }
            add(k, inClause: inClause); k += 1
        }
        return out
    }

    /// How far from the figure its sentence names a row: half the content words of the row's header or more are in
    /// the sentence ("Cod" for "Atlantic cod"; the nearest of them counts), else nil.
    static func place(of rowHeader: String, in named: [String: Int]) -> Int? {
        let words = rowHeader.lowercased().split { !$0.isLetter && $0 != "'" }.compactMap {
            Context.contentStem(String($0))
        }
        let found = words.compactMap { named[$0] }
        guard !words.isEmpty, 2 * found.count >= words.count, numberNamed(rowHeader, named) else { return nil }
        // (part of a row's longer name is named as a name, or by two words or more in the figure's own clause:
        // "Lakeview" for "Lakeview General", "Schools will get $228,000 for prevention programs" for "School-based
        // prevention programs"; not the "spending plan" for "Planning & Development", nor "For a rider who pays the
        // base fare twice a day, …, the increase comes to $3 a week" for "Base fare (bus and streetcar)")
        if found.count < words.count {
            let present = words.filter { named[$0] != nil }
            let asName = present.allSatisfy { named["^" + $0] != nil }
            let inClause = present.count >= 2 && present.allSatisfy { named["<" + $0] != nil }
            if !asName && !inClause { return nil }
        }
        return found.min()
    }

    /// Every content word of the row's header is among the sentence's words.
    static func namesInFull(_ rowHeader: String, _ named: [String: Int]) -> Bool {
        let words = rowHeader.lowercased().split { !$0.isLetter && $0 != "'" }.compactMap {
            Context.contentStem(String($0))
        }
        return !words.isEmpty && words.allSatisfy { named[$0] != nil } && numberNamed(rowHeader, named)
    }

    /// A numbered row ("Year 2", "Phase 3": a word or two and a number) is named only with its number, as an ordinal
    /// ("second-year"); another header needs none ("Patients with ≥1 serious adverse event").
    static func numberNamed(_ rowHeader: String, _ named: [String: Int]) -> Bool {
        let parts = rowHeader.split { $0 == " " }
        guard (2...3).contains(parts.count), parts.dropLast().allSatisfy({ $0.allSatisfy(\.isLetter) }),
            let last = parts.last, let n = Int(last)
        else { return true }
        return named["#\(n)"] != nil
    }

    /// How far from the figure the nearest word of a row's header stands that the other row's lacks (`Int.max` for
    /// none).
    static func nearestWord(of rowHeader: String, besides other: String, in named: [String: Int]) -> Int {
        let stems = { (h: String) in
            h.lowercased().split { !$0.isLetter && $0 != "'" }.compactMap { Context.contentStem(String($0)) }
        }
        let theirs = Set(stems(other))
        return stems(rowHeader).filter { !theirs.contains($0) }.compactMap { named[$0] }.min() ?? .max
    }

    func otherRowFinding(_ q: Quantity, _ doc: Document, _ cells: (given: Candidate, meant: Candidate)) -> Finding {
        let s = sources.sources[cells.meant.src]
        let row = { (c: Candidate) in
            s.tableCells.first { $0.range.contains(c.q.numberStart) }?.rowHeader ?? "another row"
        }
        return Finding(
            rule: .numberMismatch, in: doc, start: q.start, end: q.end,
            message:
                "the article says \(q.text), which \(s.document.path) gives for \(row(cells.given)); "
                + "for \(row(cells.meant)) it gives \(cells.meant.q.text)",
            evidence: [passage(s, cells.meant.q), passage(s, cells.given.q)])
    }
}
