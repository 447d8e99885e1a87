import VerityDocument

/// Dates that name the day first: [Weekday] Day [of] Month [Year], "18 and 19 June", "the 18th".
extension DateExtractor {
    /// The day a date opens with (after a weekday, if any), unless a currency symbol stands before it ("$22").
    static func leadingDay(_ c: inout DateCursor) -> LeadingDay? {
        if let known = c.cachedDay { return known }
        let found = findLeadingDay(&c)
        c.cachedDay = .some(found)
        return found
    }

    static func findLeadingDay(_ c: inout DateCursor) -> LeadingDay? {
        let t = c.t
        let (wd, k) = leadingWeekday(&c)
        guard let day = anyDay(t, k), !(k > 0 && Units.currencySymbols[t[k - 1].norm] != nil) else { return nil }
        return (wd, k, day)
    }

    /// 18 and 19 June: the first day takes the month written after the second
    static func dayAndDayMonth(_ c: inout DateCursor) -> DateMatch? {
        let t = c.t
        guard let (_, _, day) = leadingDay(&c) else { return nil }
        let e = day.end
        guard e + 1 < t.count, ["and", "or", "to", "-"].contains(t[e].norm), let second = anyDay(t, e + 1),
            let m = month(t, second.end) ?? (second.end < t.count ? t[second.end].lex(Lexicon.months) : nil)
        else { return nil }
        let year = yearAt(t, second.end + 1)?.value
        guard
            let date = year.flatMap({ CalendarDay(year: $0, month: m, day: day.value) })
                ?? inferYear(month: m, day: day.value, ref: c.ref)
        else { return nil }
        return DateMatch(start: c.i, end: day.end, value: date.iso)
    }

    /// The 15th day of next month
    static func dayOfRelativeMonth(_ c: inout DateCursor) -> DateMatch? {
        let t = c.t
        guard let (_, _, day) = leadingDay(&c) else { return nil }
        let e = day.end
        guard e + 1 < t.count, t[e].norm == "day", t[e + 1].norm == "of" else { return nil }
        var f = e + 2
        if f < t.count, t[f].norm == "the" { f += 1 }
        guard f + 1 < t.count,
            let shift = ["next": 1, "this": 0, "last": -1, "previous": -1, "following": 1][t[f].norm],
            t[f + 1].norm == "month", let mo = c.ref.adding(months: shift),
            let date = CalendarDay(year: mo.year, month: mo.month, day: day.value)
        else { return nil }
        return DateMatch(start: c.i, end: f + 2, value: date.iso, relative: true)
    }

    /// [Weekday] Day [of] Month [Year]: "22 October", "Tuesday 4th of March 2025", "twenty third day of September"
    static func dayMonth(_ c: inout DateCursor, weekday: Bool) -> DateMatch? {
        let t = c.t
        guard let (wd, k, day) = leadingDay(&c), (wd != nil) == weekday else { return nil }
        let (d, afterDay) = (day.value, day.end)
        var e = afterDay
        // "the 15th day of September": "of", then the month
        if e + 1 < t.count, t[e].norm == "day", t[e + 1].norm == "of" {
            var f = e + 2
            if f < t.count, t[f].norm == "the" { f += 1 }
            e = f - 1
        }
        if e < t.count, t[e].norm == "of" { e += 1 }
        guard
            let m = month(t, e)
                ?? (e < t.count && afterDay > k && (dayNumber(t, k) != nil || t[e - 1].norm == "of")
                    ? t[e].lex(Lexicon.months) : nil)
        else { return nil }
        var end = e + 1
        if end < t.count, t[end].norm == ".", t[end].start == t[e].end { end += 1 }
        var year: Int? = nil
        var y0 = end
        if y0 < t.count, t[y0].norm == "," { y0 += 1 }
        if let y = yearAt(t, y0) { year = y.value; end = y.end }
        if year == nil, end + 1 < t.count, ["of", "in"].contains(t[end].norm),
            let y = yearNumber(t, end + 1) ?? twoDigitYear(t, end + 1)
        {
            year = y; end += 2
        }  // fourth of july of 1995, 15 April of 87
        guard
            let date = year.flatMap({ CalendarDay(year: $0, month: m, day: d) })
                ?? inferYear(month: m, day: d, ref: c.ref, weekday: wd, future: isFuture(t, c.i, reach: 20))
        else { return nil }
        return DateMatch(start: c.i, end: end, value: date.iso, conflict: conflict(wd, date))
    }

    /// Sunday 31, Mon 13th, tuesday the eleventh: the nearest month where that day is that weekday
    static func weekdayDay(_ c: inout DateCursor) -> DateMatch? {
        let t = c.t
        guard let (wd, _, day) = leadingDay(&c), let wd,
            !(day.end < t.count && t[day.end].lex(Lexicon.unitDays) != nil),
            !countsNoun(t, day.end),
            let near = nearestMonth(day: day.value, weekday: wd, ref: c.ref)
        else { return nil }
        return DateMatch(start: c.i, end: day.end, value: near.iso)
    }

    /// "Monday, the first time since 2019", "the 14th player in league history": an ordinal before a noun counts, it
    /// names no day.
    static func countsNoun(_ t: Tokens, _ end: Int) -> Bool {
        end < t.count && t[end - 1].kind == .word && t[end].kind == .word && !t[end].capitalized
            && !Lexicon.prepositions.contains(t[end].norm) && !Lexicon.stopwords.contains(t[end].norm)
    }

    /// The 18th: this month
    static func ordinalThisMonth(_ c: inout DateCursor) -> DateMatch? {
        let t = c.t
        guard let (wd, k, day) = leadingDay(&c), wd == nil, k > 0, t[k - 1].norm == "the", dayNumber(t, k) != nil,
            day.end > k + 1 || dayOrdinal(t, k) != nil, !countsNoun(t, day.end),
            let date = CalendarDay(year: c.ref.year, month: c.ref.month, day: day.value)
        else { return nil }
        var end = day.end
        if end + 1 < t.count, t[end].norm == "this", t[end + 1].norm == "month" { end += 2 }
        return DateMatch(start: k - 1, end: end, value: date.iso, relative: true)
    }
}
