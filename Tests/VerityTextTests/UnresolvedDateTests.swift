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
        #expect(ex.unresolvedDates.map(\.text).allSatisfy { t in waiting.contains { t.contains($0) || $0.contains(t) } })
        #expect(ex.unresolvedDates.count == waiting.count)
    }

    @Test func aDatedTextResolvesEverything() throws {
        let ex = Extraction(try doc("---\ndate: 2025-11-02\n---\nThe vote was held yesterday."))
        #expect(ex.dates.map(\.value) == ["2025-11-01"] && ex.unresolvedDates.isEmpty)
    }
}
