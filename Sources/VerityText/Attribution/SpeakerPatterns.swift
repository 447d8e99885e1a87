import VerityDocument

/// What the speaker patterns read around one quote, worked out once before any is tried: the rest of the sentence
/// after the quote, the sentence before it, and what the marks close on.
struct QuoteSurroundings {
    let tokens: Tokens
    let open: Int, close: Int, prevEnd: Int, nextStart: Int
    /// The tokens after the quote up to its sentence's end (at most 40), and whether that end was reached.
    let after: [Int]
    let afterReachesSentenceEnd: Bool
    /// The tokens of the quote's sentence before it.
    let before: [Int]
    /// “…, Schiff said. “…”: the speaker of a sentence that ends on its attribution just before the quote.
    let saidJustBefore: Range<Int>?
    let previousSentence: ArraySlice<Int>
    /// `before` opens its sentence: it follows a sentence end, or the paragraph starts with it.
    let beforeOpensSentence: Bool
    /// `after` without the commas, dashes and brackets it opens with; `dash` when one of those was a dash.
    let lead: [Int]
    let dash: Bool
    /// The last character inside the marks (a closing mark may be two characters: '').
    let last: Int
    /// The quote ends its sentence (“Bobby!” at a labor conference: the sentence goes on when a lowercase word
    /// follows).
    let quoteEndsSentence: Bool
    /// “…” She adds, “…”: a capitalized pronoun opens a new sentence, which speaks of the quote after it.
    let newSentence: Bool

    init(tokens: Tokens, doc: Document, open: Int, close: Int, prevEnd: Int, nextStart: Int) {
        (self.tokens, self.open, self.close, self.prevEnd, self.nextStart) = (tokens, open, close, prevEnd, nextStart)
        typealias A = Attribution
        // the rest of the sentence after the quote (tokens are in order: those between two offsets are a run,
        // found by binary search rather than by reading the whole paragraph for every quote)
        var after: [Int] = []
        var afterReachesSentenceEnd = false
        var i = A.firstToken(tokens, startingAtOrAfter: close)
        while i < tokens.count, tokens[i].end <= nextStart {
            if A.isSentenceEnd(tokens, i) { afterReachesSentenceEnd = true; break }
            after.append(i)
            if after.count >= 40 { break }
            i += 1
        }
        // the sentence before the quote
        let beforeStart = A.firstToken(tokens, startingAtOrAfter: prevEnd)
        var before = Array(beforeStart..<max(beforeStart, A.firstToken(tokens, endingAfter: open)))
        var saidJustBefore: Range<Int>? = nil
        var previousSentence: ArraySlice<Int> = []
        // whether `before` opens its sentence: it follows a sentence end, or the paragraph starts it
        var beforeOpensSentence = tokens.first.map { $0.start >= prevEnd } ?? true
        if let lastEnd = before.lastIndex(where: { A.isSentenceEnd(tokens, $0) }) {
            beforeOpensSentence = true
            // “…, Schiff said. “The other factor …”: a sentence ending on its attribution introduces the quote after it
            if lastEnd == before.count - 1, lastEnd >= 2 {
                var c = before[lastEnd] - 1
                if c > before[0],
                    ["today", "yesterday", "tonight"].contains(tokens[c].norm)
                        || Lexicon.weekdays[tokens[c].norm] != nil
                {
                    c -= 1
                }
                if c > before[0], tokens[c].is(.cue), !tokens[c].norm.hasSuffix("ing"), tokens[c].norm != "according" {
                    saidJustBefore = A.leftNP(tokens, c, floor: before[0])
                }
            }
            let s0 = before[..<lastEnd].lastIndex(where: { A.isSentenceEnd(tokens, $0) }).map { $0 + 1 } ?? 0
            previousSentence = before[s0..<lastEnd]
            before.removeFirst(lastEnd + 1)
        }

        var lead = after
        var dash = false
        while let f = lead.first, tokens[f].kind == .punct, [",", "\u{2014}", "-", "("].contains(tokens[f].norm) {
            if tokens[f].norm != "," { dash = true }
            lead.removeFirst()
        }
        var last = close - 1
        while last > open, doc.analysis[last] == "\"" || doc.analysis[last] == "'" || doc.analysis[last] == " " {
            last -= 1
        }
        let quoteEndsSentence =
            ".!?".unicodeScalars.contains(doc.analysis[last])
            && !(after.first.map { tokens[$0].kind == .word && !tokens[$0].capitalized } ?? false)
        let newSentence =
            lead.first.map { tokens[$0].capitalized && tokens[$0].norm != "i" && tokens[$0].is(.pronoun) } ?? false
        (self.after, self.afterReachesSentenceEnd, self.before, self.saidJustBefore) =
            (after, afterReachesSentenceEnd, before, saidJustBefore)
        (self.previousSentence, self.beforeOpensSentence, self.lead, self.dash) =
            (previousSentence, beforeOpensSentence, lead, dash)
        (self.last, self.quoteEndsSentence, self.newSentence) = (last, quoteEndsSentence, newSentence)
    }
}

/// A named way a quote's speaker is written; its name is the `rule` of every quote whose speaker it finds.
struct SpeakerPattern: Sendable {
    let name: String
    let match: @Sendable (QuoteSurroundings, Document, _ rule: String) -> (Attribution.Found, Attribution.Strength)?

    init(
        _ name: String,
        _ match:
            @escaping @Sendable (QuoteSurroundings, Document, _ rule: String) -> (
                Attribution.Found, Attribution.Strength
            )?
    ) {
        self.name = name
        self.match = match
    }
}

/// The speaker patterns, tried in order around a quote: first those after it and those that need no words before
/// it in its sentence (`patterns`, in order), then the words before it (`beforeQuote`).
extension Attribution {
    static let patterns: [SpeakerPattern] = [
        SpeakerPattern("speaker.as-x-put-it-after", asPutItAfter),
        SpeakerPattern("speaker.according-to-after", accordingToAfter),
        SpeakerPattern("speaker.per", perAfter),
        SpeakerPattern("speaker.cue-after", cueAfter),
        SpeakerPattern("speaker.dash", dashAfter),
        SpeakerPattern("speaker.subject-cue-after", subjectCueAfter),
        SpeakerPattern("speaker.description-cue-after", descriptionCueAfter),
        SpeakerPattern("speaker.name-after", nameAfter),
        SpeakerPattern("speaker.according-to-after", accordingToLater),
        SpeakerPattern("speaker.as-x-put-it-before", asPutItBefore),
        SpeakerPattern("speaker.previous-sentence-cue", previousSentenceCue),
        SpeakerPattern("speaker.previous-sentence-subject", previousSentenceSubject),
    ]

    static func find(
        tokens: Tokens, doc: Document, open: Int, close: Int, prevEnd: Int, nextStart: Int,
        sentences: inout SentenceIndex
    ) -> (Found, Strength)? {
        let s = QuoteSurroundings(
            tokens: tokens, doc: doc, open: open, close: close, prevEnd: prevEnd, nextStart: nextStart)
        for p in patterns {
            if let found = p.match(s, doc, p.name) { return found }
        }
        // a quote opening a sentence that names no speaker before it has none
        guard !s.before.isEmpty else { return nil }
        return beforeQuote(s, doc, sentences: &sentences)
    }
}
