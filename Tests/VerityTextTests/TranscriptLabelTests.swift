import Testing
import VerityDocument
@testable import VerityText

/// A transcript's speaker label: one reading for the quote extractor and the checker's speaker of a source passage.
@Suite("transcript labels") struct TranscriptLabelTests {
    @Test(
        arguments: [
            ("MINISTER: We will act.", "MINISTER"),
            ("Chair Priya Natarajan: The meeting is open.", "Chair Priya Natarajan"),
            ("ANA ROSS (CFO): Margins rose.", "ANA ROSS"),
            ("RUTH ABERNATHY (COMMISSIONER, DISTRICT 3): I will say this.", "RUTH ABERNATHY"),
            ("MS. ARCHER (ASSISTANT U.S. ATTORNEY): Your honor, the count is right.", "MS. ARCHER"),
            ("DAN LEE (CEO & PRESIDENT): We grew.", "DAN LEE"),
            ("NOAH OKAFOR (lead attorney for the plaintiff): Thank you.", "NOAH OKAFOR"),
            ("MEREDITH CHO (co-counsel): I'd just add this.", "MEREDITH CHO"),
            // no label: a sentence, a role in lowercase after a name not in capitals (a table's label), brackets
            // before the colon's words, too many words
            ("The mayor said: no more.", nil),
            ("Ana Ross (chief financial officer): Margins rose.", nil),
            ("Total Revenue (in millions): 412", nil),
            ("ANA ROSS (CFO) said: Margins rose.", nil),
            ("One Two Three Four Five Six Seven: Margins rose.", nil),
            ("we said: Margins rose.", nil),
        ] as [(String, String?)])
    func label(_ text: String, _ name: String?) throws {
        let d = try doc(text)
        let tokens = Tokenizer.tokenize(d.analysis, from: d.bodyStart)
        let label = TranscriptLabel(tokens, d)
        #expect(label?.name == name)
        if let label { #expect(d.slice(label.start, label.end) == name) }
    }

    @Test(arguments: [
        ("MAYOR BRIGGS: \"We ran a clean race.\"", "MAYOR BRIGGS"),
        ("ANA ROSS (CFO): \"We ran a clean race.\"", "ANA ROSS"),
    ])
    func quoteSpeaker(_ text: String, _ speaker: String) throws {
        let q = QuoteExtractor.extract(try doc(text)).first
        #expect(q?.speaker == speaker)
        #expect(q?.rule == "speaker.transcript-label")
    }
}
