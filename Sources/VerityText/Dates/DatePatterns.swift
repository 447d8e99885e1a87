import VerityDocument

/// A token at which a date may begin, with what several date patterns ask of it, worked out once and kept.
struct DateCursor {
    let doc: Document
    let t: Tokens
    /// The token the date would begin at.
    let i: Int
    /// The day relative dates are read against ("yesterday"), and the last written date ("two days later").
    let ref: CalendarDay
    let anchor: CalendarDay
    /// The start token's lowercase text.
    let w: String

    init(doc: Document, t: Tokens, i: Int, ref: CalendarDay, anchor: CalendarDay) {
        (self.doc, self.t, self.i, self.ref, self.anchor, self.w) = (doc, t, i, ref, anchor, t[i].norm)
        kind = DateStart(t[i])
    }

    /// What the start token is, as the date patterns' `starts` ask.
    let kind: DateStart

    /// The lowercase text of the token `offset` after the start ("" past either end).
    @inline(__always) func word(_ offset: Int) -> String {
        let k = i + offset
        return k >= 0 && k < t.count ? t[k].norm : ""
    }
    /// The token `offset` after the start exists.
    @inline(__always) func has(_ offset: Int) -> Bool { i + offset < t.count }

    // What `DateExtractor.leadingMonth`, `leadingDay`, `counted` and `shift` found, once asked.
    var cachedMonth: LeadingMonth?? = nil
    var cachedDay: LeadingDay?? = nil
    var cachedCount: DateExtractor.Counted?? = nil
    var cachedShift: Int?? = nil
    var cachedWeekday: (weekday: Int?, next: Int)? = nil
}

typealias LeadingMonth = (weekday: Int?, k: Int, month: Int, next: Int)
typealias LeadingDay = (weekday: Int?, k: Int, day: Match<Int>)

/// What a date pattern read: tokens `start..<end`, and the date they name.
struct DateMatch {
    var start: Int
    var end: Int
    /// ISO 8601. Nil when the pattern fits the words but the date is out of range: the pattern still claims them,
    /// and no later pattern is tried (the reading of one long function, where each pattern returned at once).
    var value: String?
    var tol = 0
    var relative = false
    var conflict: String? = nil
    /// Added to the pattern's name: "-on-weekday" for "in 3 days on Friday".
    var ruleSuffix = ""
}

/// What a token is, as far as the date patterns care to know before they try it: a pattern is tried only at a start
/// of a kind it `starts` with (a filter that saves time; each pattern still checks its words itself).
struct DateStart: OptionSet, Sendable {
    let rawValue: UInt16
    static let number = DateStart(rawValue: 1)
    static let month = DateStart(rawValue: 2)
    static let weekday = DateStart(rawValue: 4)
    /// "ten", "third", "twenty"
    static let dayWord = DateStart(rawValue: 8)
    static let holiday = DateStart(rawValue: 16)
    /// today, tonight, otd, yesterday, tomorrow, tmrw, tmr
    static let today = DateStart(rawValue: 32)
    /// last, next, this, previous, following, coming, past
    static let shift = DateStart(rawValue: 64)
    /// about, around, roughly, some, nearly, almost, approximately
    static let approx = DateStart(rawValue: 128)
    static let the = DateStart(rawValue: 256)
    static let `in` = DateStart(rawValue: 512)
    static let a = DateStart(rawValue: 1024)

    init(rawValue: UInt16) { self.rawValue = rawValue }

    init(_ tok: Token) {
        guard tok.kind == .word else {
            self = tok.kind == .number ? .number : []
            return
        }
        var s: DateStart = []
        if tok.is(.month) { s.insert(.month) }
        if tok.is(.weekday) { s.insert(.weekday) }
        if tok.is(.dayWord) { s.insert(.dayWord) }
        if tok.is(.holidayWord) { s.insert(.holiday) }
        switch tok.norm {
        case "today", "tonight", "otd", "yesterday", "tomorrow", "tmrw", "tmr": s.insert(.today)
        case "last", "next", "this", "previous", "following", "coming", "past": s.insert(.shift)
        case "about", "around", "roughly", "some", "nearly", "almost", "approximately": s.insert(.approx)
        case "the": s.insert(.the)
        case "in": s.insert(.in)
        case "a": s.insert(.a)
        default: break
        }
        self = s
    }
}

/// A named way of writing a date; its name is the `rule` of every date it reads.
struct DatePattern: Sendable {
    let name: String
    /// The starts it may fit.
    let starts: DateStart
    let match: @Sendable (inout DateCursor) -> DateMatch?

    init(_ name: String, _ starts: DateStart, _ match: @escaping @Sendable (inout DateCursor) -> DateMatch?) {
        self.name = name
        self.starts = starts
        self.match = match
    }
}

