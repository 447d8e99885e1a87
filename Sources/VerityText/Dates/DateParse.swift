import VerityDocument

/// The date patterns, tried in order at a token that may begin a date; each names itself where it returns.
extension DateExtractor {
    static func parse(_ doc: Document, _ t: Tokens, _ i: Int, ref: CalendarDay, anchor: CalendarDay) -> (
        DateMention, Int
    )? {
        let w = t[i].norm
        // 20161016, 2016 10 16
        if t[i].kind == .number, t[i].norm.utf8.count == 8, let v = t[i].plainInt,
            let day = CalendarDay(year: v / 10000, month: v / 100 % 100, day: v % 100),
            (1900...2100).contains(day.year)
        {
            return mention(doc, t, i, i + 1, day.iso, rule: "date.compact-digits")
        }
        if let y = yearNumber(t, i), i + 2 < t.count, let m = int(t[i + 1]), let d = int(t[i + 2]),
            t[i + 1].norm.utf8.count <= 2, t[i + 2].norm.utf8.count <= 2,
            t[i + 1].start > t[i].end, t[i + 2].start > t[i + 1].end, let day = CalendarDay(year: y, month: m, day: d)
        {
            return mention(doc, t, i, i + 3, day.iso, rule: "date.year-month-day-spaced")
        }
        // [Weekday] 5/12, 22/04, 23/08/39, 05-Aug-2016, Sep-23-2020, Oct/2
        var wdNum = i
        if weekday(t, i) != nil || (t[i].lex(Lexicon.weekdays) != nil && t[i].norm.utf8.count > 4) { wdNum = i + 1 }
        if let (day, end) = separatedDate(t, wdNum, ref: ref, afterWeekday: wdNum > i) {
            return mention(doc, t, i, end, day.iso, rule: "date.separated")
        }
        // [Weekday,] Month Day[, Year] | [Weekday,] Day Month [Year] | Month Year
        var k = i
        var wd: Int? = nil
        if let x = weekday(t, k) ?? (t[k].norm.utf8.count > 5 ? t[k].lex(Lexicon.weekdays) : nil) {
            wd = x; k += 1
            if k < t.count, t[k].norm == "," { k += 1 }
            if k < t.count, t[k].norm == "the" { k += 1 }
        }
        if let m = month(t, k) {
            var e = k + 1
            if e < t.count, t[e].norm == ".", t[e].start == t[k].end { e += 1 }
            // October, 1st
            if e < t.count, t[e].norm == ",", anyDay(t, e + 1) != nil, yearNumber(t, e + 1) == nil { e += 1 }
            if e < t.count, t[e].norm == "the" { e += 1 }
            if let (d, afterDay) = anyDay(t, e) {
                var end = afterDay
                var year: Int? = nil
                var y0 = afterDay
                if y0 < t.count, t[y0].norm == "," { y0 += 1 }
                if let (y, e2) = yearAt(t, y0) {
                    year = y; end = e2
                } else if end + 1 < t.count, ["of", "in"].contains(t[end].norm),
                    let y = yearNumber(t, end + 1) ?? twoDigitYear(t, end + 1)
                {
                    year = y; end += 2
                } else if dayOrdinal(t, e) != nil, let y = twoDigitYear(t, y0) {
                    year = y; end = y0 + 1
                }  // January first 12
                let day =
                    year.flatMap { CalendarDay(year: $0, month: m, day: d) } ?? inferYear(month: m, day: d, ref: ref)
                if let day {
                    return mention(
                        doc, t, i, end, day.iso, rule: wd == nil ? "date.month-day" : "date.weekday-month-day",
                        conflict: conflict(wd, day))
                }
            } else if let y = yearNumber(t, e) {
                return mention(doc, t, i, e + 1, CalendarDay.isoMonth(y, m), rule: "date.month-year")
            } else if wd == nil, k > 0,
                [
                    "in", "since", "during", "by", "until", "of", "early", "late", "mid", "through", "from", "last",
                    "next", "this",
                ].contains(t[k - 1].norm), t[k].capitalized
            {
                var y = ref.year
                let last = t[k - 1].norm == "last", next = t[k - 1].norm == "next"
                if last {
                    y = m >= ref.month ? ref.year - 1 : ref.year
                } else if next {
                    y = m <= ref.month ? ref.year + 1 : ref.year
                }
                let s = (last || next || t[k - 1].norm == "this") ? k - 1 : k
                return mention(doc, t, s, k + 1, CalendarDay.isoMonth(y, m), rule: "date.month", relative: true)
            }
        }
        if let (d, afterDay) = anyDay(t, k), !(k > 0 && Units.currencySymbols[t[k - 1].norm] != nil) {
            var e = afterDay
            // 18 and 19 June: the first day takes the month written after the second
            if e + 1 < t.count, ["and", "or", "to", "-"].contains(t[e].norm), let (_, after2) = anyDay(t, e + 1),
                let m = month(t, after2) ?? (after2 < t.count ? t[after2].lex(Lexicon.months) : nil)
            {
                let year = yearAt(t, after2 + 1)?.0
                if let day = year.flatMap({ CalendarDay(year: $0, month: m, day: d) })
                    ?? inferYear(month: m, day: d, ref: ref)
                {
                    return mention(doc, t, i, afterDay, day.iso, rule: "date.day-and-day-month")
                }
            }
            // the 15th day of next month, twenty third day of September
            if e + 1 < t.count, t[e].norm == "day", t[e + 1].norm == "of" {
                var f = e + 2
                if f < t.count, t[f].norm == "the" { f += 1 }
                if f + 1 < t.count,
                    let shift = ["next": 1, "this": 0, "last": -1, "previous": -1, "following": 1][t[f].norm],
                    t[f + 1].norm == "month"
                {
                    if let mo = ref.adding(months: shift), let day = CalendarDay(year: mo.year, month: mo.month, day: d)
                    {
                        return mention(doc, t, i, f + 2, day.iso, rule: "date.day-of-relative-month", relative: true)
                    }
                }
                e = f - 1  // "of", then the month below
            }
            if e < t.count, t[e].norm == "of" { e += 1 }
            if let m = month(t, e)
                ?? (e < t.count && afterDay > k && (dayNumber(t, k) != nil || t[e - 1].norm == "of")
                    ? t[e].lex(Lexicon.months) : nil)
            {
                var end = e + 1
                if end < t.count, t[end].norm == ".", t[end].start == t[e].end { end += 1 }
                var year: Int? = nil
                var y0 = end
                if y0 < t.count, t[y0].norm == "," { y0 += 1 }
                if let (y, e2) = yearAt(t, y0) { year = y; end = e2 }
                if year == nil, end + 1 < t.count, ["of", "in"].contains(t[end].norm),
                    let y = yearNumber(t, end + 1) ?? twoDigitYear(t, end + 1)
                {
                    year = y; end += 2
                }  // fourth of july of 1995, 15 April of 87
                if let day = year.flatMap({ CalendarDay(year: $0, month: m, day: d) })
                    ?? inferYear(month: m, day: d, ref: ref)
                {
                    return mention(
                        doc, t, i, end, day.iso, rule: wd == nil ? "date.day-month" : "date.weekday-day-month",
                        conflict: conflict(wd, day))
                }
            }
            // Sunday 31, Mon 13th, tuesday the eleventh: the nearest month where that day is that weekday
            if let wd, !(afterDay < t.count && t[afterDay].lex(unitDays) != nil),
                let near = nearestMonth(day: d, weekday: wd, ref: ref)
            {
                return mention(doc, t, i, afterDay, near.iso, rule: "date.weekday-day")
            }
            // the 18th: this month
            if wd == nil, k > 0, t[k - 1].norm == "the", dayNumber(t, k) != nil,
                afterDay > k + 1 || dayOrdinal(t, k) != nil,
                let day = CalendarDay(year: ref.year, month: ref.month, day: d)
            {
                var end = afterDay
                if end + 1 < t.count, t[end].norm == "this", t[end + 1].norm == "month" { end += 2 }
                return mention(doc, t, k - 1, end, day.iso, rule: "date.ordinal-this-month", relative: true)
            }
        }
        // holidays: Christmas, Easter 2018, next easter, independence day of this year
        do {
            var h = i
            var shift = 0
            if ["next", "following", "coming"].contains(w) {
                shift = 1; h += 1
            } else if ["last", "previous", "past"].contains(w) {
                shift = -1; h += 1
            }
            if h < t.count, holidayFirstWords.contains(t[h].norm), let (name, after) = holidayName(t, h) {
                var end = after
                var year = ref.year
                if let y = yearNumber(t, end) {
                    year = y; end += 1
                } else if end + 3 < t.count, t[end].norm == "of", t[end + 1].norm == "this", t[end + 2].norm == "year" {
                    end += 3
                } else if let this = holiday(name, year: ref.year) {
                    // a holiday named on its own is the coming one
                    if shift == 0, this < ref { year = ref.year + 1 }
                    if shift > 0 {
                        year = this > ref ? ref.year : ref.year + 1
                    } else if shift < 0 {
                        year = this < ref ? ref.year : ref.year - 1
                    }
                }
                if let day = holiday(name, year: year) {
                    return mention(doc, t, i, end, day.iso, rule: "date.holiday", relative: yearNumber(t, after) == nil)
                }
            }
        }
        // relative words
        switch w {
        case "today", "tonight", "otd":
            return mention(doc, t, i, i + 1, ref.iso, rule: "date.today", relative: true)
        case "yesterday":
            return mention(doc, t, i, i + 1, ref.adding(days: -1)?.iso, rule: "date.yesterday", relative: true)
        case "tomorrow", "tmrw", "tmr":
            return mention(doc, t, i, i + 1, ref.adding(days: 1)?.iso, rule: "date.tomorrow", relative: true)
        case "the"
        where i + 2 < t.count && t[i + 1].norm == "day" && ["before", "after"].contains(t[i + 2].norm)
            && (i + 3 >= t.count || t[i + 3].kind == .punct):
            // "the day before", "the day after", said on their own
            return mention(
                doc, t, i, i + 3, ref.adding(days: t[i + 2].norm == "before" ? -1 : 1)?.iso,
                rule: "date.day-before-after", relative: true)
        case "this" where i + 1 < t.count && ["morning", "afternoon", "evening"].contains(t[i + 1].norm):
            return mention(doc, t, i, i + 2, ref.iso, rule: "date.this-part-of-day", relative: true)
        case "the"
        where i + 3 < t.count && t[i + 1].norm == "day" && ["before", "after"].contains(t[i + 2].norm)
            && ["yesterday", "tomorrow"].contains(t[i + 3].norm):
            let base = t[i + 3].norm == "yesterday" ? -1 : 1
            return mention(
                doc, t, i, i + 4, ref.adding(days: base + (t[i + 2].norm == "before" ? -1 : 1))?.iso,
                rule: "date.day-before-after-relative", relative: true)
        case "last", "next", "this", "previous", "following", "coming", "past":
            guard i + 1 < t.count else { return nil }
            if i + 2 < t.count, t[i + 1].lex(Lexicon.weekdays) != nil {
                // this friday 5/12, this Friday-Jun-15, this friday (jun-15): the written date wins
                var k = i + 2
                if k < t.count, ["-", "("].contains(t[k].norm) { k += 1 }
                if let (day, end) = separatedDate(t, k, ref: ref, afterWeekday: true) {
                    let close = end < t.count && t[end].norm == ")" ? end + 1 : end
                    return mention(doc, t, i, close, day.iso, rule: "date.relative-weekday-written-date")
                }
                // this Friday 7.6: month and day with a dot
                if k < t.count, t[k].kind == .number, t[k].norm.split(separator: ".").count == 2,
                    let m = Int(t[k].norm.split(separator: ".")[0]), let d = Int(t[k].norm.split(separator: ".")[1]),
                    let day = inferYear(month: m, day: d, ref: ref)
                {
                    return mention(doc, t, i, k + 1, day.iso, rule: "date.relative-weekday-dotted")
                }
            }
            if w == "next", !(t[i + 1].lex(Lexicon.weekdays) != nil),
                !["week", "month", "year"].contains(t[i + 1].norm),
                let (m, end) = parse(doc, t, i + 1, ref: ref, anchor: anchor), var d = m.day
            {
                while d <= ref { guard let later = d.adding(months: 12) else { return nil }; d = later }
                return mention(doc, t, i, end, d.iso, rule: "date.next-named-date", relative: true)
            }
            let sign = ["last", "previous", "past"].contains(w) ? -1 : 1
            let u = t[i + 1].norm
            if let target = weekday(t, i + 1) ?? (t[i + 1].norm.utf8.count > 5 ? t[i + 1].lex(Lexicon.weekdays) : nil) {
                // weeks run Monday to Sunday: "next Friday" is Friday of next week, "last Wednesday" Wednesday of last
                // week;
                // "coming" and "past" are the nearest such day after or before
                let day: CalendarDay?
                switch w {
                case "coming":
                    day = ref.adding(days: (target - ref.weekday + 7) % 7 == 0 ? 7 : (target - ref.weekday + 7) % 7)
                case "past":
                    day = ref.adding(
                        days: (target - ref.weekday + 7) % 7 == 0 ? -7 : (target - ref.weekday + 7) % 7 - 7)
                case "this": day = weekdayIn(weeks: 0, target, ref: ref)
                default: day = weekdayIn(weeks: sign, target, ref: ref)
                }
                return mention(doc, t, i, i + 2, day?.iso, rule: "date.relative-weekday", relative: true)
            }
            if u == "week" {
                var e = i + 2
                while e < t.count, ["-", "on", ","].contains(t[e].norm) { e += 1 }
                if e < t.count, let target = t[e].lex(Lexicon.weekdays) {
                    return mention(
                        doc, t, i, e + 1, weekdayIn(weeks: w == "this" ? 0 : sign, target, ref: ref)?.iso,
                        rule: "date.relative-week-weekday", relative: true)
                }
                return mention(
                    doc, t, i, i + 2, ref.adding(days: w == "this" ? 0 : 7 * sign)?.iso, rule: "date.relative-week",
                    tol: 3, relative: true)
            }
            if u == "month" {
                let d = ref.adding(months: w == "this" ? 0 : sign)
                return mention(
                    doc, t, i, i + 2, d.map { CalendarDay.isoMonth($0.year, $0.month) }, rule: "date.relative-month",
                    relative: true)
            }
            if u == "year" {
                return mention(
                    doc, t, i, i + 2, CalendarDay.pad(ref.year + (w == "this" ? 0 : sign), 4),
                    rule: "date.relative-year", relative: true)
            }
        default: break
        }
        // N days ago, about ten days ago, two weeks earlier, in 3 days
        var n = i
        var approx = false
        if ["about", "around", "roughly", "some", "nearly", "almost", "approximately"].contains(w) {
            approx = true; n += 1
        }
        let isIn = t[n].norm == "in" && n == i
        if isIn { n += 1 }
        if n < t.count,
            let written = int(t[n]) ?? t[n].lex(NumberWords.units).map(Int.init) ?? (t[n].norm == "a" ? 1 : nil),
            n + 1 < t.count,
            let per = t[n + 1].lex(unitDays)
                ?? unitDays[String(t[n + 1].norm.dropLast(2))].flatMap({ t[n + 1].norm.hasSuffix("'s") ? $0 : nil })
        {
            let after = n + 2 < t.count ? t[n + 2].norm : ""
            // ten million of any unit is past every supported year already; the cap keeps the products from overflowing
            let count = min(written, 10_000_000)
            let span = count * per
            let tol = approx ? max(2, span / 4) : (per >= 30 ? per / 2 : 0)
            if isIn, ["after", "before", "from"].contains(after) {
                // fall through to "N units from X" below
            } else if isIn, t[n].lex(NumberWords.units) != nil || int(t[n]) != nil || t[n].norm == "a" {
                if per == 30 {
                    return onWeekday(doc, t, i, n + 2, ref.adding(months: count), tol: tol, rule: "date.in-n-months")
                }
                if per == 365 {
                    return mention(
                        doc, t, i, n + 2, ref.adding(months: 12 * count)?.iso, rule: "date.in-n-years", tol: tol,
                        relative: true)
                }
                return onWeekday(doc, t, i, n + 2, ref.adding(days: span), tol: tol, rule: "date.in-n-days")
            }
            if ["after", "before", "from"].contains(after), n + 3 < t.count {
                // two days after today, three weeks from tomorrow, 2 weeks before Christmas, three days from now
                let anchorDate: (CalendarDay, Int)?
                if t[n + 3].norm == "now" {
                    anchorDate = (ref, n + 4)
                } else if let (base, e) = parse(doc, t, n + 3, ref: ref, anchor: anchor), let b = base.day {
                    anchorDate = (b, e)
                } else {
                    anchorDate = nil
                }
                if let (b, end) = anchorDate {
                    let sign = after == "before" ? -1 : 1
                    let d =
                        per == 30
                        ? b.adding(months: sign * count)
                        : per == 365 ? b.adding(months: sign * 12 * count) : b.adding(days: sign * span)
                    return onWeekday(doc, t, i, end, d, tol: tol, rule: "date.n-units-from")
                }
            }
            if after == "ago" {
                let d =
                    per == 30
                    ? ref.adding(months: -count)
                    : per == 365 ? ref.adding(months: -12 * count) : ref.adding(days: -span)
                return mention(doc, t, i, n + 3, d?.iso, rule: "date.n-units-ago", tol: tol, relative: true)
            }
            if ["earlier", "before", "later", "after"].contains(after),
                !(n + 3 < t.count && t[n + 3].kind == .word && !["the", "that"].contains(t[n + 3].norm)
                    && ["before", "after"].contains(after))
            {
                let sign = ["earlier", "before"].contains(after) ? -1 : 1
                let d =
                    per == 30
                    ? anchor.adding(months: sign * count)
                    : per == 365 ? anchor.adding(months: sign * 12 * count) : anchor.adding(days: sign * span)
                return mention(doc, t, i, n + 3, d?.iso, rule: "date.n-units-earlier-later", tol: tol, relative: true)
            }
        }
        // Monday of the following week, tuesday of last week
        if let target = t[i].lex(Lexicon.weekdays), t[i].norm.utf8.count > 4, i + 3 < t.count, t[i + 1].norm == "of" {
            var e = i + 2
            if t[e].norm == "the" { e += 1 }
            if e + 1 < t.count, t[e + 1].norm == "week",
                let weeks = ["next": 1, "following": 1, "last": -1, "previous": -1, "this": 0][t[e].norm]
            {
                return mention(
                    doc, t, i, e + 2, weekdayIn(weeks: weeks, target, ref: ref)?.iso, rule: "date.weekday-of-week",
                    relative: true)
            }
        }
        // a weekday on its own: "on Monday" is the latest such day, or the next one when the sentence looks ahead
        if let target = weekday(t, i) ?? (t[i].norm.utf8.count > 5 ? t[i].lex(Lexicon.weekdays) : nil),
            t[i].capitalized || t[i].norm.utf8.count > 5
        {
            // Monday two weeks from now, Saturday 3 days from now: that weekday in the week the rest names
            var k = i + 1
            if k < t.count, t[k].norm == "," { k += 1 }
            if k < t.count, t[k].kind == .number || t[k].lex(NumberWords.units) != nil,
                let (m, end) = parse(doc, t, k, ref: ref, anchor: anchor),
                m.relative, let d = m.day, end > k + 2
            {
                return mention(
                    doc, t, i, end, d.adding(days: target - d.weekday)?.iso, rule: "date.weekday-in-relative-week",
                    relative: true)
            }
            var diff = (target - ref.weekday + 7) % 7
            if isFuture(t, i) { if diff == 0 { diff = 7 } } else if diff > 0 { diff -= 7 }
            var e = i + 1
            if e < t.count, ["morning", "afternoon", "evening", "night"].contains(t[e].norm) { e += 1 }
            return mention(doc, t, i, e, ref.adding(days: diff)?.iso, rule: "date.weekday", relative: true)
        }
        return nil
    }
}
