import VerityDocument

/// Named people and the speakers met so far, for resolving "he", "the minister" or "Briggs".
struct MentionIndex {
    let doc: Document
    /// A named person met in the text.
    struct Name {
        let text: String
        /// The last name, lowercased.
        let last: String
        let start: Int
        let words: Int
        /// A last name alone ("Clinton") as written, recorded as the latest full name it stood for.
        let alias: String?
        /// The tokens of the name with the title or role before it (read only when a pronoun needs it).
        let tokens: Range<Int>
        let genderOfAlias: Gender?
    }
    /// The name follows a preposition ("after meeting with Vladimir Putin") or a verb ("Pryce congratulated Marsh"),
    /// or owns something ("Machado's courage"): a less likely antecedent than a subject. (A verb of saying before a
    /// name is its subject's: "said Marsh".)
    func isObject(_ n: Name) -> Bool {
        if all[n.tokens.upperBound - 1].norm.hasSuffix("'s") { return true }
        guard n.tokens.lowerBound > 0 else { return false }
        let before = all[n.tokens.lowerBound - 1]
        if MentionIndex.prepositions.contains(before.norm) { return true }
        guard before.kind == .word, !before.capitalized, !before.is(.cue) else { return false }
        if before.norm.hasSuffix("ed") { return true }
        // a verb's third person that is no noun's plural: "who represents Gull Island" (not "residents", "reports")
        guard before.norm.hasSuffix("s"), !before.norm.hasSuffix("'s"), let base = WordNet.shared.verbForm(before.norm)
        else { return false }
        return WordNet.shared.senses(base, .noun) == nil
    }
    /// What a name's title, role or given name says ("Mr. Lee Park", "congresswoman Ana Ruiz", "Mary Okafor").
    func gender(_ n: Name) -> Gender { n.genderOfAlias ?? MentionIndex.gender(all[n.tokens].lazy.map(\.norm)) }
    var names: [Name] = []
    /// The latest full name (two words or more) for each last name, as an index into `names`.
    var fullByLast: [String: Int] = [:]
    var speakers: [(text: String, start: Int)] = []
    /// Indexes over `names` and `speakers`.
    var lookup = MentionLookup()
    /// Paragraphs (as offset ranges) not yet scanned for names: they are read only when a speaker needs resolving.
    var pending: [Range<Int>] = []
    /// The document's tokens; valid while the extraction that made this index runs.
    let all: Tokens

    static let joinWords: Set<String> = ["the", "but", "and", "in", "on", "at"]
    static let prepositions: Set<String> = [
        "with", "of", "to", "for", "by", "from", "at", "in", "on", "against", "about", "after", "before", "between",
        "among", "toward", "towards", "than", "like", "over",
    ]

    init(doc: Document, tokens: Tokens) { self.doc = doc; self.all = tokens }

    /// Notes a paragraph (its offsets) whose names may be needed later.
    mutating func add(_ paragraph: Range<Int>) { pending.append(paragraph) }

