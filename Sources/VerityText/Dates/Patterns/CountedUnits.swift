import VerityDocument

/// Dates counted in days, weeks, months or years: "in 3 days", "about ten days ago", "two weeks earlier",
/// "three days from now".
extension DateExtractor {
    /// A count of units at the start: "[about] [in] ten days", what it spans and the word after it.
    struct Counted {
        /// The token of the number ("ten").
        let n: Int
        /// Written with "in" first ("in 3 days").
        let isIn: Bool
        let count: Int
        /// Days in one unit: 1, 7, 14, 30 (a month), 365 (a year).
        let per: Int
        let span: Int
        let tol: Int
        /// The word after the unit ("ago", "from", "earlier"), "" at the end.
        let after: String
    }

    /// "[about] [in] N units" at the start.
    static func counted(_ c: inout DateCursor) -> Counted? {
        if let known = c.cachedCount { return known }
        let found = findCounted(c)
        c.cachedCount = .some(found)
        return found
    }

    static func findCounted(_ c: DateCursor) -> Counted? {
        let t = c.t
        var n = c.i
        var approx = false
        if Lexicon.approximations.contains(c.w) { approx = true; n += 1 }
        let isIn = t[n].norm == "in" && n == c.i
        if isIn { n += 1 }
        guard n < t.count,
            let written = int(t[n]) ?? t[n].lex(NumberWords.units).map(Int.init) ?? (t[n].norm == "a" ? 1 : nil),
            n + 1 < t.count,
            let per = t[n + 1].lex(Lexicon.unitDays)
                ?? Lexicon.unitDays[String(t[n + 1].norm.dropLast(2))].flatMap({
                    t[n + 1].norm.hasSuffix("'s") ? $0 : nil
                })
        else { return nil }
        let after = n + 2 < t.count ? t[n + 2].norm : ""
        // ten million of any unit is past every supported year already; the cap keeps the products from overflowing
        let count = min(written, 10_000_000)
        let span = count * per
        let tol = approx ? max(2, span / 4) : (per >= 30 ? per / 2 : 0)
        return Counted(n: n, isIn: isIn, count: count, per: per, span: span, tol: tol, after: after)
    }

    /// `d` moved by `sign` times the count.
    static func moved(_ d: CalendarDay, _ u: Counted, sign: Int) -> CalendarDay? {
        u.per == 30
            ? d.adding(months: sign * u.count)
            : u.per == 365 ? d.adding(months: sign * 12 * u.count) : d.adding(days: sign * u.span)
    }

    /// A relative date, moved to the weekday that may follow it: "in 3 days on Friday" is the Friday of that week
    /// (a week from Sunday to Saturday, as the calendars that phrase it).
    static func onWeekday(_ c: inout DateCursor, _ end: Int, _ d: CalendarDay?, tol: Int) -> DateMatch {
        let t = c.t
        guard let d else { return DateMatch(start: c.i, end: end, value: nil) }
        if end + 1 < t.count, t[end].norm == "on", let target = t[end + 1].lex(Lexicon.weekdays) {
            return DateMatch(
                start: c.i, end: end + 2, value: d.adding(days: target - d.weekday)?.iso, relative: true,
                ruleSuffix: "-on-weekday")
        }
        return DateMatch(start: c.i, end: end, value: d.iso, tol: tol, relative: true)
    }

    /// in 3 months, in 2 years, in ten days [on Friday]; `per` 30 for months, 365 for years, nil for the rest
    static func inNUnits(_ c: inout DateCursor, per: Int?) -> DateMatch? {
        let t = c.t
        guard let u = counted(&c), u.isIn, !["after", "before", "from"].contains(u.after),
            t[u.n].lex(NumberWords.units) != nil || int(t[u.n]) != nil || t[u.n].norm == "a"
        else { return nil }
        switch per {
        case 30?:
            guard u.per == 30 else { return nil }
            return onWeekday(&c, u.n + 2, c.ref.adding(months: u.count), tol: u.tol)
        case 365?:
            guard u.per == 365 else { return nil }
            let value = c.ref.adding(months: 12 * u.count)?.iso
            return DateMatch(start: c.i, end: u.n + 2, value: value, tol: u.tol, relative: true)
        default:
            // ("37 eagles in one day", "a record in a single day": a span, which news does not write for tomorrow)
            guard u.per != 30, u.per != 365, u.span != 1 else { return nil }
            return onWeekday(&c, u.n + 2, c.ref.adding(days: u.span), tol: u.tol)
        }
    }

    /// two days after today, three weeks from tomorrow, 2 weeks before Christmas, three days from now
    static func nUnitsFrom(_ c: inout DateCursor) -> DateMatch? {
        let t = c.t
        guard let u = counted(&c), ["after", "before", "from"].contains(u.after), u.n + 3 < t.count else { return nil }
        let anchorDate: (CalendarDay, Int)?
        if t[u.n + 3].norm == "now" {
            anchorDate = (c.ref, u.n + 4)
        } else if let base = parse(c.doc, t, u.n + 3, ref: c.ref, anchor: c.anchor), let b = base.value.day {
            anchorDate = (b, base.end)
        } else {
            anchorDate = nil
        }
        guard let (b, end) = anchorDate else { return nil }
        return onWeekday(&c, end, moved(b, u, sign: u.after == "before" ? -1 : 1), tol: u.tol)
    }

    /// ten days ago, about two weeks ago
    static func nUnitsAgo(_ c: inout DateCursor) -> DateMatch? {
        guard let u = counted(&c), u.after == "ago" else { return nil }
        return DateMatch(start: c.i, end: u.n + 3, value: moved(c.ref, u, sign: -1)?.iso, tol: u.tol, relative: true)
    }

    /// two weeks earlier, three days later, a month before: counted from the last written date
    static func nUnitsEarlierLater(_ c: inout DateCursor) -> DateMatch? {
        let t = c.t
        guard let u = counted(&c), ["earlier", "before", "later", "after"].contains(u.after),
            // (before or after an event is no date the text dates by: "two weeks after the tower was disinfected";
            // "a week after that" is)
            !(u.n + 3 < t.count && t[u.n + 3].kind == .word && t[u.n + 3].norm != "that"
                && ["before", "after"].contains(u.after))
        else { return nil }
        let sign = ["earlier", "before"].contains(u.after) ? -1 : 1
        return DateMatch(
            start: c.i, end: u.n + 3, value: moved(c.anchor, u, sign: sign)?.iso, tol: u.tol, relative: true)
    }
}
