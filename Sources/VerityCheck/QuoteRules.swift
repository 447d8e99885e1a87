import Foundation
import VerityDocument
import VerityText

/// quote.unsourced, quote.altered, quote.misattributed.
struct QuoteRules {
    let sources: SourceSet

    func check(_ ex: Extraction, into result: inout CheckResult) {
        let doc = ex.document
        var out: [Finding] = []
        defer { result.findings += out }
        for q in ex.quotes where !q.looksLikeTitle {
            // an ellipsis marks an elision: each piece must stand in the source on its own
            let pieces = split(q, doc)
            for (ps, pe) in pieces {
                var s = ps, e = pe
                let toks = Tokenizer.tokenize(doc.analysis, from: s, to: e)
                let mw = WordNormalizer.words(toks)
                guard mw.count >= 3 else { continue }  // scare quotes and titles
                // excerpt without trailing punctuation
                while e > s, !(Tokenizer.isLetter(doc.analysis[e - 1]) || Tokenizer.isDigit(doc.analysis[e - 1])) {
                    e -= 1
                }
                while s < e, !(Tokenizer.isLetter(doc.analysis[s]) || Tokenizer.isDigit(doc.analysis[s])) { s += 1 }
                let words = mw.map(\.word)
                let length = log1p(Double(words.count)) / 5
                guard let p = sources.bestPassage(words) else {
                    out.append(
                        Finding(
                            rule: .quoteUnsourced, in: doc, start: s, end: e, message: "no source contains this quote"
                        )
                        .with(features: ["bias": 1, "words": length, "matched": 0, "content": 0, "cost": 1]))
                    continue
                }
                let src = sources.sources[p.source]
                let span = src.span(p.range)
                let ev = EvidenceRef(src.document, span.lowerBound, span.upperBound)
                let content = words.filter { !Lexicon.stopwords.contains($0) }
                let matchedContent = p.alignment.ops.reduce(into: 0) { n, op in
                    if case let .match(qi, _) = op, !Lexicon.stopwords.contains(words[qi]) { n += 1 }
                }
                let features = [
                    "bias": 1, "words": length, "matched": Double(p.alignment.matches) / Double(words.count),
                    "content": Double(matchedContent) / Double(max(1, content.count)),
                    "cost": min(1, Double(p.alignment.cost) / Double(words.count)),
                ]
                if p.alignment.cost == 0 {
                    // a quoted sentence of its own (not a fragment of the writer's, whose full stop American
                    // style also puts inside the marks: the court "left the cap in place.")
                    let sentence = ps == pieces.last?.0 && q.text.first?.isUppercase == true
                    if sentence, words.count >= 4, endsSentence(doc, e, pe), let rest = rest(of: p, in: src) {
                        out.append(
                            Finding(
                                rule: .quoteAltered, in: doc, start: s, end: e,
                                message: "quote differs from the source: ends its sentence where the source "
                                    + "goes on; leaves out '\(rest)'", evidence: [ev]
                            )
                            .with(features: features))
                    } else if let f = misattribution(q, doc, s, e, src, span, ev) {
                        out.append(f)
                    } else {
                        result.support(q.start..<q.end, src, span)
                    }
                    continue
                }
                // (a short quote with one word changed and every other word in place is close, though half its content
                // differs, or all of it when six words or more stand as the source has them: "It's not where I need
                // us to be" for "want")
                let close =
                    (Double(matchedContent) >= 0.6 * Double(max(1, content.count))
                        && Double(p.alignment.matches) >= 0.5 * Double(words.count))
                    || (words.count >= 4 && p.alignment.matches == words.count - 1
                        && (matchedContent >= 1 || content.isEmpty || words.count >= 7))
                if !close, let f = stitched(words, doc, s, e, p, src, features) {
                    out.append(f)
                    continue
                }
                guard close else {
                    out.append(
                        Finding(
                            rule: .quoteUnsourced, in: doc, start: s, end: e,
                            message: "no source contains this quote; the nearest passage shares too few words",
                            evidence: [ev]
                        ).with(features: features))
                    continue
                }
                let window = Array(src.wordStrings[p.window])
                let signed = q.text.contains { "$€£".contains($0) }
                let changes = p.alignment.changes(words, window).filter {
                    !SpokenNumber.same($0) && !SpokenNumber.currency($0, in: window, signed: signed)
                        && !SpokenNumber.saidOn($0, in: window)
                }
                // (a number in digits for the source's words is the same quote)
                if changes.isEmpty {
                    if let f = misattribution(q, doc, s, e, src, span, ev) {
                        out.append(f)
                    } else {
                        result.support(q.start..<q.end, src, span)
                    }
                    continue
                }
                out.append(
                    Finding(
                        rule: .quoteAltered, in: doc, start: s, end: e,
                        message: "quote differs from the source: "
                            + describe(changes, quoteWords: mw, quoteTokens: toks, doc: doc, p: p, src: src),
                        evidence: [ev]
                    ).with(features: features))
            }
        }
    }

