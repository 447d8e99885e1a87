import VerityDocument

/// Weeks and weekdays: Monday of a week, a weekday in a week, and whether a weekday fits its date.
extension DateExtractor {
    /// Monday of the week holding `d`.
    static func monday(_ d: CalendarDay) -> CalendarDay? { d.adding(days: -((d.weekday + 6) % 7)) }

    /// The weekday in the week `weeks` away from the reference's (weeks run Monday to Sunday).
    static func weekdayIn(weeks: Int, _ target: Int, ref: CalendarDay) -> CalendarDay? {
        monday(ref)?.adding(days: 7 * weeks + (target + 6) % 7)
    }

    /// The date nearest the reference whose day of the month is `day` and weekday is `weekday`.
    static func nearestMonth(day: Int, weekday: Int, ref: CalendarDay) -> CalendarDay? {
        var best: CalendarDay? = nil
        for off in -24...24 {
            guard let m = ref.adding(months: off), let d = CalendarDay(year: m.year, month: m.month, day: day),
                d.weekday == weekday
            else { continue }
            if best == nil || abs(d.ordinal - ref.ordinal) < abs(best!.ordinal - ref.ordinal) { best = d }
        }
        return best
    }

    static func conflict(_ wd: Int?, _ day: CalendarDay) -> String? {
        guard let wd, wd != day.weekday else { return nil }
        return
            "\(monthNames[day.month - 1]) \(day.day), \(day.year) is a \(weekdayNames[day.weekday]), not a "
            + "\(weekdayNames[wd])"
    }
}
