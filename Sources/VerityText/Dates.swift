import VerityDocument

/// A date written in the text, resolved against the document's own date where it is relative.
public struct DateMention: Sendable, Equatable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    /// ISO 8601: `2025-10-22`, or `2025-10` / `2025` when only that is known.
    public var value: String
    /// Days either side the expression allows ("about ten days ago" is loose).
    public var toleranceDays: Int
    /// Resolved from words like "today" or "on Monday" rather than written out.
    public var relative: Bool
    /// Set when a weekday does not fit its date ("Tuesday, March 4" in a year where that is a Wednesday).
    public var weekdayConflict: String?

    public var day: CalendarDay? { CalendarDay(iso: value) }
}

public enum DateExtractor {
    static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let ordinalWords: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "twentieth": 20, "thirtieth": 30]
    static let unitDays: [String: Int] = ["day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14, "fortnights": 14, "month": 30, "months": 30, "year": 365, "years": 365]
    static let futureCues: Set<String> = ["will", "'ll", "next", "scheduled", "plans", "plan", "expected", "upcoming", "coming", "shall", "until", "starting"]

    public static func extract(_ doc: Document) -> [DateMention] {
        extract(doc, tokens: Tokenizer.tokenize(doc.analysis, from: doc.bodyStart))
    }

    public static func extract(_ doc: Document, tokens t: [Token]) -> [DateMention] {
        let ref = doc.frontMatter.day ?? CalendarDay.today()
        var out: [DateMention] = []
        var anchor = ref
        var i = 0
        while i < t.count {
            if let (m, next) = parse(doc, t, i, ref: ref, anchor: anchor) {
                out.append(m)
                if !m.relative, let d = m.day { anchor = d }
                i = max(next, i + 1)
            } else { i += 1 }
        }
        return out
    }

    static func int(_ tok: Token) -> Int? { tok.kind == .number && !tok.norm.contains(",") && !tok.norm.contains(".") ? Int(tok.norm) : nil }
    static func month(_ t: [Token], _ i: Int) -> Int? {
        guard i >= 0, i < t.count, t[i].kind == .word, let m = Lexicon.months[t[i].norm] else { return nil }
        // "may" and "march" as verbs, "mar"/"sat" as words: require a capital
        if ["may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "feb", "apr", "sept"].contains(t[i].norm) && !t[i].capitalized { return nil }
        return m
    }
    static func weekday(_ t: [Token], _ i: Int) -> Int? {
        guard i >= 0, i < t.count, t[i].kind == .word, let w = Lexicon.weekdays[t[i].norm] else { return nil }
        if t[i].norm.count <= 4 && !t[i].capitalized { return nil }
        return w
    }
    /// A day of the month: `22`, `22nd`, `04th`.
    static func dayNumber(_ t: [Token], _ i: Int) -> (Int, Int)? {
        guard i < t.count, let d = int(t[i]), (1...31).contains(d), t[i].norm.count <= 2 else { return nil }
        var next = i + 1
        if next < t.count, t[next].start == t[i].end, ["st", "nd", "rd", "th"].contains(t[next].norm) { next += 1 }
        if next < t.count, t[next].start == t[i].end, t[next].kind == .word { return nil } // 22kg
        return (d, next)
    }
    static func yearNumber(_ t: [Token], _ i: Int) -> Int? {
        guard i < t.count, let y = int(t[i]), t[i].norm.count == 4, (1000...2999).contains(y) else { return nil }
        return y
    }
    /// The year that puts month/day nearest the reference date.
    static func inferYear(month: Int, day: Int, ref: CalendarDay) -> CalendarDay? {
        let candidates = [ref.year - 1, ref.year, ref.year + 1].compactMap { CalendarDay(year: $0, month: month, day: day) }
        return candidates.min { abs($0.ordinal - ref.ordinal) < abs($1.ordinal - ref.ordinal) }
    }

    static func mention(_ doc: Document, _ t: [Token], _ s: Int, _ e: Int, _ value: String, tol: Int = 0, relative: Bool = false, conflict: String? = nil) -> (DateMention, Int) {
        (DateMention(text: doc.slice(t[s].start, t[e - 1].end), start: t[s].start, end: t[e - 1].end, value: value,
                     toleranceDays: tol, relative: relative, weekdayConflict: conflict), e)
    }

    static func isFuture(_ t: [Token], _ i: Int) -> Bool {
        for k in max(0, i - 8)..<i where futureCues.contains(t[k].norm) { return true }
        return false
    }

    static func parse(_ doc: Document, _ t: [Token], _ i: Int, ref: CalendarDay, anchor: CalendarDay) -> (DateMention, Int)? {
        let w = t[i].norm
        // ISO 2025-10-22, 2020/Sep/23, 2019-aug-1
        if let y = yearNumber(t, i), i + 4 < t.count, ["-", "/"].contains(t[i + 1].norm), t[i + 3].norm == t[i + 1].norm,
           t[i + 1].start == t[i].end, t[i + 4].start == t[i + 3].end {
            let m = int(t[i + 2]) ?? Lexicon.months[t[i + 2].norm]
            if let m, let d = int(t[i + 4]), let day = CalendarDay(year: y, month: m, day: d) { return mention(doc, t, i, i + 5, day.iso) }
        }
        // numeric M/D/Y or M/D, Oct/2
        if (int(t[i]) != nil || month(t, i) != nil), i + 2 < t.count, t[i + 1].norm == "/", t[i + 1].start == t[i].end, t[i + 2].start == t[i + 1].end,
           !(i > 0 && t[i - 1].end == t[i].start && t[i - 1].kind != .word) {
            let m = int(t[i]) ?? month(t, i)!
            if let d = int(t[i + 2]), (1...12).contains(m), (1...31).contains(d) {
                if i + 4 < t.count, t[i + 3].norm == "/", t[i + 3].start == t[i + 2].end, var y = int(t[i + 4]) {
                    if t[i + 4].norm.count == 2 { y += y < 50 ? 2000 : 1900 }
                    if let day = CalendarDay(year: y, month: m, day: d) { return mention(doc, t, i, i + 5, day.iso) }
                } else if !(i + 3 < t.count && t[i + 3].norm == "/"), let day = inferYear(month: m, day: d, ref: ref) {
                    return mention(doc, t, i, i + 3, day.iso)
                }
            }
        }
        // [Weekday,] Month Day[, Year] | [Weekday,] Day Month [Year] | Month Year
        var k = i
        var wd: Int? = nil
        if let x = weekday(t, k) {
            wd = x; k += 1
            if k < t.count, t[k].norm == "," { k += 1 }
            if k < t.count, t[k].norm == "the" { k += 1 }
        }
        if let m = month(t, k) {
            var e = k + 1
            if e < t.count, t[e].norm == ".", t[e].start == t[k].end { e += 1 }
            if let (d, afterDay) = dayNumber(t, e) {
                var end = afterDay
                var year: Int? = nil
                var y0 = afterDay
                if y0 < t.count, t[y0].norm == "," { y0 += 1 }
                if let y = yearNumber(t, y0) { year = y; end = y0 + 1 }
                let day = year.flatMap { CalendarDay(year: $0, month: m, day: d) } ?? inferYear(month: m, day: d, ref: ref)
                if let day { return mention(doc, t, i, end, day.iso, conflict: conflict(wd, day)) }
            } else if let y = yearNumber(t, e) {
                return mention(doc, t, i, e + 1, String(format: "%04d-%02d", y, m))
            } else if wd == nil, k > 0, ["in", "since", "during", "by", "until", "of", "early", "late", "mid", "through", "from", "last", "next", "this"].contains(t[k - 1].norm), t[k].capitalized {
                var y = ref.year
                let last = t[k - 1].norm == "last", next = t[k - 1].norm == "next"
                if last { y = m >= ref.month ? ref.year - 1 : ref.year } else if next { y = m <= ref.month ? ref.year + 1 : ref.year }
                let s = (last || next || t[k - 1].norm == "this") ? k - 1 : k
                return mention(doc, t, s, k + 1, String(format: "%04d-%02d", y, m), relative: true)
            }
        }
        if let (d, afterDay) = dayNumber(t, k) {
            var e = afterDay
            if e < t.count, t[e].norm == "of" { e += 1 }
            if let m = month(t, e) {
                var end = e + 1
                if end < t.count, t[end].norm == ".", t[end].start == t[e].end { end += 1 }
                var year: Int? = nil
                var y0 = end
                if y0 < t.count, t[y0].norm == "," { y0 += 1 }
                if let y = yearNumber(t, y0) { year = y; end = y0 + 1 }
                if let day = year.flatMap({ CalendarDay(year: $0, month: m, day: d) }) ?? inferYear(month: m, day: d, ref: ref) {
                    return mention(doc, t, i, end, day.iso, conflict: conflict(wd, day))
                }
            }
        }
        // relative words
        switch w {
        case "today", "tonight", "otd":
            return mention(doc, t, i, i + 1, ref.iso, relative: true)
        case "yesterday":
            return mention(doc, t, i, i + 1, ref.adding(days: -1).iso, relative: true)
        case "tomorrow":
            return mention(doc, t, i, i + 1, ref.adding(days: 1).iso, relative: true)
        case "this" where i + 1 < t.count && ["morning", "afternoon", "evening"].contains(t[i + 1].norm):
            return mention(doc, t, i, i + 2, ref.iso, relative: true)
        case "the" where i + 3 < t.count && t[i + 1].norm == "day" && ["before", "after"].contains(t[i + 2].norm) && ["yesterday", "tomorrow"].contains(t[i + 3].norm):
            let base = t[i + 3].norm == "yesterday" ? -1 : 1
            return mention(doc, t, i, i + 4, ref.adding(days: base + (t[i + 2].norm == "before" ? -1 : 1)).iso, relative: true)
        case "last", "next", "this", "previous", "following", "coming", "past":
            guard i + 1 < t.count else { return nil }
            let sign = ["last", "previous", "past"].contains(w) ? -1 : 1
            let u = t[i + 1].norm
            if let target = weekday(t, i + 1) {
                var diff = (target - ref.weekday + 7) % 7
                if sign < 0 { diff = diff == 0 ? -7 : diff - 7 } else if w == "next" || w == "following" { if diff == 0 { diff = 7 } else if diff <= 0 { diff += 7 } }
                if w == "this" { diff = (target - ref.weekday + 7) % 7 }
                return mention(doc, t, i, i + 2, ref.adding(days: diff).iso, relative: true)
            }
            if u == "week" { return mention(doc, t, i, i + 2, ref.adding(days: w == "this" ? 0 : 7 * sign).iso, tol: 3, relative: true) }
            if u == "month" { let d = ref.adding(months: w == "this" ? 0 : sign); return mention(doc, t, i, i + 2, String(format: "%04d-%02d", d.year, d.month), relative: true) }
            if u == "year" { return mention(doc, t, i, i + 2, String(format: "%04d", ref.year + (w == "this" ? 0 : sign)), relative: true) }
        default: break
        }
        // N days ago, about ten days ago, two weeks earlier, in 3 days
        var n = i
        var approx = false
        if ["about", "around", "roughly", "some", "nearly", "almost", "approximately"].contains(w) { approx = true; n += 1 }
        let isIn = t[n].norm == "in" && n == i
        if isIn { n += 1 }
        if n < t.count, let count = int(t[n]) ?? NumberWords.value(of: t[n].norm).map(Int.init) ?? (t[n].norm == "a" ? 1 : nil), n + 1 < t.count, let per = unitDays[t[n + 1].norm] {
            let after = n + 2 < t.count ? t[n + 2].norm : ""
            let span = count * per
            let tol = approx ? max(2, span / 4) : (per >= 30 ? per / 2 : 0)
            if isIn, NumberWords.value(of: t[n].norm) != nil || int(t[n]) != nil || t[n].norm == "a" {
                if per == 30 { let d = ref.adding(months: count); return mention(doc, t, i, n + 2, d.iso, tol: tol, relative: true) }
                if per == 365 { let d = ref.adding(months: 12 * count); return mention(doc, t, i, n + 2, d.iso, tol: tol, relative: true) }
                return mention(doc, t, i, n + 2, ref.adding(days: span).iso, tol: tol, relative: true)
            }
            if after == "ago" {
                let d = per == 30 ? ref.adding(months: -count) : per == 365 ? ref.adding(months: -12 * count) : ref.adding(days: -span)
                return mention(doc, t, i, n + 3, d.iso, tol: tol, relative: true)
            }
            if ["earlier", "before", "later", "after"].contains(after), !(n + 3 < t.count && t[n + 3].kind == .word && !["the", "that"].contains(t[n + 3].norm) && ["before", "after"].contains(after)) {
                let sign = ["earlier", "before"].contains(after) ? -1 : 1
                let d = per == 30 ? anchor.adding(months: sign * count) : per == 365 ? anchor.adding(months: sign * 12 * count) : anchor.adding(days: sign * span)
                return mention(doc, t, i, n + 3, d.iso, tol: tol, relative: true)
            }
        }
        // a weekday on its own: "on Monday" is the latest such day, or the next one when the sentence looks ahead
        if let target = weekday(t, i), t[i].capitalized {
            var diff = (target - ref.weekday + 7) % 7
            if isFuture(t, i) { if diff == 0 { diff = 7 } } else if diff > 0 { diff -= 7 }
            var e = i + 1
            if e < t.count, ["morning", "afternoon", "evening", "night"].contains(t[e].norm) { e += 1 }
            return mention(doc, t, i, e, ref.adding(days: diff).iso, relative: true)
        }
        return nil
    }

    static func conflict(_ wd: Int?, _ day: CalendarDay) -> String? {
        guard let wd, wd != day.weekday else { return nil }
        return "\(monthNames[day.month - 1]) \(day.day), \(day.year) is a \(weekdayNames[day.weekday]), not a \(weekdayNames[wd])"
    }
}
