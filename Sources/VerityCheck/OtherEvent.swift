import VerityDocument
import VerityText

/// A source sentence that dates two events ("Post-trial motions due April 8, 2026. Hearing on post-trial motions set
/// for Thursday, April 23"; "a public hearing … on Tuesday, March 31, … and written comments through April 10"): the
/// article's date agrees with one of them, but the article dates the other event. Read by the noun right before each
/// date (`DateEvent.noun`): the article's noun is the other date's, not the agreeing one's.
extension DateRules {
    func otherEvent(_ ex: Extraction, _ d: DateMention, _ agree: Scored, among scored: [Scored]) -> Scored? {
        guard let noun = DateEvent.noun(ex, d.start) else { return nil }
        let s = sources.sources[agree.c.src].extraction
        guard DateEvent.noun(s, agree.c.d.start) != noun else { return nil }
        // the dates of the agreeing one's sentence or the next, whose noun is the article's
        let of = scored.filter { x in
            x.c.src == agree.c.src && !x.agrees && x.c.d.day != nil
                && s.sentencesApart(agree.c.d.start, x.c.d.start) <= 1 && DateEvent.noun(s, x.c.d.start) == noun
                && s.paragraphs.contains { $0.contains(agree.c.d.start) && $0.contains(x.c.d.start) }
        }
        return of.count == 1 ? of.first : nil
    }

    func otherEventFinding(_ doc: Document, _ d: DateMention, _ agree: Scored, _ rival: Scored) -> Finding {
        let s = sources.sources[rival.c.src]
        let day = { (x: Scored) in x.c.d.day?.iso ?? x.c.d.value }
        return Finding(
            rule: .dateMismatch, in: doc, start: d.start, end: d.end,
            excerpt: sentenceFragment(doc, d),
            message:
                "the article dates this \(d.day?.iso ?? d.value); \(s.document.path) gives \(day(rival)), and its "
                + "\(day(agree)) is the date of something else in the same passage",
            evidence: [
                EvidenceRef(
                    s.document, rival.c.d.start, rival.c.d.end,
                    excerpt: sentence(s.document, around: rival.c.d.start..<rival.c.d.end)),
                EvidenceRef(
                    s.document, agree.c.d.start, agree.c.d.end,
                    excerpt: sentence(s.document, around: agree.c.d.start..<agree.c.d.end)),
            ])
    }
}
