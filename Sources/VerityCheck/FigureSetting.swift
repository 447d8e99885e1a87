import VerityDocument
import VerityText

/// Where an article's figure stands, as the confidence model reads it: a figure in a sentence that no source speaks
/// of is a statistic the article states on its own ("Investment fraud complaints in the state rose 40 percent last
/// year"), while one beside figures the sources bear out, or in a headline, is mostly restated or derived from them
/// ("net income rose about 13 percent, to $158.3 million, or $1.12 a share").
struct FigureSetting {
    let ex: Extraction
    let sources: SourceSet
    /// Article spans the sources bear out (figures and quotes).
    let supported: [Range<Int>]

    /// The token range of the sentence holding `offset`, within its paragraph.
    func sentence(at offset: Int) -> Range<Int> {
        let toks = ex.tokens
        let para = ex.paragraphs.first { $0.contains(offset) } ?? (0..<ex.document.count)
        var a = ex.firstToken(endingAfter: offset)
        while a > 0, para.contains(toks[a - 1].start), !Tokenizer.endsSentence(toks, at: a - 1) { a -= 1 }
        var b = a
        while b < toks.count, para.contains(toks[b].start) {
            b += 1
            if Tokenizer.endsSentence(toks, at: b - 1) { break }
        }
        return a..<b
    }

    func features(_ figure: Range<Int>) -> [String: Double] {
        let toks = ex.tokens
        let s = sentence(at: figure.lowerBound)
        guard !s.isEmpty else { return [:] }
        let start = toks[s.lowerBound].start, end = toks[s.upperBound - 1].end
        let sibling = supported.contains { $0.overlaps(start..<end) && !$0.overlaps(figure) }
        // the sentence's words other than figures: how much of them one source passage holds
        let words = WordNormalizer.words(Array(toks[s])).map(\.word).filter {
            !($0.first?.isNumber ?? true) && NumberWords.value(of: $0) == nil
        }
        var sourced = 0.0
        if words.count >= 3, let p = sources.bestPassage(words) {
            sourced = Double(p.alignment.matches) / Double(words.count)
        }
        // (the analysis text blanks markup: the heading's mark is in the document's own text)
        let text = ex.document.scalars
        var k = text[..<start].lastIndex(of: "\n").map { $0 + 1 } ?? 0
        while k < start, text[k] == " " { k += 1 }
        let heading = k < text.count && text[k] == "#"
        return ["siblingSupported": sibling ? 1 : 0, "sentenceSourced": sourced, "heading": heading ? 1 : 0]
    }
}

/// The heading a source's figure stands under may say what kind of figure it is: under "Fiscal 2026 outlook",
/// "Diluted EPS: $1.88 to $1.96" bears out the earnings a company "expects", as "will" beside it would.
struct SectionHeadings {
    /// Each Markdown heading's start, in order, with its role words (`Lexicon.roleWords`) as stems.
    private var headings: [(start: Int, roles: Set<String>)] = []

    init(_ doc: Document) {
        let text = doc.scalars
        var lineStart = 0
        while lineStart < text.count {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.count
            var k = lineStart
            while k < lineEnd, text[k] == " " { k += 1 }
            if k < lineEnd, text[k] == "#" {
                let line = String(String.UnicodeScalarView(text[k..<lineEnd])).lowercased()
                let words = line.split(whereSeparator: { !$0.isLetter }).map { Context.stem(String($0)) }
                headings.append((k, Set(words.filter { Lexicon.roleWords.contains($0) })))
            }
            lineStart = lineEnd + 1
        }
    }

    /// The role words of the last heading before `offset`.
    func roles(before offset: Int) -> Set<String> {
        var lo = 0, hi = headings.count
        while lo < hi { let mid = (lo + hi) / 2; if headings[mid].start < offset { lo = mid + 1 } else { hi = mid } }
        return lo > 0 ? headings[lo - 1].roles : []
    }
}
