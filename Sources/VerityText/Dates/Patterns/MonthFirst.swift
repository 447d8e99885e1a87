import VerityDocument

/// Dates that name the month first: [Weekday,] Month Day[, Year], Month Year, "in October".
extension DateExtractor {
    /// The month a date opens with (after a weekday, if any), and the token after it and its dot, a comma before
    /// the day ("October, 1st") and "the".
    static func leadingMonth(_ c: inout DateCursor) -> LeadingMonth? {
        if let known = c.cachedMonth { return known }
        let found = findLeadingMonth(&c)
        c.cachedMonth = .some(found)
        return found
    }

    static func findLeadingMonth(_ c: inout DateCursor) -> LeadingMonth? {
        let t = c.t
        let (wd, k) = leadingWeekday(&c)
        guard let m = month(t, k) else { return nil }
        var e = k + 1
        if e < t.count, t[e].norm == ".", t[e].start == t[k].end { e += 1 }
        // October, 1st
        if e < t.count, t[e].norm == ",", anyDay(t, e + 1) != nil, yearNumber(t, e + 1) == nil { e += 1 }
        if e < t.count, t[e].norm == "the" { e += 1 }
        return (wd, k, m, e)
    }

    /// [Weekday,] Month Day[, Year]: "October 22", "Friday, October 3, 2025", "January first 12"
    static func monthDay(_ c: inout DateCursor, weekday: Bool) -> DateMatch? {
        let t = c.t
        guard let (wd, _, m, e) = leadingMonth(&c), (wd != nil) == weekday, let day = anyDay(t, e) else { return nil }
        let (d, afterDay) = (day.value, day.end)
        var end = afterDay
        var year: Int? = nil
        var y0 = afterDay
        if y0 < t.count, t[y0].norm == "," { y0 += 1 }
        if let y = yearAt(t, y0) {
            year = y.value; end = y.end
        } else if end + 1 < t.count, ["of", "in"].contains(t[end].norm),
            let y = yearNumber(t, end + 1) ?? twoDigitYear(t, end + 1)
        {
            year = y; end += 2
        } else if dayOrdinal(t, e) != nil, let y = twoDigitYear(t, y0) {
            year = y; end = y0 + 1
        }  // January first 12
        let date =
            year.flatMap { CalendarDay(year: $0, month: m, day: d) }
            ?? inferYear(month: m, day: d, ref: c.ref, weekday: wd, future: isFuture(t, c.i, reach: 20))
        guard let date else { return nil }
        return DateMatch(start: c.i, end: end, value: date.iso, conflict: conflict(wd, date))
    }

    /// Month Year: "October 2025"
    static func monthYear(_ c: inout DateCursor) -> DateMatch? {
        guard let (_, _, m, e) = leadingMonth(&c), anyDay(c.t, e) == nil, let y = yearNumber(c.t, e) else { return nil }
        return DateMatch(start: c.i, end: e + 1, value: CalendarDay.isoMonth(y, m))
    }

    /// A month on its own after "in", "since", "last"…: "in October", "next March"
    static func monthAlone(_ c: inout DateCursor) -> DateMatch? {
        let (t, ref) = (c.t, c.ref)
        guard let (wd, k, m, e) = leadingMonth(&c), anyDay(t, e) == nil, yearNumber(t, e) == nil, wd == nil, k > 0,
            Lexicon.monthLeads.contains(t[k - 1].norm), t[k].capitalized
        else { return nil }
        var y = ref.year
        let last = t[k - 1].norm == "last", next = t[k - 1].norm == "next"
        if last {
            y = m >= ref.month ? ref.year - 1 : ref.year
        } else if next {
            y = m <= ref.month ? ref.year + 1 : ref.year
        }
        let s = (last || next || t[k - 1].norm == "this") ? k - 1 : k
        return DateMatch(start: s, end: k + 1, value: CalendarDay.isoMonth(y, m), relative: true)
    }
}
