import VerityDocument

/// A direct quotation found in a text.
public struct Quote: Sendable, Equatable, Codable {
    /// The quoted words, without the quotation marks.
    public var text: String
    public var start: Int
    public var end: Int
    /// The speaker as resolved (a pronoun or description replaced by the named mention where the text allows).
    public var speaker: String?
    /// Where the speaker is written next to this quote.
    public var speakerStart: Int?
    public var speakerEnd: Int?
    public var cue: String?
    /// The paragraph index, counting from 0.
    public var paragraph: Int
    /// True when the quote carries on the previous one (split by its attribution, or over a paragraph break).
    public var continuesPrevious: Bool
    /// Single quotation marks (headline style).
    public var single: Bool
    /// The pattern that named the speaker ("speaker.cue-after", "speaker.transcript-label"), or "speaker.none".
    public var rule: String = "speaker.none"

    /// Written like a title or a name ("Justice Against Sponsors of Terrorism Act", "Miss Piggy"): every word
    /// capitalized
    /// but the small ones, and no sentence punctuation. Someone may have coined it, but it is no statement to verify.
    public var looksLikeTitle: Bool {
        let small = Quote.smallTitleWords
        // (American style puts the sentence's comma inside the marks: “… Terrorism Act,” passed)
        let bare = text.hasSuffix(",") ? text.dropLast() : Substring(text)
        guard let last = bare.last, !".!?,;:".contains(last) else { return false }
        let words = bare.split(whereSeparator: { $0 == " " || $0 == "\n" })
        var capitalized = 0
        for w in words {
            guard let f = w.first(where: { $0.isLetter || $0.isNumber }) else { continue }
            if f.isUppercase || f.isNumber { capitalized += 1 } else if !small.contains(w) { return false }
        }
        return capitalized >= 2 && words.first?.first?.isUppercase == true
    }
    /// The small words a title leaves lowercase.
    static let smallTitleWords: Set<Substring> = [
        "of", "the", "and", "a", "an", "for", "to", "in", "on", "at", "by", "with", "or", "from", "vs",
    ]
}

public enum QuoteExtractor {
    struct Mark { let pos: Int; let len: Int; let kind: Kind; enum Kind { case open, close, either } }

    /// Paragraph ranges of the body: runs of lines separated by blank lines; or single lines, in a text whose
    /// paragraphs are written one to a line (no line is wrapped short, some run long), as news copy often is.
    public static func paragraphs(_ doc: Document) -> [Range<Int>] {
        let a = doc.analysis
        var out: [Range<Int>] = []
        var i = doc.bodyStart
        let n = a.count
        let linePerParagraph = doc.longestLine(from: i) > 100
        while i < n {
            while i < n, a[i] == " " || a[i] == "\n" { i += 1 }
            guard i < n else { break }
            let start = i
            var end = i
            while i < n {
                if a[i] == "\n" {
                    if linePerParagraph { break }
                    var j = i + 1
                    while j < n, a[j] == " " { j += 1 }
                    if j >= n || a[j] == "\n" { break }
                }
                i += 1
                end = i
            }
            var e = end
            while e > start, a[e - 1] == " " || a[e - 1] == "\n" { e -= 1 }
            if e > start { out.append(start..<e) }
        }
        return out
    }

    @inline(__always) static func isOpenContext(_ s: Unicode.Scalar?) -> Bool {
        guard let s else { return true }
        return s == " " || s == "\n" || s == "(" || s == "[" || s == "{" || s == "\u{2014}" || s == "-" || s == "/"
            || s == ":"
    }
    @inline(__always) static func isCloseContext(_ s: Unicode.Scalar?) -> Bool {
        guard let s else { return true }
        return s == " " || s == "\n" || ".,;:!?)]}\u{2014}-\u{2026}".unicodeScalars.contains(s)
    }

    static func marks(_ doc: Document, _ para: Range<Int>) -> (double: [Mark], singleOpens: [Int], singleCloses: [Int])
    {
        doc.scalars.withUnsafeBufferPointer { o in doc.analysis.withUnsafeBufferPointer { a in marks(o, a, para) } }
    }

