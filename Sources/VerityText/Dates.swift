import VerityDocument

public enum DateExtractor {
    static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// The dates of a document. Without a date of its own, an expression whose day depends on the reference
    /// ("yesterday", "October 22") is no date: it is in `DateReading.unresolved`, never resolved against the clock.
    public static func extract(_ doc: Document) -> [DateMention] { read(doc).dates }

    public static func extract(_ doc: Document, tokens: [Token]) -> [DateMention] { read(doc, tokens: tokens).dates }

    public static func read(_ doc: Document) -> DateReading {
        read(doc, tokens: Tokenizer.tokenize(doc.analysis, from: doc.bodyStart))
    }

    public static func read(_ doc: Document, tokens: [Token]) -> DateReading {
        tokens.withUnsafeBufferPointer { read(doc, buffer: $0) }
    }

    /// Two reference days far apart (other year, month and weekday): a mention read the same way against both does
    /// not depend on the reference.
    static let probeDays = (CalendarDay(year: 2001, month: 3, day: 14)!, CalendarDay(year: 2013, month: 10, day: 6)!)

    static func read(_ doc: Document, buffer t: Tokens) -> DateReading {
        let given = doc.frontMatter.day
        let ref = given ?? probeDays.0
        var out = DateReading()
        var anchor = ref, probeAnchor = probeDays.1
        var i = 0
        while i < t.count {
            guard
                t[i].kind == .number
                    ? mayBeginDateAtNumber(t, i) : t[i].classes.contains(.dateStart) && mayBeginDate(t, i)
            else { i += 1; continue }
            guard let found = parse(doc, t, i, ref: ref, anchor: anchor) else { i += 1; continue }
            let (m, next) = (found.value, found.end)
            let start = i
            i = max(next, i + 1)
            if given == nil {
                let probe = parse(doc, t, start, ref: probeDays.1, anchor: probeAnchor)
                guard let probe, probe.value.value == m.value else { out.unresolved.append(m); continue }
                if !probe.value.relative, let d = probe.value.day { probeAnchor = d }
            }
            out.dates.append(m)
            if !m.relative, let d = m.day { anchor = d }
        }
        return out
    }

    /// A starter that is no date by itself ("the", "in", "last") begins one only with a number or a core word close
    /// after it.
    @inline(__always) static func mayBeginDate(_ t: Tokens, _ i: Int) -> Bool {
        if t[i].classes.contains(.dateCore) { return true }
        var k = i + 1
        while k < t.count, k <= i + 4 {
            if t[k].kind == .number || t[k].classes.contains(.dateCore) { return true }
            k += 1
        }
        return false
    }

    /// A number begins a date only as 20161016, 2016 10 16, a separated date (5/12, 2025-10-22), a day with an ordinal
    /// ending (22nd), or with a core word close after it (22 October, 3 days ago, 18 and 19 June).
    @inline(__always) static func mayBeginDateAtNumber(_ t: Tokens, _ i: Int) -> Bool {
        if t[i].norm.utf8.count == 8 { return true }
        guard i + 1 < t.count else { return false }
        let n = t[i + 1]
        if n.kind == .number { return true }
        if n.start == t[i].end,
            n.norm == "/" || n.norm == "-" || n.norm == "." || n.norm == "st" || n.norm == "nd" || n.norm == "rd"
                || n.norm == "th"
        {
            return true
        }
        var k = i + 1
        while k < t.count, k <= i + 3 {
            if t[k].classes.contains(.dateCore) { return true }
            k += 1
        }
        return false
    }

