import Foundation
import Testing
import VerityLedger
import VerityLedgerPostgres

/// Text meant to break a query, a format or a terminal, through every field of both stores, comes back byte for byte.
@Suite("hostile text in both stores") struct HostileTextTests {
    static let hostile = [
        "'); DROP TABLE claims; --",
        "Robert'); DELETE FROM status_event; -- \"quoted\" ; semicolons;;",
        "$$ LANGUAGE plpgsql; $1 $2 :name ? %s %% \\x00 \\\\ E'\\n'",
        "“curly” ‘single’ — dash, ünïcödé, 中文, עברית \u{202E}override\u{202C}, emoji 🧪, tab\tnew\nline\r\n",
        String(repeating: "long ", count: 2000),
    ]

    func h(_ i: Int, _ field: String) -> String { "\(field): " + Self.hostile[i % Self.hostile.count] }

    @Test(arguments: Store.available)
    func everyFieldComesBackByteForByte(_ store: Store) throws {
        let l = try store.fresh()
        var sources: [Source] = []
        for i in 0..<Self.hostile.count {
            let s = try l.addSource(
                Source(
                    path: h(i, "path"), title: h(i, "title"), publisher: h(i, "publisher"), url: h(i, "url"),
                    kind: h(i, "kind"), speaker: h(i, "speaker"), publishedOn: h(i, "date"), format: h(i, "format"),
                    text: h(i, "text"), sha256: h(i, "sha"), location: h(i, "location"))
            ).source
            sources.append(s)
            let c = try l.addClaim(
                Claim(
                    kind: .quote, text: h(i, "claim"), speaker: h(i, "speaker"), subject: h(i, "subject"),
                    value: -1.5e-7, unit: h(i, "unit"), qualifier: h(i, "qualifier"), dateValue: h(i, "dateValue"),
                    article: h(i, "article"), articleStart: 3, articleEnd: 9), by: h(i, "by"))
            try l.setStatus(c.id!, to: .disputed, by: h(i + 1, "editor"), note: h(i + 2, "note"))
            _ = try l.attach(
                Evidence(
                    claimId: c.id!, sourceId: s.id!, exact: h(i, "exact"), prefix: h(i, "prefix"),
                    suffix: h(i, "suffix"), start: 0, end: 4, stance: .refutes, note: h(i, "evidence note"),
                    sourceSha256: s.sha256))
        }
        let passages = (0..<Self.hostile.count).map {
            FindingPassage(document: h($0, "doc"), line: $0, start: 1, end: 2, excerpt: h($0, "excerpt"))
        }
        try l.recordCheck(
            findings: [
                StoredFinding(
                    claimId: 1, rule: h(0, "rule"), severity: "error", document: h(1, "document"), line: 1, column: 2,
                    start: 3, end: 4, excerpt: h(2, "excerpt"), message: h(3, "message"), evidence: passages,
                    checkedAt: Date())
            ], statusChanges: [], by: "verity check")

        let c = try l.contents()
        for (i, s) in c.sources.enumerated() {
            let fields = [s.path, s.title, s.publisher, s.url, s.kind, s.speaker, s.publishedOn, s.format, s.text]
            #expect(
                fields
                    == ["path", "title", "publisher", "url", "kind", "speaker", "date", "format", "text"].map {
                        h(i, $0)
                    })
            #expect(s.sha256 == h(i, "sha") && s.location == h(i, "location"))
        }
        for (i, x) in c.claims.enumerated() {
            #expect(
                [x.text, x.speaker, x.subject, x.unit, x.qualifier, x.dateValue, x.article] == [
                    h(i, "claim"), h(i, "speaker"), h(i, "subject"), h(i, "unit"), h(i, "qualifier"), h(i, "dateValue"),
                    h(i, "article"),
                ])
            #expect(x.value == -1.5e-7 && x.status == .disputed)
        }
        #expect(c.events.map(\.by) == (0..<Self.hostile.count).flatMap { [h($0, "by"), h($0 + 1, "editor")] })
        #expect(c.events.map(\.note) == (0..<Self.hostile.count).flatMap { ["recorded", h($0 + 2, "note")] })
        for (i, e) in c.evidence.enumerated() {
            #expect(
                [e.exact, e.prefix, e.suffix, e.note] == [
                    h(i, "exact"), h(i, "prefix"), h(i, "suffix"),
                    h(i, "evidence note"),
                ])
        }
        let f = try #require(c.findings.first)
        #expect(
            [f.rule, f.document, f.excerpt, f.message] == [
                h(0, "rule"), h(1, "document"), h(2, "excerpt"),
                h(3, "message"),
            ])
        #expect(f.evidence == passages)
        // the tables are all still there, and nothing else was touched
        #expect(try l.info().claims == Self.hostile.count && (try l.info().events) == 2 * Self.hostile.count)
    }

    /// PostgreSQL's text cannot hold a NUL character (no command can pass one: arguments and text files cannot);
    /// the store says so in one sentence and keeps nothing of the command.
    @Test(.enabled(if: Store.postgresURL != nil, "VERITY_TEST_POSTGRES_URL is unset"))
    func aNULCharacterIsRefusedWithOneSentenceAndNothingIsSaved() throws {
        let l = try Store.postgres.fresh()
        let claims = [Claim(kind: .statement, text: "fine"), Claim(kind: .statement, text: "nul \u{0} here")]
        #expect(throws: PostgresLedgerError.nulCharacter(shown: l.location.shown)) {
            _ = try l.addClaims(claims, by: "t")
        }
        #expect(try l.claims().isEmpty && (try l.history().isEmpty))
    }
}
