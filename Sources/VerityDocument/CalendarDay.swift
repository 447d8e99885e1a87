import Foundation

/// A day in the proleptic Gregorian calendar, free of time zones.
public struct CalendarDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Years a written date may name; anything outside is no date (arithmetic past them yields nil, never a trap).
    public static let supportedYears = 1...9999
    /// The widest span arithmetic keeps exact; results are clamped to it, so no sum can overflow.
    static let ordinalLimit = 1 << 40

    public init?(year: Int, month: Int, day: Int) {
        guard year.magnitude <= UInt(CalendarDay.ordinalLimit / 366), (1...12).contains(month), day >= 1,
            day <= CalendarDay.daysIn(month: month, year: year)
        else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    /// `2025-10-22`, optionally followed by a time (`2025-10-22T10:00:00Z`); spaces around are allowed.
    public init?(iso: String) {
        var text = iso
        guard let (y, m, d) = text.withUTF8({ CalendarDay.parseISO($0) }) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Reads the bytes directly: this runs for every date the extractor resolves.
    private static func parseISO(_ b: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        var s = 0, e = b.count
        while s < e, b[s] == 32 || b[s] == 9 { s += 1 }
        while e > s, b[e - 1] == 32 || b[e - 1] == 9 { e -= 1 }
        guard e - s >= 10, b[s + 4] == 45, b[s + 7] == 45 else { return nil }
        if e - s > 10, b[s + 10] != 84, b[s + 10] != 32 { return nil }  // "T" or a space before a time
        func number(_ from: Int, _ count: Int) -> Int? {
            var v = 0
            for k in from..<(from + count) {
                guard b[k] >= 48, b[k] <= 57 else { return nil }
                v = v * 10 + Int(b[k] - 48)
            }
            return v
        }
        guard let y = number(s, 4), let m = number(s + 5, 2), let d = number(s + 8, 2) else { return nil }
        return (y, m, d)
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(ordinal z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Whether the day lies in `supportedYears`.
    public var isSupported: Bool { CalendarDay.supportedYears.contains(year) }

    /// The day `days` later (earlier when negative); nil when the result falls outside `supportedYears`.
    public func adding(days: Int) -> CalendarDay? {
        guard let sum = CalendarDay.clampedOrdinal(ordinal, plus: days) else { return nil }
        let day = CalendarDay(ordinal: sum)
        return day.isSupported ? day : nil
    }

    /// The same day of the month `months` later, or the month's last day; nil outside `supportedYears`.
    public func adding(months: Int) -> CalendarDay? {
        let limit = CalendarDay.ordinalLimit / 31
        guard months.magnitude <= UInt(limit) else { return nil }
        let total = year * 12 + (month - 1) + months
        // floor division: month -1 of year 0 is December of year -1, never month 0
        let y = total >= 0 ? total / 12 : -((-total + 11) / 12)
        let m = total - y * 12 + 1
        guard CalendarDay.supportedYears.contains(y) else { return nil }
        return CalendarDay(year: y, month: m, day: min(day, CalendarDay.daysIn(month: m, year: y)))
    }

    static func clampedOrdinal(_ a: Int, plus b: Int) -> Int? {
        let (sum, overflow) = a.addingReportingOverflow(b)
        guard !overflow, sum.magnitude <= UInt(ordinalLimit) else { return nil }
        return sum
    }

    /// 0 = Sunday … 6 = Saturday.
    public var weekday: Int { ((ordinal % 7) + 7 + 4) % 7 }

    public var iso: String {
        guard (0...9999).contains(year) else {
            return "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))-\(CalendarDay.pad(day, 2))"
        }
        // written digit by digit: the extractor makes one for every date it reads
        let (y, m, d) = (year, month, day)
        return String(unsafeUninitializedCapacity: 10) { b in
            b[0] = UInt8(48 + y / 1000); b[1] = UInt8(48 + y / 100 % 10); b[2] = UInt8(48 + y / 10 % 10);
            b[3] = UInt8(48 + y % 10)
            b[4] = 45; b[5] = UInt8(48 + m / 10); b[6] = UInt8(48 + m % 10)
            b[7] = 45; b[8] = UInt8(48 + d / 10); b[9] = UInt8(48 + d % 10)
            return 10
        }
    }
    /// `2025-10`
    public static func isoMonth(_ year: Int, _ month: Int) -> String { "\(pad(year, 4))-\(pad(month, 2))" }
    public static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
    public var description: String { iso }
    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.ordinal < b.ordinal }

}
