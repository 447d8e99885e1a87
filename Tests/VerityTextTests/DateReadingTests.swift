import Testing
import VerityDocument
@testable import VerityText

/// A text, the date read first in it, its value against 2025-11-02 and the pattern that read it.
struct DateCase: Sendable, CustomTestStringConvertible {
    let text: String, read: String, value: String, rule: String
    init(_ text: String, _ read: String, _ value: String, _ rule: String) {
        (self.text, self.read, self.value, self.rule) = (text, read, value, rule)
    }
    var testDescription: String { text }
}

/// One case or more per date pattern, in the order of `DateExtractor.patterns`.
@Suite("date reading") struct DateReadingTests {
    static let cases: [DateCase] = [
        DateCase("It was filed 20161016 in the docket.", "20161016", "2016-10-16", "date.compact-digits"),
        DateCase("The count ran 2016 10 16 at noon.", "2016 10 16", "2016-10-16", "date.year-month-day-spaced"),
        DateCase("The meeting is 5/12 at the hall.", "5/12", "2025-05-12", "date.separated"),
        DateCase("The order dated 05-Aug-2016 stands.", "05-Aug-2016", "2016-08-05", "date.separated"),
        DateCase(
            "Tuesday, March 3, 2026 was the vote.", "Tuesday, March 3, 2026", "2026-03-03", "date.weekday-month-day"),
        DateCase("On October 22 it happened.", "October 22", "2025-10-22", "date.month-day"),
        DateCase("Prices rose in October 2024 sharply.", "October 2024", "2024-10", "date.month-year"),
        DateCase("They met in March to talk.", "March", "2025-03", "date.month"),
        DateCase("The fair ran 18 and 19 June this year.", "18", "2025-06-18", "date.day-and-day-month"),
        DateCase(
            "It falls on the 15th day of next month.", "15th day of next month", "2025-12-15",
            "date.day-of-relative-month"),
        DateCase(
            "It was Tuesday 4th of March 2025 then.", "Tuesday 4th of March 2025", "2025-03-04",
            "date.weekday-day-month"),
        DateCase("The raid came on 22 October 2024.", "22 October 2024", "2024-10-22", "date.day-month"),
        DateCase("They met Sunday 31 at dawn.", "Sunday 31", "2025-08-31", "date.weekday-day"),
        DateCase("It was Saturday the first of the month.", "Saturday the first", "2025-11-01", "date.weekday-day"),
        DateCase(
            "The hearing is Wednesday the nineteenth at six.", "Wednesday the nineteenth", "2025-11-19",
            "date.weekday-day"),
        // an ordinal before a noun counts; the weekday stands alone
        DateCase("It closed Saturday, the first time since 2019.", "Saturday", "2025-11-01", "date.weekday"),
        DateCase("Come on the 18th to sign.", "the 18th", "2025-11-18", "date.ordinal-this-month"),
        DateCase("We open on Christmas.", "Christmas", "2025-12-25", "date.holiday"),
        DateCase("They spoke today about it.", "today", "2025-11-02", "date.today"),
        DateCase("The vote was held yesterday.", "yesterday", "2025-11-01", "date.yesterday"),
        DateCase("The board meets tomorrow.", "tomorrow", "2025-11-03", "date.tomorrow"),
        DateCase("He left the day before.", "the day before", "2025-11-01", "date.day-before-after"),
        DateCase("She called this morning.", "this morning", "2025-11-02", "date.this-part-of-day"),
        DateCase(
            "It opens the day after tomorrow.", "the day after tomorrow", "2025-11-04", "date.day-before-after-relative"
        ),
        DateCase(
            "We meet this friday 5/12 then.", "this friday 5/12", "2025-05-12", "date.relative-weekday-written-date"),
        DateCase("We meet this Friday 7.6 then.", "this Friday 7.6", "2025-07-06", "date.relative-weekday-dotted"),
        DateCase("It returns next October 3 again.", "next October 3", "2026-10-03", "date.next-named-date"),
        DateCase("He arrives next Friday.", "next Friday", "2025-11-07", "date.relative-weekday"),
        DateCase("He came last week on Monday.", "last week on Monday", "2025-10-20", "date.relative-week-weekday"),
        DateCase("It rose last week again.", "last week", "2025-10-26", "date.relative-week"),
        DateCase("It fell last month again.", "last month", "2025-10", "date.relative-month"),
        DateCase("It grew last year again.", "last year", "2024", "date.relative-year"),
        DateCase("It opens in 3 months.", "in 3 months", "2026-02-02", "date.in-n-months"),
        DateCase("It opens in 2 years.", "in 2 years", "2027-11-02", "date.in-n-years"),
        DateCase("It opens in ten days.", "in ten days", "2025-11-12", "date.in-n-days"),
        DateCase("It opens in 3 days on Friday.", "in 3 days on Friday", "2025-11-07", "date.in-n-days-on-weekday"),
        DateCase("It ends two weeks after Christmas.", "two weeks after Christmas", "2026-01-08", "date.n-units-from"),
        DateCase("It began about ten days ago.", "about ten days ago", "2025-10-23", "date.n-units-ago"),
        DateCase("Two weeks later it ended.", "Two weeks later", "2025-11-16", "date.n-units-earlier-later"),
        DateCase("They return Monday of next week.", "Monday of next week", "2025-11-03", "date.weekday-of-week"),
        DateCase(
            "They return Monday two weeks from now.", "Monday two weeks from now", "2025-11-17",
            "date.weekday-in-relative-week"),
        DateCase("They met on Friday.", "Friday", "2025-10-31", "date.weekday"),
        DateCase("The board will meet Friday.", "Friday", "2025-11-07", "date.weekday"),
        DateCase("The mediator said talks would resume Friday.", "Friday", "2025-11-07", "date.weekday"),
        DateCase("More rain is forecast to reach the basin Friday.", "Friday", "2025-11-07", "date.weekday"),
        // "until" takes its clause's tense: after a past verb it looks back
        DateCase("Voting ran until Friday night.", "Friday night", "2025-10-31", "date.weekday"),
        DateCase("The road stays closed until Friday.", "Friday", "2025-11-07", "date.weekday"),
        // a present verb before a weekday schedules it; a weekday before a noun names no day to look ahead to
        DateCase("The committee meets Friday to vote.", "Friday", "2025-11-07", "date.weekday"),
        DateCase("Replacements start shipping Friday.", "Friday", "2025-11-07", "date.weekday"),
        DateCase("Replacements began shipping Friday.", "Friday", "2025-10-31", "date.weekday"),
        DateCase("The rule keeps Friday parking free.", "Friday", "2025-10-31", "date.weekday"),
        // a plain present verb after a plural subject looks ahead, a few words before the day; a past does not
        DateCase("Tickets go on sale Friday.", "Friday", "2025-11-07", "date.weekday"),
        DateCase("Tickets went on sale Friday.", "Friday", "2025-10-31", "date.weekday"),
        DateCase("The teams beat the odds Friday.", "Friday", "2025-10-31", "date.weekday"),
        DateCase("The previous contract expired Friday.", "Friday", "2025-10-31", "date.weekday"),
        // a past that is also a plain verb, and a name before a noun, look back
        DateCase("Inspectors found the damage Friday.", "Friday", "2025-10-31", "date.weekday"),
        DateCase("Fans packed the Tigers game Friday.", "Friday", "2025-10-31", "date.weekday"),
        DateCase(
            "## High bacteria counts\n\nWater samples taken Friday showed them.", "Friday", "2025-10-31", "date.weekday"
        ),
        // a year-less date takes the year its weekday fits, else the coming one when its sentence looks ahead
        DateCase("Classes begin Sunday, Aug. 23.", "Sunday, Aug. 23", "2026-08-23", "date.weekday-month-day"),
        DateCase(
            "The lab will have to file its report to the board by Sept. 1.", "Sept. 1", "2026-09-01",
            "date.month-day"),
        DateCase("The lab filed its report to the board by Sept. 1.", "Sept. 1", "2025-09-01", "date.month-day"),
        DateCase(
            "The deal closed in the fourth of July of 1995 rush.", "fourth of July of 1995", "1995-07-04",
            "date.day-month"),
    ]

