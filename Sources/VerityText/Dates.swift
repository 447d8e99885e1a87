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

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real day, month or year within `CalendarDay.supportedYears`.
    public static func isWellFormed(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].utf8.count == 4, parts.dropFirst().allSatisfy({ $0.utf8.count == 2 }),
              let year = Int(parts[0]), CalendarDay.supportedYears.contains(year) else { return false }
        guard parts.count > 1 else { return true }
        guard let month = Int(parts[1]), (1...12).contains(month) else { return false }
        guard parts.count > 2 else { return true }
        return Int(parts[2]).flatMap { CalendarDay(year: year, month: month, day: $0) } != nil
    }
}

/// What a document's dates read: those it fixes, and those that would need a date the document does not give.
public struct DateReading: Sendable {
    public var dates: [DateMention] = []
    /// Relative or year-less expressions in a text with no date of its own.
    public var unresolved: [DateMention] = []
}

public enum DateExtractor {
    static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let ordinalWords: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "twentieth": 20, "thirtieth": 30]
    static let unitDays: [String: Int] = ["day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14, "fortnights": 14, "month": 30, "months": 30, "year": 365, "years": 365]
    static let futureCues: Set<String> = ["will", "'ll", "next", "scheduled", "plans", "plan", "expected", "upcoming", "coming", "shall", "until", "starting"]

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
            guard t[i].kind == .number ? mayBeginDateAtNumber(t, i) : t[i].classes.contains(.dateStart) && mayBeginDate(t, i) else { i += 1; continue }
            guard let (m, next) = parse(doc, t, i, ref: ref, anchor: anchor) else { i += 1; continue }
            let start = i
            i = max(next, i + 1)
            if given == nil {
                let probe = parse(doc, t, start, ref: probeDays.1, anchor: probeAnchor)
                guard let probe, probe.0.value == m.value else { out.unresolved.append(m); continue }
                if !probe.0.relative, let d = probe.0.day { probeAnchor = d }
            }
            out.dates.append(m)
            if !m.relative, let d = m.day { anchor = d }
        }
        return out
    }

    /// Words that say something of a date by themselves (see `WordClass.dateCore`).
    static let coreWords: Set<String> = {
        var s = Set(Lexicon.months.keys).union(Lexicon.weekdays.keys).union(NumberWords.units.keys).union(ordinalWords.keys).union(unitDays.keys)
        s.formUnion(holidayFirstWords)
        s.formUnion(unitDays.keys.map { $0 + "'s" }) // "in a fortnight's time"
        s.formUnion(["today", "tonight", "otd", "yesterday", "tomorrow", "tmrw", "tmr", "morning", "afternoon", "evening", "night",
                     "twenty", "thirty", "now"])
        return s
    }()

    /// A starter that is no date by itself ("the", "in", "last") begins one only with a number or a core word close after it.
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
        if n.start == t[i].end, n.norm == "/" || n.norm == "-" || n.norm == "." || n.norm == "st" || n.norm == "nd" || n.norm == "rd" || n.norm == "th" { return true }
        var k = i + 1
        while k < t.count, k <= i + 3 {
            if t[k].classes.contains(.dateCore) { return true }
            k += 1
        }
        return false
    }

    /// Words a date expression can begin with; any other word is passed over at once.
    static let starters: Set<String> = {
        var s = Set(Lexicon.months.keys).union(Lexicon.weekdays.keys).union(NumberWords.units.keys).union(ordinalWords.keys)
        s.formUnion(["today", "tonight", "otd", "yesterday", "tomorrow", "this", "the", "last", "next", "previous", "following",
                     "coming", "past", "about", "around", "roughly", "some", "nearly", "almost", "approximately", "in", "a", "twenty", "thirty"])
        s.formUnion(holidayFirstWords)
        return s
    }()

    static func int(_ tok: Token) -> Int? { tok.plainInt }
    static func month(_ t: Tokens, _ i: Int) -> Int? {
        guard i >= 0, i < t.count, t[i].kind == .word, let m = t[i].lex(Lexicon.months) else { return nil }
        // "may" and "march" as verbs, "mar"/"sat" as words: require a capital
        if ["may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "feb", "apr", "sept"].contains(t[i].norm) && !t[i].capitalized { return nil }
        return m
    }
    static func weekday(_ t: Tokens, _ i: Int) -> Int? {
        guard i >= 0, i < t.count, t[i].kind == .word, let w = t[i].lex(Lexicon.weekdays) else { return nil }
        if t[i].norm.utf8.count <= 4 && !t[i].capitalized { return nil }
        return w
    }
    /// A day of the month: `22`, `22nd`, `04th`.
    static func dayNumber(_ t: Tokens, _ i: Int) -> (Int, Int)? {
        guard i < t.count, let d = int(t[i]), (1...31).contains(d), t[i].norm.utf8.count <= 2 else { return nil }
        var next = i + 1
        if next < t.count, t[next].start == t[i].end, ["st", "nd", "rd", "th"].contains(t[next].norm) { next += 1 }
        if next < t.count, t[next].start == t[i].end, t[next].kind == .word { return nil } // 22kg
        return (d, next)
    }
    /// A day written as an ordinal word: "first", "twenty second", "thirty-first".
    static func dayOrdinal(_ t: Tokens, _ i: Int) -> (Int, Int)? {
        guard i < t.count, t[i].kind == .word else { return nil }
        if let d = t[i].lex(ordinalWords) { return (d, i + 1) }
        if ["twenty", "thirty"].contains(t[i].norm) {
            var k = i + 1
            if k < t.count, t[k].norm == "-" { k += 1 }
            if k < t.count, let u = t[k].lex(ordinalWords), u < 10 { return ((t[i].norm == "twenty" ? 20 : 30) + u, k + 1) }
        }
        return nil
    }

    /// A day of the month in digits or words ("22", "22nd", "twenty second", "twenty five").
    static func anyDay(_ t: Tokens, _ i: Int) -> (Int, Int)? { dayNumber(t, i) ?? dayOrdinal(t, i) ?? dayCardinal(t, i) }

    static func dayCardinal(_ t: Tokens, _ i: Int) -> (Int, Int)? {
        guard i < t.count, let v = t[i].lex(NumberWords.units), v >= 1, v == v.rounded(), t[i].norm != "dozen" else { return nil }
        var d = Int(v), k = i + 1
        if d == 20 || d == 30 {
            var m = k
            if m < t.count, t[m].norm == "-" { m += 1 }
            if m < t.count, let u = t[m].lex(NumberWords.units), u >= 1, u < 10 { d += Int(u); k = m + 1 }
        }
        return (1...31).contains(d) ? (d, k) : nil
    }

    /// A year in digits or words: "1986", "nineteen eighty six", "nineteen hundred ninety three", "two thousand and thirty two".
    static func yearAt(_ t: Tokens, _ i: Int) -> (Int, Int)? {
        if let y = yearNumber(t, i) { return (y, i + 1) }
        func small(_ k: Int) -> (Int, Int)? { // 1…99 in words
            guard k < t.count, let v = t[k].lex(NumberWords.units), v >= 1, v < 100, v == v.rounded(), t[k].norm != "dozen" else { return nil }
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
            if let (rest, e2) = small(e) { return (2000 + rest, e2) }
            return (2000, e1 + 1)
        }
        guard (10...20).contains(first) else { return nil }
        var e = e1
        if e < t.count, t[e].norm == "hundred" { e += 1; if e < t.count, t[e].norm == "and" { e += 1 } }
        guard let (rest, e2) = small(e) else { return nil }
        return (first * 100 + rest, e2)
    }

    /// Monday of the week holding `d`.
    static func monday(_ d: CalendarDay) -> CalendarDay? { d.adding(days: -((d.weekday + 6) % 7)) }

    /// The weekday in the week `weeks` away from the reference's (weeks run Monday to Sunday).
    static func weekdayIn(weeks: Int, _ target: Int, ref: CalendarDay) -> CalendarDay? {
        monday(ref)?.adding(days: 7 * weeks + (target + 6) % 7)
    }

    /// How a holiday falls in a year.
    enum HolidayRule { case fixed(month: Int, day: Int), nthWeekday(n: Int, weekday: Int, month: Int, shift: Int), easter }

    /// Holidays by every name the extractor reads for them (lowercase, dots and closing apostrophes dropped): the one
    /// list that `holiday(_:year:)`, the names matched in text and the words that may begin one come from.
    static let holidays: [String: HolidayRule] = {
        let groups: [([String], HolidayRule)] = [
            (["christmas", "christmas day"], .fixed(month: 12, day: 25)),
            (["christmas eve"], .fixed(month: 12, day: 24)),
            (["new year", "new year's day", "new years day", "new year day"], .fixed(month: 1, day: 1)),
            (["new year's eve", "new years eve"], .fixed(month: 12, day: 31)),
            (["independence day"], .fixed(month: 7, day: 4)),
            (["halloween"], .fixed(month: 10, day: 31)),
            (["valentine's day", "valentines day"], .fixed(month: 2, day: 14)),
            (["boxing day"], .fixed(month: 12, day: 26)),
            (["earth day"], .fixed(month: 4, day: 22)),
            (["saint patrick", "st patrick", "saint patrick's day", "st patrick's day"], .fixed(month: 3, day: 17)),
            (["may day", "international workers day", "labour day", "workers day"], .fixed(month: 5, day: 1)),
            (["thanksgiving", "thanksgiving day"], .nthWeekday(n: 4, weekday: 4, month: 11, shift: 0)),
            (["black friday"], .nthWeekday(n: 4, weekday: 4, month: 11, shift: 1)),
            (["labor day"], .nthWeekday(n: 1, weekday: 1, month: 9, shift: 0)),
            (["memorial day"], .nthWeekday(n: 1, weekday: 1, month: 6, shift: -7)),
            (["easter", "easter sunday"], .easter),
        ]
        var t: [String: HolidayRule] = [:]
        for (names, rule) in groups { for n in names { t[n] = rule } }
        return t
    }()

    /// Fixed and movable holidays, for a given year.
    static func holiday(_ name: String, year: Int) -> CalendarDay? {
        switch holidays[name] {
        case nil: return nil
        case .fixed(let month, let day): return CalendarDay(year: year, month: month, day: day)
        case .nthWeekday(let n, let weekday, let month, let shift):
            guard let first = CalendarDay(year: year, month: month, day: 1) else { return nil }
            return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1) + shift)
        case .easter:
            // anonymous Gregorian computus
            let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
            let h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
            let m = (a + 11 * h + 22 * l) / 451
            return CalendarDay(year: year, month: (h + l - 7 * m + 114) / 31, day: (h + l - 7 * m + 114) % 31 + 1)
        }
    }

    static let holidayFirstWords = Set(holidays.keys.map { String($0.prefix { $0 != " " }) })

    /// Matches a holiday name of up to four words at `i`; returns the name and the index after it.
    static func holidayName(_ t: Tokens, _ i: Int) -> (String, Int)? {
        var name = "", best: (String, Int)? = nil, words = 0
        var k = i
        // words are added one at a time while they still begin some holiday's name; the longest full name wins
        while k < t.count, words < 4 {
            if t[k].kind == .word {
                name = words == 0 ? t[k].norm : name + " " + t[k].norm
                words += 1
                guard holidayPrefixes.contains(name) else { break }
                if holidays[name] != nil { best = (name, k + 1) }
            } else if t[k].norm != "'" && t[k].norm != "." { break }
            k += 1
        }
        return best
    }

    static let holidayPrefixes: Set<String> = {
        var p = Set<String>()
        for n in holidays.keys {
            let w = n.split(separator: " ")
            for k in 1...w.count { p.insert(w[0..<k].joined(separator: " ")) }
        }
        return p
    }()

    static func twoDigitYear(_ t: Tokens, _ i: Int) -> Int? {
        guard i < t.count, t[i].kind == .number, t[i].norm.utf8.count == 2, let y = Int(t[i].norm) else { return nil }
        return y < 30 ? 2000 + y : 1900 + y
    }

    static func yearNumber(_ t: Tokens, _ i: Int) -> Int? {
        guard i < t.count, let y = int(t[i]), t[i].norm.utf8.count == 4, (1000...2999).contains(y) else { return nil }
        return y
    }
    /// The year that puts month/day nearest the reference date.
    static func inferYear(month: Int, day: Int, ref: CalendarDay) -> CalendarDay? {
        let candidates = [ref.year - 1, ref.year, ref.year + 1].compactMap { CalendarDay(year: $0, month: month, day: day) }
        return candidates.min { abs($0.ordinal - ref.ordinal) < abs($1.ordinal - ref.ordinal) }
    }

    /// Two or three parts joined by one glued separator (`/` or `-`): numbers, a four-digit year, or a month word.
    /// 5/12, 22/04 (a first number over 12 is the day), 23/08/39, 2025-10-22, 05-Aug-2016, Sep-23-2020, Oct/2.
    static func separatedDate(_ t: Tokens, _ i: Int, ref: CalendarDay, afterWeekday: Bool = false) -> (CalendarDay, Int)? {
        func glued(_ a: Int, _ b: Int) -> Bool { b < t.count && t[a].end == t[b].start }
        guard i + 2 < t.count, t[i].kind != .punct, ["/", "-"].contains(t[i + 1].norm) || (afterWeekday && t[i + 1].norm == "."), glued(i, i + 1), glued(i + 1, i + 2) else { return nil }
        // part of a longer id, unless it is a whole ISO date (report-2002-10-09.xlsx)
        let isoShaped = yearNumber(t, i) != nil && i + 4 < t.count && t[i + 1].norm == "-" && t[i + 3].norm == "-" && int(t[i + 2]) != nil && int(t[i + 4]) != nil
        if i > 0, glued(i - 1, i), t[i - 1].kind != .word || t[i - 1].norm == "-", !isoShaped, !afterWeekday { return nil }
        let sep = t[i + 1].norm
        var parts = [i, i + 2]
        if i + 4 < t.count, t[i + 3].norm == sep, glued(i + 2, i + 3), glued(i + 3, i + 4), t[i + 4].kind != .punct { parts.append(i + 4) }
        let end = parts.last! + 1
        if end + 1 < t.count, glued(end - 1, end), ["/", "-"].contains(t[end].norm), t[end + 1].kind == .number, !isoShaped { return nil }
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
        if let y = year { return CalendarDay(year: y, month: m, day: day).map { ($0, end) } }
        // without a year, "10-15" is a range, not a date: only a slash or a month word makes it one
        guard sep == "/" || afterWeekday || parts.contains(where: { t[$0].lex(Lexicon.months) != nil }) else { return nil }
        return inferYear(month: m, day: day, ref: ref).map { ($0, end) }
    }

    /// The mention of tokens `s..<e`, or nil when its value is no date Verity can name (arithmetic ran out of range).
    static func mention(_ doc: Document, _ t: Tokens, _ s: Int, _ e: Int, _ value: String?, tol: Int = 0,
                        relative: Bool = false, conflict: String? = nil) -> (DateMention, Int)? {
        guard let value, DateMention.isWellFormed(value) else { return nil }
        return (DateMention(text: doc.slice(t[s].start, t[e - 1].end), start: t[s].start, end: t[e - 1].end, value: value,
                     toleranceDays: tol, relative: relative, weekdayConflict: conflict), e)
    }

    static func isFuture(_ t: Tokens, _ i: Int) -> Bool {
        for k in max(0, i - 8)..<i where futureCues.contains(t[k].norm) { return true }
        return false
    }

    static func parse(_ doc: Document, _ t: Tokens, _ i: Int, ref: CalendarDay, anchor: CalendarDay) -> (DateMention, Int)? {
        let w = t[i].norm
        // 20161016, 2016 10 16
        if t[i].kind == .number, t[i].norm.utf8.count == 8, let v = t[i].plainInt, let day = CalendarDay(year: v / 10000, month: v / 100 % 100, day: v % 100),
           (1900...2100).contains(day.year) {
            return mention(doc, t, i, i + 1, day.iso)
        }
        if let y = yearNumber(t, i), i + 2 < t.count, let m = int(t[i + 1]), let d = int(t[i + 2]), t[i + 1].norm.utf8.count <= 2, t[i + 2].norm.utf8.count <= 2,
           t[i + 1].start > t[i].end, t[i + 2].start > t[i + 1].end, let day = CalendarDay(year: y, month: m, day: d) {
            return mention(doc, t, i, i + 3, day.iso)
        }
        // [Weekday] 5/12, 22/04, 23/08/39, 05-Aug-2016, Sep-23-2020, Oct/2
        var wdNum = i
        if weekday(t, i) != nil || (t[i].lex(Lexicon.weekdays) != nil && t[i].norm.utf8.count > 4) { wdNum = i + 1 }
        if let (day, end) = separatedDate(t, wdNum, ref: ref, afterWeekday: wdNum > i) { return mention(doc, t, i, end, day.iso) }
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
            if e < t.count, t[e].norm == ",", anyDay(t, e + 1) != nil, yearNumber(t, e + 1) == nil { e += 1 } // October, 1st
            if e < t.count, t[e].norm == "the" { e += 1 }
            if let (d, afterDay) = anyDay(t, e) {
                var end = afterDay
                var year: Int? = nil
                var y0 = afterDay
                if y0 < t.count, t[y0].norm == "," { y0 += 1 }
                if let (y, e2) = yearAt(t, y0) { year = y; end = e2 }
                else if end + 1 < t.count, ["of", "in"].contains(t[end].norm), let y = yearNumber(t, end + 1) ?? twoDigitYear(t, end + 1) { year = y; end += 2 }
                else if dayOrdinal(t, e) != nil, let y = twoDigitYear(t, y0) { year = y; end = y0 + 1 } // January first 12
                let day = year.flatMap { CalendarDay(year: $0, month: m, day: d) } ?? inferYear(month: m, day: d, ref: ref)
                if let day { return mention(doc, t, i, end, day.iso, conflict: conflict(wd, day)) }
            } else if let y = yearNumber(t, e) {
                return mention(doc, t, i, e + 1, CalendarDay.isoMonth(y, m))
            } else if wd == nil, k > 0, ["in", "since", "during", "by", "until", "of", "early", "late", "mid", "through", "from", "last", "next", "this"].contains(t[k - 1].norm), t[k].capitalized {
                var y = ref.year
                let last = t[k - 1].norm == "last", next = t[k - 1].norm == "next"
                if last { y = m >= ref.month ? ref.year - 1 : ref.year } else if next { y = m <= ref.month ? ref.year + 1 : ref.year }
                let s = (last || next || t[k - 1].norm == "this") ? k - 1 : k
                return mention(doc, t, s, k + 1, CalendarDay.isoMonth(y, m), relative: true)
            }
        }
        if let (d, afterDay) = anyDay(t, k), !(k > 0 && Units.currencySymbols[t[k - 1].norm] != nil) {
            var e = afterDay
            // 18 and 19 June: the first day takes the month written after the second
            if e + 1 < t.count, ["and", "or", "to", "-"].contains(t[e].norm), let (_, after2) = anyDay(t, e + 1),
               let m = month(t, after2) ?? (after2 < t.count ? t[after2].lex(Lexicon.months) : nil) {
                let year = yearAt(t, after2 + 1)?.0
                if let day = year.flatMap({ CalendarDay(year: $0, month: m, day: d) }) ?? inferYear(month: m, day: d, ref: ref) {
                    return mention(doc, t, i, afterDay, day.iso)
                }
            }
            // the 15th day of next month, twenty third day of September
            if e + 1 < t.count, t[e].norm == "day", t[e + 1].norm == "of" {
                var f = e + 2
                if f < t.count, t[f].norm == "the" { f += 1 }
                if f + 1 < t.count, let shift = ["next": 1, "this": 0, "last": -1, "previous": -1, "following": 1][t[f].norm], t[f + 1].norm == "month" {
                    if let mo = ref.adding(months: shift), let day = CalendarDay(year: mo.year, month: mo.month, day: d) { return mention(doc, t, i, f + 2, day.iso, relative: true) }
                }
                e = f - 1 // "of", then the month below
            }
            if e < t.count, t[e].norm == "of" { e += 1 }
            if let m = month(t, e) ?? (e < t.count && afterDay > k && (dayNumber(t, k) != nil || t[e - 1].norm == "of") ? t[e].lex(Lexicon.months) : nil) {
                var end = e + 1
                if end < t.count, t[end].norm == ".", t[end].start == t[e].end { end += 1 }
                var year: Int? = nil
                var y0 = end
                if y0 < t.count, t[y0].norm == "," { y0 += 1 }
                if let (y, e2) = yearAt(t, y0) { year = y; end = e2 }
                if year == nil, end + 1 < t.count, ["of", "in"].contains(t[end].norm), let y = yearNumber(t, end + 1) ?? twoDigitYear(t, end + 1) { year = y; end += 2 } // fourth of july of 1995, 15 April of 87
                if let day = year.flatMap({ CalendarDay(year: $0, month: m, day: d) }) ?? inferYear(month: m, day: d, ref: ref) {
                    return mention(doc, t, i, end, day.iso, conflict: conflict(wd, day))
                }
            }
            // Sunday 31, Mon 13th, tuesday the eleventh: the nearest month where that day is that weekday
            if let wd, !(afterDay < t.count && t[afterDay].lex(unitDays) != nil), let near = nearestMonth(day: d, weekday: wd, ref: ref) {
                return mention(doc, t, i, afterDay, near.iso)
            }
            // the 18th: this month
            if wd == nil, k > 0, t[k - 1].norm == "the", dayNumber(t, k) != nil, afterDay > k + 1 || dayOrdinal(t, k) != nil,
               let day = CalendarDay(year: ref.year, month: ref.month, day: d) {
                var end = afterDay
                if end + 1 < t.count, t[end].norm == "this", t[end + 1].norm == "month" { end += 2 }
                return mention(doc, t, k - 1, end, day.iso, relative: true)
            }
        }
        // holidays: Christmas, Easter 2018, next easter, independence day of this year
        do {
            var h = i
            var shift = 0
            if ["next", "following", "coming"].contains(w) { shift = 1; h += 1 } else if ["last", "previous", "past"].contains(w) { shift = -1; h += 1 }
            if h < t.count, holidayFirstWords.contains(t[h].norm), let (name, after) = holidayName(t, h) {
                var end = after
                var year = ref.year
                if let y = yearNumber(t, end) { year = y; end += 1 }
                else if end + 3 < t.count, t[end].norm == "of", t[end + 1].norm == "this", t[end + 2].norm == "year" { end += 3 }
                else if let this = holiday(name, year: ref.year) {
                    // a holiday named on its own is the coming one
                    if shift == 0, this < ref { year = ref.year + 1 }
                    if shift > 0 { year = this > ref ? ref.year : ref.year + 1 } else if shift < 0 { year = this < ref ? ref.year : ref.year - 1 }
                }
                if let day = holiday(name, year: year) { return mention(doc, t, i, end, day.iso, relative: yearNumber(t, after) == nil) }
            }
        }
        // relative words
        switch w {
        case "today", "tonight", "otd":
            return mention(doc, t, i, i + 1, ref.iso, relative: true)
        case "yesterday":
            return mention(doc, t, i, i + 1, ref.adding(days: -1)?.iso, relative: true)
        case "tomorrow", "tmrw", "tmr":
            return mention(doc, t, i, i + 1, ref.adding(days: 1)?.iso, relative: true)
        case "the" where i + 2 < t.count && t[i + 1].norm == "day" && ["before", "after"].contains(t[i + 2].norm)
                && (i + 3 >= t.count || t[i + 3].kind == .punct):
            // "the day before", "the day after", said on their own
            return mention(doc, t, i, i + 3, ref.adding(days: t[i + 2].norm == "before" ? -1 : 1)?.iso, relative: true)
        case "this" where i + 1 < t.count && ["morning", "afternoon", "evening"].contains(t[i + 1].norm):
            return mention(doc, t, i, i + 2, ref.iso, relative: true)
        case "the" where i + 3 < t.count && t[i + 1].norm == "day" && ["before", "after"].contains(t[i + 2].norm) && ["yesterday", "tomorrow"].contains(t[i + 3].norm):
            let base = t[i + 3].norm == "yesterday" ? -1 : 1
            return mention(doc, t, i, i + 4, ref.adding(days: base + (t[i + 2].norm == "before" ? -1 : 1))?.iso, relative: true)
        case "last", "next", "this", "previous", "following", "coming", "past":
            guard i + 1 < t.count else { return nil }
            if i + 2 < t.count, t[i + 1].lex(Lexicon.weekdays) != nil {
                // this friday 5/12, this Friday-Jun-15, this friday (jun-15): the written date wins
                var k = i + 2
                if k < t.count, ["-", "("].contains(t[k].norm) { k += 1 }
                if let (day, end) = separatedDate(t, k, ref: ref, afterWeekday: true) {
                    return mention(doc, t, i, end < t.count && t[end].norm == ")" ? end + 1 : end, day.iso)
                }
                // this Friday 7.6: month and day with a dot
                if k < t.count, t[k].kind == .number, t[k].norm.split(separator: ".").count == 2,
                   let m = Int(t[k].norm.split(separator: ".")[0]), let d = Int(t[k].norm.split(separator: ".")[1]), let day = inferYear(month: m, day: d, ref: ref) {
                    return mention(doc, t, i, k + 1, day.iso)
                }
            }
            if w == "next", !(t[i + 1].lex(Lexicon.weekdays) != nil), !["week", "month", "year"].contains(t[i + 1].norm),
               let (m, end) = parse(doc, t, i + 1, ref: ref, anchor: anchor), var d = m.day {
                while d <= ref { guard let later = d.adding(months: 12) else { return nil }; d = later }
                return mention(doc, t, i, end, d.iso, relative: true)
            }
            let sign = ["last", "previous", "past"].contains(w) ? -1 : 1
            let u = t[i + 1].norm
            if let target = weekday(t, i + 1) ?? (t[i + 1].norm.utf8.count > 5 ? t[i + 1].lex(Lexicon.weekdays) : nil) {
                // weeks run Monday to Sunday: "next Friday" is Friday of next week, "last Wednesday" Wednesday of last week;
                // "coming" and "past" are the nearest such day after or before
                let day: CalendarDay?
                switch w {
                case "coming": day = ref.adding(days: (target - ref.weekday + 7) % 7 == 0 ? 7 : (target - ref.weekday + 7) % 7)
                case "past": day = ref.adding(days: (target - ref.weekday + 7) % 7 == 0 ? -7 : (target - ref.weekday + 7) % 7 - 7)
                case "this": day = weekdayIn(weeks: 0, target, ref: ref)
                default: day = weekdayIn(weeks: sign, target, ref: ref)
                }
                return mention(doc, t, i, i + 2, day?.iso, relative: true)
            }
            if u == "week" {
                var e = i + 2
                while e < t.count, ["-", "on", ","].contains(t[e].norm) { e += 1 }
                if e < t.count, let target = t[e].lex(Lexicon.weekdays) {
                    return mention(doc, t, i, e + 1, weekdayIn(weeks: w == "this" ? 0 : sign, target, ref: ref)?.iso, relative: true)
                }
                return mention(doc, t, i, i + 2, ref.adding(days: w == "this" ? 0 : 7 * sign)?.iso, tol: 3, relative: true)
            }
            if u == "month" {
                let d = ref.adding(months: w == "this" ? 0 : sign)
                return mention(doc, t, i, i + 2, d.map { CalendarDay.isoMonth($0.year, $0.month) }, relative: true)
            }
            if u == "year" { return mention(doc, t, i, i + 2, CalendarDay.pad(ref.year + (w == "this" ? 0 : sign), 4), relative: true) }
        default: break
        }
        // N days ago, about ten days ago, two weeks earlier, in 3 days
        var n = i
        var approx = false
        if ["about", "around", "roughly", "some", "nearly", "almost", "approximately"].contains(w) { approx = true; n += 1 }
        let isIn = t[n].norm == "in" && n == i
        if isIn { n += 1 }
        if n < t.count, let written = int(t[n]) ?? t[n].lex(NumberWords.units).map(Int.init) ?? (t[n].norm == "a" ? 1 : nil),
           n + 1 < t.count,
           let per = t[n + 1].lex(unitDays) ?? unitDays[String(t[n + 1].norm.dropLast(2))].flatMap({ t[n + 1].norm.hasSuffix("'s") ? $0 : nil }) {
            let after = n + 2 < t.count ? t[n + 2].norm : ""
            // ten million of any unit is past every supported year already; the cap keeps the products from overflowing
            let count = min(written, 10_000_000)
            let span = count * per
            let tol = approx ? max(2, span / 4) : (per >= 30 ? per / 2 : 0)
            if isIn, ["after", "before", "from"].contains(after) {
                // fall through to "N units from X" below
            } else if isIn, t[n].lex(NumberWords.units) != nil || int(t[n]) != nil || t[n].norm == "a" {
                if per == 30 { return onWeekday(doc, t, i, n + 2, ref.adding(months: count), tol: tol) }
                if per == 365 {
                    return mention(doc, t, i, n + 2, ref.adding(months: 12 * count)?.iso, tol: tol, relative: true)
                }
                return onWeekday(doc, t, i, n + 2, ref.adding(days: span), tol: tol)
            }
            if ["after", "before", "from"].contains(after), n + 3 < t.count {
                // two days after today, three weeks from tomorrow, 2 weeks before Christmas, three days from now
                let anchorDate: (CalendarDay, Int)?
                if t[n + 3].norm == "now" { anchorDate = (ref, n + 4) }
                else if let (base, e) = parse(doc, t, n + 3, ref: ref, anchor: anchor), let b = base.day { anchorDate = (b, e) }
                else { anchorDate = nil }
                if let (b, end) = anchorDate {
                    let sign = after == "before" ? -1 : 1
                    let d = per == 30 ? b.adding(months: sign * count) : per == 365 ? b.adding(months: sign * 12 * count) : b.adding(days: sign * span)
                    return onWeekday(doc, t, i, end, d, tol: tol)
                }
            }
            if after == "ago" {
                let d = per == 30 ? ref.adding(months: -count) : per == 365 ? ref.adding(months: -12 * count) : ref.adding(days: -span)
                return mention(doc, t, i, n + 3, d?.iso, tol: tol, relative: true)
            }
            if ["earlier", "before", "later", "after"].contains(after), !(n + 3 < t.count && t[n + 3].kind == .word && !["the", "that"].contains(t[n + 3].norm) && ["before", "after"].contains(after)) {
                let sign = ["earlier", "before"].contains(after) ? -1 : 1
                let d = per == 30 ? anchor.adding(months: sign * count) : per == 365 ? anchor.adding(months: sign * 12 * count) : anchor.adding(days: sign * span)
                return mention(doc, t, i, n + 3, d?.iso, tol: tol, relative: true)
            }
        }
        // Monday of the following week, tuesday of last week
        if let target = t[i].lex(Lexicon.weekdays), t[i].norm.utf8.count > 4, i + 3 < t.count, t[i + 1].norm == "of" {
            var e = i + 2
            if t[e].norm == "the" { e += 1 }
            if e + 1 < t.count, t[e + 1].norm == "week", let weeks = ["next": 1, "following": 1, "last": -1, "previous": -1, "this": 0][t[e].norm] {
                return mention(doc, t, i, e + 2, weekdayIn(weeks: weeks, target, ref: ref)?.iso, relative: true)
            }
        }
        // a weekday on its own: "on Monday" is the latest such day, or the next one when the sentence looks ahead
        if let target = weekday(t, i) ?? (t[i].norm.utf8.count > 5 ? t[i].lex(Lexicon.weekdays) : nil), t[i].capitalized || t[i].norm.utf8.count > 5 {
            // Monday two weeks from now, Saturday 3 days from now: that weekday in the week the rest names
            var k = i + 1
            if k < t.count, t[k].norm == "," { k += 1 }
            if k < t.count, t[k].kind == .number || t[k].lex(NumberWords.units) != nil, let (m, end) = parse(doc, t, k, ref: ref, anchor: anchor),
               m.relative, let d = m.day, end > k + 2 {
                return mention(doc, t, i, end, d.adding(days: target - d.weekday)?.iso, relative: true)
            }
            var diff = (target - ref.weekday + 7) % 7
            if isFuture(t, i) { if diff == 0 { diff = 7 } } else if diff > 0 { diff -= 7 }
            var e = i + 1
            if e < t.count, ["morning", "afternoon", "evening", "night"].contains(t[e].norm) { e += 1 }
            return mention(doc, t, i, e, ref.adding(days: diff)?.iso, relative: true)
        }
        return nil
    }

    /// A relative date, moved to the weekday that may follow it: "in 3 days on Friday" is the Friday of that week
    /// (a week from Sunday to Saturday, as the calendars that phrase it).
    static func onWeekday(_ doc: Document, _ t: Tokens, _ s: Int, _ end: Int, _ d: CalendarDay?, tol: Int) -> (DateMention, Int)? {
        guard let d else { return nil }
        if end + 1 < t.count, t[end].norm == "on", let target = t[end + 1].lex(Lexicon.weekdays) {
            return mention(doc, t, s, end + 2, d.adding(days: target - d.weekday)?.iso, relative: true)
        }
        return mention(doc, t, s, end, d.iso, tol: tol, relative: true)
    }

    /// The date nearest the reference whose day of the month is `day` and weekday is `weekday`.
    static func nearestMonth(day: Int, weekday: Int, ref: CalendarDay) -> CalendarDay? {
        var best: CalendarDay? = nil
        for off in -24...24 {
            guard let m = ref.adding(months: off), let d = CalendarDay(year: m.year, month: m.month, day: day), d.weekday == weekday else { continue }
            if best == nil || abs(d.ordinal - ref.ordinal) < abs(best!.ordinal - ref.ordinal) { best = d }
        }
        return best
    }

    static func conflict(_ wd: Int?, _ day: CalendarDay) -> String? {
        guard let wd, wd != day.weekday else { return nil }
        return "\(monthNames[day.month - 1]) \(day.day), \(day.year) is a \(weekdayNames[day.weekday]), not a \(weekdayNames[wd])"
    }
}
