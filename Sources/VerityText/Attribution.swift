import VerityDocument

/// Finds who a quote is attributed to in the words around it.
enum Attribution {
    struct Found { let text: String; let start: Int; let end: Int; let cue: String }

    /// Auxiliaries and modals between a speaker and the verb ("would ask", "has said").
    static let auxiliaries: Set<String> = ["would", "will", "could", "might", "may", "can", "should", "must", "did", "does", "do", "has", "have", "had"]
    static let adverbs: Set<String> = ["often", "always", "never", "also", "later", "then", "previously", "once", "again", "recently", "further", "simply", "publicly", "privately", "verbatim", "repeatedly", "bluntly", "flatly", "firmly",
                                       "now", "still", "even", "just", "only", "already", "reportedly", "allegedly"]

    static func isSentenceEnd(_ tokens: Tokens, _ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .punct, t.norm == "." || t.norm == "!" || t.norm == "?" else { return false }
        if t.norm == ".", i > 0, tokens[i - 1].kind == .word, tokens[i - 1].end == t.start {
            let w = tokens[i - 1].norm
            let n = w.utf8.count // (abbreviations are short: no word list is consulted for longer words)
            if n == 1 || (n <= 4 && (Lexicon.titles.contains(w) || ["jr", "sr", "u.s", "oct", "sept", "nov", "dec", "jan", "feb", "aug", "no", "vs"].contains(w))) { return false }
        }
        // "(D-Wis.) said", "Inc., which": an abbreviation's dot inside a sentence
        if i + 1 < tokens.count {
            let n = tokens[i + 1]
            if n.kind == .punct && (n.norm == "," || n.norm == ")") { return false }
            if n.kind == .word && !n.capitalized { return false }
        }
        return true
    }

    /// How sure the attribution is: next to the quote, or elsewhere in its sentence.
    enum Strength { case adjacent, sentence, fallback }

