import Testing
import VerityDocument
@testable import VerityText

/// Date arithmetic is total: a sum past the years a date can name is no date, never a trap.
@Suite("date arithmetic") struct DateArithmeticTests {
    @Test(
        arguments: [
            (2025, 3, 31, -1, "2025-02-28"), (2024, 3, 31, -1, "2024-02-29"), (2025, 1, 15, -1, "2024-12-15"),
            (2025, 1, 15, -13, "2023-12-15"), (2025, 12, 1, 1, "2026-01-01"), (1, 12, 31, 1, "0002-01-31"),
            (1, 1, 1, -1, nil),
            (9999, 12, 1, 1, nil), (2025, 6, 1, -36_000, nil), (2025, 6, 1, Int.max, nil), (2025, 6, 1, Int.min, nil),
        ] as [(Int, Int, Int, Int, String?)])
    func addingMonths(_ y: Int, _ m: Int, _ d: Int, _ months: Int, _ expected: String?) throws {
        let day = try #require(CalendarDay(year: y, month: m, day: d))
        #expect(day.adding(months: months)?.iso == expected)
    }

    @Test(
        arguments: [
            (1, "2025-06-02"), (-1_000_000, nil), (1_000_000, "4763-04-29"), (3_000_000, nil), (Int.max, nil),
            (Int.min, nil),
        ]
            as [(Int, String?)])
    func addingDays(_ days: Int, _ expected: String?) throws {
        #expect(CalendarDay(year: 2025, month: 6, day: 1)?.adding(days: days)?.iso == expected)
    }

    /// Seeded random sums over the whole range: each is a date in range or nil, and adding back returns the start.
    @Test func randomSumsNeverTrap() throws {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<20_000 {
            let start = CalendarDay(ordinal: Int(rng.next() % 3_000_000) - 700_000)
            let months = Int(truncatingIfNeeded: rng.next()) >> Int(rng.next() % 64)
            let days = Int(truncatingIfNeeded: rng.next()) >> Int(rng.next() % 64)
            if let later = start.adding(days: days) { #expect(later.isSupported && later.adding(days: -days) == start) }
            if let later = start.adding(months: months) { #expect(later.isSupported) }
        }
    }

    /// Texts the audit's fuzzer crashed on: the far past is simply not a date.
    @Test(arguments: [
        ("---\ndate: 2025-11-02\n---\nThe city was founded 3000 years ago.", [String]()),
        ("---\ndate: 2025-11-02\n---\nIt was 30000 months ago.", []),
        ("---\ndate: 2025-11-02\n---\nIn 99999999999999 years the sun will be gone.", []),
        ("---\ndate: 0000-01-01\n---\nIt rained last month.", []),
        ("---\ndate: 2025-11-02\n---\nThe fort was built 300 years ago.", ["1725-11-02"]),
    ])
    func farDatesAreNoDates(_ text: String, _ values: [String]) throws {
        #expect(Extraction(try doc(text)).dates.map(\.value) == values)
    }
}

/// A small deterministic generator, so the random test is the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
