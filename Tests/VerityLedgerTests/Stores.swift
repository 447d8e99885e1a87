import Foundation
import Testing
import VerityLedger
import VerityLedgerPostgres

/// The two stores the ledger tests run against, the same test bodies for each. PostgreSQL needs a server:
/// `VERITY_TEST_POSTGRES_URL` names one whose role may create databases (`.ci/run` starts a throwaway cluster and
/// sets it); each test gets a database of its own, `verity_test_…`.
enum Store: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    var testDescription: String { self == .sqlite ? "SQLite" : "PostgreSQL" }

    static let postgresURL: String? = {
        let url = ProcessInfo.processInfo.environment["VERITY_TEST_POSTGRES_URL"]
        return url?.isEmpty == false ? url : nil
    }()

    /// The stores that can run here: SQLite always, PostgreSQL when a server is named.
    static let available: [Store] = postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]

    static let skipNotice = "VERITY_TEST_POSTGRES_URL is unset, so the PostgreSQL store's tests are skipped"

    /// A fresh database on the test server, its URL.
    static func freshDatabase() throws -> String {
        let name = "verity_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        return try PostgresLedger.createDatabase(named: name, through: postgresURL!)
    }

    /// A fresh, empty ledger of this store.
    func fresh() throws -> any LedgerStore {
        switch self {
        case .sqlite:
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("verity-store-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            return try Ledger.open(path: dir.appendingPathComponent("ledger.sqlite").path)
        case .postgres:
            return try PostgresLedger.open(url: try Store.freshDatabase(), create: true)
        }
    }
}

/// Says, as a skipped test, when the PostgreSQL tests do not run; in CI (CI=true) their server must be there.
@Suite("stores") struct StoreAvailability {
    @Test(.enabled(if: Store.postgresURL == nil, "the PostgreSQL store's tests run (VERITY_TEST_POSTGRES_URL is set)"))
    func postgresTestsAreSkippedOnlyWithoutAServer() {
        print("note: \(Store.skipNotice)")
        #expect(ProcessInfo.processInfo.environment["CI"] != "true", "CI must set VERITY_TEST_POSTGRES_URL")
    }
}
