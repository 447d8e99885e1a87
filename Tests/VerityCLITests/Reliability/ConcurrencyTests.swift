import Foundation
import GRDB
import Testing

/// Writers side by side on one ledger, each adding claims and changing their status, one process per command.
@Suite("reliability: concurrent writers", .serialized) struct ConcurrencyTests {
    /// Claims per writer (VERITY_WRITER_CLAIMS overrides).
    static let claims = Int(ProcessInfo.processInfo.environment["VERITY_WRITER_CLAIMS"] ?? "") ?? 100
    /// Seconds after which a writer starts no new claim; what it finished is checked.
    static let deadline = 75

    /// A shell loop: `claim add`, then `status` on the id it printed; each finished pair is printed.
    static let script = """
        for j in $(seq 1 "$CLAIMS"); do
          [ "$SECONDS" -ge "$DEADLINE" ] && break
          out=$("$VERITY" claim add "writer $W claim $j" --kind statement --by "w$W") ||
            { echo "add $j failed" >&2; continue; }
          "$VERITY" status "${out%% *}" supported --by "w$W" --note "writer $W" >/dev/null ||
            echo "status $j failed" >&2
          echo "$j"
        done
        """

    @Test(arguments: [2, 4])
    func noWriteIsLostOrDoubledAndNoneWaitsInVain(_ writers: Int) throws {
        let cli = try CLI()
        try cli.run("init")
        let t0 = Date()
        let (errors, expected, finished) = try Writers(
            writers, in: cli.dir, claims: Self.claims, deadline: Self.deadline, ledger: nil
        ).wait()
        for (w, n) in finished.enumerated() {
            #expect(n >= min(Self.claims, 20), "writer \(w + 1) finished only \(n)")
        }
        let elapsed = Date().timeIntervalSince(t0)
        #expect(errors.isEmpty, "\(errors.prefix(500))")
        #expect(!errors.contains("locked") && !errors.contains("busy"))

        let q = try DatabaseQueue(path: cli.dir.appendingPathComponent("Claims/ledger.sqlite").path)
        defer { try? q.close() }
        let total = expected.count
        try q.read { db in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            let texts = try String.fetchAll(db, sql: "SELECT text FROM claim ORDER BY id")
            #expect(texts.count == total, "lost or extra claims")
            #expect(Set(texts).count == total, "a claim recorded twice")
            #expect(Set(texts) == expected)
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM claim ORDER BY id")
            #expect(ids == (0..<Int64(total)).map { $0 + 1 })
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM claim WHERE status = 'supported'") == total)
            // one event per change: recorded, then supported, by the writer that made it
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM statusEvent") == 2 * total)
            let wrong = """
                SELECT count(*) FROM claim c WHERE (SELECT count(*) FROM statusEvent e WHERE e.claimId = c.id
                AND e.toStatus = 'supported' AND e.fromStatus = 'unverified'
                AND e.by = 'w' || substr(c.text, 8, 1)) != 1
                """
            #expect(try Int.fetchOne(db, sql: wrong) == 0)
        }
        print(
            "concurrent writers: \(writers) × \(Self.claims) claims asked, \(total) recorded with a status "
                + "change each, \(2 * total) commands in \(String(format: "%.1f", elapsed)) s; "
                + "errors: \(errors.isEmpty ? "none" : errors)")
    }
}
