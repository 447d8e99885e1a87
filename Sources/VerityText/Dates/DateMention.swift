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
    /// The pattern that read it ("date.weekday-month-day", "date.n-units-ago").
    public var rule: String

    public var day: CalendarDay? { CalendarDay(iso: value) }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real day, month or year within `CalendarDay.supportedYears`.
    public static func isWellFormed(_ value: String) -> Bool {
        // an ASCII value (every value the rules make) split by its bytes, without reading it as characters
        if value.utf8.allSatisfy({ $0 < 0x80 }) {
            return isWellFormed(value.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false))
        }
        return isWellFormed(value.split(separator: "-", omittingEmptySubsequences: false).map(\.utf8))
    }

    private static func isWellFormed(_ parts: [Substring.UTF8View]) -> Bool {
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            let year = Int(Substring(parts[0])), CalendarDay.supportedYears.contains(year)
        else { return false }
        guard parts.count > 1 else { return true }
        guard let month = Int(Substring(parts[1])), (1...12).contains(month) else { return false }
        guard parts.count > 2 else { return true }
        return Int(Substring(parts[2])).flatMap { CalendarDay(year: year, month: month, day: $0) } != nil
    }
}

/// What a document's dates read: those it fixes, and those that would need a date the document does not give.
public struct DateReading: Sendable {
    public var dates: [DateMention] = []
    /// Relative or year-less expressions in a text with no date of its own.
    public var unresolved: [DateMention] = []
}
