import Foundation
import VerityDocument
import VerityText

/// The range of values a written quantity allows, in its dimension's base unit.
struct ValueRange {
    let dimension: String
    let lo: Double
    let hi: Double

    /// The value as written, without its qualifier's stretch.
    var exact: ClosedRange<Double> = 0...0
    /// A bound: 1 for a floor ("at least", "more than"), −1 for a cap ("up to", "less than"), 0 for a value.
    var side = 0

    /// For a temperature, the range read as a difference of temperatures (no offset between the scales).
    var difference: ClosedRange<Double>? = nil

    init?(_ q: Quantity) {
        guard let b = q.base else { return nil }
        let factor = q.value == 0 ? 1 : b.value / q.value
        let g = q.granularity * abs(factor) / 2
        let v = b.value
        dimension = b.dimension
        exact = (v - g)...(v + g)
        switch q.qualifier {
        case .moreThan, .atLeast: side = 1
        case .atMost, .lessThan: side = -1
        default: side = 0
        }
        switch q.qualifier {
        case .exact: lo = v - g; hi = v + g
        // "about" rounds; it does not stretch by a tenth
        // "about" rounds, to its last written digit or by a twentieth, whichever is wider; the two do not add up
        // ("approximately 21 cars" is not 23)
        case .approximate: lo = v - max(abs(v) * 0.05, g); hi = v + max(abs(v) * 0.05, g)
        case .moreThan: lo = v + 1e-9 * max(1, abs(v)); hi = .infinity
        case .atLeast: lo = v - g; hi = .infinity
        case .atMost: lo = -.infinity; hi = v + g
        case .lessThan: lo = -.infinity; hi = v - 1e-9 * max(1, abs(v))
        }
    }

    /// The figure says which way it goes: a sign written ("−2.3%", "+5") or a word of movement ("fell 2.3 percent").
    var signKnown = true

    func agrees(_ o: ValueRange) -> Bool {
        guard dimension == o.dimension else { return false }
        if let d = difference, let od = o.difference, d.overlaps(od) { return true }
        // "a 6.3 percent drop" against a source's bare "6.3%": only when both say which way, can the signs differ
        // two caps (or two floors) of one thing are the same cap: "fines of up to $10,000" is not "up to $1,000"
        if side != 0, side == o.side {
            let flipped = -o.exact.upperBound...(-o.exact.lowerBound)
            return exact.overlaps(o.exact) || !(signKnown && o.signKnown) && exact.overlaps(flipped)
        }
        // (a bound has one end at infinity, which any value flipped would pass: "under sixty-three percent" is no
        // 67 percent of the other sign)
        if !(signKnown && o.signKnown), side == 0, o.side == 0, -o.hi <= hi && lo <= -o.lo { return true }
        return lo <= o.hi && o.lo <= hi
    }
}

/// number.mismatch, number.unsourced, sources.conflict (on values).
struct NumberRules {
    let sources: SourceSet
    /// Weigh doubted mismatches as unsourced figures (`ConfidenceModel.reread`); off when raw findings are recorded.
    var weigh = true

    struct Candidate {
        let src: Int; let q: Quantity; let range: ValueRange; let context: Context; let subject: Set<String>
        /// In a table's header row or row labels: it names what the cells measure ("Within 4 hours (%)"), and may bear
        /// out a figure but is no other value of it.
        var label = false
        /// An amount per share (`PerShare`).
        var perShare = false
        /// The noun it is set equal to, where it counts no noun of its own (`CopulaSubject`).
        var copulaHead: String? = nil
    }

