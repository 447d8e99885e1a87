import Testing
import VerityCheck
import VerityDocument

func check(_ article: String, _ sources: [String]) throws -> [Finding] {
    let docs = try sources.enumerated().map { try Document(path: "s\($0.offset).md", text: $0.element, format: .markdown) }
    return Checker(sources: SourceSet(docs)).check(try Document(path: "a.md", text: article, format: .markdown))
}

@Suite("rules") struct RuleTests {
    @Test func alteredQuoteNamesTheWord() throws {
        let f = try check("He said “drain Iraqi resources for the benefit of Tehran.”", ["They \"drain Iraqi resources for the benefit of Iran.\""])
        #expect(f.map(\.rule) == ["quote.altered"])
        #expect(f.first?.message.contains("'Tehran' where the source has 'Iran'") == true)
    }
    @Test func verbatimAndFragmentQuotesPass() throws {
        #expect(try check("She said “chose to keep building.”", ["Tonight Millbrook chose to keep building together."]).isEmpty)
    }
    @Test func unsourcedQuote() throws {
        let f = try check("“It felt like nobody was listening,” said Carla Mendes.", ["The mayor thanked voters."])
        #expect(f.map(\.rule) == ["quote.unsourced"])
    }
    @Test func numbersHonourQualifiersAndUnits() throws {
        #expect(try check("Police seized more than 300 kilograms of hashish.", ["Police seized 312 kilograms of hashish."]).isEmpty)
        #expect(try check("Police seized at least 40 kilograms of hashish.", ["Police seized 38 kilograms of hashish."]).map(\.rule) == ["number.mismatch"])
        #expect(try check("Police seized 1.27 million pills.", ["Police seized 1,270,000 pills."]).isEmpty)
    }
    @Test func dateMismatchAgainstARelativeSourceDate() throws {
        let f = try check("---\ndate: 2025-11-02\n---\nThe ministry announced on October 22 that it seized drugs.",
                          ["---\ndate: 2025-10-23\n---\nThe ministry announced today that it seized drugs."])
        #expect(f.map(\.rule) == ["date.mismatch"])
    }
}