    /// quote.altered for a quote whose words all stand in the passage's neighbourhood, in runs the source separates
    /// or orders otherwise (`QuotePieces`), all in one speaker's words.
    func stitched(
        _ words: [String], _ doc: Document, _ s: Int, _ e: Int, _ p: SourceSet.Passage, _ src: PreparedSource,
        _ features: [String: Double]
    ) -> Finding? {
        let reach = 40 + words.count
        let window = max(0, p.range.lowerBound - reach)..<min(src.wordStrings.count, p.range.upperBound + reach)
        guard let pieces = QuotePieces.cover(words, in: src.wordStrings, window: window) else { return nil }
        let speakers = pieces.runs.map { src.speaker(at: src.span($0.source)) }
        guard speakers.allSatisfy({ $0 == speakers[0] }) else { return nil }
        func text(_ r: Range<Int>) -> String {
            let span = src.span(r)
            return src.document.slice(span.lowerBound, span.upperBound)
        }
        let message: String
        if pieces.inOrder {
            message = pieces.gaps.map { "leaves out '\(text($0))'" }.joined(separator: "; ")
        } else {
            let r = pieces.runs
            let k = r.indices.dropLast().first { r[$0].source.lowerBound > r[$0 + 1].source.lowerBound } ?? 0
            message =
                "puts the source's words in another order: '\(text(pieces.runs[k + 1].source))' comes before "
                + "'\(text(pieces.runs[k].source))' there"
        }
        let span = src.span(pieces.sourceSpan)
        let ev = EvidenceRef(src.document, span.lowerBound, span.upperBound)
        return Finding(
            rule: .quoteAltered, in: doc, start: s, end: e, message: "quote differs from the source: " + message,
            evidence: [ev]
        ).with(features: features)
    }

    /// The quote closes with a full stop, question or exclamation mark of its own ("… keep your hands in.").
    func endsSentence(_ doc: Document, _ lastWordEnd: Int, _ end: Int) -> Bool {
        doc.analysis[lastWordEnd..<end].contains { $0 == "." || $0 == "!" || $0 == "?" }
    }

    /// The words the source's sentence goes on with after the matched passage, inside the same quotation (nil
    /// when it ends there, or goes on with a clause of its own): a quote that closes its sentence early cuts the
    /// speaker's words short.
    func rest(of p: SourceSet.Passage, in src: PreparedSource) -> String? {
        let toks = src.tokens
        var k = src.words[p.range.upperBound - 1].lastToken + 1
        // (an abbreviation's full stop before a capitalised word ends the sentence too: "by 3 a.m. Everyone is …")
        // (not a title's or a name's: "the U.S. Virgin Islands")
        if k < toks.count, Lexicon.clockWords.contains(toks[k - 1].norm), toks[k].kind == .word, toks[k].capitalized {
            return nil
        }
        // (a clause of its own, with its own subject, goes on after a comma and a conjunction: "We owe these families
        // a real conversation, and we'll have it at both schools" may be quoted as far as "conversation."; not a
        // list's last item: "teachers, nurses, and counselors")
        if k + 2 < toks.count, toks[k].norm == ",", Lexicon.coordinators.contains(toks[k + 1].norm) {
            // (the subject's own word, before a contraction: "we'll")
            let subject = String(toks[k + 2].norm.prefix { $0 != "'" })
            if Lexicon.pronouns.contains(subject) || Lexicon.determiners.contains(subject) || toks[k + 2].capitalized {
                return nil
            }
        }
        var words: [Int] = []
        while k < toks.count, words.count < 8 {
            let t = toks[k]
            k += 1
            if t.kind == .punct {
                if t.norm == "," || t.norm == "-" { continue }
                break  // a full stop, or the quotation's closing mark: the speaker's words end there
            }
            words.append(k - 1)
        }
        guard let first = words.first, let end = words.last else { return nil }
        return src.document.slice(toks[first].start, toks[end].end)
    }

