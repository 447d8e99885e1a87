import VerityDocument
import VerityText

/// A source read once: its comparison words at once; its full analysis (quotes and speakers, figures, dates) only
/// when a rule asks for it, since a quote check needs only the words.
public final class PreparedSource: @unchecked Sendable {
    public let document: Document
    public let tokens: [Token]
    public let words: [MatchWord]
    public let wordStrings: [String]

    public init(_ document: Document) {
        self.document = document
        self.tokens = Tokenizer.tokenize(document.analysis, from: document.bodyStart)
        self.words = WordNormalizer.words(tokens)
        self.wordStrings = words.map(\.word)
    }

    public private(set) lazy var extraction = Extraction(document, tokens: tokens)
    /// The words around each quantity and each dated mention, for matching them with the article's.
    private(set) lazy var quantityContexts: [Context] = extraction.quantities.map { Context(extraction, quantity: $0) }
    /// Who the document's own words are of: its front matter's speaker, else a pasted e-mail's sender.
    private(set) lazy var sender: String? = document.frontMatter.speaker ?? document.pastedSender
    /// The cells of the document's Markdown tables, with their row and column headers.
    private(set) lazy var tableCells: [TableCell] = TableReader.cells(document)
    private(set) lazy var dateContexts: [Context] = extraction.dates.map {
        Context(extraction, around: $0.start..<$0.end)
    }

    /// Offsets of a run of comparison words.
    func span(_ r: Range<Int>) -> Range<Int> {
        let t = tokens
        return t[words[r.lowerBound].token].start..<t[words[r.upperBound - 1].lastToken].end
    }

    /// A quotation mark stands between comparison words a < b.
    func quotationMarkBetween(_ a: Int, _ b: Int) -> Bool {
        let from = tokens[words[a].lastToken].end, to = tokens[words[b].token].start
        guard from < to else { return false }
        // curly marks are folded to straight ones in the analysis text
        return document.analysis[from..<to].contains("\"")
    }

    /// Who says the words at `offset`: a quote's attributed speaker, a transcript label, or the document's speaker.
    func speaker(at range: Range<Int>) -> String? {
        // (a quotation with no speaker of its own in a pasted e-mail is its sender's: "Quote from me: “…”")
        if let q = extraction.quotes.first(where: { $0.start <= range.lowerBound + 2 && $0.end >= range.upperBound - 2 }
        ), q.speaker != nil || sender == nil {
            return q.speaker
        }
        if let label = transcriptLabel(at: range.lowerBound) { return label }
        return sender
    }

    /// The name of a transcript's speaker label opening the paragraph at `offset` ("CHAIR NATARAJAN:", "ANA ROSS
    /// (CFO):"): `TranscriptLabel`, read from the paragraph's first 120 characters.
    func transcriptLabel(at offset: Int) -> String? {
        guard let para = extraction.paragraphs.first(where: { $0.contains(offset) }) else { return nil }
        let toks = Tokenizer.tokenize(
            document.analysis, from: para.lowerBound, to: min(para.upperBound, para.lowerBound + 120))
        return TranscriptLabel(toks, document)?.name
    }
}

/// The sources of one check, with an inverted word index to find candidate passages fast.
public final class SourceSet: @unchecked Sendable {
    public let sources: [PreparedSource]
    /// word → (source index, word position)
    var postings: [String: [(Int32, Int32)]] = [:]

    public init(_ documents: [Document]) {
        // each source's words on every core (in the sources' order); the index of them made on one
        self.sources = (try? Parallel.map(documents.count) { PreparedSource(documents[$0]) }) ?? []
        postings.reserveCapacity(sources.reduce(0) { $0 + $1.wordStrings.count } / 4)
        for (si, s) in sources.enumerated() {
            for (pos, w) in s.wordStrings.enumerated() where !Lexicon.stopwords.contains(w) {
                postings[w, default: []].append((Int32(si), Int32(pos)))
            }
        }
    }

