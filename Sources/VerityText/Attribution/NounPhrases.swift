import VerityDocument

/// The noun phrases a speaker is read from: to the left of a verb of saying, to its right, and the found span.
extension Attribution {
    static func make(_ r: Range<Int>, _ tokens: Tokens, _ doc: Document, cue: String, rule: String) -> Found {
        let s = tokens[r.lowerBound].start, e = tokens[r.upperBound - 1].end
        return Found(text: doc.slice(s, e), start: s, end: e, cue: cue, rule: rule)
    }

    /// The opening mark at `i` begins a quoted name inside a name: `Marcia "Cia" Price` (mark, capitalized word, mark,
    /// between two capitalized words).
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
            if auxiliaries.contains(tokens[j].norm) {
                helped = true
            } else if !(tokens[j].is(.adverb) || (tokens[j].norm.hasSuffix("ly") && !tokens[j].capitalized)) {
                break
            }
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
        var appositive: Range<Int>? = nil
        if tokens[j].norm == "," {
            // X, who voted in favor, called … / X, a retired teacher, said …
            var k = j - 1
            while k >= floor, tokens[k].norm != ",", j - k <= 30 { k -= 1 }
            guard k > floor, tokens[k].norm == ",", k + 1 < j else { return nil }
            appositive = (k + 1)..<j
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
            } else if t.kind == .punct, t.norm == "." || t.norm == "-" || t.norm == "'", j > floor,
                tokens[j - 1].end == t.start, j + 1 < end,
                !(t.norm == "." && isSentenceEnd(tokens, j))
            {
            } else if t.norm == "of", j > floor, j + 1 < end {
                words += 1  // "the mother of three", "the leader of the opposition"
            } else if ["for", "at", "with", "from", "in"].contains(t.norm), j > floor, j + 1 < end,
                tokens[j - 1].is(.role)
            {
                words += 1  // "a spokesperson for the ministry", "officials at the Pentagon"
            } else if j - 2 > floor, j + 1 < end, isNickname(tokens, j - 2) {
                j -= 2  // the closing mark, the nickname and its opening mark
            } else {
                break
            }
            if words > 8 { return nil }
            j -= 1
        }
        var start = j + 1
        // drop leading words that cannot begin a speaker phrase ("Thursday", "yesterday")
        while start < end, tokens[start].kind == .word,
            Lexicon.weekdays[tokens[start].norm] != nil || Lexicon.months[tokens[start].norm] != nil
        { start += 1 }
        while start < end, tokens[start].norm == "of" { start += 1 }
        guard start < end else { return nil }
        let slice = tokens[start..<end]
        let ok =
            slice.contains { $0.capitalized || $0.is(.role) }
            || (slice.filter { $0.kind != .punct }.count <= 8 && Lexicon.determiners.contains(slice.first!.norm))
            || (slice.first!.kind == .number && slice.count >= 2)  // a count of people: "63 percent", "12 officers"
        guard ok else { return nil }
        // "The group's attorney, Daniel Brisk, said": a description named by the name that follows it
        if let appositive, isName(tokens[appositive]),
            !slice.enumerated().contains(where: {
                $1.capitalized && !($0 == 0 && Lexicon.determiners.contains($1.norm))
            })
        {
            return appositive
        }
        return start..<end
    }

    /// Two to four capitalized words, perhaps with initials' full stops: "Daniel Brisk", "Mary J. Blige".
    static func isName(_ s: Tokens.SubSequence) -> Bool {
        let words = s.filter { $0.kind == .word }
        return (2...4).contains(words.count) && words.allSatisfy { $0.capitalized && !$0.is(.role) }
            && s.allSatisfy { $0.kind == .word || $0.norm == "." }
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
                || (t.kind == .number && j + 1 < tokens.count && tokens[j + 1].start == t.end)
                || (t.norm == "/" && j > i && tokens[j - 1].end == t.start)
                // "9/11 widow Terry Strada"
                || (t.kind == .number && j > i && tokens[j - 1].norm == "/" && tokens[j - 1].end == t.start)
                || (t.kind == .number && j > i && tokens[j - 1].capitalized && j + 1 < tokens.count
                    && tokens[j + 1].capitalized && tokens[j + 1].end <= limit)
            {  // "Lodge 9 President Mike Dorrance"
                words += 1
            } else if t.kind == .punct, t.norm == "." || t.norm == "-" || t.norm == "'", j > i,
                tokens[j - 1].end == t.start,
                !(t.norm == "." && isSentenceEnd(tokens, j)), j + 1 < tokens.count,
                tokens[j + 1].start == t.end
                    || (t.norm == "." && Lexicon.titles.contains(tokens[j - 1].norm) && tokens[j + 1].capitalized)
            {
                // "U.S.", "Crouse-Mays", "Rep. Adam Schiff"
            } else if t.norm == "of", j + 1 < tokens.count, tokens[j + 1].capitalized || tokens[j + 1].norm == "the" {
                words += 1
            } else if t.norm == "and", j > i, j + 1 < tokens.count, tokens[j + 1].capitalized, tokens[j + 1].is(.role),
                tokens[j - 1].is(.role), tokens[i..<j].allSatisfy({ $0.is(.role) || !$0.capitalized })
            {
                // "President and CEO Laura Pennington": two titles of one person, before the name
                words += 1
            } else if j > i, isNickname(tokens, j), tokens[j + 3].end <= limit {
                j += 2  // the opening mark, the nickname and its closing mark
            } else {
                break
            }
            if words > 8 { break }
            j += 1
        }
        while j > i, tokens[j - 1].kind == .punct { j -= 1 }
        guard j > i else { return nil }
        let slice = tokens[i..<j]
        let ok =
            loose || slice.contains { $0.capitalized || $0.is(.role) }
            || Lexicon.determiners.contains(slice.first!.norm)
        return ok ? i..<j : nil
    }
}