extension DateExtractor {
    /// The date patterns in the order they are tried; the first that fits a start token reads the date.
    /// Written dates come before the relative words that could also begin them, weekdays on their own last.
    static let patterns: [DatePattern] = [
        // Patterns/NumericDates.swift: digits only
        DatePattern("date.compact-digits", [.number], compactDigits),
        DatePattern("date.year-month-day-spaced", [.number], yearMonthDaySpaced),
        DatePattern("date.separated", [.number, .month, .weekday], separated),
        // Patterns/MonthFirst.swift: [Weekday,] Month Day[, Year] | Month Year
        DatePattern("date.weekday-month-day", [.weekday], { monthDay(&$0, weekday: true) }),
        DatePattern("date.month-day", [.month], { monthDay(&$0, weekday: false) }),
        DatePattern("date.month-year", [.month, .weekday], monthYear),
        DatePattern("date.month", [.month], monthAlone),
        // Patterns/DayFirst.swift: [Weekday] Day [of] Month [Year]
        DatePattern("date.day-and-day-month", [.number, .dayWord], dayAndDayMonth),
        DatePattern("date.day-of-relative-month", [.number, .dayWord], dayOfRelativeMonth),
        DatePattern("date.weekday-day-month", [.weekday], { dayMonth(&$0, weekday: true) }),
        DatePattern("date.day-month", [.number, .dayWord], { dayMonth(&$0, weekday: false) }),
        DatePattern("date.weekday-day", [.weekday], weekdayDay),
        DatePattern("date.ordinal-this-month", [.number, .dayWord], ordinalThisMonth),
        // Patterns/HolidayPattern.swift
        DatePattern("date.holiday", [.shift, .holiday], holidayDate),
        // Patterns/RelativeWords.swift: today, the day before, next Friday, last week
        DatePattern("date.today", [.today], today),
        DatePattern("date.yesterday", [.today], yesterday),
        DatePattern("date.tomorrow", [.today], tomorrow),
        DatePattern("date.day-before-after", [.the], dayBeforeAfter),
        DatePattern("date.this-part-of-day", [.shift], thisPartOfDay),
        DatePattern("date.day-before-after-relative", [.the], dayBeforeAfterRelative),
        DatePattern("date.relative-weekday-written-date", [.shift], relativeWeekdayWrittenDate),
        DatePattern("date.relative-weekday-dotted", [.shift], relativeWeekdayDotted),
        DatePattern("date.next-named-date", [.shift], nextNamedDate),
        DatePattern("date.relative-weekday", [.shift], relativeWeekday),
        DatePattern("date.relative-week-weekday", [.shift], relativeWeekWeekday),
        DatePattern("date.relative-week", [.shift], relativeWeek),
        DatePattern("date.relative-month", [.shift], relativeMonth),
        DatePattern("date.relative-year", [.shift], relativeYear),
        // Patterns/CountedUnits.swift: in 3 days, about ten days ago, two weeks earlier, three days from now
        DatePattern("date.in-n-months", counted, { inNUnits(&$0, per: 30) }),
        DatePattern("date.in-n-years", counted, { inNUnits(&$0, per: 365) }),
        DatePattern("date.in-n-days", counted, { inNUnits(&$0, per: nil) }),
        DatePattern("date.n-units-from", counted, nUnitsFrom),
        DatePattern("date.n-units-ago", counted, nUnitsAgo),
        DatePattern("date.n-units-earlier-later", counted, nUnitsEarlierLater),
        // Patterns/WeekdayPatterns.swift: a weekday with no date written by it
        DatePattern("date.weekday-of-week", [.weekday], weekdayOfWeek),
        DatePattern("date.weekday-in-relative-week", [.weekday], weekdayInRelativeWeek),
        DatePattern("date.weekday", [.weekday], weekdayAlone),
    ]

    /// A count of units may begin at an approximation ("about"), "in", or the count itself ("3", "ten", "a").
    static let counted: DateStart = [.approx, .in, .number, .dayWord, .a]

    /// The date that begins at token `i`: the first pattern of `patterns` that fits it.
    static func parse(_ doc: Document, _ t: Tokens, _ i: Int, ref: CalendarDay, anchor: CalendarDay) -> Match<
        DateMention
    >? {
        var c = DateCursor(doc: doc, t: t, i: i, ref: ref, anchor: anchor)
        for p in patterns where !p.starts.isDisjoint(with: c.kind) {
            guard let m = p.match(&c) else { continue }
            guard let value = m.value, DateMention.isWellFormed(value) else { return nil }
            let mention = DateMention(
                text: doc.slice(t[m.start].start, t[m.end - 1].end), start: t[m.start].start, end: t[m.end - 1].end,
                value: value, toleranceDays: m.tol, relative: m.relative, weekdayConflict: m.conflict,
                rule: p.name + m.ruleSuffix)
            return Match(mention, end: m.end)
        }
        return nil
    }

    /// A weekday a date opens with ("Friday, October 3", "Tue the 5th"): its number, and the token after it and
    /// after a comma and "the" (the start itself when there is none).
    static func leadingWeekday(_ c: inout DateCursor) -> (weekday: Int?, next: Int) {
        if let known = c.cachedWeekday { return known }
        let t = c.t
        var k = c.i
        guard let x = weekday(t, k) ?? (t[k].norm.utf8.count > 5 ? t[k].lex(Lexicon.weekdays) : nil) else {
            c.cachedWeekday = (nil, k)
            return (nil, k)
        }
        k += 1
        if k < t.count, t[k].norm == "," { k += 1 }
        if k < t.count, t[k].norm == "the" { k += 1 }
        c.cachedWeekday = (x, k)
        return (x, k)
    }
}