    static func marks(
        _ o: UnsafeBufferPointer<Unicode.Scalar>, _ a: UnsafeBufferPointer<Unicode.Scalar>, _ para: Range<Int>
    )
        -> (double: [Mark], singleOpens: [Int], singleCloses: [Int])
    {
        var out: [Mark] = [], sOpen: [Int] = [], sClose: [Int] = []
        var i = para.lowerBound
        while i < para.upperBound {
            // most characters are no quotation mark: pass them over before any other test
            let v = o[i].value
            if v < 0x80
                ? (v != 0x22 && v != 0x26 && v != 0x27 && v != 0x60)
                : (v != 0xAB && v != 0xBB && (v < 0x2018 || v > 0x201F))
            {
                i += 1; continue
            }
            let c = o[i] == "&" ? a[i] : o[i]  // an HTML entity: read the character it stands for
            if a[i] == " " && c != " " { i += 1; continue }  // blanked markup
            let prev: Unicode.Scalar? = i > para.lowerBound ? a[i - 1] : nil
            let next: Unicode.Scalar? = i + 1 < para.upperBound ? a[i + 1] : nil
            switch c.value {
            case 0x201C, 0x201E, 0x201F, 0x00AB:
                out.append(Mark(pos: i, len: 1, kind: !isOpenContext(prev) && isCloseContext(next) ? .close : .open))
            case 0x201D, 0x00BB:
                out.append(Mark(pos: i, len: 1, kind: isOpenContext(prev) && !isCloseContext(next) ? .open : .close))
            case 0x22:  // "
                let openCtx = isOpenContext(prev), closeCtx = isCloseContext(next)
                out.append(
                    Mark(pos: i, len: 1, kind: openCtx && !closeCtx ? .open : (!openCtx && closeCtx) ? .close : .either)
                )
            case 0x60 where next == "`" || (i + 1 < para.upperBound && o[i + 1] == "`"):
                out.append(Mark(pos: i, len: 2, kind: .open)); i += 2; continue
            case 0x27 where i + 1 < para.upperBound && o[i + 1] == "'":
                let p: Unicode.Scalar? = i > para.lowerBound ? a[i - 1] : nil
                let nx: Unicode.Scalar? = i + 2 < para.upperBound ? a[i + 2] : nil
                out.append(Mark(pos: i, len: 2, kind: isOpenContext(p) && !isCloseContext(nx) ? .open : .close));
                i += 2; continue
            case 0x2018:
                if isOpenContext(prev), let nx = next, Tokenizer.isLetter(nx) { sOpen.append(i) }
            case 0x2019:
                if let p = prev, !isOpenContext(p), next.map({ !Tokenizer.isLetter($0) }) ?? true { sClose.append(i) }
            default: break
            }
            i += 1
        }
        return (out, sOpen, sClose)
    }

    struct RawQuote {
        var open: Int; var openLen: Int; var close: Int; var closeLen: Int; var runsOn: Bool; var single: Bool
    }

    /// The quotations of a paragraph, whose tokens are `tokens`.
    static func rawQuotes(_ doc: Document, _ para: Range<Int>, _ tokens: Tokens) -> [RawQuote] {
        let (ms, sOpens, sCloses) = marks(doc, para)
        var out: [RawQuote] = []
        var open: Mark? = nil
        var skip = 0
        for (idx, m) in ms.enumerated() {
            if skip > 0 { skip -= 1; continue }
            if let o = open {
                if m.kind == .open, idx + 2 < ms.count, ms[idx + 1].kind == .close, ms[idx + 2].kind != .open {
                    // “… what he calls “hell” than …”: a quotation inside the open one, in the same marks
                    skip = 1
                } else if m.kind == .open && m.pos > o.pos + o.len {
                    // an opening mark inside an open quote: the first was never closed
                    out.append(
                        RawQuote(open: o.pos, openLen: o.len, close: m.pos, closeLen: 0, runsOn: false, single: false))
                    open = m
                } else {
                    out.append(
                        RawQuote(
                            open: o.pos, openLen: o.len, close: m.pos, closeLen: m.len, runsOn: false, single: false))
                    open = nil
                }
            } else if m.kind != .close {
                open = m
            }
        }
        if let o = open {
            out.append(
                RawQuote(open: o.pos, openLen: o.len, close: para.upperBound, closeLen: 0, runsOn: true, single: false))
        }
        // headline-style single quotes outside double quotes
        addSingleQuotes(&out, opens: sOpens, closes: sCloses, tokens: tokens)
        return out.sorted { $0.open < $1.open }
    }

    /// Every direct quote in the document, with its speaker where the text names one.
    public static func extract(_ doc: Document) -> [Quote] {
        extract(doc, paragraphs: paragraphs(doc), tokens: Tokenizer.tokenize(doc.analysis, from: doc.bodyStart))
    }

