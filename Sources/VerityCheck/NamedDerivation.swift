import VerityText

/// Figures worked out from one figure in the article and one a source gives for a thing the article names: a share
/// of a named whole, a gap from a named level, a sum with a named part.
extension Derivation {
    /// "Nineteen have been hospitalized, more than four in five of the confirmed cases": a share of a whole the
    /// article names after "of", its part a count in the article's sentence and its whole a source's count of that
    /// noun ("Confirmed cases: 23").
    static func shareOfNamedWhole(_ q: Quantity, in ex: Extraction, _ mine: [Quantity], sources: SourceSet)
        -> Derivation?
    {
        let toks = ex.tokens
        var k = ex.firstToken(endingAfter: q.end)
        guard k < toks.count, toks[k].norm == "of" else { return nil }
        k += 1
        if k < toks.count, ["the", "its", "their", "all"].contains(toks[k].norm) { k += 1 }
        var named: [String] = []
        while k < toks.count, toks[k].kind == .word, named.count < 4 { named.append(toks[k].norm); k += 1 }
        guard let head = named.last.map(Context.stem) else { return nil }
        let parts = mine.filter { $0.unit == nil && $0.value >= 1 && $0.end <= q.start }
        for (si, s) in sources.sources.enumerated() {
            for whole in s.extraction.quantities where whole.unit == nil && whole.isCheckable {
                guard NumberRules.subjectWords(whole.subject).contains(head) else { continue }
                let share = { (part: Quantity) in fits(part.value / whole.value * 100, q, q.value) }
                if let part = parts.first(where: { $0.value < whole.value && share($0) }) {
                    return Derivation(operation: .share, a: part, b: whole, source: si, partInArticle: true)
                }
            }
        }
        return nil
    }

    /// "Crested at 14.8 feet, nearly 4 feet above flood stage": a difference from a level the article names after
    /// "above" or "below", its one side a figure in the article's sentence and its other a source's figure of that
    /// name ("Flood stage: 11.0 ft").
    static func differenceFromNamed(_ q: Quantity, in ex: Extraction, _ mine: [Quantity], sources: SourceSet)
        -> Derivation?
    {
        let toks = ex.tokens
        // (past the figure's unit: "4 feet above", within its span or right after it)
        var k = ex.firstToken(endingAfter: q.numberEnd)
        while k < toks.count, toks[k].start < q.end, !["above", "below", "under"].contains(toks[k].norm) { k += 1 }
        guard k < toks.count, ["above", "below", "under"].contains(toks[k].norm), let v = q.base?.value else {
            return nil
        }
        k += 1
        if k < toks.count, ["the", "its", "their"].contains(toks[k].norm) { k += 1 }
        var named: [String] = []
        while k < toks.count, toks[k].kind == .word, named.count < 3, let stem = Context.contentStem(toks[k].norm) {
            named.append(stem)
            k += 1
        }
        let sides = mine.filter { $0.end <= q.start && $0.base?.dimension == q.base?.dimension }
        guard !named.isEmpty, !sides.isEmpty else { return nil }
        for (si, s) in sources.sources.enumerated() {
            let sx = s.extraction
            for level in sx.quantities where level.base?.dimension == q.base?.dimension && level.isCheckable {
                // the name stands among the words just before the level, its label, or is its counted noun
                let at = sx.firstToken(endingAfter: level.start)
                let before = sx.tokens[max(0, at - 5)..<at].filter { sx.sameSentence($0.start, level.start) }
                let words = Set(before.compactMap { Context.contentStem($0.norm) })
                    .union(NumberRules.subjectWords(level.subject))
                guard Set(named).isSubset(of: words), let y = level.base?.value else { continue }
                if let side = sides.first(where: { $0.base.map { fits(abs($0.value - y), q, abs(v)) } ?? false }) {
                    return Derivation(operation: .difference, a: side, b: level, source: si, partInArticle: true)
                }
            }
        }
        return nil
    }

