import Foundation
import Testing
import VerityDocument
import VerityText

/// The indexes that made extraction linear read what the rescans read.
@Suite("linear readings") struct LinearReadingTests {
    @Test func aLineOfBracketsStillBlanksItsLinks() throws {
        let text = "[[ [see the report](http://example.com/r) and ![chart](c.png) [[ ["
        let doc = try Document(path: "f.md", text: text, format: .markdown)
        let analysis = doc.analysisSlice(0, doc.count)
        #expect(analysis.contains("see the report") && !analysis.contains("example") && !analysis.contains("chart"))
    }

    @Test func aRoleStandsForTheLatestSpeakerWhoHoldsIt() throws {
        let text = """
            Prime Minister Ana Ruiz said: “We will rebuild the port.”

            “The repairs start on Monday,” the minister told reporters.

            “It will cost less than feared,” the minister said.
            """
        let ex = Extraction(try Document(path: "f.md", text: text, format: .markdown))
        #expect(ex.quotes.map(\.speaker) == Array(repeating: "Prime Minister Ana Ruiz", count: 3))
    }

    @Test func aPronounPassesOverNamesThatDoNotFit() throws {
        let text = "Maria Okafor spoke first. Mr. Lee Park and Mr. John Ode listened. “We are ready,” she said."
        let ex = Extraction(try Document(path: "f.md", text: text, format: .markdown))
        #expect(ex.quotes.first?.speaker == "Maria Okafor")
    }
}
