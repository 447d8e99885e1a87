import VerityDocument

/// Weekdays with no date written by them: "Monday of next week", "Saturday 3 days from now", "on Monday".
extension DateExtractor {
    /// Monday of the following week, tuesday of last week
    static func weekdayOfWeek(_ c: inout DateCursor) -> DateMatch? {
        let (t, i) = (c.t, c.i)
        guard let target = t[i].lex(Lexicon.weekdays), t[i].norm.utf8.count > 4, i + 3 < t.count, t[i + 1].norm == "of"
        else { return nil }
        var e = i + 2
        if t[e].norm == "the" { e += 1 }
        guard e + 1 < t.count, t[e + 1].norm == "week",
            let weeks = ["next": 1, "following": 1, "last": -1, "previous": -1, "this": 0][t[e].norm]
        else { return nil }
        return DateMatch(
            start: i, end: e + 2, value: weekdayIn(weeks: weeks, target, ref: c.ref)?.iso, relative: true)
    }

    /// A weekday on its own: its number, when written out or capitalized ("Monday", "thursday", not "wed").
    static func lonelyWeekday(_ c: inout DateCursor) -> Int? {
        let (t, i) = (c.t, c.i)
        guard let target = weekday(t, i) ?? (t[i].norm.utf8.count > 5 ? t[i].lex(Lexicon.weekdays) : nil),
            t[i].capitalized || t[i].norm.utf8.count > 5
        else { return nil }
        return target
    }

    /// Monday two weeks from now, Saturday 3 days from now: that weekday in the week the rest names
    static func weekdayInRelativeWeek(_ c: inout DateCursor) -> DateMatch? {
        let t = c.t
        guard let target = lonelyWeekday(&c) else { return nil }
        var k = c.i + 1
        if k < t.count, t[k].norm == "," { k += 1 }
        guard k < t.count, t[k].kind == .number || t[k].lex(NumberWords.units) != nil,
            let rest = parse(c.doc, t, k, ref: c.ref, anchor: c.anchor),
            rest.value.relative, let d = rest.value.day, rest.end > k + 2
        else { return nil }
        return DateMatch(start: c.i, end: rest.end, value: d.adding(days: target - d.weekday)?.iso, relative: true)
    }

    /// "on Monday" is the latest such day, or the next one when the sentence looks ahead
    static func weekdayAlone(_ c: inout DateCursor) -> DateMatch? {
        let (t, i, ref) = (c.t, c.i, c.ref)
        guard let target = lonelyWeekday(&c) else { return nil }
        var diff = (target - ref.weekday + 7) % 7
        if isFuture(t, i) { if diff == 0 { diff = 7 } } else if diff > 0 { diff -= 7 }
        var e = i + 1
        if e < t.count, Lexicon.dayParts.contains(t[e].norm) { e += 1 }
        return DateMatch(start: i, end: e, value: ref.adding(days: diff)?.iso, relative: true)
    }
}