    func split(_ q: Quote, _ doc: Document) -> [(Int, Int)] {
        var pieces: [(Int, Int)] = []
        var s = q.start
        var i = q.start
        while i < q.end {
            let c = doc.analysis[i]
            if c == "\u{2026}"
                || (c == "." && i + 2 < q.end && doc.analysis[i + 1] == "." && doc.analysis[i + 2] == ".")
            {
                pieces.append((s, i))
                var j = i + (c == "." ? 3 : 1)
                while j < q.end, doc.analysis[j] == "." || doc.analysis[j] == " " { j += 1 }
                s = j; i = j
            } else if c == "[", let close = doc.analysis[i..<q.end].firstIndex(of: "]") {
                // an editor's words in brackets ("[the port's]", "[sic]") stand for the speaker's: left out of the
                // comparison
                pieces.append((s, i))
                s = close + 1; i = close + 1
            } else {
                i += 1
            }
        }
        pieces.append((s, q.end))
        return pieces.filter { $0.1 > $0.0 }
    }

    /// "'Tehran' where the source has 'Iran'", naming each change as written, the gravest first.
    func describe(
        _ changes: [Alignment.Change], quoteWords: [MatchWord], quoteTokens: [Token], doc: Document,
        p: SourceSet.Passage, src: PreparedSource
    ) -> String {
        func written(_ indices: [Int], _ words: (Int) -> MatchWord, _ tokens: [Token], _ d: Document) -> String {
            guard let first = indices.first, let last = indices.last else { return "" }
            return d.slice(tokens[words(first).token].start, tokens[words(last).lastToken].end)
        }
        let parts = changes.map { c -> (Int, String) in
            let q = written(c.quoteIndices, { quoteWords[$0] }, quoteTokens, doc)
            let s = written(c.sourceIndices, { src.words[p.window.lowerBound + $0] }, src.tokens, src.document)
            var text: String
            if c.isSubstitution {
                text = "'\(q)' where the source has '\(s)'"
            } else if c.isInsertion {
                text = "adds '\(q)', which the source does not have"
            } else {
                text = "leaves out '\(s)'"
            }
            var grave = 0
            if c.changesNegation {
                text = "negation changed: " + text; grave = 2
            } else if c.changesNumber {
                text = "number changed: " + text; grave = 1
            }
            return (grave, text)
        }
        return parts.sorted { $0.0 > $1.0 }.map(\.1).joined(separator: "; ")
    }

    func misattribution(
        _ q: Quote, _ doc: Document, _ s: Int, _ e: Int, _ src: PreparedSource, _ span: Range<Int>, _ ev: EvidenceRef
    ) -> Finding? {
        // a speaker only guessed from the sentence around the quote (no verb of saying, no label) is too weak to accuse
        guard let mine = q.speaker, q.cue != nil, let theirs = src.speaker(at: span) else { return nil }
        guard Names.surname(mine) != nil, Names.surname(theirs) != nil, !Names.samePerson(mine, theirs),
            !Names.speaksFor(mine, theirs, src, at: span)
        else { return nil }
        return Finding(
            rule: .quoteMisattributed, in: doc, start: s, end: e,
            message: "the article gives these words to \(mine); \(src.document.path) gives them to \(theirs)",
            evidence: [ev])
    }
}