    static func find(tokens: Tokens, doc: Document, open: Int, close: Int, prevEnd: Int, nextStart: Int) -> (Found, Strength)? {
        // the rest of the sentence after the quote
        var after: [Int] = []
        var afterReachesSentenceEnd = false
        for (i, t) in tokens.enumerated() where t.start >= close && t.end <= nextStart {
            if isSentenceEnd(tokens, i) { afterReachesSentenceEnd = true; break }
            after.append(i)
            if after.count >= 40 { break }
        }
        // the sentence before the quote
        var before: [Int] = []
        for (i, t) in tokens.enumerated() where t.end <= open && t.start >= prevEnd { before.append(i) }
        var saidJustBefore: Range<Int>? = nil
        var previousSentence: ArraySlice<Int> = []
        // whether `before` opens its sentence: it follows a sentence end, or the paragraph starts it
        var beforeOpensSentence = tokens.first.map { $0.start >= prevEnd } ?? true
        if let lastEnd = before.lastIndex(where: { isSentenceEnd(tokens, $0) }) {
            beforeOpensSentence = true
            // “…, Schiff said. “The other factor …”: a sentence ending on its attribution introduces the quote after it
            if lastEnd == before.count - 1, lastEnd >= 2 {
                var c = before[lastEnd] - 1
                if c > before[0], ["today", "yesterday", "tonight"].contains(tokens[c].norm) || Lexicon.weekdays[tokens[c].norm] != nil { c -= 1 }
                if c > before[0], tokens[c].is(.cue), !tokens[c].norm.hasSuffix("ing"), tokens[c].norm != "according" {
                    saidJustBefore = leftNP(tokens, c, floor: before[0])
                }
            }
            let s0 = before[..<lastEnd].lastIndex(where: { isSentenceEnd(tokens, $0) }).map { $0 + 1 } ?? 0
            previousSentence = before[s0..<lastEnd]
            before.removeFirst(lastEnd + 1)
        }

        var lead = after
        var dash = false
        while let f = lead.first, tokens[f].kind == .punct, [",", "\u{2014}", "-", "("].contains(tokens[f].norm) {
            if tokens[f].norm != "," { dash = true }
            lead.removeFirst()
        }
        // “…,” as a Homeland Security memo put it / As Ms. Simonyan put it, “…”
        func asPutIt(_ idx: [Int]) -> Range<Int>? {
            for (n, k) in idx.enumerated() where tokens[k].end - tokens[k].start == 3 && tokens[k].norm == "put" && n + 1 < idx.count && tokens[idx[n + 1]].norm == "it" {
                guard let np = leftNP(tokens, k, floor: idx[0]) else { continue }
                // a capitalized "As" opening the sentence is taken into the phrase: it is not part of the name
                if tokens[np.lowerBound].norm == "as", np.count > 1 { return (np.lowerBound + 1)..<np.upperBound }
                guard np.lowerBound > 0, tokens[np.lowerBound - 1].norm == "as" else { continue }
                return np
            }
            return nil
        }
        if let np = asPutIt(lead) { return (make(np, tokens, doc, cue: "put it"), .adjacent) }
        // “…,” said X / “…,” according to X / “…” — X
        if let f = lead.first {
            let t = tokens[f]
            if t.norm == "according", lead.count > 1, tokens[lead[1]].norm == "to", let np = rightNP(tokens, lead[1] + 1, limit: nextStart, loose: true) {
                return (make(np, tokens, doc, cue: "according to"), .adjacent)
            }
            // “…,” per the party's bylaws
            if t.norm == "per", let np = rightNP(tokens, f + 1, limit: nextStart) {
                return (make(np, tokens, doc, cue: "per"), .adjacent)
            }
            if t.is(.cue), !t.norm.hasSuffix("ing"), let np = rightNP(tokens, f + 1, limit: nextStart) {
                return (make(np, tokens, doc, cue: t.norm), .adjacent)
            }
            if dash, t.capitalized, let np = rightNP(tokens, f, limit: nextStart), tokens[np.upperBound - 1].capitalized {
                return (make(np, tokens, doc, cue: "\u{2014}"), .adjacent)
            }
        }
        // “…,” X said / “…,” Rep. Gwen Moore (D-Wis.) said / “…” to drive up the price, she said.
        var last = close - 1 // the last character inside the marks (a closing mark may be two characters: '')
        while last > open, doc.analysis[last] == "\"" || doc.analysis[last] == "'" || doc.analysis[last] == " " { last -= 1 }
        // (“Bobby!” at a labor conference: the sentence goes on when a lowercase word follows)
        let quoteEndsSentence = ".!?".unicodeScalars.contains(doc.analysis[last]) && !(after.first.map { tokens[$0].kind == .word && !tokens[$0].capitalized } ?? false)
        // “…” She adds, “…”: a capitalized pronoun opens a new sentence, which speaks of the quote after it
        let newSentence = lead.first.map { tokens[$0].capitalized && tokens[$0].norm != "i" && tokens[$0].is(.pronoun) } ?? false
        if let f = lead.first, tokens[f].kind == .word, !newSentence {
            for (n, k) in lead.enumerated() where tokens[k].is(.cue) && k > f && !tokens[k].norm.hasSuffix("ing") {
                guard let np = leftNP(tokens, k, floor: f) else { break }
                let rest = lead[(n + 1)...].prefix { !(tokens[$0].kind == .punct && tokens[$0].norm == ",") }
                let restEnd = n + 1 + rest.count
                let closesSentence = rest.count <= 3 && (restEnd < lead.count || afterReachesSentenceEnd)
                if np.lowerBound == f, !(quoteEndsSentence && tokens[f].capitalized && !closesSentence) {
                    return (make(np, tokens, doc, cue: tokens[k].norm), .adjacent)
                }
                if np.lowerBound > f, tokens[np.lowerBound - 1].norm == ",", closesSentence {
                    return (make(np, tokens, doc, cue: tokens[k].norm), .adjacent)
                }
                // “…” a narrator in the Clinton ad asks / “…,” a spokesman for the ministry said
                if np.lowerBound > f, tokens[f].is(.determiner), k - f <= 8, (f..<k).allSatisfy({ tokens[$0].kind == .word }),
                   !(quoteEndsSentence && !closesSentence) {
                    return (make(f..<k, tokens, doc, cue: tokens[k].norm), .adjacent)
                }
                break
            }
            // “…,” Scott Pruitt, the attorney general of Oklahoma, … : a full name right after the quote
            if !quoteEndsSentence, tokens[f].capitalized, let np = rightNP(tokens, f, limit: nextStart), np.count >= 2,
               tokens[np].filter({ $0.kind == .word && $0.capitalized }).count >= 2, np.upperBound < tokens.count, tokens[np.upperBound].norm == ",",
               !tokens[np].contains(where: { $0.kind == .word && !$0.capitalized && $0.norm != "of" }) {
                return (make(np, tokens, doc, cue: ""), .sentence)
            }
            // “…” at a conference last month, according to X
            if !quoteEndsSentence, let a = lead.firstIndex(where: { tokens[$0].norm == "according" }), a + 1 < lead.count, tokens[lead[a + 1]].norm == "to",
               let np = rightNP(tokens, lead[a + 1] + 1, limit: nextStart, loose: true) {
                return (make(np, tokens, doc, cue: "according to"), .adjacent)
            }
        }
        if let np = asPutIt(before) { return (make(np, tokens, doc, cue: "put it"), .sentence) }
        guard !before.isEmpty else {
            if let np = saidJustBefore, let c = tokens[np.upperBound...].first(where: { $0.is(.cue) }) {
                return (make(np, tokens, doc, cue: c.norm), .sentence)
            }
            // “…” opening a sentence that names no speaker: the subject of the sentence before goes on speaking
            // ("Sanders identified young voters' exhaustion as a reason. “The younger people are …”")
            if previousSentence.count >= 3, let np = sentenceSubject(tokens, previousSentence) {
                return (make(np, tokens, doc, cue: ""), .fallback)
            }
            return nil
        }
        let floor = before.first!
        // X said: “…” / X told the board, “…” / X called it “…” / According to X, …
        var weak: (Found, Strength)? = nil
        var relativeFound: (Found, Strength)? = nil
        for (pos, k) in before.enumerated().reversed() where before.count - pos <= 30 {
            let t = tokens[k]
            let strength: Strength = before.count - pos <= 6 ? .adjacent : .sentence
            if t.norm == "according", pos + 1 < before.count, tokens[before[pos + 1]].norm == "to" {
                if let np = rightNP(tokens, before[pos + 1] + 1, limit: open, loose: true) { return (make(np, tokens, doc, cue: "according to"), strength) }
                continue
            }
            // "Trump's claim that there have been “…”", "his words: “…”": the one whose claim it is
            if t.is(.speechNoun), pos > 0, pos + 1 == before.count || [":", ",", "that"].contains(tokens[before[pos + 1]].norm),
               let owner = possessor(tokens, before[pos - 1], floor: floor) {
                return (make(owner, tokens, doc, cue: t.norm), strength)
            }
            guard t.is(.cue), t.norm != "according" else { continue }
            if t.norm.hasSuffix("ing") {
                // "the agency quoted the minister as saying “…”": the one quoted, not the one quoting
                if t.norm == "saying", pos >= 3, tokens[before[pos - 1]].norm == "as",
                   let q = before[..<(pos - 1)].lastIndex(where: { tokens[before[$0]].norm == "quoted" }), pos - 1 - q >= 2 {
                    let np = before[q + 1]..<before[pos - 1]
                    if tokens[np].allSatisfy({ $0.kind == .word || $0.norm == "." || $0.norm == "-" || $0.norm == "'" }) { return (make(np, tokens, doc, cue: "quoted"), strength) }
                }
                // "footage of Hillary Clinton asking, “…”": the name right before the verb
                if pos > 0, tokens[before[pos - 1]].capitalized {
                    var b = k - 1
                    while b > floor, tokens[b - 1].kind == .word, tokens[b - 1].capitalized { b -= 1 }
                    let run = tokens[b..<k]
                    if !run.contains(where: { openers.contains($0.norm) || $0.is(.stopword) || $0.lex(Lexicon.weekdays) != nil || $0.lex(Lexicon.months) != nil }),
                       MentionIndex.isNamedPerson(doc.slice(tokens[b].start, tokens[k - 1].end)) { return (make(b..<k, tokens, doc, cue: t.norm), strength) }
                }
                if let np = sentenceSubject(tokens, before.prefix(pos)) { return (make(np, tokens, doc, cue: t.norm), strength) }
                continue
            }
            if let np = leftNP(tokens, k, floor: floor) { return (make(np, tokens, doc, cue: t.norm), strength) }
            if let who = relative(tokens, k, floor: floor, doc: doc) {
                // a verb of saying earlier in the sentence governs the quote ("Morial told a woman who suggested … that “…”")
                if relativeFound == nil { relativeFound = (Found(text: who.text, start: who.start, end: who.end, cue: t.norm), strength) }
                continue
            }
            if let np = rightNP(tokens, k + 1, limit: open), tokens[np.upperBound - 1].capitalized { // Said Trump: “…”
                return (make(np, tokens, doc, cue: t.norm), strength)
            }
        }
        if let relativeFound { return relativeFound }
        // a fragment inside a sentence: its subject is the likeliest speaker (“… condemned the test as “provocative””)
        // (after an earlier quote in the same sentence, the subject is found where the sentence starts, not after that quote)
        var sentence = before
        if !beforeOpensSentence {
            var s = before.first!
            while s > 0, !isSentenceEnd(tokens, s - 1) { s -= 1 }
            // (a sentence that ended inside the last quotation's marks: “… a disaster.” Smith dismissed them: “…”)
            while s < before.first!, tokens[s].kind == .punct { s += 1 }
            sentence = Array(s...before.last!)
        }
        // “After saying her foot was “so swollen …,” she was …”: the quotation ends an opening phrase; the subject follows it
        if let first = sentence.first, openers.contains(tokens[first].norm) || tokens[first].norm.hasSuffix("ing"),
           doc.analysis[last] == ",", !sentence.contains(where: { tokens[$0].norm == "," }), !lead.isEmpty,
           let np = sentenceSubject(tokens, lead[...]) {
            return (make(np, tokens, doc, cue: ""), .fallback)
        }
        // “… as a “disgrace” after she attacked police and blamed shootings on “implicit bias””: the fragment sits in a
        // clause of its own, whose subject (a person) is the likelier speaker
        if let sub = before.lastIndex(where: { subordinators.contains(tokens[$0].norm) }), before.count - sub >= 3,
           !before[sub...].contains(where: { tokens[$0].kind == .punct }),
           let np = sentenceSubject(tokens, before[(sub + 1)...]), tokens[np.lowerBound].capitalized || (tokens[np.lowerBound].is(.pronoun) && tokens[np.lowerBound].norm != "it") {
            return (make(np, tokens, doc, cue: ""), .fallback)
        }
        if weak == nil, sentence.count >= 2, let np = sentenceSubject(tokens, sentence[...]) {
            weak = (make(np, tokens, doc, cue: ""), .fallback)
        }
        return weak
    }

