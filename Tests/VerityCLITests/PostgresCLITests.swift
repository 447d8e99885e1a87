import Foundation
import Testing
import VerityLedger
import VerityLedgerPostgres

/// The everyday flow, `ledger copy` and the refusals through the built binary, against a PostgreSQL ledger beside the
/// SQLite one. Needs VERITY_TEST_POSTGRES_URL (a role that may create databases); `.ci/run` sets it.
@Suite("verity on a PostgreSQL ledger", .enabled(if: PGTest.url != nil, "VERITY_TEST_POSTGRES_URL is unset"))
struct PostgresCLITests {
    /// The README's everyday flow on the bundled example, as scripts/example.sh runs it, with `ledger` set.
    static func flow(_ cli: CLI, ledger: String?) throws -> [String] {
        let ex = CLI.repo.appendingPathComponent("Claims/iraq-syria").path
        let sources = try FileManager.default.contentsOfDirectory(atPath: ex + "/sources").sorted().map {
            ex + "/sources/" + $0
        }
        let l = ledger.map { ["--ledger", $0] } ?? []
        var out: [String] = []
        func run(_ args: [String], _ ok: Set<Int32> = [0]) throws {
            let r = try cli.run(args + l)
            #expect(ok.contains(r.status), "\(args.prefix(2)): \(r.err)")
            out.append(r.out + r.err)
        }
        let initArgs = ["init", "."] + l
        let i = try cli.run(initArgs)
        #expect(i.status == 0, "\(i.err)")
        try run(["source", "add"] + sources)
        try run(["claim", "extract", ex + "/article.md", "--by", "example"])
        try run(["attach", "C3", "S3", "--quote", "You know how the US administration will respond if there is any"])
        try run(["status", "C3", "supported", "--by", "example", "--note", "matches the transcript"])
        try run(["check", "--update"], [1])
        try run(["claim", "list"])
        try run(["claim", "show", "C6"])
        try run(["check", ex + "/article.md"], [1])
        try run(["report", "--format", "md", "json", "csv", "html", "claimreview", "annotations"])
        return out
    }

    /// A report's text with what differs by nature between two runs made apart: the time it was made, the times
    /// claims were recorded and checked, and the ledger's name.
    static func normalised(_ s: String, _ names: [String]) -> String {
        var t = s
        for n in names { t = t.replacingOccurrences(of: n, with: "LEDGER") }
        let stamp = try! Regex(#"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?( UTC)?"#)
        return t.replacing(stamp, with: "TIME")
    }

    static func reports(_ cli: CLI) throws -> [String: String] {
        let dir = cli.dir.appendingPathComponent("Reports")
        var out: [String: String] = [:]
        for f in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
            out[f] = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
        }
        return out
    }

    @Test func theEverydayFlowGivesTheSameOutputOnBothStores() throws {
        let sqlite = try CLI(), postgres = try CLI()
        let url = try PGTest.freshDatabase()
        let shown = try PostgresAddress(url: url).shown
        let a = try Self.flow(sqlite, ledger: nil), b = try Self.flow(postgres, ledger: url)
        let names = [
            "Claims/ledger.sqlite", shown, shown.replacingOccurrences(of: "_", with: "\\_"), sqlite.dir.path,
            postgres.dir.path, "/private",
        ]
        #expect(a.count == b.count)
        for (x, y) in zip(a, b) {
            #expect(Self.normalised(x, names) == Self.normalised(y, names))
        }
        let ra = try Self.reports(sqlite), rb = try Self.reports(postgres)
        #expect(ra.keys.sorted() == rb.keys.sorted() && ra.count == 6)
        for (k, v) in ra { #expect(Self.normalised(v, names) == Self.normalised(rb[k] ?? "", names), "\(k)") }
        #expect(!b.joined().contains(PGTest.password ?? "\u{0}"))
    }

    @Test func aLedgerCopiedToPostgreSQLAndBackGivesIdenticalReports() throws {
        let first = try CLI()
        _ = try Self.flow(first, ledger: nil)
        let before = try Self.reports(first)
        let url = try PGTest.freshDatabase()
        let there = try first.run("ledger", "copy", "Claims/ledger.sqlite", url)
        #expect(there.status == 0 && there.out.contains("12 claim(s)"), "\(there.err)")
        #expect(!there.out.contains(PGTest.password ?? "\u{0}"))
        let again = try first.run("ledger", "copy", "Claims/ledger.sqlite", url)
        #expect(again.status == 2 && again.err.contains("already holds"))
        let back = try CLI()
        try FileManager.default.createDirectory(
            at: back.dir.appendingPathComponent("Claims"), withIntermediateDirectories: true)
        #expect(try back.run("ledger", "copy", url, "Claims/ledger.sqlite").status == 0)
        let info = try back.run("ledger", "info", "--ledger", "Claims/ledger.sqlite")
        #expect(info.out.contains("store:     SQLite") && info.out.contains("claims:    12"))
        let pgInfo = try back.run("ledger", "info", "--ledger", url)
        #expect(pgInfo.out.contains("store:     PostgreSQL") && pgInfo.out.contains("schema:    v7-evidence-anchors"))
        #expect(
            try back.run("report", "--format", "md", "json", "csv", "html", "claimreview", "annotations").status == 0)
        let after = try Self.reports(back)
        #expect(before.keys.sorted() == after.keys.sorted())
        let made = try Regex(#"(Made |Made <bdi>|"generatedAt": ")\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?Z?"#)
        for (k, v) in before {
            // identical but for the moment each report was made
            #expect(v.replacing(made, with: "MADE") == (after[k] ?? "").replacing(made, with: "MADE"), "\(k)")
        }
    }

    @Test func badServersAreOneSentenceAndExit2WithNoPasswordShown() throws {
        let cli = try CLI()
        var wrong = URLComponents(string: PGTest.url!)!
        wrong.password = "wrong-pw-91c2"
        for (args, words) in [
            (["claim", "list", "--ledger", wrong.string!], "refused the password"),
            (["claim", "list", "--ledger", "postgres://verity:pw-x@127.0.0.1:1/db?connect_timeout=3"], "cannot reach"),
            (["source", "list", "--ledger", try PGTest.freshDatabase()], "holds no ledger yet"),
        ] {
            let r = try cli.run(args)
            #expect(r.status == 2 && r.err.hasPrefix("verity: ") && r.err.contains(words), "\(r.err)")
            #expect(r.err.split(separator: "\n").count == 1)
            #expect(!r.err.contains("wrong-pw-91c2") && !r.err.contains("pw-x"))
        }
    }
}

enum PGTest {
    static let url: String? = {
        let url = ProcessInfo.processInfo.environment["VERITY_TEST_POSTGRES_URL"]
        return url?.isEmpty == false ? url : nil
    }()
    static var password: String? { url.flatMap { URLComponents(string: $0)?.password } }

    static func freshDatabase() throws -> String {
        let name = "verity_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        return try PostgresLedger.createDatabase(named: name, through: url!)
    }
}
