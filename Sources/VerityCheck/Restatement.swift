import Foundation
import VerityDocument
import VerityText

/// number.mismatch on the article's own words: a figure the sources bear out, restated beside it in another unit
/// ("214 days — nearly nine months —", "86 acres (about 35 hectares)"), must say the same; 214 days is seven
/// months, so "nearly nine months" misstates what the source says. Conversions are rounded as "about" is.
struct Restatement {
    let sources: SourceSet

    /// The marks a restatement stands behind: a dash, a parenthesis, a comma, "or".
    static let joins: Set<String> = ["—", "-", "–", "(", ",", "or"]

    func check(_ ex: Extraction, into result: inout CheckResult) {
        let qs = ex.quantities.sorted { $0.start < $1.start }
        // (a restated figure's own finding stands, but for "no source states it", which the restatement explains)
        let flagged = result.findings.filter { $0.ruleID != .numberUnsourced }.map { $0.start..<$0.end }
        for (a, b) in zip(qs, qs.dropFirst()) {
            guard let x = a.base, let y = b.base, x.dimension == y.dimension, a.unit != nil, b.unit != nil,
                a.unit != b.unit, !Units.isCurrency(a.unit), ex.sameSentence(a.end, b.start), a.end <= b.start,
                Restatement.joined(ex, a.end, b.start),
                let sup = result.supports.first(where: { $0.articleStart <= a.start && a.end <= $0.articleEnd }),
                !result.supports.contains(where: { $0.articleStart <= b.start && b.end <= $0.articleEnd }),
                !flagged.contains(where: { $0.overlaps(b.start..<b.end) }),
                // (a temperature is read as a level and as a difference: "risen 2.8 °C (about 5 °F)")
                let ra = ValueRange(a.qualified(.approximate), moving: Movement(ex, a)),
                let rb = ValueRange(b.qualified(.approximate), moving: Movement(ex, b)),
                !ra.agrees(rb), let src = sources.sources.first(where: { $0.document.path == sup.source })
            else { continue }
            // (a temperature's scales have offsets: no one figure in the other unit)
            let inB =
                x.dimension == "temperature"
                ? "" : "; \(a.text) is about \(String(format: "%.1f", x.value / (y.value / b.value))) \(b.unit ?? "")"
            result.findings.removeAll { $0.ruleID == .numberUnsourced && $0.start == b.start }
            result.findings.append(
                Finding(
                    rule: .numberMismatch, in: ex.document, start: b.start, end: b.end,
                    message: "the article restates \(a.text), which \(sup.source) bears out, as \(b.text)\(inB)",
                    evidence: [EvidenceRef(src.document, sup.start, sup.end)]))
        }
    }

    /// Only the marks of a restatement stand between the two figures.
    static func joined(_ ex: Extraction, _ from: Int, _ to: Int) -> Bool {
        let toks = ex.tokens
        var k = ex.firstToken(endingAfter: from)
        var any = false
        while k < toks.count, toks[k].start < to {
            guard joins.contains(toks[k].norm) else { return false }
            any = true
            k += 1
        }
        return any
    }
}