    /// Nouns for something said, whose owner is its speaker ("his claim that …", "Trump's words").
    static let speechNouns: Set<String> = [
        "claim", "claims", "statement", "statements", "assertion", "assertions", "remark", "remarks", "comment", "comments",
        "words", "promise", "pledge", "vow", "warning", "insistence", "contention", "argument", "suggestion", "accusation",
        "boast", "tweet", "tweets", "declaration", "prediction", "description", "characterization", "message", "admission",
        "complaint", "threat", "quip", "retort", "testimony", "plea", "slogan", "mantra", "refrain", "catchphrase", "allegation",
    ]

    /// "Stevie Wonder, who joked", "the police department which reported", "McConnell, who in 2010 said": the relative
    /// pronoun as written (where the speaker stands), named by the phrase it follows.
    static func relative(_ tokens: Tokens, _ cue: Int, floor: Int, doc: Document) -> Found? {
        guard let w = (max(floor, cue - 4)..<cue).last(where: { tokens[$0].norm == "who" || tokens[$0].norm == "which" }),
              w > floor, !tokens[(w + 1)..<cue].contains(where: { $0.kind == .punct || $0.is(.cue) }) else { return nil }
        let end = tokens[w - 1].norm == "," ? w - 1 : w
        guard end > floor, let np = leftNP(tokens, end, floor: floor) else { return nil }
        // "The stars included Stevie Wonder, who": the name the phrase ends on
        var b = np.lowerBound
        if tokens[np.upperBound - 1].capitalized {
            b = np.upperBound - 1
            while b > np.lowerBound, tokens[b - 1].capitalized || tokens[b - 1].kind == .punct { b -= 1 }
        }
        return Found(text: doc.slice(tokens[b].start, tokens[np.upperBound - 1].end), start: tokens[w].start, end: tokens[w].end, cue: "")
    }