    func candidates() -> [Candidate] {
        var out: [Candidate] = []
        for (si, s) in sources.sources.enumerated() {
            let headings = SectionHeadings(s.document)
            for (q, ctx) in zip(s.extraction.quantities, s.quantityContexts) {
                let q = FractionShare.asPercent(q, in: s.extraction) ?? q
                guard let r = ValueRange(q, moving: Movement(s.extraction, q)) else { continue }
                let perShare = PerShare.holds(s.extraction, q)
                var ctx = ctx
                // (under a heading of forecasts it is one, though its own words do not say so)
                if !headings.roles(before: q.start).isEmpty { ctx.foreseen = true }
                // ("Diluted EPS" is earnings per share)
                if perShare { ctx.near.insert(Context.stem("share")) }
                out.append(
                    Candidate(
                        src: si, q: q, range: r, context: ctx,
                        subject: NumberRules.subjectWords(q.subject),
                        label: q.header == nil && TableReader.inTableRow(s.document, at: q.start), perShare: perShare,
                        copulaHead: q.subject == nil ? CopulaSubject.head(s.extraction, q) : nil))
            }
        }
        return out
    }

    func check(_ ex: Extraction, into result: inout CheckResult) {
        let doc = ex.document
        // the sources' figures are read only when the article states one worth checking
        guard ex.quantities.contains(where: { !insideQuote(ex, $0.numberStart, $0.numberEnd) }) else { return }
        let cands = candidates()
        var out: [Finding] = []
        // for each mismatch, the finding it becomes if it compared the figure with another fact
        var otherFact: [Int: Finding] = [:]
        let topic = Context.topicWords(ex)
        for q in ex.quantities {
            // (a fraction in words is a share, checked as a percentage that no source need state)
            let fraction = FractionShare.asPercent(q, in: ex)
            // (a ratio is one that may be: "one in five households")
            let share = fraction != nil && !FractionShare.isRatio(q, in: ex)
            let q = fraction ?? q
            guard !insideQuote(ex, q.numberStart, q.numberEnd), !insideDate(ex, q),
                let r = ValueRange(q, moving: Movement(ex, q))
            else { continue }
            // a count in words ("seven crew members") is checked against passages about the same thing, but its
            // absence from the sources is no finding ("two sides", "one of them" are rarely statistics)
            let inWords = !q.isCheckable
            guard !inWords || (q.value >= 2 && q.subject != nil) else { continue }
            let ctx = Context(ex, quantity: q)
            let loose: ValueRange? =
                q.qualifier == .exact ? ValueRange(q.qualified(.approximate), moving: Movement(ex, q)) : nil
            let subj = NumberRules.subjectWords(q.subject)
            let distinctive = q.value >= 100 || q.value != q.value.rounded() || q.unit != nil
            let perShare = PerShare.holds(ex, q)
            let sentence = Context.sentenceStems(ex, around: q.numberStart)
            let scored: [Scored] = cands.compactMap { c in
                // (a per-share amount is no company's total, and a total of thousands no amount per share)
                guard c.range.dimension == r.dimension, c.perShare || !perShare,
                    !c.perShare || perShare || q.value < 1000
                else { return nil }
                var (score, near) = ctx.score(c.context, topicWords: topic)
                let telling = near  // a word beside both figures, not counting the nouns
                let subjShared = subj.intersection(c.subject).count
                score += 3 * subjShared
                // a figure converted from another unit is rounded as "about" is ("past 300 degrees Fahrenheit" for
                // 150°C, "35 hectares" for 86 acres)
                let converted = q.unit != nil && c.q.unit != nil && q.unit != c.q.unit
                // (a bound bears out only a figure near it: "over three weekends" is no source of "about 1,100
                // residents", though 1,100 is more than three; `nearBound`)
                let agrees =
                    c.range.agrees(converted ? (loose ?? r) : r)
                    && (c.range.side == 0 || r.side != 0 || NumberRules.nearBound(q, c.q))
                let same =
                    abs(c.q.value - q.value) < 1e-9 * max(1, abs(q.value))
                    || c.q.base?.value == q.base?.value
                let exact = agrees && distinctive && same
                if exact { score += 3 }
                // the same measured thing: the counted nouns agree when both name one, else a telling word stands
                // next to both figures
                // (a table cell's headers say what it measures, whether or not the article repeats those words)
                let headerShared = c.q.header != nil && !ctx.near.union(subj).isDisjoint(with: c.context.near)
                // (the counted noun of one is among the other's words: "240 firefighter positions" are not "Firefighter
                // injuries: 27", though both name firefighters)
                // (a table cell's subject is its row's name, which need not hold the counted noun)
                let headsAgree =
                    subj.isEmpty || c.subject.isEmpty || c.q.rule == "table.cell"
                    || NumberRules.headAmong(q.subject, c.q.subject, subj, c.subject)
                // (nor is a figure set equal to a thing the article's sentence does not name: "the faculty raise pool
                // this year is three point one million dollars" against "the $4.05 million he is guaranteed")
                let otherSubject = c.copulaHead.map { !CopulaSubject.named($0, in: sentence) } ?? false
                let sameThing =
                    headsAgree && !otherSubject
                    && ((!subj.isEmpty && !c.subject.isEmpty ? subjShared > 0 : near) || headerShared)
                if subjShared > 0 { near = true }
                return Scored(
                    c: c, score: score, near: near, telling: telling, agrees: agrees, sameThing: sameThing,
                    subjectShared: subjShared > 0, exact: exact,
                    sameRole: NumberRules.sameRole(ctx, c.context) && TimeScope.same(ctx.years, c.context.years))
            }.sorted { $0.score > $1.score }
            func features(_ c: Scored?) -> [String: Double] {
                NumberRules.features(q, c, candidates: scored.count, inWords: inWords, distinctive: distinctive)
            }
            // a figure worked out from two that stand together ("$3.4 million over budget")
            func derived() -> Bool {
                guard !inWords, let d = Derivation.find(q, in: ex, sources: sources, moving: Movement(ex, q)) else {
                    return false
                }
                if let si = d.source { result.support(q.start..<q.end, sources.sources[si], d.evidence) }
                return true
            }
            // (a label's words are the table's own: they set no bar for the figures under them)
            guard let best = scored.first(where: { !$0.c.label }) ?? scored.first else {
                if !inWords, !derived(), !share { out.append(unsourced(q, doc, features(nil))) }
                continue
            }
            // a source that states the value of the same thing bears it out, even where another passage shares
            // more words
            // (a forecast, a target or a goal bears out only a figure said to be one: "had forecast 9.6 million
            // passengers" is no count of the passengers that came)
            // (the very value of the same thing first, before a bound that also admits it: the table's "268"
            // townhomes before "five or more units")
            let agreeing =
                scored.first { $0.exact && $0.sameThing && $0.score >= 3 && $0.sameRole }
                ?? scored.first {
                    $0.agrees && $0.score >= max(1, Int(Double(best.score) * 0.7)) && $0.sameRole
                }
                ?? scored.first { $0.agrees && $0.sameThing && $0.score >= 3 && $0.sameRole }
                // "$312 million" stated with a word of its context
                ?? scored.first { $0.exact && $0.score >= 4 && $0.sameRole }
            // … but not a figure of something else that happens to agree, where another figure is of the very thing
            // ("$612.3 million for the police department" against a table's Public Safety total of 612.3 and its
            // Police Department row of 338.9)
            let supporter = agreeing.flatMap { a in
                a.sameThing || a.telling
                    || !scored.contains {
                        !$0.agrees && $0.sameThing && $0.telling
                            && ($0.c.q.header != nil
                                || NumberRules.sameHead(q.subject, $0.c.q.subject)
                                    && ctx.sharesNearWord(
                                        with: $0.c.context, besides: subj.union($0.c.subject).union(topic)))
                            && $0.score >= a.score
                    } ? a : nil
            }
            if let sup = supporter, let cells = otherYearCell(q, ex, ctx, given: sup.c, among: scored) {
                out.append(otherYearFinding(q, doc, cells))
                continue
            }
            if let sup = supporter,
                let cells = otherRowCell(q, ex, given: sup.c, among: scored, distinctive: distinctive)
                    ?? totalRowCell(q, ex, given: sup.c, among: scored)
            {
                out.append(otherRowFinding(q, doc, cells))
                continue
            }
            if let sup = supporter {
                let src = sources.sources[sup.c.src]
                result.support(q.start..<q.end, src, sup.c.q.start..<sup.c.q.end)
                if let other = conflict(q, ex, ctx, supportedBy: sup, among: scored, subject: subj) {
                    var f = conflictFinding(q, doc, sup, other)
                    f.features = features(other)
                    out.append(f)
                }
                continue
            }
            // (a row the article names, though another row's value is also worked out from that row's cells)
            if let cells = otherRowCell(q, ex, given: nil, among: scored, distinctive: distinctive) {
                out.append(otherRowFinding(q, doc, cells))
                continue
            }
            if derived() { continue }
            if let cells = otherYearCell(q, ex, ctx, given: nil, among: scored) {
                out.append(otherYearFinding(q, doc, cells))
                continue
            }
            // (not a source figure the article states itself, as another fact: "to $2.55 to $2.80 a share, from $3.40")
            if let best = scored.first(where: {
                !$0.c.label && $0.near && $0.sameThing && $0.score >= 3 && $0.sameRole
                    && (!inWords || $0.subjectShared && NumberRules.sameOrder(q, $0.c.q))
                    // (a fraction is a share of its subject's whole: a word beside both figures, not only that
                    // subject, must tell it is the same share)
                    && (!share
                        || ctx.sharesNearWord(with: $0.c.context, besides: subj.union($0.c.subject).union(topic)))
                    // (a bare number says nothing of what it measures: "crash at km 149.4" is no count of the 154
                    // riders left in the field)
                    && (subj.isEmpty || !$0.c.subject.isEmpty || $0.c.q.unit != nil || $0.c.q.header != nil)
                    && !NumberRules.statedApart($0.c, in: ex, besides: q)
            }) {
                if let cell = exactCell(q, besides: best.c, among: scored) {
                    result.support(q.start..<q.end, sources.sources[cell.src], cell.q.start..<cell.q.end)
                    continue
                }
                let s = sources.sources[best.c.src]
                var f = Finding(
                    rule: .numberMismatch, in: doc, start: q.start, end: q.end,
                    message: "the article says \(q.text); \(s.document.path) says \(best.c.q.text)",
                    evidence: [passage(s, best.c.q)])
                f.features = features(best)
                if !inWords, !share {
                    var u = unsourced(q, doc, features(best))
                    u.message +=
                        "; the nearest, \(best.c.q.text) in \(s.document.path), seems to measure something else"
                    u.evidence = f.evidence
                    otherFact[out.count] = u
                }
                out.append(f)
            } else if let c = pointsGivenAsPercent(q, ex, ctx, among: cands, topic: topic) {
                out.append(pointsFinding(q, doc, c))
            } else if !inWords, !share {
                var u = unsourced(q, doc, features(best))
                if let c = NumberRules.closeValue(q, among: scored) {
                    let s = sources.sources[c.c.src]
                    u.severity = .info
                    u.message += " in words of the same thing; \(s.document.path) gives \(c.c.q.text), which may be it"
                    u.evidence = [passage(s, c.c.q)]
                }
                out.append(u)
            }
        }
        let setting = FigureSetting(
            ex: ex, sources: sources, supported: result.supports.map { $0.articleStart..<$0.articleEnd })
        for i in out.indices where out[i].ruleID == .numberUnsourced || out[i].ruleID == .numberMismatch {
            let more = setting.features(out[i].start..<out[i].end)
            out[i].features?.merge(more) { $1 }
        }
        if weigh {
            for (i, u) in otherFact { out[i] = ConfidenceModel.reread(out[i], otherwise: u) }
        }
        result.findings += out
    }

