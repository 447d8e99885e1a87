import Testing
import VerityDocument
@testable import VerityText

/// A text with no date of its own fixes only the dates it writes out in full; the rest wait for a reference,
/// so reading it gives the same result on any day.
@Suite("unresolved dates") struct UnresolvedDateTests {
    @Test(arguments: [
        ("The vote was held yesterday.", [String](), ["yesterday"]),
        ("They met on Friday and again on October 22.", [], ["on Friday", "October 22"]),
        ("The law passed on March 3, 2021.", ["2021-03-03"], []),
        ("It passed on March 3, 2021, and took effect on May 1, 2021.", ["2021-03-03", "2021-05-01"], []),
    ])
    func undatedText(_ text: String, _ fixed: [String], _ waiting: [String]) throws {
        let ex = Extraction(try doc(text))
        #expect(ex.dates.map(\.value) == fixed)
        #expect(
            ex.unresolvedDates.map(\.text).allSatisfy { t in waiting.contains { t.contains($0) || $0.contains(t) } })
        #expect(ex.unresolvedDates.count == waiting.count)
    }

    @Test func aDatedTextResolvesEverything() throws {
        let ex = Extraction(try doc("---\ndate: 2025-11-02\n---\nThe vote was held yesterday."))
        #expect(ex.dates.map(\.value) == ["2025-11-01"] && ex.unresolvedDates.isEmpty)
    }
}

/// A weekday after a modal or a plan looks ahead: "could lift Thursday" is the coming Thursday.
@Suite("weekday tense") struct WeekdayTenseTests {
    @Test(arguments: [
        ("The advisory could lift Thursday.", "2025-09-25"), ("The committee will meet Friday.", "2025-09-26"),
        ("The advisory was lifted Thursday.", "2025-09-18"), ("The report is due Monday.", "2025-09-29"),
    ])
    func weekday(_ text: String, _ value: String) throws {
        #expect(DateExtractor.extract(try doc("---\ndate: 2025-09-23\n---\n" + text)).first?.value == value)
    }
}

/// Every date names the pattern that read it.
@Suite("date patterns") struct DatePatternTests {
    @Test(arguments: [
        ("about ten days ago", "date.n-units-ago"), ("On October 22 it happened.", "date.month-day"),
        ("Tuesday, March 3, 2026", "date.weekday-month-day"), ("yesterday", "date.yesterday"),
        ("They met on Friday.", "date.weekday"), ("next Friday", "date.relative-weekday"),
        ("It was 2016-10-22.", "date.separated"), ("We open on Christmas.", "date.holiday"),
        ("in 3 days on Friday", "date.in-n-days-on-weekday"),
    ])
    func pattern(_ text: String, _ rule: String) throws {
        #expect(DateExtractor.extract(try doc("---\ndate: 2025-11-02\n---\n" + text)).first?.rule == rule)
    }
}
