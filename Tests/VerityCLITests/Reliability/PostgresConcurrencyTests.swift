import Foundation
import Testing
import VerityLedger
import VerityLedgerPostgres

/// Four writer processes on one PostgreSQL ledger, as a desk works: each adds claims and changes their status, one
/// `verity` process per command. VERITY_PG_WRITER_CLAIMS (default 500) sets the claims per writer.
@Suite(
    "reliability: concurrent writers on PostgreSQL", .serialized,
    .enabled(if: PGTest.url != nil, "VERITY_TEST_POSTGRES_URL is unset"))
struct PostgresConcurrencyTests {
    static let claims = Int(ProcessInfo.processInfo.environment["VERITY_PG_WRITER_CLAIMS"] ?? "") ?? 500

    @Test func fourWritersLoseNoWriteAndDoubleNoId() throws {
        let cli = try CLI()
        let url = try PGTest.freshDatabase()
        #expect(try cli.run("init", "--ledger", url).status == 0)
        let t0 = Date()
        let (errors, expected, finished) = try Writers(4, in: cli.dir, claims: Self.claims, deadline: 600, ledger: url)
            .wait()
        for (w, n) in finished.enumerated() { #expect(n == Self.claims, "writer \(w + 1) finished \(n)") }
        let elapsed = Date().timeIntervalSince(t0)
        #expect(errors.isEmpty, "\(errors.prefix(500))")
        let l = try PostgresLedger.open(url: url, access: .readOnly)
        let c = try l.contents()
        let total = expected.count
        #expect(total == 4 * Self.claims)
        #expect(c.claims.count == total, "lost or extra claims")
        #expect(Set(c.claims.map(\.text)) == expected && Set(c.claims.map(\.id)).count == total)
        #expect(c.claims.allSatisfy { $0.status == .supported })
        #expect(c.events.count == 2 * total && Set(c.events.map(\.id)).count == 2 * total)
        // one change per claim, from unverified to supported, by the writer that made the claim
        let byClaim = Dictionary(grouping: c.events, by: \.claimId)
        let wrong = c.claims.filter { claim in
            let w = "w" + String(claim.text.dropFirst(7).prefix(1))
            let changes = (byClaim[claim.id!] ?? []).filter {
                $0.fromStatus == .unverified && $0.toStatus == .supported
            }
            return changes.count != 1 || changes[0].by != w
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(3).map(\.code))")
        print(
            "concurrent writers on PostgreSQL: 4 × \(Self.claims) claims, \(total) recorded with a status change "
                + "each, \(2 * total) commands in \(String(format: "%.1f", elapsed)) s; ids \(c.claims.first?.code ?? "")"
                + "…\(c.claims.last?.code ?? ""); errors: \(errors.isEmpty ? "none" : errors)")
    }
}
