import VerityDocument
import VerityText

/// "Gross margin rose 2.1 percent" where a source says it rose 2.1 percentage points (or 210 basis points): a change
/// in points given as a change in percent, which says something else (a margin of 31.4% that gains 2.1 percent
/// reaches 32.1%, not 33.5%). Only for a figure said to move, only for the same value, only beside the same words.
extension NumberRules {
    func pointsGivenAsPercent(
        _ q: Quantity, _ ex: Extraction, _ ctx: Context, among cands: [Candidate],
        topic: Set<String>
    ) -> Candidate? {
        guard q.unit == "%", Movement(ex, q) != .none, let v = q.base?.value else { return nil }
        return cands.first { c in
            guard c.range.dimension == "points", let w = c.q.base?.value, abs(abs(w) - abs(v)) <= 1e-9 * abs(v)
            else { return false }
            let (score, near) = ctx.score(c.context, topicWords: topic)
            return near && score >= 3
        }
    }

    func pointsFinding(_ q: Quantity, _ doc: Document, _ c: Candidate) -> Finding {
        let s = sources.sources[c.src]
        return Finding(
            rule: .numberMismatch, in: doc, start: q.start, end: q.end,
            message:
                "the article says \(q.text); \(s.document.path) says \(c.q.text), a change in points, not in percent",
            evidence: [passage(s, c.q)])
    }
}
