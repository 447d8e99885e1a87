import VerityDocument
import VerityText

/// The day a quote was said. A transcript records what was said on its own date: an article that quotes it and dates
/// the saying ("“…,” Fire Chief Odalys Reinholt told the council's committee on Wednesday") is borne out by that
/// date and misdates the statement with any other.
extension DateRules {
    /// The transcript the quote whose saying `d` dates was found in, where in it, and the transcript's day.
    func statementSource(_ ex: Extraction, _ d: DateMention, _ result: CheckResult)
        -> (src: Int, span: Range<Int>, day: CalendarDay)?
    {
        // the date stands in a quote's own attribution, beside a verb of saying ("told … on Wednesday")
        guard DateEvent.verb(ex, d.start, d.end) == "say",
            let q = ex.quotes.first(where: {
                $0.cue != nil && $0.speakerStart != nil && ex.sameSentence($0.end, d.start)
                    && ex.sameSentence($0.speakerStart ?? 0, d.start)
            })
        else { return nil }
        // (not a date the words are said of: "said of Monday's fire", "talked about Friday's vote")
        let toks = ex.tokens, at = ex.firstToken(endingAfter: d.start)
        let from = ex.firstToken(endingAfter: min(q.end, q.speakerStart ?? q.end))
        if from < at, toks[from..<at].contains(where: { ["of", "about"].contains($0.norm) }) { return nil }
        if at + 1 < toks.count, toks[at + 1].norm == "'s" || toks[at].norm.hasSuffix("'s") { return nil }
        // the source that holds the quote: it bears the quote out, or the finding about the quote shows it
        let quoted =
            result.supports.first { $0.articleStart < q.end && $0.articleEnd > q.start }.map {
                ($0.source, $0.start..<$0.end)
            }
            ?? result.findings.first {
                ($0.rule == RuleID.quoteAltered.rawValue || $0.rule == RuleID.quoteMisattributed.rawValue)
                    && $0.start < q.end && $0.end > q.start
            }?.evidence.first.map { ($0.document, $0.start..<$0.end) }
        guard let (path, span) = quoted, let si = sources.sources.firstIndex(where: { $0.document.path == path })
        else { return nil }
        guard let day = DateRules.transcriptDay(sources.sources[si]) else { return nil }
        return (si, span, day)
    }

    /// The day a transcript (front matter `kind: transcript`) was spoken on; nil for another kind of source.
    static func transcriptDay(_ s: PreparedSource) -> CalendarDay? {
        let fm = s.document.frontMatter
        return fm.kind?.lowercased().contains("transcript") == true ? fm.day : nil
    }

    func statementFinding(_ doc: Document, _ d: DateMention, _ si: Int, _ span: Range<Int>, _ day: CalendarDay)
        -> Finding
    {
        let src = sources.sources[si].document
        return Finding(
            rule: .dateMismatch, in: doc, start: d.start, end: d.end, excerpt: sentenceFragment(doc, d),
            message: "the article dates this statement \(d.day?.iso ?? d.text); \(src.path), the transcript it is "
                + "quoted from, is of \(day.iso)",
            evidence: [EvidenceRef(src, span.lowerBound, span.upperBound)])
    }
}
