import Testing
@testable import VerityText

/// The vocabulary is data: every word list in `Sources/VerityText/Lexicon/` is lowercase, sorted and free of
/// duplicates, so a word is added in one place and found by reading the list.
@Suite("lexicon") struct LexiconTests {
    @Test(arguments: Lexicon.lists.map(\.name))
    func listIsLowercaseSortedAndUnique(_ name: String) throws {
        let words = try #require(Lexicon.lists.first { $0.name == name }).words
        #expect(!words.isEmpty)
        #expect(words.filter { $0 != $0.lowercased() } == [])
        #expect(words == words.sorted())
        #expect(Set(words).count == words.count)
    }

    @Test func everyListIsListedOnce() {
        let names = Lexicon.lists.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.count >= 19)
    }

    @Test func theWordClassesComeFromTheLists() {
        #expect(WordClass.words["monday"]?.contains(.weekday) == true)
        #expect(WordClass.words["october"]?.contains(.month) == true)
        #expect(WordClass.words["said"]?.contains(.cue) == true)
    }
}