    /// The owner ending at `i`: a possessive pronoun ("his") or a name with 's ("Donald Trump's").
    static func possessor(_ tokens: Tokens, _ i: Int, floor: Int) -> Range<Int>? {
        let t = tokens[i]
        guard t.kind == .word else { return nil }
        if ["his", "her", "their"].contains(t.norm) { return i..<(i + 1) }
        guard t.capitalized, t.norm.hasSuffix("'s") || t.norm.hasSuffix("s'") else { return nil }
        var b = i
        while b > floor, tokens[b - 1].kind == .word, tokens[b - 1].capitalized, !openers.contains(tokens[b - 1].norm), !tokens[b - 1].is(.stopword) { b -= 1 }
        return b..<(i + 1)
    }

    static let subordinators: Set<String> = ["after", "when", "while", "because", "since", "although", "though", "before", "until", "whereas", "once"]
    static let notVerbs: Set<String> = ["to", "of", "in", "on", "at", "for", "with", "by", "from", "and", "or", "the", "a", "an", "as"]
    static let openers: Set<String> = ["at", "in", "on", "after", "during", "when", "while", "despite", "before", "since", "as", "with", "without", "like", "unlike", "for", "but", "and", "yet", "still", "however", "meanwhile", "instead", "earlier", "later", "last", "this", "speaking", "asked", "writing", "responding", "bemoaning",
                                         "though", "although", "if", "because", "once", "whether", "unless", "until", "similarly", "again", "then", "now", "today", "yesterday"]