    public struct Passage {
        public let source: Int
        /// The matched words, in the source's word positions.
        public let range: Range<Int>
        /// The words the alignment ran over; its `ops` count from `window.lowerBound`.
        public let window: Range<Int>
        public let alignment: Alignment
    }

    /// The places where a quote of small words only begins, found by reading every source's words for its first two
    /// (the index leaves small words out); one list, of the first word's places.
    func scanned(_ words: [String]) -> [(qi: Int, list: [(Int32, Int32)])] {
        guard let first = words.first else { return [] }
        let second = words.count > 1 ? words[1] : nil
        var list: [(Int32, Int32)] = []
        for (si, s) in sources.enumerated() {
            let w = s.wordStrings
            for pos in w.indices where w[pos] == first && (second == nil || pos + 1 < w.count && w[pos + 1] == second) {
                list.append((Int32(si), Int32(pos)))
            }
        }
        return list.isEmpty ? [] : [(0, list)]
    }

    /// The source passage that best lines up with `words`: seeds on the rarest words, aligns on candidates only.
    public func bestPassage(_ words: [String]) -> Passage? {
        let m = words.count
        guard m > 0 else { return nil }
        var seeds: [(qi: Int, list: [(Int32, Int32)])] = []
        for (qi, w) in words.enumerated() where !Lexicon.stopwords.contains(w) {
            if let p = postings[w] { seeds.append((qi, p)) }
        }
        // a quote of small words only ("That's what it's there for"), which the index leaves out, is placed by a scan
        // of the sources for its words
        if seeds.isEmpty { seeds = scanned(words) }
        seeds.sort { $0.list.count < $1.list.count }
        // each seed's occurrences vote for a diagonal (source, quote's start there, in steps of 4 words); the six
        // diagonals with most votes are aligned (ties: the lower diagonal first)
        var diagonals: [Int64] = []
        diagonals.reserveCapacity(seeds.prefix(12).reduce(0) { $0 + min($1.list.count, 5000) })
        for seed in seeds.prefix(12) {
            for (si, pos) in seed.list.prefix(5000) {
                diagonals.append(Int64(si) << 32 | Int64(max(0, Int(pos) - seed.qi) / 4))
            }
        }
        var best: Passage? = nil
        for key in SourceSet.mostVoted(&diagonals, 6) {
            let si = Int(key >> 32), start = Int(key & 0xFFFF_FFFF) * 4
            let s = sources[si]
            let lo = max(0, start - 8), hi = min(s.wordStrings.count, start + m + 12)
            guard lo < hi else { continue }
            // a quotation in the source is matched inside its marks, not against the attribution around it
            let al = Alignment.align(words, Array(s.wordStrings[lo..<hi])).keepingInside {
                s.quotationMarkBetween(lo + $0, lo + $1)
            }
            guard !al.sourceRange.isEmpty else { continue }
            let range = (lo + al.sourceRange.lowerBound)..<(lo + al.sourceRange.upperBound)
            if best == nil || al.cost < best!.alignment.cost
                || (al.cost == best!.alignment.cost && al.matches > best!.alignment.matches)
            {
                best = Passage(source: si, range: range, window: lo..<hi, alignment: al)
            }
        }
        return best
    }
}

extension SourceSet {
    /// The `k` values found most often in `votes` (which is sorted in place), most often first, ties in ascending
    /// order: as counting them in a dictionary and sorting all counts, without either.
    static func mostVoted(_ votes: inout [Int64], _ k: Int) -> [Int64] {
        votes.sort()
        var top: [(key: Int64, count: Int)] = []
        top.reserveCapacity(k + 1)
        var i = 0
        while i < votes.count {
            var j = i + 1
            while j < votes.count && votes[j] == votes[i] { j += 1 }
            let count = j - i
            // keys come in ascending order, so among equal counts the one already kept stays ahead
            if top.count < k || count > top[top.count - 1].count {
                var at = top.count
                while at > 0 && top[at - 1].count < count { at -= 1 }
                top.insert((votes[i], count), at: at)
                if top.count > k { top.removeLast() }
            }
            i = j
        }
        return top.map(\.key)
    }
}
