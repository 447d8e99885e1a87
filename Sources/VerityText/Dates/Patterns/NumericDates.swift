import VerityDocument

/// Dates written in digits only: 20161016, 2016 10 16, 5/12, 2025-10-22, 05-Aug-2016.
extension DateExtractor {
    /// 20161016
    static func compactDigits(_ c: inout DateCursor) -> DateMatch? {
        let (t, i) = (c.t, c.i)
        guard t[i].kind == .number, t[i].norm.utf8.count == 8, let v = t[i].plainInt,
            let day = CalendarDay(year: v / 10000, month: v / 100 % 100, day: v % 100),
            (1900...2100).contains(day.year)
        else { return nil }
        return DateMatch(start: i, end: i + 1, value: day.iso)
    }

    /// 2016 10 16
    static func yearMonthDaySpaced(_ c: inout DateCursor) -> DateMatch? {
        let (t, i) = (c.t, c.i)
        guard let y = yearNumber(t, i), i + 2 < t.count, let m = int(t[i + 1]), let d = int(t[i + 2]),
            t[i + 1].norm.utf8.count <= 2, t[i + 2].norm.utf8.count <= 2,
            t[i + 1].start > t[i].end, t[i + 2].start > t[i + 1].end, let day = CalendarDay(year: y, month: m, day: d)
        else { return nil }
        return DateMatch(start: i, end: i + 3, value: day.iso)
    }

    /// [Weekday] 5/12, 22/04, 23/08/39, 05-Aug-2016, Sep-23-2020, Oct/2
    static func separated(_ c: inout DateCursor) -> DateMatch? {
        let (t, i) = (c.t, c.i)
        var wdNum = i
        if weekday(t, i) != nil || (t[i].lex(Lexicon.weekdays) != nil && t[i].norm.utf8.count > 4) { wdNum = i + 1 }
        guard let found = separatedDate(t, wdNum, ref: c.ref, afterWeekday: wdNum > i) else { return nil }
        return DateMatch(start: i, end: found.end, value: found.value.iso)
    }
}