    /// The subject that opens a sentence (a name, possibly with a title, or a pronoun), past an opening phrase.
    static func sentenceSubject(_ tokens: Tokens, _ idx: ArraySlice<Int>) -> Range<Int>? {
        var list = Array(idx)
        // skip opening phrases ("At a rally,", "In recent weeks,") and datelines ("LOS ANGELES, Sept. 28 (UPI) —")
        while let first = list.first {
            let t = tokens[first]
            let dateline = t.kind == .word && t.allCaps && list.count > 1 && list.prefix(16).contains { tokens[$0].norm == "\u{2014}" }
            guard openers.contains(t.norm) || t.norm.hasSuffix("ing") || dateline else { break }
            let stops: Set<String> = dateline ? ["\u{2014}"] : [","]
            // an opening phrase with no comma to end it ("Following Monday's debate Politifact did …") leaves no clear subject
            guard let cut = list.prefix(20).firstIndex(where: { stops.contains(tokens[$0].norm) }) else { return nil }
            list.removeFirst(cut + 1)
            // "On July 6, 2015, Sanders …": the year after the comma belongs to the opening phrase
            if list.count > 2, tokens[list[0]].kind == .number, tokens[list[1]].norm == "," { list.removeFirst(2) }
            // "After saying her foot was “so swollen …,” she was": the comma closed a quotation in the opening phrase
            while let f = list.first, tokens[f].kind == .punct, tokens[f].norm == "\"" || tokens[f].norm == "'" { list.removeFirst() }
        }
        guard let first = list.first, tokens[first].kind == .word else { return nil }
        if tokens[first].is(.determiner), first + 2 < tokens.count, tokens[first + 1].kind == .word,
           !tokens[first + 1].capitalized, !tokens[first + 1].is(.stopword), tokens[first + 2].kind == .word {
            return first..<(first + 2) // "The article closes with …", "a friend commented"
        }
        if tokens[first].is(.pronoun) && tokens[first].norm != "it" && tokens[first].norm != "you" { return first..<(first + 1) }
        if tokens[first].norm == "it" {
            // "it" speaks only when a verb of saying or a past-tense verb follows ("it referenced", "It also points out")
            var v = first + 1
            while v < tokens.count, tokens[v].is(.adverb) { v += 1 }
            guard v < tokens.count, tokens[v].is(.cue) || ["points", "notes", "warns"].contains(tokens[v].norm)
                    || (tokens[v].norm.hasSuffix("ed") && !["seemed", "appeared", "happened", "looked", "sounded", "remained", "needed", "used", "started", "ended"].contains(tokens[v].norm)) else { return nil }
            return first..<(first + 1)
        }
        var j = first
        if tokens[first].is(.determiner), first + 1 < tokens.count, tokens[first + 1].capitalized { j += 1 } // "The Republican nominee"
        while j < tokens.count {
            let t = tokens[j]
            if t.kind == .word, t.capitalized || t.is(.role) || (t.norm == "of" && j + 1 < tokens.count && tokens[j + 1].capitalized) {
                j += 1
            } else if t.norm == ".", j > first, tokens[j - 1].end == t.start, Lexicon.titles.contains(tokens[j - 1].norm) {
                j += 1 // "Gov. Earl Ray Tomblin", "Mr. Trump"
            } else { break }
        }
        while j > first, tokens[j - 1].norm == "of" || tokens[j - 1].norm == "." { j -= 1 }
        guard j > first, tokens[j - 1].capitalized || (j - first >= 2 && tokens[j - 1].is(.role)) else { return nil }
        // "Dean, a medical doctor, then appeared": an aside between the name and its verb
        var verb = j
        if verb < tokens.count, tokens[verb].norm == ",", let close = (verb + 1..<min(tokens.count, verb + 12)).first(where: { tokens[$0].norm == "," }),
           close - verb >= 2, tokens[verb + 1].is(.determiner) || tokens[verb + 1].is(.role) {
            verb = close + 1
        }
        // "Obama and Clinton call them": two names joined
        if verb + 1 < tokens.count, tokens[verb].norm == "and", tokens[verb + 1].capitalized, tokens[verb + 1].kind == .word {
            var k = verb + 1
            while k < tokens.count, tokens[k].kind == .word, tokens[k].capitalized { k += 1 }
            if k < tokens.count, tokens[k].kind == .word, !tokens[k].capitalized, !notVerbs.contains(tokens[k].norm) { return first..<k }
        }
        if verb > j {
            guard verb < tokens.count, tokens[verb].kind == .word, !tokens[verb].capitalized, !notVerbs.contains(tokens[verb].norm) else { return nil }
            return first..<j
        }
        if j - first == 1 {
            // a lone capitalized word is a name when a lowercase verb follows it ("Cruz exhorted")
            let w = tokens[first].norm
            guard !Lexicon.stopwords.contains(w), !Lexicon.determiners.contains(w), !openers.contains(w), Lexicon.months[w] == nil,
                  j < tokens.count, tokens[j].kind == .word, !tokens[j].capitalized, !notVerbs.contains(tokens[j].norm) else { return nil }
        }
        return first..<j
    }

    static func make(_ r: Range<Int>, _ tokens: Tokens, _ doc: Document, cue: String) -> Found {
        let s = tokens[r.lowerBound].start, e = tokens[r.upperBound - 1].end
        return Found(text: doc.slice(s, e), start: s, end: e, cue: cue)
    }

    /// The opening mark at `i` begins a quoted name inside a name: `Marcia "Cia" Price` (mark, capitalized word, mark, between two capitalized words).
    static func isNickname(_ tokens: Tokens, _ i: Int) -> Bool {
        guard i >= 1, i + 3 < tokens.count else { return false }
        let before = tokens[i - 1], mark = tokens[i], name = tokens[i + 1], close = tokens[i + 2], after = tokens[i + 3]
        return mark.kind == .punct && close.kind == .punct && mark.norm == "\"" && close.norm == "\""
            && name.kind == .word && name.capitalized && mark.end == name.start && name.end == close.start
            && before.kind == .word && before.capitalized && before.end < mark.start
            && after.kind == .word && after.capitalized && close.end < after.start
    }

    static func isNPWord(_ t: Token) -> Bool {
        t.kind == .word && !t.is(.phraseStop) && !t.is(.cue)
    }

