import Foundation

/// Writer processes side by side on one ledger, each running `ConcurrencyTests.script`: one `verity` process per
/// command. Shared by the SQLite and the PostgreSQL concurrency tests.
struct Writers {
    let running: [(process: Process, err: URL, done: URL)]

    /// Starts `count` writers in `dir`, each adding `claims` claims (none started after `deadline` seconds), on the
    /// ledger `ledger` names (nil: the one in `dir`).
    init(_ count: Int, in dir: URL, claims: Int, deadline: Int, ledger: String?) throws {
        var running: [(Process, URL, URL)] = []
        for w in 1...count {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/bash")
            p.arguments = ["-c", ConcurrencyTests.script]
            p.currentDirectoryURL = dir
            var env = ProcessInfo.processInfo.environment
            env["VERITY_LEDGER"] = ledger
            env["VERITY"] = CLI.binary.path; env["W"] = "\(w)"; env["CLAIMS"] = "\(claims)"
            env["DEADLINE"] = "\(deadline)"
            p.environment = env
            let err = dir.appendingPathComponent("writer\(w).err")
            let done = dir.appendingPathComponent("writer\(w).done")
            for f in [err, done] { _ = FileManager.default.createFile(atPath: f.path, contents: nil) }
            p.standardError = try FileHandle(forWritingTo: err); p.standardOutput = try FileHandle(forWritingTo: done)
            try p.run()
            running.append((p, err, done))
        }
        self.running = running
    }

    /// Waits for every writer: what they wrote to stderr, the claim texts they finished, and how many each finished.
    func wait() throws -> (errors: String, expected: Set<String>, finished: [Int]) {
        var errors = "", expected: Set<String> = [], counts: [Int] = []
        for (w, (p, err, done)) in running.enumerated() {
            p.waitUntilExit()
            errors += try String(contentsOf: err, encoding: .utf8)
            let finished = try String(contentsOf: done, encoding: .utf8).split(separator: "\n")
            expected.formUnion(finished.map { "writer \(w + 1) claim \($0)" })
            counts.append(finished.count)
        }
        return (errors, expected, counts)
    }
}
