import Foundation
import Testing

/// The built binary on dates: far dates never crash a command, and undated texts do not depend on the day.
@Suite("dates from the command line") struct DateCLITests {
    @Test func farDatesInASourceDoNotCrashExtractOrCheck() throws {
        let cli = try CLI()
        try cli.write("a.md", "---\ndate: 2025-11-02\n---\nThe city was founded 3000 years ago, officials said.\n")
        try cli.write("s/s.md", "---\ndate: 0000-01-01\n---\nIt rained last month. It was 30000 months ago.\n")
        #expect(try cli.run("extract", "a.md", "s/s.md", "--format", "json").status == 0)
        let check = try cli.run("check", "a.md", "--sources", "s", "--format", "json")
        #expect(check.status == 0 || check.status == 1)
        #expect(check.out.contains("\"findings\""))
    }

    @Test func undatedTextsWaitForADate() throws {
        let cli = try CLI()
        try cli.write("u.md", "The vote was held yesterday.\n")
        let plain = try cli.run("extract", "u.md", "--format", "json")
        #expect(plain.status == 0 && plain.out.contains("\"unresolvedDates\"") && !plain.out.contains("\"value\""))
        let dated = try cli.run("extract", "u.md", "--format", "json", "--date", "2025-11-02")
        #expect(dated.out.contains("2025-11-01"))
        let bad = try cli.run("extract", "u.md", "--date", "2025-13-40")
        #expect(bad.status == 2 && bad.err.hasPrefix("verity:"))
    }
}
