import VerityDocument

/// The words and numbers a date is written in: months, weekdays, days of the month, years, 5/12 and 2025-10-22.
extension DateExtractor {

    static func int(_ tok: Token) -> Int? { tok.plainInt }
    static func month(_ t: Tokens, _ i: Int) -> Int? {
        guard i >= 0, i < t.count, t[i].kind == .word, let m = t[i].lex(Lexicon.months) else { return nil }
        // "may" and "march" as verbs, "mar"/"sat" as words: require a capital
        if ["may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "feb", "apr", "sept"]
            .contains(t[i].norm) && !t[i].capitalized
        {
            return nil
        }
        return m
    }
    static func weekday(_ t: Tokens, _ i: Int) -> Int? {
        guard i >= 0, i < t.count, t[i].kind == .word, let w = t[i].lex(Lexicon.weekdays) else { return nil }
        if t[i].norm.utf8.count <= 4 && !t[i].capitalized { return nil }
        return w
    }
    /// A day of the month: `22`, `22nd`, `04th`.
    static func dayNumber(_ t: Tokens, _ i: Int) -> Match<Int>? {
        guard i < t.count, let d = int(t[i]), (1...31).contains(d), t[i].norm.utf8.count <= 2 else { return nil }
        var next = i + 1
        if next < t.count, t[next].start == t[i].end, ["st", "nd", "rd", "th"].contains(t[next].norm) { next += 1 }
        if next < t.count, t[next].start == t[i].end, t[next].kind == .word { return nil }  // 22kg
        return Match(d, end: next)
    }
    /// A day written as an ordinal word: "first", "twenty second", "thirty-first".
    static func dayOrdinal(_ t: Tokens, _ i: Int) -> Match<Int>? {
        guard i < t.count, t[i].kind == .word else { return nil }
        if let d = t[i].lex(Lexicon.ordinalWords) { return Match(d, end: i + 1) }
        if ["twenty", "thirty"].contains(t[i].norm) {
            var k = i + 1
            if k < t.count, t[k].norm == "-" { k += 1 }
            if k < t.count, let u = t[k].lex(Lexicon.ordinalWords), u < 10 {
                return Match((t[i].norm == "twenty" ? 20 : 30) + u, end: k + 1)
            }
        }
        return nil
    }

    /// A day of the month in digits or words ("22", "22nd", "twenty second", "twenty five").
    static func anyDay(_ t: Tokens, _ i: Int) -> Match<Int>? {
        dayNumber(t, i) ?? dayOrdinal(t, i) ?? dayCardinal(t, i)
    }

    static func dayCardinal(_ t: Tokens, _ i: Int) -> Match<Int>? {
        guard i < t.count, let v = t[i].lex(NumberWords.units), v >= 1, v == v.rounded(), t[i].norm != "dozen" else {
            return nil
        }
        var d = Int(v), k = i + 1
        if d == 20 || d == 30 {
            var m = k
            if m < t.count, t[m].norm == "-" { m += 1 }
            if m < t.count, let u = t[m].lex(NumberWords.units), u >= 1, u < 10 { d += Int(u); k = m + 1 }
        }
        return (1...31).contains(d) ? Match(d, end: k) : nil
    }

    /// A year in digits or words: "1986", "nineteen eighty six", "nineteen hundred ninety three", "two thousand and
    /// thirty two".
    static func yearAt(_ t: Tokens, _ i: Int) -> Match<Int>? {
        if let y = yearNumber(t, i) { return Match(y, end: i + 1) }
        func small(_ k: Int) -> (Int, Int)? {  // 1…99 in words
            guard k < t.count, let v = t[k].lex(NumberWords.units), v >= 1, v < 100, v == v.rounded(),
                t[k].norm != "dozen"
            else { return nil }
            var n = Int(v), e = k + 1
            if n >= 20, n % 10 == 0 {
                var m = e
                if m < t.count, t[m].norm == "-" { m += 1 }
                if m < t.count, let u = t[m].lex(NumberWords.units), u >= 1, u < 10 { n += Int(u); e = m + 1 }
            }
            return (n, e)
        }
        guard let (first, e1) = small(i) else { return nil }
        if first == 2, e1 < t.count, t[e1].norm == "thousand" {
            var e = e1 + 1
            if e < t.count, t[e].norm == "and" { e += 1 }
            if let (rest, e2) = small(e) { return Match(2000 + rest, end: e2) }
            return Match(2000, end: e1 + 1)
        }
        guard (10...20).contains(first) else { return nil }
        var e = e1
        if e < t.count, t[e].norm == "hundred" { e += 1; if e < t.count, t[e].norm == "and" { e += 1 } }
        guard let (rest, e2) = small(e) else { return nil }
        return Match(first * 100 + rest, end: e2)
    }

    static func twoDigitYear(_ t: Tokens, _ i: Int) -> Int? {
        guard i < t.count, t[i].kind == .number, t[i].norm.utf8.count == 2, let y = Int(t[i].norm) else { return nil }
        return y < 30 ? 2000 + y : 1900 + y
    }

    static func yearNumber(_ t: Tokens, _ i: Int) -> Int? {
        guard i < t.count, let y = int(t[i]), t[i].norm.utf8.count == 4, (1000...2999).contains(y) else { return nil }
        return y
    }
    /// The year that puts month/day nearest the reference date. A weekday written with it picks among the years where
    /// it fits ("classes begin Monday, Aug. 23" in November 2026 is 2027's); a sentence that looks ahead, among the
    /// days from the reference on ("will have to post notices by Dec. 1" in April is this December).
    static func inferYear(
        month: Int, day: Int, ref: CalendarDay, weekday: Int? = nil, future: Bool = false
    ) -> CalendarDay? {
        var candidates = [ref.year - 1, ref.year, ref.year + 1].compactMap {
            CalendarDay(year: $0, month: month, day: day)
        }
        if let weekday, candidates.contains(where: { $0.weekday == weekday }) {
            candidates.removeAll { $0.weekday != weekday }
        } else if future, candidates.contains(where: { $0.ordinal >= ref.ordinal }) {
            candidates.removeAll { $0.ordinal < ref.ordinal }
        }
        return candidates.min { abs($0.ordinal - ref.ordinal) < abs($1.ordinal - ref.ordinal) }
    }

    /// Two or three parts joined by one glued separator (`/` or `-`): numbers, a four-digit year, or a month word.
    /// 5/12, 22/04 (a first number over 12 is the day), 23/08/39, 2025-10-22, 05-Aug-2016, Sep-23-2020, Oct/2.
    static func separatedDate(_ t: Tokens, _ i: Int, ref: CalendarDay, afterWeekday: Bool = false)
        -> Match<CalendarDay>?
    {
        func glued(_ a: Int, _ b: Int) -> Bool { b < t.count && t[a].end == t[b].start }
        guard i + 2 < t.count, t[i].kind != .punct,
            ["/", "-"].contains(t[i + 1].norm) || (afterWeekday && t[i + 1].norm == "."), glued(i, i + 1),
            glued(i + 1, i + 2)
        else { return nil }
        // part of a longer id, unless it is a whole ISO date (report-2002-10-09.xlsx)
        let isoShaped =
            yearNumber(t, i) != nil && i + 4 < t.count && t[i + 1].norm == "-" && t[i + 3].norm == "-"
            && int(t[i + 2]) != nil && int(t[i + 4]) != nil
        if i > 0, glued(i - 1, i), t[i - 1].kind != .word || t[i - 1].norm == "-", !isoShaped, !afterWeekday {
            return nil
        }
        let sep = t[i + 1].norm
        var parts = [i, i + 2]
        if i + 4 < t.count, t[i + 3].norm == sep, glued(i + 2, i + 3), glued(i + 3, i + 4), t[i + 4].kind != .punct {
            parts.append(i + 4)
        }
        let end = parts.last! + 1
        if end + 1 < t.count, glued(end - 1, end), ["/", "-"].contains(t[end].norm), t[end + 1].kind == .number,
            !isoShaped
        {
            return nil
        }
        var month: Int? = nil, year: Int? = nil
        var nums: [Int] = []
        for p in parts {
            if let m = t[p].lex(Lexicon.months) { guard month == nil else { return nil }; month = m; continue }
            guard let v = int(t[p]) else { return nil }
            if t[p].norm.utf8.count == 4 { guard year == nil else { return nil }; year = v } else { nums.append(v) }
        }
        if parts.count == 3, year == nil {
            // a two-digit year closes the date: 23/08/39
            guard nums.count >= 2 else { return nil }
            let y = nums.removeLast()
            year = y < 30 ? 2000 + y : 1900 + y
        }
        let day: Int
        if let _ = month {
            guard nums.count == 1 else { return nil }
            day = nums[0]
        } else {
            guard nums.count == 2 else { return nil }
            let (a, b) = (nums[0], nums[1])
            if a > 12, b <= 12 { month = b; day = a } else if a <= 12 { month = a; day = b } else { return nil }
        }
        guard let m = month else { return nil }
        if let y = year { return CalendarDay(year: y, month: m, day: day).map { Match($0, end: end) } }
        // without a year, "10-15" is a range, not a date: only a slash or a month word makes it one
        guard sep == "/" || afterWeekday || parts.contains(where: { t[$0].lex(Lexicon.months) != nil }) else {
            return nil
        }
        return inferYear(month: m, day: day, ref: ref).map { Match($0, end: end) }
    }
}
