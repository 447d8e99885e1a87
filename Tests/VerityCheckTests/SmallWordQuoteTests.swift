import Testing
import VerityCheck

/// A quote of small words only, which the word index leaves out, is found by reading the sources.
@Suite("quotes of small words") struct SmallWordQuoteTests {
    static let source = "We opened the overflow tent next to it. That's what it's there for. We never ran out of ice."

    @Test(arguments: [
        ("That's what it's there for", [String]()),
        ("That's what it was there for", ["quote.altered"]),
    ])
    func aQuoteOfSmallWordsIsFound(_ quote: String, _ rules: [String]) throws {
        let f = try check("\"\(quote),\" she said.", [Self.source])
        #expect(f.map(\.rule) == rules, "\(f.map(\.message))")
    }
}