    /// The noun phrase that ends just before `cue`.
    static func leftNP(_ tokens: Tokens, _ cue: Int, floor: Int) -> Range<Int>? {
        var j = cue - 1
        // "she still says", "a reader would now ask", "Trump has said"
        var helped = false
        while j >= floor, tokens[j].kind == .word {
            if auxiliaries.contains(tokens[j].norm) { helped = true }
            else if !(tokens[j].is(.adverb) || (tokens[j].norm.hasSuffix("ly") && !tokens[j].capitalized)) { break }
            j -= 1
        }
        guard j >= floor else { return nil }
        // "it would tell an American story": a thing, not a speaker
        if tokens[j].is(.pronoun) {
            if helped && tokens[j].norm == "it" { return nil }
            // "She said she recalls …": the same person, named where the attribution begins
            var o = j - 1
            if o > floor, tokens[o].norm == "that" { o -= 1 }
            if o > floor, tokens[o].is(.cue), tokens[o - 1].norm == tokens[j].norm { return (o - 1)..<o }
            return j..<(j + 1)
        }
        if tokens[j].norm == "," {
            // X, who voted in favor, called … / X, a retired teacher, said …
            var k = j - 1
            while k >= floor, tokens[k].norm != ",", j - k <= 30 { k -= 1 }
            guard k > floor, tokens[k].norm == ",", k + 1 < j else { return nil }
            j = k - 1
        }
        if tokens[j].norm == ")" {
            // Rep. Gwen Moore (D-Wis.) said
            var k = j - 1
            while k >= floor, tokens[k].norm != "(", j - k <= 8 { k -= 1 }
            guard k > floor, tokens[k].norm == "(" else { return nil }
            j = k - 1
        }
        let end = j + 1
        var words = 0
        while j >= floor {
            let t = tokens[j]
            if isNPWord(t) || (t.kind == .word && t.capitalized && t.norm != "said") {
                words += 1
            } else if t.kind == .number, j + 1 < end {
                // "23-year-old" descriptions, "63 percent said"; a bare number before the verb is no speaker
                words += 1
            } else if t.kind == .punct, t.norm == "." || t.norm == "-" || t.norm == "'", j > floor, tokens[j - 1].end == t.start, j + 1 < end,
                      !(t.norm == "." && isSentenceEnd(tokens, j)) {
            } else if t.norm == "of", j > floor, j + 1 < end {
                words += 1 // "the mother of three", "the leader of the opposition"
            } else if ["for", "at", "with", "from", "in"].contains(t.norm), j > floor, j + 1 < end, tokens[j - 1].is(.role) {
                words += 1 // "a spokesperson for the ministry", "officials at the Pentagon"
            } else if j - 2 > floor, j + 1 < end, isNickname(tokens, j - 2) {
                j -= 2 // the closing mark, the nickname and its opening mark
            } else { break }
            if words > 8 { return nil }
            j -= 1
        }
        var start = j + 1
        // drop leading words that cannot begin a speaker phrase ("Thursday", "yesterday")
        while start < end, tokens[start].kind == .word, Lexicon.weekdays[tokens[start].norm] != nil || Lexicon.months[tokens[start].norm] != nil { start += 1 }
        while start < end, tokens[start].norm == "of" { start += 1 }
        guard start < end else { return nil }
        let slice = tokens[start..<end]
        let ok = slice.contains { $0.capitalized || $0.is(.role) } || (slice.filter { $0.kind != .punct }.count <= 8 && Lexicon.determiners.contains(slice.first!.norm))
            || (slice.first!.kind == .number && slice.count >= 2) // a count of people: "63 percent", "12 officers"
        return ok ? start..<end : nil
    }