    private mutating func scanPending() {
        guard !pending.isEmpty else { return }
        for r in pending { scan(all, QuoteExtractor.tokenRange(all, r)) }
        pending.removeAll(keepingCapacity: true)
    }

    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default: return false
        }
    }

    static func isNamedPerson(_ text: String) -> Bool {
        let toks = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        let caps = toks.filter { w in
            guard let f = w.first, f.isUppercase else { return false }
            var u = Substring(w.lowercased()).unicodeScalars
            while let c = u.first, isPunctuation(c) { u.removeFirst() }
            while let c = u.last, isPunctuation(c) { u.removeLast() }
            let l = String(u)
            return !Lexicon.roles.contains(l) && !Lexicon.determiners.contains(l) && Lexicon.months[l] == nil
                && !Lexicon.orgWords.contains(l)
        }
        return !caps.isEmpty
            && !toks.contains { Lexicon.orgWords.contains($0.lowercased()) && ($0.first?.isUppercase ?? false) }
    }

    /// Records capitalized runs of two or more words (people's names, mostly) in a paragraph.
    mutating func scan(_ tokens: Tokens, _ range: Range<Int>) {
        var i = range.lowerBound
        let n = range.upperBound
        var quoted = false  // the capitalized first words of a quotation ("What I will not do") name no one
        while i < n {
            if tokens[i].kind == .punct, tokens[i].norm == "\"" { quoted.toggle(); i += 1; continue }
            guard !quoted, tokens[i].kind == .word, tokens[i].capitalized else { i += 1; continue }
            var j = i
            while j < n, tokens[j].kind == .word,
                tokens[j].capitalized
                    || (tokens[j].end - tokens[j].start <= 3
                        && (tokens[j].norm == "al" || tokens[j].norm == "de" || tokens[j].norm == "van"))
            { j += 1 }
            // "Clinton's campaign": the name without its possessive
            func bare(_ t: Token) -> (norm: String, end: Int) {
                t.norm.hasSuffix("'s") ? (String(t.norm.dropLast(2)), t.end - 2) : (t.norm, t.end)
            }
            // "The", "He" are no last names
            if j - i == 1, !tokens[i].is(.stopword), let k = fullByLast[bare(tokens[i]).norm] {
                let full = names[k]
                // "Mr. Trump": the title says who is meant, whatever the full name said
                let title =
                    i >= range.lowerBound + 2 && tokens[i - 1].norm == "."
                    ? MentionIndex.gender(CollectionOfOne(tokens[i - 2].norm)) : .unknown
                let written = doc.slice(tokens[i].start, bare(tokens[i]).end)
                var text = full.text
                // "Mrs. Clinton" after "Bill Clinton": the family member that fits, or the name as written
                if title != .unknown, title != gender(full) {
                    text = lookup.lastFull(full.last, gender: title).map { names[$0].text } ?? written
                }
                append(
                    Name(
                        text: text, last: full.last, start: tokens[i].start, words: full.words,
                        alias: title == .unknown ? written : nil, tokens: i..<j,
                        genderOfAlias: title == .unknown ? gender(full) : title))
                fullByLast[full.last] = names.count - 1
            }
            // "Moore & Van Allen" names a firm, not a person; "a North Carolina law firm" is no one
            let firm = (i > range.lowerBound && tokens[i - 1].norm == "&") || (j < n && tokens[j].norm == "&")
            // a body's name before a person's ("City Traffic Engineer Lena Marsh"), or whose the person is ("the
            // Conservative Union's David Pryce"), leaves the person; one that ends the run ("Ashmore Falls") no one
            let lastOrg = tokens[i..<j].lastIndex(where: {
                $0.is(.org) || $0.norm.hasSuffix("'s") && $0.end < tokens[j - 1].end
            })
            let from = lastOrg.map { $0 + 1 } ?? i
            // "the Mountain West", "The Emergency Food Assistance Program": a place or a body, not a person
            // and "Quarry Hill residents", "Pentagon officials": names before a role say whose, not who
            let modifier =
                (from == i && i > range.lowerBound && ["a", "an", "the"].contains(tokens[i - 1].norm))
                || tokens[i].norm == "the"
                || (j < n && tokens[j].kind == .word && !tokens[j].capitalized && tokens[j].is(.role))
            if j - from >= 2, !firm, !modifier {
                let words = tokens[from..<j].filter {
                    !$0.is(.role) && $0.lex(Lexicon.months) == nil && $0.lex(Lexicon.weekdays) == nil
                        && !MentionIndex.joinWords.contains($0.norm)
                }
                if words.count >= 2 {
                    let s = words.first!.start, (last, e) = bare(words.last!)
                    // the title or role before the name: "Mr. Lee Park", "congresswoman Ana Ruiz"
                    var titled = i
                    if i - 2 >= range.lowerBound, tokens[i - 1].norm == ".", Lexicon.titles.contains(tokens[i - 2].norm)
                    {
                        titled = i - 2
                    } else if i > range.lowerBound, tokens[i - 1].is(.role) {
                        titled = i - 1
                    }
                    append(
                        Name(
                            text: doc.slice(s, e), last: last, start: s, words: words.count, alias: nil,
                            tokens: titled..<j, genderOfAlias: nil))
                    fullByLast[last] = names.count - 1
                }
            }
            i = j
        }
    }

    private mutating func append(_ n: Name) {
        names.append(n)
        lookup.addName(names.count - 1, n, gender: gender(n), object: isObject(n))
    }

    mutating func noteSpeaker(_ text: String, at: Int) {
        // the same speaker at the same place again (quote after quote of one sentence) changes no look-up
        if let l = speakers.last, l.start == at, l.text == text { return }
        speakers.append((text, at))
        lookup.addSpeaker(text, at: at)
    }

    /// Names start in text order: those before `offset` are `names[..<k]`.
    func namesBefore(_ offset: Int) -> Int {
        var lo = 0, hi = names.count
        while lo < hi { let mid = (lo + hi) / 2; if names[mid].start < offset { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    enum Gender { case male, female, unknown }

    /// What a name or description says of its bearer's sex: a title, a role, or the first given name that says so.
    static func gender(_ text: String) -> Gender {
        gender(
            text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "." || $0 == "," }).lazy.map {
                $0.lowercased()
            })
    }
    static func gender<S: Sequence<String>>(_ lowercasedWords: S) -> Gender {
        for l in lowercasedWords {
            if Lexicon.maleWords.contains(l) { return .male }
            if Lexicon.femaleWords.contains(l) { return .female }
        }
        return .unknown
    }

    /// Where the sentence that holds `offset` ends (at most 200 tokens on).
    func sentenceEnd(after offset: Int) -> Int {
        let first = QuoteExtractor.tokenRange(all, offset..<offset).lowerBound  // the first token at or after it
        var i = first
        while i < min(all.count, first + 200), !Attribution.isSentenceEnd(all, i) { i += 1 }
        return i < all.count ? all[i].end : doc.analysis.count
    }

    /// The latest speaker before `at` and less than `window` before it, named as a person of a sex other than `clash`.
    /// (Speakers are nearly in text order; `reach` ends the look-back where every earlier one is too far back.)
    mutating func recentSpeaker(
        before at: Int, within window: Int,
        notGender clash: Gender
    ) -> (text: String, start: Int)? {
        var k = speakers.count - 1
        while k >= 0, lookup.reach[k] + window > at {
            let s = speakers[k]
            guard s.start < at, at - s.start < window else { k -= 1; continue }
            let p = lookup.person(k, s.text)
            if p.named, p.gender != clash { return s }
            k -= 1
        }
        return nil
    }

    mutating func resolve(_ written: String, at: Int) -> String {
        let words = written.split(separator: " ").map { $0.lowercased() }
        guard let last = words.last else { return written }
        if words.count == 1 { scanPending() }  // only single words are resolved through names
        if words.count == 1, ["he", "she", "him", "her", "his"].contains(last) {
            // "she" is no Mr. or Donald; "he" no Mrs. or Mary (a name of unknown sex fits either)
            let clash: Gender = last == "she" || last == "her" ? .male : .female
            // a name that fits, or for a last name alone ("Clinton") the full name of that family that fits
            func fitting(_ n: Name) -> String? {
                if gender(n) != clash { return n.text }
                guard let alias = n.alias else { return nil }
                return lookup.lastFull(n.last, notGender: clash, before: n.start, names).map { names[$0].text } ?? alias
            }
            if let s = recentSpeaker(before: at, within: 3000, notGender: clash) {
                // a later-mentioned name beats an older speaker
                // (a name in the speaker's own sentence is what they spoke of: "Tan said that Sandoval “…”. The
                // sentence, he said, …"; a pronoun in that sentence may be of it: "… Clinton after she blamed …")
                let end = sentenceEnd(after: s.start)
                let told = at < end ? s.start : end
                var k = namesBefore(at) - 1
                while k >= 0, names[k].start > s.start {
                    let n = names[k]
                    if n.start < told { break }
                    if n.words >= 2, !isObject(n), let f = fitting(n) { return f }
                    k -= 1
                }
                return s.text
            }
            for subjectsOnly in [true, false] {
                if let k = lookup.pronounCandidate(clash: clash, subjectsOnly: subjectsOnly, before: at, names),
                    let f = fitting(names[k])
                {
                    return f
                }
            }
            return written
        }
        if words.count == 1, written.first?.isUppercase == true, !Lexicon.pronouns.contains(last) {
            if let k = fullByLast[last], names[k].start < at { return names[k].text }
            if let k = lookup.lastName(last, before: at, names), names[k].words >= 2 { return names[k].text }
            return written
        }
        if let first = words.first, Lexicon.determiners.contains(first), Lexicon.roles.contains(last),
            !written.dropFirst(first.count).contains(where: { $0.isUppercase })
        {
            if let k = lookup.speaker(mentioning: last, longerThan: written.count, before: at, speakers) {
                return speakers[k].text
            }
        }
        return written
    }
}
