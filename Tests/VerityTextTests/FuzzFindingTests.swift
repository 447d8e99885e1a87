import Testing
import VerityDocument
import VerityText

/// What fuzzing found (scripts/fuzz.sh; the inputs are kept in Tests/FuzzCrashes/).
@Suite("fuzz findings") struct FuzzFindingTests {
    @Test func aSingleQuoteOpenedInsideAnotherDoesNotShareItsClosingMark() throws {
        // FuzzExtract, crash-61f4302a…: two single quotes ended on one mark, and the second began inside the first
        let text = "2. item*gm*\u{2018}Headli *gm*\u{2018}Headline words here\u{2019} and more."
        let ex = Extraction(try Document(path: "f.md", text: text, format: .markdown))
        #expect(ex.quotes.map(\.text) == ["Headli *gm*\u{2018}Headline words here"])
        for (a, b) in zip(ex.quotes, ex.quotes.dropFirst()) { #expect(a.end <= b.start) }
    }
}
