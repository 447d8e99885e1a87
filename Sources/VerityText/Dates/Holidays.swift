import VerityDocument

/// Holidays: one table of names and rules drives the dates, the names matched in text, their prefixes and first words.
extension DateExtractor {
    /// How a holiday falls in a year.
    enum HolidayRule {
        case fixed(month: Int, day: Int), nthWeekday(n: Int, weekday: Int, month: Int, shift: Int), easter
    }

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
            let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25,
                g = (b - f + 1) / 3
            let h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
            let m = (a + 11 * h + 22 * l) / 451
            return CalendarDay(year: year, month: (h + l - 7 * m + 114) / 31, day: (h + l - 7 * m + 114) % 31 + 1)
        }
    }

    static let holidayFirstWords = Set(holidays.keys.map { String($0.prefix { $0 != " " }) })

    /// Matches a holiday name of up to four words at `i`; returns the name and the index after it.
    static func holidayName(_ t: Tokens, _ i: Int) -> Match<String>? {
        var name = "", best: Match<String>? = nil, words = 0
        var k = i
        // words are added one at a time while they still begin some holiday's name; the longest full name wins
        while k < t.count, words < 4 {
            if t[k].kind == .word {
                name = words == 0 ? t[k].norm : name + " " + t[k].norm
                words += 1
                guard holidayPrefixes.contains(name) else { break }
                if holidays[name] != nil { best = Match(name, end: k + 1) }
            } else if t[k].norm != "'" && t[k].norm != "." {
                break
            }
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
}
