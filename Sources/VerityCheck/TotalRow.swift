import VerityDocument
import VerityText

/// A table of the parts of a whole under a caption that names the whole ("## Structures" over the rows
/// "Single-family homes", "Outbuildings" and "Total"): a figure the article gives of the whole ("destroyed 29
/// structures") is the Total row's, not the value of a part that happens to agree.
extension NumberRules {
    /// The Total row's cell in the column of the part's cell that bears out the article's figure: (given, meant).
    /// Only where the figure's counted noun is a word of the caption and none of the part's row, and its sentence
    /// does not name that row ("Light-rail ridership rose … from 16.9 million").
    func totalRowCell(
        _ q: Quantity, _ ex: Extraction, given: Candidate, among scored: [Scored]
    ) -> (given: Candidate, meant: Candidate)? {
        guard given.q.rule == "table.cell" else { return nil }
        let counted = NumberRules.subjectWords(q.subject)
        let cells = sources.sources[given.src].tableCells
        guard !counted.isEmpty, let cell = cells.first(where: { $0.range.contains(given.q.numberStart) }),
            !NumberRules.isTotal(cell.rowHeader),
            counted.isDisjoint(with: NumberRules.stems(cell.rowHeader)),
            !counted.isDisjoint(with: NumberRules.stems(cell.caption)),
            NumberRules.stems(cell.rowHeader).isDisjoint(with: NumberRules.ownSentenceStems(ex, around: q)),
            let total = cells.first(where: {
                $0.table == cell.table && $0.columnHeader == cell.columnHeader && NumberRules.isTotal($0.rowHeader)
            }),
            let meant = scored.first(where: { $0.c.src == given.src && total.range.contains($0.c.q.numberStart) })?.c,
            let r = ValueRange(q), !meant.range.agrees(r)
        else { return nil }
        return (given, meant)
    }

    /// A row of the whole: every word of its header is a word of totals ("Total", "Combined total").
    static func isTotal(_ rowHeader: String) -> Bool {
        let words = rowHeader.lowercased().split { !$0.isLetter }.map(String.init)
        return !words.isEmpty && words.allSatisfy(Lexicon.totalWords.contains)
    }

    /// The content words of the figure's sentence, not past its paragraph's or heading's start.
    static func ownSentenceStems(_ ex: Extraction, around q: Quantity) -> Set<String> {
        let toks = ex.tokens
        var k = ex.firstToken(endingAfter: q.numberStart)
        while k > 0, !Tokenizer.endsSentence(toks, at: k - 1),
            !ex.document.itemBreak(between: toks[k - 1].end, and: toks[k].start)
        {
            k -= 1
        }
        var out: Set<String> = []
        while k < toks.count {
            if toks[k].kind == .word, let s = Context.contentStem(toks[k].norm) { out.insert(s) }
            if Tokenizer.endsSentence(toks, at: k) { break }
            k += 1
        }
        return out
    }

    /// The content words of a header or caption, as `Context` stems them.
    static func stems(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter && $0 != "'" }.compactMap { Context.contentStem(String($0)) })
    }
}
