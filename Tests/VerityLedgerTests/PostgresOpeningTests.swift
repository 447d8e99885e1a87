import Foundation
import Testing
import VerityLedger

@testable import VerityLedgerPostgres

/// What a PostgreSQL URL means, and the databases a PostgreSQL ledger refuses, each with one sentence.
@Suite("PostgreSQL: URLs and refusals") struct PostgresOpeningTests {
    @Test func aURLIsReadAsPsqlReadsItAndShownWithoutItsPassword() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("verity-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try "# desk\nother:5432:*:ann:nope\ndb.example:6543:desk:ann:from\\:pgpass\n*:*:*:*:fallback\n".write(
            to: home.appendingPathComponent(".pgpass"), atomically: true, encoding: .utf8)
        let a = try PostgresAddress(
            url: "postgres://ann:s%40cret@db.example:6543/desk?sslmode=require", environment: [:], home: home.path)
        #expect(a.user == "ann" && a.password == "s@cret" && a.host == "db.example" && a.port == 6543)
        #expect(a.database == "desk" && a.tls == .require)
        #expect(a.shown == "postgres://ann@db.example:6543/desk?sslmode=require")
        let b = try PostgresAddress(url: "postgres://ann@db.example:6543/desk", environment: [:], home: home.path)
        #expect(b.password == "from:pgpass" && b.tls == .prefer && !b.shown.contains("pgpass"))
        let c = try PostgresAddress(
            url: "postgresql:///desk?host=/run/pg", environment: ["PGUSER": "bo", "PGPASSWORD": "env-pw"],
            home: home.path)
        #expect(c.socketFolder == "/run/pg" && c.user == "bo" && c.password == "env-pw")
        #expect(c.shown == "postgres://bo@/desk?host=/run/pg")
        #expect(throws: PostgresLedgerError.self) { _ = try PostgresAddress(url: "postgres://h/db?sslmode=maybe") }
        #expect(throws: PostgresLedgerError.self) { _ = try PostgresAddress(url: "postgres://h/db?options=-cx") }
        #expect(PostgresAddress.redacted("postgres://ann:pw@h/db?x=1") == "postgres://ann@h/db")
    }

    @Test(.enabled(if: Store.postgresURL != nil, "VERITY_TEST_POSTGRES_URL is unset"))
    func aWrongPasswordAnUnreachableServerAndAMissingDatabaseAreOneSentenceEach() throws {
        var parts = URLComponents(string: Store.postgresURL!)!
        parts.password = "not-the-password-7f3a"
        let wrong = parts.string!
        #expect(throws: PostgresLedgerError.wrongPassword(shown: try PostgresAddress(url: wrong).shown, user: "verity"))
        {
            _ = try PostgresLedger.open(url: wrong)
        }
        do { _ = try PostgresLedger.open(url: wrong) } catch {
            #expect(!error.localizedDescription.contains("not-the-password-7f3a"))
        }
        let closed = "postgres://verity:pw@127.0.0.1:1/postgres?connect_timeout=3"
        #expect {
            _ = try PostgresLedger.open(url: closed)
        } throws: { error in
            guard case .unreachable = error as? PostgresLedgerError else { return false }
            return !error.localizedDescription.contains(":pw@")
        }
        var missing = URLComponents(string: Store.postgresURL!)!
        missing.path = "/no_such_database_here"
        #expect(throws: PostgresLedgerError.self) { _ = try PostgresLedger.open(url: missing.string!) }
    }

    @Test(.enabled(if: Store.postgresURL != nil, "VERITY_TEST_POSTGRES_URL is unset"))
    func anotherApplicationsDatabaseAnEmptyOneAndANewerSchemaAreLeftUntouched() throws {
        let other = try Store.freshDatabase()
        // another application's database: a table of its own, no Verity mark
        let session = try PostgresSession.connect(try PostgresAddress(url: other))
        try session.simple("CREATE TABLE invoices (id int)")
        #expect(throws: PostgresLedgerError.foreign(shown: try PostgresAddress(url: other).shown, tables: ["invoices"]))
        {
            _ = try PostgresLedger.open(url: other, create: true)
        }
        #expect(
            try session.scalar(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
                as: Int.self) == 1)
        // an empty database is a ledger only once `verity init` makes it one
        let empty = try Store.freshDatabase()
        #expect(throws: PostgresLedgerError.blank(shown: try PostgresAddress(url: empty).shown)) {
            _ = try PostgresLedger.open(url: empty)
        }
        #expect(throws: PostgresLedgerError.blank(shown: try PostgresAddress(url: empty).shown)) {
            _ = try PostgresLedger.open(url: empty, access: .readOnly)
        }
        // a schema a later Verity made
        let newer = try Store.freshDatabase()
        let l = try PostgresLedger.open(url: newer, create: true)
        #expect(l.created)
        try l.session.simple("INSERT INTO verity_migration (identifier) VALUES ('v99-from-the-future')")
        for access in [Ledger.Access.readWrite, .readOnly] {
            #expect(throws: LedgerError.newerSchema(ledger: l.location.shown, migration: "v99-from-the-future")) {
                _ = try PostgresLedger.open(url: newer, access: access)
            }
        }
    }

    @Test(.enabled(if: Store.postgresURL != nil, "VERITY_TEST_POSTGRES_URL is unset"))
    func fourFirstOpeningsAtOnceMakeOneSchema() throws {
        let url = try Store.freshDatabase()
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            do { outcomes.add(try PostgresLedger.open(url: url, create: true).created) } catch {
                outcomes.add(error)
            }
        }
        #expect(outcomes.errors.isEmpty, "\(outcomes.errors)")
        #expect(outcomes.created.filter { $0 }.count == 1)
        #expect(try PostgresLedger.open(url: url).info().migrations == PostgresSchema.migrations.count)
    }
}

/// What several threads' openings came to.
final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var created: [Bool] = []
    private(set) var errors: [String] = []
    func add(_ c: Bool) { lock.withLock { created.append(c) } }
    func add(_ e: any Error) { lock.withLock { errors.append(e.localizedDescription) } }
}