    struct Scored {
        let c: Candidate; let score: Int; let near: Bool; let telling: Bool; let agrees: Bool; let sameThing: Bool
        let subjectShared: Bool
        /// The very value, and one that is rarely met by chance (100 or more, a fraction, or with a unit).
        let exact: Bool
        /// Both figures are forecasts (targets, goals), or neither is.
        let sameRole: Bool
    }

    /// Two counts with different set words beside them (`Lexicon.setWords`) count different sets.
    static func sameSet(_ a: Context, _ b: Context) -> Bool {
        a.near.intersection(Lexicon.setWords) == b.near.intersection(Lexicon.setWords)
    }

    /// The article's figure (`a`) and a source's (`b`) are both hoped for (`Lexicon.roleWords`: a forecast, a target,
    /// a goal), or neither is. The source's role is read beside its figure; the article's a little further out when
    /// the source names one ("the 85 percent the city considers a healthy target").
    static func sameRole(_ a: Context, _ b: Context) -> Bool {
        let roles = Lexicon.roleWords
        // a source's "will create about 1,100 jobs" is what the article's company "expects"
        return b.near.isDisjoint(with: roles)
            ? a.near.isDisjoint(with: roles) || b.foreseen : !a.near.union(a.far).isDisjoint(with: roles)
    }