    /// Quotes from a document already split into paragraphs and tokens (the tokens of its whole body).
    public static func extract(_ doc: Document, paragraphs paras: [Range<Int>], tokens: [Token]) -> [Quote] {
        tokens.withUnsafeBufferPointer { extract(doc, paragraphs: paras, buffer: $0) }
    }

    static func extract(_ doc: Document, paragraphs paras: [Range<Int>], buffer all: Tokens) -> [Quote] {
        var quotes: [Quote] = []
        var mentions = MentionIndex(doc: doc, tokens: all)
        var previousRanOn = false
        var previousPara = 0..<0
        for (pi, para) in paras.enumerated() {
            let tokens = slice(all, para)
            var raws = rawQuotes(doc, para, tokens)
            mentions.add(para)
            defer { previousPara = para }
            // most paragraphs hold no quotation: nothing more is needed of them (their names are read if a speaker
            // needs them)
            guard !raws.isEmpty else { previousRanOn = false; continue }
            var sentences = SentenceIndex()
            raws.removeAll { isNickname($0, tokens) }
            guard !raws.isEmpty else { previousRanOn = false; continue }
            let label = TranscriptLabel(tokens, doc)
            var paraQuotes: [Quote] = []
            for (qi, r) in raws.enumerated() {
                var s = r.open + r.openLen, e = r.close
                while s < e, Tokenizer.isSpace(doc.analysis[s]) { s += 1 }
                while e > s, Tokenizer.isSpace(doc.analysis[e - 1]) { e -= 1 }
                guard e > s, doc.analysis[s..<e].contains(where: { Tokenizer.isLetter($0) || Tokenizer.isDigit($0) })
                else { continue }
                var q = Quote(
                    text: doc.slice(s, e), start: s, end: e, speaker: nil, speakerStart: nil, speakerEnd: nil,
                    cue: nil, paragraph: pi, continuesPrevious: false, single: r.single)
                let prevEnd = qi > 0 ? raws[qi - 1].close + raws[qi - 1].closeLen : para.lowerBound
                let nextStart = qi + 1 < raws.count ? raws[qi + 1].open : para.upperBound
                let found = Attribution.find(
                    tokens: tokens, doc: doc, open: r.open, close: r.close + r.closeLen,
                    prevEnd: prevEnd, nextStart: nextStart, sentences: &sentences)
                let inner = TranscriptLabel(slice(tokens, s..<e), doc)
                func use(_ a: Attribution.Found) {
                    q.speakerStart = a.start; q.speakerEnd = a.end; q.cue = a.cue.isEmpty ? nil : a.cue; q.rule = a.rule
                    q.speaker = mentions.resolve(a.text, at: a.start)
                    mentions.noteSpeaker(q.speaker!, at: a.start)
                }
                func carry(_ from: Quote) {
                    q.speaker = from.speaker; q.speakerStart = from.speakerStart; q.speakerEnd = from.speakerEnd
                    q.cue = from.cue; q.continuesPrevious = true; q.rule = "speaker.continued"
                }
                if let (a, strength) = found, strength == .adjacent {
                    use(a)
                } else if let inner {
                    // "PENCE: And that's why …" quoted whole
                    q.speaker = inner.name; q.speakerStart = inner.start; q.speakerEnd = inner.end; q.cue = ":"
                    q.rule = "speaker.label-inside"
                } else if let (a, strength) = found, strength != .adjacent, qi > 0, !paraQuotes.isEmpty,
                    a.start >= raws[qi - 1].close + raws[qi - 1].closeLen,
                    strength == .sentence
                        || a.text.split(separator: " ").last != paraQuotes.last?.speaker?.split(separator: " ").last
                {
                    // a sentence of its own after the last quote, with its own subject (the same speaker carries on,
                    // cue and all)
                    use(a)
                } else if let prev = paraQuotes.last, prev.speaker != nil {
                    carry(prev)
                } else if qi == 0, r.open == para.lowerBound, let intro = introducedBy(slice(all, previousPara), doc) {
                    // "Caddell continued:" closing the paragraph before
                    use(intro)
                } else if qi == 0, previousRanOn || r.open == para.lowerBound, let last = quotes.last,
                    last.paragraph == pi - 1,
                    last.speaker != nil, label == nil
                {
                    carry(last)
                } else if let (a, strength) = found, strength == .sentence {
                    use(a)
                } else if let label {
                    q.speaker = label.name; q.speakerStart = label.start; q.speakerEnd = label.end; q.cue = ":"
                    q.rule = "speaker.transcript-label"
                } else if let (a, _) = found {
                    use(a)
                }
                if qi > 0, let prev = paraQuotes.last, prev.speaker == q.speaker, q.speaker != nil {
                    // “…,” she said, “…”: the second piece carries on the first
                    let between = slice(tokens, prev.end..<q.start)
                    if between.count <= 8 && between.contains(where: { $0.is(.cue) }) { q.continuesPrevious = true }
                }
                paraQuotes.append(q)
            }
            previousRanOn = raws.last?.runsOn ?? false
            quotes.append(contentsOf: paraQuotes)
        }
        return quotes
    }

