import Testing
import VerityCheck

/// A table of the parts of a whole under a caption that names the whole: a figure of the whole is the Total row's.
@Suite("figures of a whole given as a part's") struct TotalRowTests {
    static let structures = """
        ## Structures

        | Category | Destroyed | Damaged |
        |---|---:|---:|
        | Single-family homes | 29 | 11 |
        | Outbuildings | 8 | 3 |
        | **Total** | **37** | **14** |
        """

    @Test(arguments: [
        // the caption's noun, no row's: the whole
        ("The fire has destroyed 29 structures and damaged 14 others.", true),
        ("The fire has destroyed 37 structures and damaged 14 others.", false),
        // the row's own noun
        ("The fire has destroyed 29 homes.", false),
        // the sentence names the row
        ("The fire has destroyed 29 structures, all of them single-family homes.", false),
    ])
    func aFigureOfTheWholeIsTheTotalRows(_ sentence: String, _ mismatch: Bool) throws {
        let f = try check(sentence, [TotalRowTests.structures])
        let flagged = f.filter { $0.rule == "number.mismatch" && $0.message.contains("for Total it gives 37") }
        #expect(!flagged.isEmpty == mismatch, "\(f.map(\.message))")
    }

    /// Without a caption that names the whole, a part's value is no figure of another row.
    @Test func noCaptionNoWhole() throws {
        let table = TotalRowTests.structures.replacingOccurrences(of: "## Structures\n\n", with: "")
        let f = try check("The fire has destroyed 29 structures.", [table])
        #expect(f.filter { $0.rule == "number.mismatch" }.isEmpty, "\(f.map(\.message))")
    }
}