/// Comparing people's names.
enum Names {
    static let titles: Set<String> = Lexicon.roles.union(["board", "the", "a", "an", "mr.", "mrs.", "ms.", "dr.", "of"])

    /// The last name of a named person, or nil for a pronoun or a description ("the minister").
    static func surname(_ s: String) -> String? {
        let words = s.split(whereSeparator: { $0 == " " || $0 == "\n" }).map {
            String($0).trimmingCharacters(in: .punctuationCharacters)
        }
        let named = words.indices.filter { i in
            let w = words[i]
            guard let f = w.first, f.isUppercase else { return false }
            // after an abbreviated title a role word is a surname ("Mr. King", "Dr. Judge")
            if i > 0, Lexicon.titles.contains(words[i - 1].lowercased()), w != w.uppercased() { return true }
            return !titles.contains(w.lowercased()) && w != w.uppercased()
                || (w.count > 1 && w == w.uppercased() && !titles.contains(w.lowercased()))
        }.map { words[$0] }
        guard let last = named.last, !Lexicon.pronouns.contains(last.lowercased()) else { return nil }
        // "Sandoval's lawyer": a person named by whose they are, not by their name
        if last.hasSuffix("'s") || last.hasSuffix("\u{2019}s"), words.last != last { return nil }
        // "THE DEFENDANT", "THE COURT": a transcript's role, not a name
        if words.first?.lowercased() == "the", named.count == 1, last == last.uppercased() { return nil }
        // a description with a country or body in it is not a person's name
        if words.contains(where: { titles.contains($0.lowercased()) && $0.first?.isLowercase == true })
            && named.count == 1 && words.count > 2 && words.last?.first?.isLowercase == true
        {
            return nil
        }
        return last.lowercased()
    }

    /// The article gives the words to a body ("The Gull Island Residents Association said") whose own statement, in
    /// its own speaker's voice, holds them, or whose person the source names beside them in a role of it ("said Tomas
    /// Reyes-Whitlock, president of the association"), or that the source says reported them: a body speaks through
    /// its people.
    static func speaksFor(_ body: String, _ theirs: String, _ src: PreparedSource, at span: Range<Int>) -> Bool {
        func words(_ s: String) -> [String] {
            s.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map { $0.lowercased() }
        }
        let mine = words(body)
        guard let head = mine.last(where: { Lexicon.orgWords.contains($0) }) else { return false }
        let named = Set(mine).subtracting(Lexicon.determiners).subtracting(Lexicon.prepositions).subtracting(["and"])
        let own = src.document.frontMatter.speaker.map { samePerson($0, theirs) } ?? false
        if own, named.isSubset(of: Set(words(src.document.frontMatter.publisher ?? ""))) { return true }
        guard let para = src.extraction.paragraphs.first(where: { $0.contains(span.lowerBound) }) else { return false }
        let toks = src.tokens.filter { para.contains($0.start) }
        let person = Set(words(theirs))
        // a role of the body right after the person's name: "Reyes-Whitlock, president of the association"
        for i in toks.indices where toks[i].is(.role) && i + 2 < toks.count && ["of", "for"].contains(toks[i + 1].norm)
        {
            let named = toks[max(0, i - 6)..<i].contains { person.contains($0.norm) }
            let body = toks[(i + 2)..<min(toks.count, i + 8)].contains { $0.norm == head }
            if named && body { return true }
        }
        // … or the body that reported them: "According to Yahoo News, Clinton spokesman Jesse Lehrich said …"
        let text = src.document.slice(para.lowerBound, para.upperBound).lowercased()
        return text.contains("according to " + mine.filter { named.contains($0) }.joined(separator: " "))
    }

    static func samePerson(_ a: String, _ b: String) -> Bool {
        guard let sa = surname(a), let sb = surname(b) else { return true }
        if sa == sb { return true }
        let la = a.lowercased(), lb = b.lowercased()
        return la.contains(sb) || lb.contains(sa)
    }
}