    func unsourced(_ q: Quantity, _ doc: Document, _ features: [String: Double]) -> Finding {
        var f = Finding(
            rule: .numberUnsourced, in: doc, start: q.start, end: q.end, message: "no source states this figure")
        f.features = features
        return f
    }

    /// What the confidence model reads of a figure and the source passage its finding rests on (`c`, or the best
    /// scored one; nil when no source has a figure of its kind).
    static func features(_ q: Quantity, _ c: Scored?, candidates: Int, inWords: Bool, distinctive: Bool)
        -> [String: Double]
    {
        func bit(_ b: Bool) -> Double { b ? 1 : 0 }
        var ratio = 0.0
        if let a = q.base?.value, let b = c?.c.q.base?.value, a != 0, b != 0 { ratio = min(3, abs(log10(abs(a / b)))) }
        return [
            "bias": 1, "score": Double(c?.score ?? 0) / 10, "sameThing": bit(c?.sameThing ?? false),
            "subjectShared": bit(c?.subjectShared ?? false), "near": bit(c?.near ?? false),
            "table": bit(c?.c.q.header != nil), "articleSubject": bit(q.subject != nil),
            "articleUnit": bit(q.unit != nil),
            "distinctive": bit(distinctive), "logRatio": ratio, "candidates": log1p(Double(candidates)) / 5,
            "qualified": bit(q.qualifier != .exact), "inWords": bit(inWords),
        ]
    }

