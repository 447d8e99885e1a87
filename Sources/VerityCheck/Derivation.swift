import VerityText

/// A figure worked out from two others that stand together: their sum or difference ("$3.4 million over budget" for
/// $14.6 million spent against $11.2 million), the change between them in percent ("4.5 percent", $11,240 to
/// $11,746), or the share one is of the other ("nearly 12 percent", $5.50 of $46). Reporters write such figures and
/// no source states them. The two must stand in the article's own sentence; or in one sentence or table row of a
/// source, and then the article must say it worked the figure out: a word of aggregate or comparison beside a sum or
/// difference ("about 1.2 million more", "$1.40 billion of that total", "beaten by 6,118 votes";
/// `Lexicon.aggregateWords`), a word of movement beside a change. Any pair of figures a long source holds makes
/// some sum, and "$3.50" is not "$1.50 and $2" added up.
struct Derivation {
    enum Operation: String { case sum, difference, change, share }
    let operation: Operation
    let a: Quantity
    let b: Quantity
    /// The source whose sentence holds both; nil for the article's own.
    let source: Int?
    /// `a` is the article's own and only `b` the source's (`shareOfNamedWhole`).
    var partInArticle = false

    /// The source's text the figure was worked out from.
    var evidence: Range<Int> { partInArticle ? b.start..<b.end : a.start..<b.end }

    /// The first pair that gives `q`, the article's own sentence first.
    static func find(_ q: Quantity, in ex: Extraction, sources: SourceSet, moving: Movement)
        -> Derivation?
    {
        guard let v = q.base?.value, v != 0, let dim = q.base?.dimension else { return nil }
        let mine = ex.quantities.filter {
            $0.end <= q.start || $0.start >= q.end ? ex.sameSentence($0.start, q.start) : false
        }
        if let d = pair(in: mine, giving: abs(v), dim, q, source: nil, [.sum, .difference, .change, .share]) {
            return d
        }
        if dim == "percent", let d = shareOfNamedWhole(q, in: ex, mine, sources: sources) { return d }
        if dim != "percent", let d = differenceFromNamed(q, in: ex, mine, sources: sources) { return d }
        if dim != "percent", let d = sumWithNamedPart(q, in: ex, sources: sources) { return d }
        var allowed: Set<Operation> = []
        let toks = ex.tokens, first = ex.firstToken(endingAfter: q.start), last = ex.firstToken(endingAfter: q.end)
        let by = first > 0 && toks[first - 1].norm == "by"
        let beside = toks[max(0, first - 3)..<min(toks.count, last + 3)].contains {
            Lexicon.aggregateWords.contains($0.norm)
        }
        if dim != "percent", by || beside {
            allowed.formUnion([.sum, .difference])
        }
        if dim == "percent", moving != .none { allowed.insert(.change) }
        guard !allowed.isEmpty else { return nil }
        for (si, s) in sources.sources.enumerated() {
            let qs = s.extraction.quantities
            var k = 0
            while k < qs.count {
                var e = k + 1
                while e < qs.count, s.extraction.sameSentence(qs[k].start, qs[e].start) { e += 1 }
                if e - k > 1, let d = pair(in: Array(qs[k..<e]), giving: abs(v), dim, q, source: si, allowed) {
                    return d
                }
                k = e
            }
        }
        return nil
    }

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
        var start = at
        while start > 0, !Tokenizer.endsSentence(toks, at: start - 1) { start -= 1 }
        guard toks[start..<at].contains(where: { Lexicon.aggregateWords.contains($0.norm) }) else { return nil }
        let named = Set(toks[start..<at].compactMap { $0.kind == .word ? Context.contentStem($0.norm) : nil })
        var before = start
        if before > 0 { before -= 1 }
        while before > 0, !Tokenizer.endsSentence(toks, at: before - 1) { before -= 1 }
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

    static func pair(
        in group: [Quantity], giving v: Double, _ dim: String, _ q: Quantity, source: Int?, _ allowed: Set<Operation>
    ) -> Derivation? {
        // a sum or difference of small counts is met by chance
        if dim != "percent", q.unit == nil, v < 10 { return nil }
        let operands = group.filter { o in
            guard let b = o.base, b.value != 0, o.isCheckable else { return false }
            // a year is no operand, nor a figure that is all but the result itself ("$312 million" and "$11.40")
            return !(o.unit == nil && b.value == b.value.rounded() && (1900...2100).contains(b.value))
                && abs(abs(b.value) - v) > 0.01 * v
        }
        for (i, a) in operands.enumerated() {
            for b in operands[(i + 1)...] {
                guard let x = a.base, let y = b.base, x.dimension == y.dimension, x.value != y.value else { continue }
                var results: [(Operation, Double)] = []
                if x.dimension == dim {
                    results += [(.sum, abs(x.value + y.value)), (.difference, abs(x.value - y.value))]
                }
                if dim == "percent" {
                    let (lo, hi) = abs(x.value) < abs(y.value) ? (x.value, y.value) : (y.value, x.value)
                    results += [
                        (.change, abs(hi - lo) / abs(lo) * 100), (.change, abs(hi - lo) / abs(hi) * 100),
                        (.share, abs(lo / hi) * 100),
                    ]
                }
                if let (op, _) = results.first(where: { allowed.contains($0.0) && fits($0.1, q, v) }) {
                    return Derivation(operation: op, a: a, b: b, source: source)
                }
            }
        }
        return nil
    }

    /// `x` is what the figure says, within its rounding and qualifier, and within a tenth of its value for a bound
    /// ("nearly 12 percent" is not 2 percent).
    static func fits(_ x: Double, _ q: Quantity, _ v: Double) -> Bool {
        let factor = q.value == 0 ? 1 : v / abs(q.value)
        let g = q.granularity * factor / 2
        switch q.qualifier {
        case .exact: return abs(x - v) <= g + 1e-9 * v
        case .approximate: return abs(x - v) <= max(0.05 * v, g)
        case .moreThan, .atLeast: return x >= v - g && x <= 1.1 * v + g
        case .lessThan, .atMost: return x <= v + g && x >= 0.9 * v - g
        }
    }
}
