import VerityDocument

/// Dates named by words relative to the reference day: today, the day before, next Friday, last week.
extension DateExtractor {
    /// today, tonight, otd ("on this day")
    static func today(_ c: inout DateCursor) -> DateMatch? {
        guard c.w == "today" || c.w == "tonight" || c.w == "otd" else { return nil }
        return DateMatch(start: c.i, end: c.i + 1, value: c.ref.iso, relative: true)
    }

    static func yesterday(_ c: inout DateCursor) -> DateMatch? {
        guard c.w == "yesterday" else { return nil }
        return DateMatch(start: c.i, end: c.i + 1, value: c.ref.adding(days: -1)?.iso, relative: true)
    }

    /// tomorrow, tmrw, tmr
    static func tomorrow(_ c: inout DateCursor) -> DateMatch? {
        guard c.w == "tomorrow" || c.w == "tmrw" || c.w == "tmr" else { return nil }
        return DateMatch(start: c.i, end: c.i + 1, value: c.ref.adding(days: 1)?.iso, relative: true)
    }

    /// "the day before", "the day after", said on their own
    static func dayBeforeAfter(_ c: inout DateCursor) -> DateMatch? {
        let (t, i) = (c.t, c.i)
        guard c.w == "the", i + 2 < t.count, t[i + 1].norm == "day", ["before", "after"].contains(t[i + 2].norm),
            i + 3 >= t.count || t[i + 3].kind == .punct
        else { return nil }
        let value = c.ref.adding(days: t[i + 2].norm == "before" ? -1 : 1)?.iso
        return DateMatch(start: i, end: i + 3, value: value, relative: true)
    }

    /// this morning, this afternoon, this evening
    static func thisPartOfDay(_ c: inout DateCursor) -> DateMatch? {
        guard c.w == "this", c.has(1), ["morning", "afternoon", "evening"].contains(c.word(1)) else { return nil }
        return DateMatch(start: c.i, end: c.i + 2, value: c.ref.iso, relative: true)
    }

    /// the day before yesterday, the day after tomorrow
    static func dayBeforeAfterRelative(_ c: inout DateCursor) -> DateMatch? {
        let (t, i) = (c.t, c.i)
        guard c.w == "the", i + 3 < t.count, t[i + 1].norm == "day", ["before", "after"].contains(t[i + 2].norm),
            ["yesterday", "tomorrow"].contains(t[i + 3].norm)
        else { return nil }
        let base = t[i + 3].norm == "yesterday" ? -1 : 1
        let value = c.ref.adding(days: base + (t[i + 2].norm == "before" ? -1 : 1))?.iso
        return DateMatch(start: i, end: i + 4, value: value, relative: true)
    }

    /// The start is a word that moves a weekday, week, month or year from the reference's ("last", "next", "this")
    /// with a word after it: -1 or 1 for the direction it moves.
    static func shift(_ c: inout DateCursor) -> Int? {
        if let known = c.cachedShift { return known }
        var found: Int? = nil
        if c.has(1) {
            switch c.w {
            case "last", "previous", "past": found = -1
            case "next", "this", "following", "coming": found = 1
            default: break
            }
        }
        c.cachedShift = .some(found)
        return found
    }

    /// this friday 5/12, this Friday-Jun-15, this friday (jun-15): the written date wins
    static func relativeWeekdayWrittenDate(_ c: inout DateCursor) -> DateMatch? {
        let (t, i) = (c.t, c.i)
        guard shift(&c) != nil, i + 2 < t.count, t[i + 1].lex(Lexicon.weekdays) != nil else { return nil }
        var k = i + 2
        if k < t.count, ["-", "("].contains(t[k].norm) { k += 1 }
        guard let found = separatedDate(t, k, ref: c.ref, afterWeekday: true) else { return nil }
        let close = found.end < t.count && t[found.end].norm == ")" ? found.end + 1 : found.end
        return DateMatch(start: i, end: close, value: found.value.iso)
    }