    /// Two source figures of one thing say the same of it: a word next to both, besides the counted nouns.
    func sharesPredicate(_ a: Candidate, _ b: Candidate) -> Bool {
        a.context.sharesNearWord(with: b.context, besides: a.subject.union(b.subject))
    }

    func passage(_ s: PreparedSource, _ q: Quantity) -> EvidenceRef {
        EvidenceRef(s.document, q.start, q.end, excerpt: sentence(s.document, around: q.start..<q.end))
    }
}

/// The sentence holding a span, trimmed to a readable length.
func sentence(_ doc: Document, around r: Range<Int>) -> String {
    let a = doc.analysis
    var s = r.lowerBound, e = r.upperBound
    while s > doc.bodyStart,
        !(a[s - 1] == "\n"
            || ((a[s - 1] == " ") && s >= 2 && ".!?".unicodeScalars.contains(a[s - 2])
                && !(s >= 4 && a[s - 4] == " "))),
        r.lowerBound - s < 200
    { s -= 1 }
    while e < a.count, a[e] != "\n",
        !(".!?".unicodeScalars.contains(a[e]) && (e + 1 == a.count || a[e + 1] == " " || a[e + 1] == "\n")),
        e - r.upperBound < 200
    { e += 1 }
    if e < a.count, a[e] != "\n" { e += 1 }
    return doc.slice(s, e).trimmingCharacters(in: .whitespacesAndNewlines)
}