    /// The sentence before token `i` looks ahead: a word such as "will" or "next" (`Lexicon.futureCues`) in the
    /// `reach` tokens before it (not past the sentence's start), or a verb in the present right before it, as news
    /// writes what is scheduled ("the committee meets Friday", "replacements start shipping Monday").
    static func isFuture(_ t: Tokens, _ i: Int, reach: Int = 8) -> Bool {
        if scheduled(t, i) || presentAfterPlural(t, i) { return true }
        var from = max(0, i - reach)
        if let end = (from..<i).last(where: { Attribution.isSentenceEnd(t, $0) }) { from = end + 1 }
        for k in from..<i where Lexicon.futureCues.contains(t[k].norm) {
            // "until" takes the tense of its clause: "voting ran from Monday until Wednesday night" is past
            // ("stays closed until Friday": a participle after a present verb is no past)
            if t[k].norm == "until",
                (from..<k).contains(where: {
                    isPast(t[$0].norm) && ($0 == 0 || !Lexicon.copulas.contains(t[$0 - 1].norm))
                })
            {
                continue
            }
            return true
        }
        return false
    }

    /// A present verb right before token `i` (or before "on" there): "meets", "opens", "is"; or a form in -ing after
    /// a verb of going on that is no past (`Lexicon.aspectVerbs`: "start shipping Monday", not "began shipping
    /// Monday" nor "at a briefing Monday"). Verbs of saying are left out: "announces Monday" is a headline's past.
    static func scheduled(_ t: Tokens, _ i: Int) -> Bool {
        var k = i - 1
        if k >= 0, t[k].norm == "on" { k -= 1 }
        guard k >= 0, t[k].kind == .word else { return false }
        // "keeps Sunday parking free" names no day
        if i + 1 < t.count, t[i + 1].kind == .word, !t[i + 1].capitalized,
            !Lexicon.prepositions.contains(t[i + 1].norm), !Lexicon.dayParts.contains(t[i + 1].norm)
        {
            return false
        }
        let w = t[k].norm
        if w == "is" || w == "are" { return true }
        guard let base = WordNet.shared.verbForm(w), !Lexicon.sayingVerbs.contains(base),
            !Lexicon.eventlessVerbs.contains(base)
        else { return false }
        // (after a verb of starting, stopping or going on: "at a press briefing Monday", "an emergency hearing
        // Friday" are nouns, though "press" is also a verb)
        if w.hasSuffix("ing") {
            guard k > 0, t[k - 1].kind == .word else { return false }
            let v = t[k - 1].norm
            let base = WordNet.shared.verbForm(v) ?? v
            return !isPast(v) && v != "were" && Lexicon.aspectVerbs.contains(base)
        }
        return w.hasSuffix("s") && !w.hasSuffix("ss")
    }

    /// A verb in its plain present form after a plural subject, a few words before the day: "Tickets go on sale
    /// Thursday", "the schools reopen Monday"; not a past ("Tickets went on sale", "the Stonecats beat the Gulls").
    static func presentAfterPlural(_ t: Tokens, _ i: Int) -> Bool {
        var k = i - 1
        while k >= 1, i - k <= 4, t[k].kind == .word {
            let w = t[k].norm, s = t[k - 1]
            // (a capitalised word opens a sentence or a name: "Water samples taken Sunday" under a heading)
            // (nor a past that is also a plain verb: "Inspectors found the damage Friday", "Prices fell")
            if !t[k].capitalized, WordNet.shared.isVerb(w), !isPast(w), !WordNet.shared.isIrregularVerbForm(w),
                !Lexicon.unchangedPasts.contains(w),
                !Lexicon.sayingVerbs.contains(w), !Lexicon.eventlessVerbs.contains(w), s.kind == .word,
                // (a name is no plural subject: "the Tigers game Friday")
                !s.capitalized || k - 1 == 0 || Attribution.isSentenceEnd(t, k - 2),
                s.norm == "they" || s.norm == "we"
                    || s.norm.hasSuffix("s") && WordNet.shared.lemma(s.norm) != s.norm
                        && !["is", "was", "has", "does"].contains(s.norm)
            {
                return true
            }
            k -= 1
        }
        return false
    }

    /// A verb's past form ("ran", "ended", "was"), by WordNet's irregular forms and -ed endings.
    static func isPast(_ w: String) -> Bool {
        guard !w.hasSuffix("ing"), !w.hasSuffix("s") || w == "was", let base = WordNet.shared.verbForm(w) else {
            return false
        }
        return w.hasSuffix("ed") || base != w
    }
}