    /// this Friday 7.6: month and day with a dot
    static func relativeWeekdayDotted(_ c: inout DateCursor) -> DateMatch? {
        let (t, i) = (c.t, c.i)
        guard shift(&c) != nil, i + 2 < t.count, t[i + 1].lex(Lexicon.weekdays) != nil else { return nil }
        var k = i + 2
        if k < t.count, ["-", "("].contains(t[k].norm) { k += 1 }
        guard k < t.count, t[k].kind == .number, t[k].norm.split(separator: ".").count == 2,
            let m = Int(t[k].norm.split(separator: ".")[0]), let d = Int(t[k].norm.split(separator: ".")[1]),
            let day = inferYear(month: m, day: d, ref: c.ref)
        else { return nil }
        return DateMatch(start: i, end: k + 1, value: day.iso)
    }

    /// next October 3, next Christmas: the first such date after the reference
    static func nextNamedDate(_ c: inout DateCursor) -> DateMatch? {
        let (t, i, ref) = (c.t, c.i, c.ref)
        guard shift(&c) != nil, c.w == "next", !(t[i + 1].lex(Lexicon.weekdays) != nil),
            !["week", "month", "year"].contains(t[i + 1].norm),
            let named = parse(c.doc, t, i + 1, ref: ref, anchor: c.anchor), var d = named.value.day
        else { return nil }
        while d <= ref {
            guard let later = d.adding(months: 12) else { return DateMatch(start: i, end: named.end, value: nil) }
            d = later
        }
        return DateMatch(start: i, end: named.end, value: d.iso, relative: true)
    }

    /// next Friday, last Wednesday, this Monday, coming Sunday, past Tuesday
    static func relativeWeekday(_ c: inout DateCursor) -> DateMatch? {
        let (t, i, ref, w) = (c.t, c.i, c.ref, c.w)
        guard let sign = shift(&c),
            let target = weekday(t, i + 1) ?? (t[i + 1].norm.utf8.count > 5 ? t[i + 1].lex(Lexicon.weekdays) : nil)
        else { return nil }
        // weeks run Monday to Sunday: "next Friday" is Friday of next week, "last Wednesday" Wednesday of last week;
        // "coming" and "past" are the nearest such day after or before
        let day: CalendarDay?
        switch w {
        case "coming":
            day = ref.adding(days: (target - ref.weekday + 7) % 7 == 0 ? 7 : (target - ref.weekday + 7) % 7)
        case "past":
            day = ref.adding(days: (target - ref.weekday + 7) % 7 == 0 ? -7 : (target - ref.weekday + 7) % 7 - 7)
        case "this": day = weekdayIn(weeks: 0, target, ref: ref)
        default: day = weekdayIn(weeks: sign, target, ref: ref)
        }
        return DateMatch(start: i, end: i + 2, value: day?.iso, relative: true)
    }

    /// next week on Monday, last week Friday
    static func relativeWeekWeekday(_ c: inout DateCursor) -> DateMatch? {
        let t = c.t
        guard let sign = shift(&c), c.word(1) == "week" else { return nil }
        var e = c.i + 2
        while e < t.count, ["-", "on", ","].contains(t[e].norm) { e += 1 }
        guard e < t.count, let target = t[e].lex(Lexicon.weekdays) else { return nil }
        let value = weekdayIn(weeks: c.w == "this" ? 0 : sign, target, ref: c.ref)?.iso
        return DateMatch(start: c.i, end: e + 1, value: value, relative: true)
    }

    /// next week, last week, this week: loose by three days
    static func relativeWeek(_ c: inout DateCursor) -> DateMatch? {
        guard let sign = shift(&c), c.word(1) == "week" else { return nil }
        let value = c.ref.adding(days: c.w == "this" ? 0 : 7 * sign)?.iso
        return DateMatch(start: c.i, end: c.i + 2, value: value, tol: 3, relative: true)
    }

    /// next month, last month, this month
    static func relativeMonth(_ c: inout DateCursor) -> DateMatch? {
        guard let sign = shift(&c), c.word(1) == "month" else { return nil }
        let d = c.ref.adding(months: c.w == "this" ? 0 : sign)
        return DateMatch(
            start: c.i, end: c.i + 2, value: d.map { CalendarDay.isoMonth($0.year, $0.month) }, relative: true)
    }

    /// next year, last year, this year
    static func relativeYear(_ c: inout DateCursor) -> DateMatch? {
        guard let sign = shift(&c), c.word(1) == "year" else { return nil }
        let value = CalendarDay.pad(c.ref.year + (c.w == "this" ? 0 : sign), 4)
        return DateMatch(start: c.i, end: c.i + 2, value: value, relative: true)
    }
}
