import Testing
import VerityCheck

/// A transcript records what was said on its own date: the day an article gives for a quote's saying is borne out by
/// it, or misdates the statement. A date of another event in the quote's sentence is not the saying's.
@Suite("the day a quote was said") struct StatementDateTests {
    static let transcript =
        "---\ndate: 2026-03-05\nkind: transcript\n---\nODALYS REINHOLT (FIRE CHIEF): That's slower than the year "
        + "before, and it's not where I want us to be."

    @Test(arguments: [
        ("told the council's Public Safety Committee on Thursday", [String]()),
        ("told the council's Public Safety Committee on Wednesday", ["date.mismatch"]),
        // (the statement's day is the article's "said at a briefing Thursday": "briefing" is no verb)
        ("said at a briefing Thursday", [String]()),
        ("said at a briefing Wednesday", ["date.mismatch"]),
        ("said at a press briefing Thursday", [String]()),
        // (a date the words are said of is not the day they were said)
        ("said of Wednesday's fire", [String]()),
    ])
    func aQuotesDayIsItsTranscripts(_ attribution: String, _ rules: [String]) throws {
        let f = try check(
            "---\ndate: 2026-03-06\n---\n\"It's not where I want us to be,\" Fire Chief Odalys Reinholt \(attribution).",
            [Self.transcript])
        #expect(asserted(f) == rules, "\(f.map(\.message))")
    }

    /// A source that is no transcript dates nothing it quotes: a statement may be e-mailed days after it was made.
    @Test func aStatementIsNoTranscript() throws {
        let statement = Self.transcript.replacingOccurrences(of: "kind: transcript", with: "kind: statement")
        let f = try check(
            "---\ndate: 2026-03-06\n---\n\"It's not where I want us to be,\" Fire Chief Odalys Reinholt told the "
                + "committee on Wednesday.", [statement])
        #expect(asserted(f).isEmpty, "\(f.map(\.message))")
    }
}

/// Words told without quotation marks are dated by the transcript where their speaker says the same thing (four
/// content words of the sentence or more in that person's turn); a turn about something else dates nothing.
@Suite("the day reported words were said") struct ReportedStatementTests {
    @Test(arguments: [
        ("on Tuesday", "Most of the export decline is hay and forest products bound for Asia.", [String]()),
        ("on Monday", "Most of the export decline is hay and forest products bound for Asia.", ["date.mismatch"]),
        ("on Monday", "Our crane crews set a record for moves per hour this quarter.", [String]()),
    ])
    func reportedWordsAreDatedByTheirTranscript(_ when: String, _ turn: String, _ rules: [String]) throws {
        let transcript =
            "---\ndate: 2026-10-20\nkind: transcript\n---\nANDRES KOWALCZYK (CHIEF COMMERCIAL OFFICER): \(turn)"
        let f = try check(
            "---\ndate: 2026-10-22\n---\nChief Commercial Officer Andres Kowalczyk told the Port Commission \(when) "
                + "that most of the export decline came from hay and forest products bound for Asia.", [transcript])
        #expect(asserted(f) == rules, "\(f.map(\.message))")
    }
}
