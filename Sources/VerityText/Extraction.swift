import VerityDocument

/// Everything Verity reads in one document.
public struct Extraction: Sendable {
    public let document: Document
    public let tokens: [Token]
    public let quotes: [Quote]
    public let quantities: [Quantity]
    public let dates: [DateMention]
    /// Dates that need a reference the document does not give ("yesterday" in an undated text).
    public let unresolvedDates: [DateMention]
    /// Paragraph ranges of the body.
    public let paragraphs: [Range<Int>]
    /// How many sentence ends come before each token (and, last, in all): the sentences, found once.
    let sentenceEndsBefore: [Int]

    public init(_ document: Document) {
        self.init(document, tokens: Tokenizer.tokenize(document.analysis, from: document.bodyStart))
    }

    /// The analysis of a document already split into tokens (those of its whole body).
    public init(_ document: Document, tokens: [Token]) {
        self.document = document
        self.tokens = tokens
        self.paragraphs = QuoteExtractor.paragraphs(document)
        self.quotes = QuoteExtractor.extract(document, paragraphs: paragraphs, tokens: tokens)
        var quantities = QuantityExtractor.extract(document, tokens: tokens)
        TableReader.annotate(&quantities, in: document)
        LabelLines.annotate(&quantities, in: document)
        self.quantities = quantities
        let reading = DateExtractor.read(document, tokens: tokens)
        self.dates = reading.dates
        self.unresolvedDates = reading.unresolved
        self.sentenceEndsBefore = tokens.withUnsafeBufferPointer { t in
            var before = [Int](), ends = 0
            before.reserveCapacity(t.count + 1)
            for i in 0..<t.count {
                before.append(ends)
                if Attribution.isSentenceEnd(t, i) { ends += 1 }
            }
            before.append(ends)
            return before
        }
    }
}

extension Extraction {
    /// The index of the first token that ends after `offset` (`tokens.count` when none does).
    public func firstToken(endingAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].end > offset { hi = mid } else { lo = mid + 1 } }
        return lo
    }

    /// The first token of the sentence holding token `k`.
    public func sentenceStart(token k: Int) -> Int {
        var a = min(k, tokens.count)
        while a > 0, !Tokenizer.endsSentence(tokens, at: a - 1) { a -= 1 }
        return a
    }

    /// No sentence ends between offsets `a` and `b`.
    public func sameSentence(_ a: Int, _ b: Int) -> Bool {
        let first = firstToken(endingAfter: min(a, b))
        // the tokens from `first` that start before the later offset
        var lo = first, hi = tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].start < max(a, b) { lo = mid + 1 } else { hi = mid } }
        return sentenceEndsBefore[lo] == sentenceEndsBefore[first]
    }

    /// How many sentence ends stand between offsets `a` and `b` (0 within one sentence, 1 for two in a row).
    public func sentencesApart(_ a: Int, _ b: Int) -> Int {
        let first = firstToken(endingAfter: min(a, b))
        var lo = first, hi = tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].start < max(a, b) { lo = mid + 1 } else { hi = mid } }
        return sentenceEndsBefore[lo] - sentenceEndsBefore[first]
    }
}

/// Finds where a passage stands in a document, tolerating quote-mark, dash, case and spacing differences.
public enum SpanLocator {
    public enum Result: Sendable, Equatable {
        case found(start: Int, end: Int)
        case ambiguous([Range<Int>])
        case notFound(closest: Range<Int>?)
    }

    public static func locate(_ query: String, in doc: Document, tokens: [Token]? = nil) -> Result {
        guard let q = try? Document(path: "query", text: query, format: .plain) else { return .notFound(closest: nil) }
        let qWords = WordNormalizer.words(Tokenizer.tokenize(q.analysis)).map(\.word)
        guard !qWords.isEmpty else { return .notFound(closest: nil) }
        let toks = tokens ?? Tokenizer.tokenize(doc.analysis, from: doc.bodyStart)
        let words = WordNormalizer.words(toks)
        let sWords = words.map(\.word)
        var hits: [Range<Int>] = []
        if sWords.count >= qWords.count {
            for i in 0...(sWords.count - qWords.count) where sWords[i] == qWords[0] {
                if sWords[i..<(i + qWords.count)].elementsEqual(qWords) {
                    hits.append(toks[words[i].token].start..<toks[words[i + qWords.count - 1].lastToken].end)
                }
            }
        }
        if hits.count == 1 { return .found(start: hits[0].lowerBound, end: hits[0].upperBound) }
        if hits.count > 1 { return .ambiguous(hits) }
        let al = Alignment.align(qWords, sWords)
        guard !al.sourceRange.isEmpty, al.matches * 2 >= qWords.count else { return .notFound(closest: nil) }
        return .notFound(
            closest: toks[words[al.sourceRange.lowerBound].token]
                .start..<toks[words[al.sourceRange.upperBound - 1].lastToken].end)
    }
}