    @Test(arguments: cases)
    func reads(_ c: DateCase) throws {
        let first = DateExtractor.extract(try doc("---\ndate: 2025-11-02\n---\n" + c.text)).first
        #expect(first?.text == c.read)
        #expect(first?.value == c.value)
        #expect(first?.rule == c.rule)
    }

    /// A span before or after an event dates by the event, not by the text ("two weeks after the tower was
    /// disinfected"); one after "that" or at a clause's end dates by the date before it.
    @Test(
        arguments: [
            ("No cases after Sept. 19, two weeks after the tower was disinfected.", nil),
            ("The vote was Sept. 19. Two weeks after that, it ended.", "2025-10-03"),
        ] as [(String, String?)])
    func aSpanAfterAnEventIsNoDate(_ text: String, _ value: String?) throws {
        let dates = DateExtractor.extract(try doc("---\ndate: 2025-11-02\n---\n" + text))
        #expect(dates.count == (value == nil ? 1 : 2) && dates.last?.value == (value ?? "2025-09-19"))
    }

    /// A span of one day is no date ("37 eagles in one day" is not tomorrow); "in two days" still is.
    @Test(
        arguments: [
            ("They saw 37 eagles in one day.", nil), ("They counted them in a day.", nil),
            ("The vote comes in two days.", "2025-11-04"),
        ] as [(String, String?)])
    func aSpanOfOneDayIsNoDate(_ text: String, _ value: String?) throws {
        let dates = DateExtractor.extract(try doc("---\ndate: 2025-11-02\n---\n" + text))
        #expect(dates.first?.value == value)
    }

    /// An ordinal before a noun counts ("the 14th player in league history"); before a preposition or at a clause's
    /// end it is a day of this month.
    @Test(
        arguments: [
            ("She is the 14th player in league history to do it.", nil),
            ("They signed on the 14th of the month.", "2025-11-14"), ("The fair opens on the 14th.", "2025-11-14"),
        ] as [(String, String?)])
    func anOrdinalBeforeANounIsNoDate(_ text: String, _ value: String?) throws {
        let dates = DateExtractor.extract(try doc("---\ndate: 2025-11-02\n---\n" + text))
        #expect(dates.first?.value == value)
    }

    @Test func everyPatternHasACaseAndOneName() {
        let names = DateExtractor.patterns.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.hasPrefix("date.") })
        let tested = Set(Self.cases.map(\.rule))
        #expect(names.filter { !tested.contains($0) } == [])
    }
}