    /// "$760,000 will pay for treatment. Together with recovery housing, that comes to $1.14 million": a sum, said
    /// by a word of aggregate in the figure's sentence, of a figure the article gave in that sentence or the one
    /// before and a source's figure whose counted noun the sentence names ("Recovery housing | 380,000").
    static func sumWithNamedPart(_ q: Quantity, in ex: Extraction, sources: SourceSet) -> Derivation? {
        guard let v = q.base?.value, q.unit != nil || v >= 10 else { return nil }
        let toks = ex.tokens
        let at = ex.firstToken(endingAfter: q.numberStart)
        let start = ex.sentenceStart(token: at)
        guard toks[start..<at].contains(where: { Lexicon.aggregateWords.contains($0.norm) }) else { return nil }
        let named = Set(toks[start..<at].compactMap { $0.kind == .word ? Context.contentStem($0.norm) : nil })
        let before = ex.sentenceStart(token: max(0, start - 1))
        let lower = before < toks.count ? toks[before].start : q.start
        let mine = ex.quantities.filter {
            $0.start >= lower && $0.end <= q.start && $0.base?.dimension == q.base?.dimension && $0.isCheckable
        }
        guard !mine.isEmpty else { return nil }
        for (si, s) in sources.sources.enumerated() {
            for part in s.extraction.quantities where part.base?.dimension == q.base?.dimension && part.isCheckable {
                let words = NumberRules.subjectWords(part.subject)
                guard !words.isEmpty, words.isSubset(of: named), let y = part.base?.value else { continue }
                if let a = mine.first(where: { $0.base.map { fits($0.value + y, q, v) } ?? false }) {
                    return Derivation(operation: .sum, a: a, b: part, source: si, partInArticle: true)
                }
            }
        }
        return nil
    }

    /// A sum of a table column's rows the article names by a word of theirs: "Brackenridge's two hospitals account
    /// for 580 of those beds" for Brackenridge Medical Center's 412 and Brackenridge North's 168. Two rows or more,
    /// not every row of the column, and never its total.
    static func sumOfNamedRows(_ q: Quantity, in ex: Extraction, sources: SourceSet) -> Derivation? {
        guard q.isCheckable, let v = q.base?.value, q.unit != nil || v >= 10 else { return nil }
        let toks = ex.tokens
        let at = ex.firstToken(endingAfter: q.numberStart)
        let start = ex.sentenceStart(token: at)
        let names = Set(
            toks[start..<at].compactMap { t in t.kind == .word && t.capitalized ? Context.contentStem(t.norm) : nil })
        guard !names.isEmpty else { return nil }
        for (si, s) in sources.sources.enumerated() {
            var columns: [String: [(q: Quantity, named: Bool)]] = [:]
            for c in s.extraction.quantities where c.rule == "table.cell" && c.base?.dimension == q.base?.dimension {
                guard let header = c.header, let row = c.subject, header.hasPrefix(row) else { continue }
                let words = Set(row.lowercased().split { !$0.isLetter }.compactMap { Context.contentStem(String($0)) })
                guard !words.contains("total") else { continue }
                columns[String(header.dropFirst(row.count)), default: []].append((c, !words.isDisjoint(with: names)))
            }
            for cells in columns.values {
                let named = cells.filter(\.named).map(\.q)
                guard named.count >= 2, named.count < cells.count,
                    fits(named.compactMap { $0.base?.value }.reduce(0, +), q, v)
                else { continue }
                return Derivation(operation: .sum, a: named[0], b: named[named.count - 1], source: si)
            }
        }
        return nil
    }

    /// A share of two counts a source gives on lines of their own, each named in the article's sentence: "Just over
    /// two in five registered voters cast a ballot" for "Registered voters: 91,690" and "Ballots cast: 38,235".
    static func shareOfNamedCounts(_ q: Quantity, in ex: Extraction, sources: SourceSet) -> Derivation? {
        guard let v = q.base?.value, v > 0, v < 100 else { return nil }
        let words = Context.sentenceStems(ex, around: q.numberStart)
        for (si, s) in sources.sources.enumerated() {
            let counts = s.extraction.quantities.filter {
                $0.unit == nil && $0.isCheckable && $0.value >= 10 && !NumberRules.subjectWords($0.subject).isEmpty
                    && !NumberRules.subjectWords($0.subject).isDisjoint(with: words)
            }
            for (i, part) in counts.enumerated() {
                // (the counts stand in order: past two sentences away, so is every later one)
                for whole in counts[(i + 1)...] {
                    guard s.extraction.sentencesApart(part.start, whole.start) <= 2 else { break }
                    let (lo, hi) = part.value < whole.value ? (part, whole) : (whole, part)
                    guard NumberRules.subjectWords(lo.subject) != NumberRules.subjectWords(hi.subject),
                        fits(lo.value / hi.value * 100, q, v)
                    else { continue }
                    return Derivation(
                        operation: .share, a: lo.start < hi.start ? lo : hi, b: lo.start < hi.start ? hi : lo,
                        source: si)
                }
            }
        }
        return nil
    }
}
