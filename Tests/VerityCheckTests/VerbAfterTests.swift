import Testing
import VerityDocument
import VerityText
@testable import VerityCheck

/// A verb after a figure has the figure for its subject and moves nothing.
@Suite("verbs after a figure") struct VerbAfterTests {
    @Test(arguments: [
        ("More than 7 inches fell at the airport.", Movement.none), ("Rain fell 7 inches.", .fall),
    ])
    func aVerbAfterMovesNothing(_ text: String, _ movement: Movement) throws {
        let ex = Extraction(try Document(path: "a.md", text: text, format: .markdown))
        let q = try #require(ex.quantities.first)
        #expect(Movement(ex, q) == movement)
    }
}
