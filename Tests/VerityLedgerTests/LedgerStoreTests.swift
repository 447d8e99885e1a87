import Foundation
import Testing
import VerityLedger
import VerityLedgerPostgres

/// The ledger protocol's guarantees, the same test bodies against each store.
@Suite("ledger stores") struct LedgerStoreTests {
    func source(_ text: String, path: String = "a.md", location: String? = nil) -> Source {
        Source(path: path, text: text, sha256: "sha-\(text.utf8.count)-\(text.hashValue)", location: location)
    }

    @Test(arguments: Store.available)
    func idsCountUpAndTheSameTextIsReused(_ store: Store) throws {
        let l = try store.fresh()
        let a = try l.addSource(source("The ministry seized 230 kilograms.", location: "/desk/a.md"))
        let b = try l.addSource(source("The ministry seized 230 kilograms.", path: "copy.md"))
        #expect(a.outcome == .added && b.outcome == .alreadyPresent && a.source.code == "S1" && b.source.code == "S1")
        let claims = try l.addClaims(
            [Claim(kind: .quote, text: "first"), Claim(kind: .quantity, text: "230 kilograms", value: 230)], by: "desk")
        #expect(claims.map(\.code) == ["C1", "C2"])
        #expect(try l.claims().map(\.text) == ["first", "230 kilograms"])
        #expect(try l.claim(2).value == 230)
        #expect(throws: LedgerError.unknownClaim("C9")) { _ = try l.claim(9) }
        #expect(throws: LedgerError.unknownSource("S4")) { _ = try l.source(4) }
        #expect(try l.sourceCount() == 1)
    }

    @Test(arguments: Store.available)
    func statusChangesAppendToTheHistory(_ store: Store) throws {
        let l = try store.fresh()
        let c = try l.addClaim(Claim(kind: .statement, text: "words"), by: "reporter")
        try l.setStatus(c.id!, to: .supported, by: "editor", note: "ok")
        #expect(throws: LedgerError.sameStatus(claim: "C1", status: .supported)) {
            try l.setStatus(c.id!, to: .supported, by: "editor", note: nil)
        }
        let h = try l.history(claimId: c.id)
        #expect(h.map(\.by) == ["reporter", "editor"])
        #expect(h.map(\.toStatus) == [.unverified, .supported] && h[1].fromStatus == .unverified)
        #expect(try l.claims(status: .supported).map(\.id) == [c.id])
        #expect(try l.claims(status: .disputed).isEmpty)
        #expect(throws: LedgerError.unknownClaim("C5")) { _ = try l.history(claimId: 5) }
    }

    @Test(arguments: Store.available)
    func aChangedFileBecomesTheSourcesNextVersion(_ store: Store) throws {
        let l = try store.fresh()
        let a = try l.addSource(source("The minister said taxes would fall.", location: "/desk/a.md")).source
        let e = try l.attach(
            Evidence(
                claimId: try l.addClaim(Claim(kind: .quote, text: "taxes would fall"), by: "t").id!, sourceId: a.id!,
                exact: "taxes would fall", prefix: "said ", suffix: ".", start: 18, end: 34, sourceSha256: a.sha256))
        #expect(throws: LedgerError.self) {
            _ = try l.addSource(source("The minister said taxes would rise.", location: "/desk/a.md"))
        }
        let r = try l.addSource(source("The minister said taxes would rise.", location: "/desk/a.md"), replace: true)
        #expect(r.outcome == .newVersion(version: 2, staleEvidence: 1))
        let versions = try l.versions(of: a.id!)
        #expect(versions.map(\.version) == [1, 2])
        #expect(versions.map(\.text) == ["The minister said taxes would fall.", "The minister said taxes would rise."])
        #expect(try l.attachedVersion(of: e)?.version == 1)
        #expect(try l.source(a.id!).text == "The minister said taxes would rise.")
    }

    @Test(arguments: Store.available)
    func evidenceKeepsItsPageAndTimeRange(_ store: Store) throws {
        let l = try store.fresh()
        let a = try l.addSource(source("The minister said taxes would fall.", location: "/desk/a.pdf")).source
        let c = try l.addClaim(Claim(kind: .quote, text: "taxes would fall"), by: "t")
        var paged = Evidence(
            claimId: c.id!, sourceId: a.id!, exact: "taxes would fall", prefix: "said ", suffix: ".", start: 18,
            end: 34,
            sourceSha256: a.sha256)
        paged.page = 2
        var timed = paged
        (timed.page, timed.timeStart, timed.timeEnd) = (nil, 62.5, 68)
        _ = try l.attach(paged)
        _ = try l.attach(timed)
        let back = try l.evidence(claimId: c.id)
        #expect(back.map(\.page) == [2, nil])
        #expect(back.map(\.timeStart) == [nil, 62.5] && back.map(\.timeEnd) == [nil, 68])
        #expect(back.map(\.anchorLabel) == ["p. 2", "01:02.5–01:08.0"])
    }

    @Test(arguments: Store.available)
    func aReadOnlyLedgerRefusesEveryWrite(_ store: Store) throws {
        let l = try store.fresh()
        _ = try l.addClaim(Claim(kind: .statement, text: "kept"), by: "t")
        let reader: any LedgerStore
        switch l.location.store {
        case .sqlite: reader = try Ledger.open(path: l.location.file!, access: .readOnly)
        case .postgres: reader = try PostgresLedger.open(url: try Store.urlOf(l), access: .readOnly)
        }
        #expect(try reader.claims().map(\.text) == ["kept"])
        #expect(throws: LedgerError.openedReadOnly) { _ = try reader.addClaim(Claim(kind: .quote, text: "x"), by: "t") }
        #expect(throws: LedgerError.openedReadOnly) { try reader.setStatus(1, to: .disputed, by: "t", note: nil) }
    }

    @Test(arguments: Store.available)
    func theIndexFindsPhrasesAndWordsAsFTS5Does(_ store: Store) throws {
        let l = try store.fresh()
        let texts = [
            "Officials seized 108 kilograms of hashish and 1,270,000 Captagon pills on Wednesday.",
            "The Ministry of Interior announced that Syrian teams crossed the border.",
            "Taxes will fall next year, the minister said; Café owners welcomed it.",
        ]
        for (i, t) in texts.enumerated() {
            _ = try l.addSource(Source(path: "s\(i).md", title: "Report \(i)", text: t, sha256: "h\(i)"))
        }
        let found = try l.sourcesHoldingPhrases(
            [
                (whole: ["seized", "108", "kilograms"], fallbacks: []),
                (whole: ["kilograms", "seized"], fallbacks: [[["syrian", "teams"]], [["cafe", "owners"]]]),
                (whole: ["nothing", "like", "this"], fallbacks: []),
            ], limit: 3, fallbackLimit: 6)
        #expect(found == [[1], [2, 3], []])
        let any = try l.sourcesMatching(anyOf: [["captagon"], ["minister", "interior"], ["absent"]], limit: 3)
        #expect(any[0] == [1] && Set(any[1]) == [2, 3] && any[2].isEmpty)
        #expect(try l.documentFrequencies(["the", "cafe", "absent", "report"]) == ["the": 2, "cafe": 1, "report": 3])
    }
}

extension Store {
    /// The URL a PostgreSQL test ledger was opened with (its database on the test server).
    static func urlOf(_ l: any LedgerStore) throws -> String {
        let shown = l.location.shown
        let db = String(shown.split(separator: "/").last!)
        var parts = URLComponents(string: postgresURL!)!
        parts.path = "/" + db
        return parts.string!
    }
}
