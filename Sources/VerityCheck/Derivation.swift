import VerityText

/// A figure worked out from two others that stand together: their sum or difference ("$3.4 million over budget" for
/// $14.6 million spent against $11.2 million), the change between them in percent ("4.5 percent", $11,240 to
/// $11,746), or the share one is of the other ("nearly 12 percent", $5.50 of $46). Reporters write such figures and
/// no source states them. The two must stand in the article's own sentence; or in one sentence or table row of a
/// source, and then the article must say it worked the figure out: a word of aggregate or comparison beside a sum or
/// difference ("about 1.2 million more", "$1.40 billion of that total", "beaten by 6,118 votes";
/// `Lexicon.aggregateWords`), a word of movement beside a change. Any pair of figures a long source holds makes
/// some sum, and "$3.50" is not "$1.50 and $2" added up; but a figure exact to five digits ("$429,312") is rarely
/// met by chance, and may be worked out from any two figures of one source that stand beside a word of its own.
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
        if dim == "percent", let d = shareOfNamedCounts(q, in: ex, sources: sources) { return d }
        if dim != "percent", let d = differenceFromNamed(q, in: ex, mine, sources: sources) { return d }
        if dim != "percent", let d = sumWithNamedPart(q, in: ex, sources: sources) { return d }
        if dim != "percent", let d = sumOfNamedRows(q, in: ex, sources: sources) { return d }
        var allowed: Set<Operation> = []
        let toks = ex.tokens, first = ex.firstToken(endingAfter: q.start), last = ex.firstToken(endingAfter: q.end)
        let by = first > 0 && toks[first - 1].norm == "by"
        // (the figure's own qualifier is no comparison: "more than 400 broken poles" is not 25 and 382 added up, nor
        // is "above 7 percent")
        let number = ex.firstToken(endingAfter: q.numberStart)
        // (nor a word of a compound, "short-term rentals", nor "short" but in "short of")
        let beside = (max(0, first - 3)..<min(toks.count, last + 3)).contains { k in
            let w = toks[k].norm, next = k + 1 < toks.count ? toks[k + 1].norm : ""
            return Lexicon.aggregateWords.contains(w) && !(first..<number).contains(k) && next != "-"
                && (!["short", "shy"].contains(w) || next == "of")
        }
        if dim != "percent", by || beside {
            allowed.formUnion([.sum, .difference])
        }
        if dim == "percent", moving != .none { allowed.insert(.change) }
        // (a figure exact to five or more digits, "$429,312", is rarely met by chance: it may be worked out from any
        // two figures of one source that each stand beside a word of the article's figure, "Full restitution of
        // $487,312 … less amounts already paid" and "Restitution paid before plea: $58,000")
        if dim != "percent", precise(q) {
            let mine = Context(ex, quantity: q).near
            for (si, s) in sources.sources.enumerated() {
                let near = zip(s.extraction.quantities, s.quantityContexts).filter {
                    !$0.1.near.isDisjoint(with: mine)
                }.map(\.0)
                guard near.count <= 40 else { continue }
                if let d = pair(in: near, giving: abs(v), dim, q, source: si, [.sum, .difference]) { return d }
            }
        }
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

    /// An exact figure of five or more significant digits ("$429,312", "18,406 votes").
    static func precise(_ q: Quantity) -> Bool {
        guard q.qualifier == .exact, q.isCheckable, q.granularity > 0, q.value.magnitude >= 10_000 else { return false }
        var n = (q.value.magnitude / q.granularity).rounded()
        while n >= 10, n.truncatingRemainder(dividingBy: 10) == 0 { n /= 10 }
        return n >= 10_000
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
