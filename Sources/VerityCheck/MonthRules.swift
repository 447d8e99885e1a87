import VerityDocument
import VerityText

/// date.mismatch for a month written with its year ("sold … between September 2022 and January 2026", "in June
/// 2027"): against the source dates of the same passage that name a month, as `DateRules` compares days. A month
/// without its year ("in March") is left alone: which year it means is a guess.
struct MonthRules {
    let sources: SourceSet

    func check(_ ex: Extraction, into result: inout CheckResult) {
        let months = ex.dates.filter { $0.rule == "date.month-year" && !insideQuote(ex, $0.start, $0.end) }
        guard !months.isEmpty else { return }
        var cands: [(src: Int, d: DateMention, ctx: Context)] = []
        for (si, s) in sources.sources.enumerated() {
            for (d, ctx) in zip(s.extraction.dates, s.dateContexts) where MonthRules.month(d) != nil {
                cands.append((si, d, ctx))
            }
        }
        let topic = Context.topicWords(ex)
        for d in months {
            guard let mine = MonthRules.month(d) else { continue }
            let ctx = Context(ex, around: d.start..<d.end)
            let va = DateEvent.verb(ex, d.start, d.end)
            let scored = cands.map { c in
                (c: c, score: ctx.score(c.ctx, topicWords: topic), agrees: MonthRules.month(c.d) == mine)
            }.sorted { $0.score.0 > $1.score.0 }
            guard let best = scored.first else { continue }
            if let agree = scored.first(where: { $0.agrees && $0.score.0 >= max(2, best.score.0 * 7 / 10) }) {
                result.support(d.start..<d.end, sources.sources[agree.c.src], agree.c.d.start..<agree.c.d.end)
                continue
            }
            // the same passage: a telling word beside both, more words in common than by chance, the same event
            // (the same verb, or the same noun right before both: "held since his arrest in September 2024" against
            // "detained since his arrest in August 2024")
            let src = sources.sources[best.c.src]
            let noun = DateEvent.noun(ex, d.start)
            guard best.score.1, best.score.0 >= 4,
                noun != nil && noun == DateEvent.noun(src.extraction, best.c.d.start)
                    || !DateEvent.differ(va, DateEvent.verb(src.extraction, best.c.d.start, best.c.d.end))
            else { continue }
            result.findings.append(
                Finding(
                    rule: .dateMismatch, in: ex.document, start: d.start, end: d.end,
                    message: "the article dates this \(d.value); \(src.document.path) gives \(best.c.d.value)",
                    evidence: [
                        EvidenceRef(
                            src.document, best.c.d.start, best.c.d.end,
                            excerpt: sentence(src.document, around: best.c.d.start..<best.c.d.end))
                    ]))
        }
    }

    /// The year and month a date names (`2024-09`), or nil for a year alone or a relative date.
    static func month(_ d: DateMention) -> String? {
        guard d.value.utf8.count >= 7, !d.relative else { return nil }
        return String(d.value.prefix(7))
    }
}