    /// The noun phrase that starts at `i` (after a cue).
    /// `loose`: any plain noun phrase will do, as after "according to" ("according to court records").
    static func rightNP(_ tokens: Tokens, _ i: Int, limit: Int, loose: Bool = false) -> Range<Int>? {
        guard i < tokens.count, tokens[i].start < limit else { return nil }
        if tokens[i].is(.pronoun) { return i..<(i + 1) }
        var j = i
        var words = 0
        while j < tokens.count, tokens[j].end <= limit {
            let t = tokens[j]
            if isNPWord(t) || (t.kind == .word && (t.is(.determiner) && j == i)) || (t.kind == .word && t.capitalized)
                || (t.kind == .number && j + 1 < tokens.count && tokens[j + 1].start == t.end) || (t.norm == "/" && j > i && tokens[j - 1].end == t.start)
                || (t.kind == .number && j > i && tokens[j - 1].norm == "/" && tokens[j - 1].end == t.start) { // "9/11 widow Terry Strada"
                words += 1
            } else if t.kind == .punct, t.norm == "." || t.norm == "-" || t.norm == "'", j > i, tokens[j - 1].end == t.start,
                      !(t.norm == "." && isSentenceEnd(tokens, j)), j + 1 < tokens.count,
                      tokens[j + 1].start == t.end || (t.norm == "." && Lexicon.titles.contains(tokens[j - 1].norm) && tokens[j + 1].capitalized) {
                // "U.S.", "Crouse-Mays", "Rep. Adam Schiff"
            } else if t.norm == "of", j + 1 < tokens.count, tokens[j + 1].capitalized || tokens[j + 1].norm == "the" {
                words += 1
            } else if j > i, isNickname(tokens, j), tokens[j + 3].end <= limit {
                j += 2 // the opening mark, the nickname and its closing mark
            } else { break }
            if words > 8 { break }
            j += 1
        }
        while j > i, tokens[j - 1].kind == .punct { j -= 1 }
        guard j > i else { return nil }
        let slice = tokens[i..<j]
        let ok = loose || slice.contains { $0.capitalized || $0.is(.role) } || Lexicon.determiners.contains(slice.first!.norm)
        return ok ? i..<j : nil
    }
}

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
    /// The name follows a preposition ("after meeting with Vladimir Putin") or owns something ("Machado's courage"):
    /// a less likely antecedent than a subject.
    func isObject(_ n: Name) -> Bool {
        (n.tokens.lowerBound > 0 && MentionIndex.prepositions.contains(all[n.tokens.lowerBound - 1].norm)) || all[n.tokens.upperBound - 1].norm.hasSuffix("'s")
    }
    /// What a name's title, role or given name says ("Mr. Lee Park", "congresswoman Ana Ruiz", "Mary Okafor").
    func gender(_ n: Name) -> Gender { n.genderOfAlias ?? MentionIndex.gender(all[n.tokens].lazy.map(\.norm)) }
    var names: [Name] = []
    /// The latest full name (two words or more) for each last name, as an index into `names`.
    var fullByLast: [String: Int] = [:]
    var speakers: [(text: String, start: Int)] = []
    /// Paragraphs (as offset ranges) not yet scanned for names: they are read only when a speaker needs resolving.
    var pending: [Range<Int>] = []
    /// The document's tokens; valid while the extraction that made this index runs.
    let all: Tokens

    static let orgWords: Set<String> = ["ministry", "department", "service", "services", "board", "committee", "party",
        "university", "center", "centre", "news", "tv", "post", "times", "house", "senate", "congress", "council",
        "directorate", "agency", "office", "court", "police", "army", "forces", "government", "administration",
        "campaign", "coalition", "group", "state", "states", "united", "republican", "democratic", "national",
        "international", "street", "avenue", "county", "city", "school", "district", "foundation", "institute", "company", "inc", "corp",
        // bodies, programmes and places that read like two capitalized names ("The Emergency Food Assistance Program")
        "program", "programme", "fund", "bank", "association", "alliance", "union", "network", "hospital", "clinic",
        "airport", "station", "bureau", "commission", "authority", "railroad", "railway", "corporation", "llc", "ltd",
        "church", "library", "museum", "project", "initiative", "falls", "river", "lake", "valley", "township", "village",
        "highway", "interstate", "region", "province"]

    static let joinWords: Set<String> = ["the", "but", "and", "in", "on", "at"]
    static let prepositions: Set<String> = ["with", "of", "to", "for", "by", "from", "at", "in", "on", "against", "about", "after", "before", "between", "among", "toward", "towards", "than", "like", "over"]

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
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
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
            return !Lexicon.roles.contains(l) && !Lexicon.determiners.contains(l) && Lexicon.months[l] == nil && !orgWords.contains(l)
        }
        return !caps.isEmpty && !toks.contains { orgWords.contains($0.lowercased()) && ($0.first?.isUppercase ?? false) }
    }

    /// Records capitalized runs of two or more words (people's names, mostly) in a paragraph.
    mutating func scan(_ tokens: Tokens, _ range: Range<Int>) {
        var i = range.lowerBound
        let n = range.upperBound
        var quoted = false // the capitalized first words of a quotation ("What I will not do") name no one
        while i < n {
            if tokens[i].kind == .punct, tokens[i].norm == "\"" { quoted.toggle(); i += 1; continue }
            guard !quoted, tokens[i].kind == .word, tokens[i].capitalized else { i += 1; continue }
            var j = i
            while j < n, tokens[j].kind == .word, tokens[j].capitalized
                    || (tokens[j].end - tokens[j].start <= 3 && (tokens[j].norm == "al" || tokens[j].norm == "de" || tokens[j].norm == "van")) { j += 1 }
            // "Clinton's campaign": the name without its possessive
            func bare(_ t: Token) -> (norm: String, end: Int) { t.norm.hasSuffix("'s") ? (String(t.norm.dropLast(2)), t.end - 2) : (t.norm, t.end) }
            if j - i == 1, !tokens[i].is(.stopword), let k = fullByLast[bare(tokens[i]).norm] { // "The", "He" are no last names
                let full = names[k]
                // "Mr. Trump": the title says who is meant, whatever the full name said
                let title = i >= range.lowerBound + 2 && tokens[i - 1].norm == "." ? MentionIndex.gender(CollectionOfOne(tokens[i - 2].norm)) : .unknown
                let written = doc.slice(tokens[i].start, bare(tokens[i]).end)
                var text = full.text
                if title != .unknown, title != gender(full) { // "Mrs. Clinton" after "Bill Clinton": the family member that fits, or the name as written
                    text = names.last(where: { $0.last == full.last && $0.alias == nil && gender($0) == title })?.text ?? written
                }
                names.append(Name(text: text, last: full.last, start: tokens[i].start, words: full.words,
                                  alias: title == .unknown ? written : nil, tokens: i..<j, genderOfAlias: title == .unknown ? gender(full) : title))
                fullByLast[full.last] = names.count - 1
            }
            // "Moore & Van Allen" names a firm, not a person; "a North Carolina law firm" is no one
            let firm = (i > range.lowerBound && tokens[i - 1].norm == "&") || (j < n && tokens[j].norm == "&")
            // "the Mountain West", "The Emergency Food Assistance Program": a place or a body, not a person
            let modifier = (i > range.lowerBound && ["a", "an", "the"].contains(tokens[i - 1].norm)) || tokens[i].norm == "the"
            // a body's name before a person's ("City Traffic Engineer Lena Marsh") leaves the person; one that ends
            // the run ("Ashmore Falls") leaves no one
            let lastOrg = tokens[i..<j].lastIndex(where: { $0.is(.org) })
            let from = lastOrg.map { $0 + 1 } ?? i
            if j - from >= 2, !firm, !modifier {
                let words = tokens[from..<j].filter { !$0.is(.role) && $0.lex(Lexicon.months) == nil && $0.lex(Lexicon.weekdays) == nil && !MentionIndex.joinWords.contains($0.norm) }
                if words.count >= 2 {
                    let s = words.first!.start, (last, e) = bare(words.last!)
                    // the title or role before the name: "Mr. Lee Park", "congresswoman Ana Ruiz"
                    var titled = i
                    if i - 2 >= range.lowerBound, tokens[i - 1].norm == ".", Lexicon.titles.contains(tokens[i - 2].norm) { titled = i - 2 }
                    else if i > range.lowerBound, tokens[i - 1].is(.role) { titled = i - 1 }
                    names.append(Name(text: doc.slice(s, e), last: last, start: s, words: words.count, alias: nil, tokens: titled..<j, genderOfAlias: nil))
                    fullByLast[last] = names.count - 1
                }
            }
            i = j
        }
    }

    mutating func noteSpeaker(_ text: String, at: Int) { speakers.append((text, at)) }

    enum Gender { case male, female, unknown }

    /// What a name or description says of its bearer's sex: a title, a role, or the first given name that says so.
    static func gender(_ text: String) -> Gender {
        gender(text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "." || $0 == "," }).lazy.map { $0.lowercased() })
    }
    static func gender<S: Sequence<String>>(_ lowercasedWords: S) -> Gender {
        for l in lowercasedWords {
            if Lexicon.maleWords.contains(l) { return .male }
            if Lexicon.femaleWords.contains(l) { return .female }
        }
        return .unknown
    }

    mutating func resolve(_ written: String, at: Int) -> String {
        let words = written.split(separator: " ").map { $0.lowercased() }
        guard let last = words.last else { return written }
        if words.count == 1 { scanPending() } // only single words are resolved through names
        if words.count == 1, ["he", "she", "him", "her", "his"].contains(last) {
            // "she" is no Mr. or Donald; "he" no Mrs. or Mary (a name of unknown sex fits either)
            let clash: Gender = last == "she" || last == "her" ? .male : .female
            // a name that fits, or for a last name alone ("Clinton") the full name of that family that fits
            func fitting(_ n: Name) -> String? {
                if gender(n) != clash { return n.text }
                guard let alias = n.alias else { return nil }
                return names.last(where: { $0.start < n.start && $0.last == n.last && $0.alias == nil && gender($0) != clash })?.text ?? alias
            }
            if let s = speakers.last(where: { $0.start < at && at - $0.start < 3000 && MentionIndex.isNamedPerson($0.text) && MentionIndex.gender($0.text) != clash }) {
                // a later-mentioned name beats an older speaker
                for n in names.reversed() where n.start < at && n.start > s.start && n.words >= 2 && !isObject(n) {
                    if let f = fitting(n) { return f }
                }
                return s.text
            }
            for n in names.reversed() where n.start < at && !isObject(n) { if let f = fitting(n) { return f } }
            for n in names.reversed() where n.start < at { if let f = fitting(n) { return f } }
            return written
        }
        if words.count == 1, written.first?.isUppercase == true, !Lexicon.pronouns.contains(last) {
            if let k = fullByLast[last], names[k].start < at { return names[k].text }
            if let n = names.last(where: { $0.start < at && $0.last == last && $0.words >= 2 }) { return n.text }
            return written
        }
        if let first = words.first, Lexicon.determiners.contains(first), Lexicon.roles.contains(last),
           !written.dropFirst(first.count).contains(where: { $0.isUppercase }) {
            if let s = speakers.last(where: { $0.start < at && $0.text.lowercased().contains(last) && $0.text.count > written.count }) { return s.text }
        }
        return written
    }
}