    /// A quoted name inside a name (Marcia "Cia" Price): part of the name, not a quotation.
    static func isNickname(_ r: RawQuote, _ tokens: Tokens) -> Bool {
        guard !r.single, r.closeLen > 0 else { return false }
        let inside = tokenRange(tokens, (r.open + r.openLen)..<r.close)
        guard inside.count == 1, inside.lowerBound >= 2, inside.upperBound + 1 < tokens.count else { return false }
        return Attribution.isNickname(tokens, inside.lowerBound - 1)
    }

    /// The tokens that lie in a range, found by binary search.
    static func slice(_ tokens: Tokens, _ r: Range<Int>) -> Tokens { Tokens(rebasing: tokens[tokenRange(tokens, r)]) }

    /// Indices of the tokens that lie in a range of offsets.
    static func tokenRange(_ tokens: Tokens, _ r: Range<Int>) -> Range<Int> {
        func firstIndex(atOrAfter offset: Int) -> Int {
            var lo = 0, hi = tokens.count
            while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid } }
            return lo
        }
        let a = firstIndex(atOrAfter: r.lowerBound)
        var b = firstIndex(atOrAfter: r.upperBound)
        while b > a, tokens[b - 1].end > r.upperBound { b -= 1 }
        return a..<b
    }

    /// A paragraph ending "X said:" introduces the quote that follows it.
    static func introducedBy(_ tokens: Tokens, _ doc: Document) -> Attribution.Found? {
        guard tokens.count >= 3, tokens.last?.norm == ":" else { return nil }
        let cue = tokens.count - 2
        // after a colon, "reports", "writes" and "notes" are verbs of saying, whatever they are elsewhere
        if tokens[cue].is(.cue)
            || ["reports", "writes", "notes", "states", "claims", "explains", "adds", "continues"].contains(
                tokens[cue].norm),
            let np = Attribution.leftNP(tokens, cue, floor: 0)
        {
            return Attribution.make(np, tokens, doc, cue: tokens[cue].norm, rule: "speaker.introduced-by-colon")
        }
        // "On July 6, Sanders made the following comment:": the subject of the sentence that ends on the colon
        let start =
            (tokens.indices.dropLast()).last(where: { Attribution.isSentenceEnd(tokens, $0) }).map { $0 + 1 } ?? 0
        // "Please attribute the following to Ross Delacorte, president of …:": the one it is attributed to
        if let a = tokens[start..<(tokens.count - 1)].firstIndex(where: { $0.norm.hasPrefix("attribut") }),
            let to = tokens[a..<min(tokens.count - 1, a + 4)].firstIndex(where: { $0.norm == "to" })
        {
            var e = to + 1
            while e < tokens.count - 1, e - to <= 5,
                tokens[e].kind == .word && tokens[e].capitalized
                    || tokens[e].norm == "."
            { e += 1 }
            // the name ends at the colon, or at a comma with no verb of saying after it ("attributed to Hurricane
            // Milton, the agency said:" names no speaker)
            let ends = tokens[e].norm == ":" || tokens[e].norm == "," && !tokens[e...].contains { $0.is(.cue) }
            if e > to + 1, ends {
                return Attribution.make((to + 1)..<e, tokens, doc, cue: ":", rule: "speaker.attributed-to")
            }
        }
        guard start < tokens.count - 1, let np = Attribution.sentenceSubject(tokens, start..<(tokens.count - 1)),
            !tokens[np.lowerBound].is(.determiner)
        else { return nil }
        return Attribution.make(np, tokens, doc, cue: ":", rule: "speaker.introducing-sentence")
    }
}
