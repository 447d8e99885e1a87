import VerityLedger
import VerityText

/// Claims for everything an article states: its quotes, quantities and dates.
public func claimsFrom(_ ex: Extraction, article: String) -> [Claim] {
    var out: [Claim] = []
    for q in ex.quotes where q.text.split(separator: " ").count >= 3 && !q.looksLikeTitle {
        out.append(
            Claim(
                kind: .quote, text: q.text, speaker: q.speaker, article: article, articleStart: q.start,
                articleEnd: q.end))
    }
    for q in ex.quantities
    where q.isCheckable && !ex.dates.contains(where: { $0.start <= q.numberStart && $0.end >= q.numberEnd }) {
        out.append(
            Claim(
                kind: .quantity, text: q.text, subject: q.subject, value: q.value, unit: q.unit,
                qualifier: q.qualifier.rawValue, article: article, articleStart: q.start, articleEnd: q.end))
    }
    for d in ex.dates {
        out.append(
            Claim(
                kind: .date, text: d.text, dateValue: d.value, article: article, articleStart: d.start,
                articleEnd: d.end))
    }
    return out.sorted { ($0.articleStart ?? 0) < ($1.articleStart ?? 0) }
}
