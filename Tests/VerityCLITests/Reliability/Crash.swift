import Foundation
import GRDB
#if canImport(Glibc)
    import Glibc
#endif

/// Processes of the built `verity`, run whole, killed with SIGKILL part-way, or run side by side.
enum Spawn {
    /// Runs verity to the end; output is kept.
    @discardableResult
    static func run(_ args: [String], in dir: URL) throws -> (status: Int32, out: String, err: String) {
        let p = process(args, in: dir)
        let o = Pipe(), e = Pipe()
        p.standardOutput = o; p.standardError = e
        try p.run()
        let out = o.fileHandleForReading.readDataToEndOfFile(), err = e.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    /// Starts verity, sends it SIGKILL after `delay` seconds (unless it finished), and waits for it.
    /// True when the kill landed before the command finished.
    static func killed(_ args: [String], in dir: URL, after delay: TimeInterval) throws -> Bool {
        let p = process(args, in: dir)
        p.standardOutput = FileHandle.nullDevice; p.standardError = FileHandle.nullDevice
        try p.run()
        Thread.sleep(forTimeInterval: delay)
        let landed = p.isRunning
        if landed { kill(p.processIdentifier, SIGKILL) }
        p.waitUntilExit()
        return landed && p.terminationReason == .uncaughtSignal
    }

    static func process(_ args: [String], in dir: URL, executable: URL = CLI.binary) -> Process {
        let p = Process()
        p.executableURL = executable
        p.arguments = args
        p.currentDirectoryURL = dir
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "VERITY_LEDGER")
        p.environment = env
        return p
    }

    /// A fresh copy of a prepared folder.
    static func copy(_ template: URL) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("verity-kill-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: template, to: dir)
        return dir
    }
}

/// SplitMix64: the same seed gives the same kill moments on every run.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// What a ledger holds, without timestamps, and whether SQLite finds it sound.
struct LedgerState: Equatable {
    var sound: Bool
    /// One line per table: its rows' identifying columns.
    var content: String
    /// Rules across tables that no half-written command could keep (each claim's status is its last event's, …).
    var problems: [String]

    static let absent = LedgerState(sound: true, content: "absent", problems: [])

    static let tables: [(String, String)] = [
        ("grdb_migrations", "SELECT identifier FROM grdb_migrations ORDER BY identifier"),
        ("source", "SELECT id || ':' || sha256 FROM source ORDER BY id"),
        ("sourceVersion", "SELECT sourceId || '.' || version || ':' || sha256 FROM sourceVersion ORDER BY id"),
        ("claim", "SELECT id || ':' || kind || ':' || status || ':' || text FROM claim ORDER BY id"),
        ("evidence", "SELECT claimId || '>' || sourceId || '@' || start || '-' || \"end\" FROM evidence ORDER BY id"),
        (
            "statusEvent",
            "SELECT claimId || ':' || IFNULL(fromStatus, '-') || '>' || toStatus FROM statusEvent ORDER BY id"
        ),
        ("finding", "SELECT rule || '@' || document || ':' || start FROM finding ORDER BY id"),
    ]

    static let invariants: [(String, String)] = [
        (
            "a claim without its first event",
            "SELECT count(*) FROM claim c WHERE NOT EXISTS "
                + "(SELECT 1 FROM statusEvent e WHERE e.claimId = c.id)"
        ),
        (
            "a status other than its last event's",
            "SELECT count(*) FROM claim c WHERE c.status IS NOT "
                + "(SELECT toStatus FROM statusEvent e WHERE e.claimId = c.id ORDER BY e.id DESC LIMIT 1)"
        ),
        (
            "a source's earlier versions out of order",
            "SELECT count(*) FROM sourceVersion v WHERE v.version IS NOT "
                + "(SELECT count(*) FROM sourceVersion w WHERE w.sourceId = v.sourceId AND w.id <= v.id)"
        ),
        (
            "a source missing from the full-text index",
            "SELECT (SELECT count(*) FROM source) - "
                + "(SELECT count(*) FROM sourceFts)"
        ),
    ]

    /// Opens the ledger as the next command would (a hot WAL is recovered) and reads it.
    static func read(_ path: String) throws -> LedgerState {
        guard FileManager.default.fileExists(atPath: path) else { return .absent }
        let q = try DatabaseQueue(path: path)
        defer { try? q.close() }
        return try q.read { db in
            let check = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let present = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
            var lines: [String] = []
            for (table, sql) in tables where present.contains(table) {
                lines.append(table + ": " + (try String.fetchAll(db, sql: sql)).joined(separator: ","))
            }
            var problems: [String] = []
            if present.isSuperset(of: ["claim", "statusEvent", "source", "sourceVersion", "sourceFts"]) {
                for (what, sql) in invariants where try Int.fetchOne(db, sql: sql) != 0 { problems.append(what) }
            }
            return LedgerState(sound: check == ["ok"], content: lines.joined(separator: "\n"), problems: problems)
        }
    }
}
