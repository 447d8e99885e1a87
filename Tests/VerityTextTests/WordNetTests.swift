import Testing
@testable import VerityText

/// WordNet's lemmas and common senses (Debian's wordnet-base, which .ci/run installs).
@Suite("WordNet", .enabled(if: WordNet.shared.isAvailable, "wordnet-base is not installed"))
struct WordNetTests {
    @Test(arguments: [
        ("fell", "fall"), ("held", "hold"), ("crews", "crew"), ("children", "child"), ("evacuated", "evacuate"),
        ("news", "news"), ("patients", "patient"), ("xyzzyqs", "xyzzyqs"),
    ])
    func lemma(_ word: String, _ lemma: String) {
        #expect(WordNet.shared.lemma(word) == lemma)
    }

    @Test(arguments: [
        ("begin", "start", true), ("buy", "purchase", true), ("car", "automobile", true), ("car", "train", false),
        ("union", "employer", false),
    ])
    func synonyms(_ a: String, _ b: String, _ same: Bool) {
        #expect(WordNet.shared.synonyms(a, b) == same)
    }

    @Test func anotherFolderWithoutTheFilesIsUnavailable() {
        #expect(!WordNet(folder: "/nonexistent").isAvailable)
    }
}
