import Foundation
import Testing

/// End-to-end: runs the built `verity` binary in a temporary folder.
struct CLI {
    static let binary: URL = {
        var dir = URL(fileURLWithPath: #filePath)
        while dir.path != "/"
            && !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path)
        { dir.deleteLastPathComponent() }
        for c in [".build/debug/verity", ".build/release/verity"] {
            let u = dir.appendingPathComponent(c)
            if FileManager.default.isExecutableFile(atPath: u.path) { return u }
        }
        return dir.appendingPathComponent(".build/debug/verity")
    }()
    static let repo: URL = {
        var dir = URL(fileURLWithPath: #filePath)
        while dir.path != "/"
            && !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path)
        { dir.deleteLastPathComponent() }
        return dir
    }()

    let dir: URL
    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("verity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    @discardableResult
    func run(_ args: String...) throws -> (status: Int32, out: String, err: String) { try run(args) }

    /// Runs verity in this folder, or in a folder inside it.
    @discardableResult
    func run(_ args: [String], in folder: String? = nil) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = args
        p.currentDirectoryURL = folder.map { dir.appendingPathComponent($0) } ?? dir
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "VERITY_LEDGER")
        p.environment = env
        let o = Pipe(), e = Pipe()
        p.standardOutput = o; p.standardError = e
        try p.run()
        let out = o.fileHandleForReading.readDataToEndOfFile(), err = e.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    func write(_ name: String, _ text: String) throws {
        let u = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: u)
    }
}

@Suite("verity command line") struct CLITests {
    @Test func wholeFlowFromTheShell() throws {
        let cli = try CLI()
        try cli.write(
            "src.md",
            "---\ntitle: Minutes\nspeaker: Maria Lopez\ndate: 2026-03-03\n---\n\nShe said: \"We protected every classroom teacher position.\"\n"
        )
        try cli.write(
            "article.md",
            "---\ndate: 2026-03-05\n---\n\nSuperintendent Maria Lopez said: “We protected every classroom teacher position.”\n"
        )
        #expect(try cli.run("init").status == 0)
        let add = try cli.run("source", "add", "src.md")
        #expect(add.status == 0 && add.out.contains("S1"))
        #expect(try cli.run("source", "add", "src.md").out.contains("already in the ledger"))
        let claim = try cli.run(
            "claim", "add", "We protected every classroom teacher position.", "--kind", "quote", "--speaker",
            "Maria Lopez", "--from", "article.md")
        #expect(claim.status == 0 && claim.out.contains("C1"))
        let attach = try cli.run("attach", "C1", "S1", "--quote", "we protected every classroom teacher position")
        #expect(attach.status == 0, "\(attach.err)")
        #expect(try cli.run("status", "C1", "supported", "--by", "desk", "--note", "checked").status == 0)
        let check = try cli.run("check")
        #expect(check.status == 0, "\(check.out)\(check.err)")
        let report = try cli.run("report")
        #expect(report.status == 0)
        let md = try String(contentsOf: cli.dir.appendingPathComponent("Reports/report.md"), encoding: .utf8)
        #expect(
            md.contains("C1") && md.contains("supported")
                && md.contains("We protected every classroom teacher position"))
        let log = try cli.run("log", "C1")
        #expect(log.out.contains("unverified → supported") && log.out.contains("desk"))
    }

    @Test func badInputExitsTwoAndLeavesTheLedgerUnchanged() throws {
        let cli = try CLI()
        #expect(try cli.run("claim", "list").status == 2)  // no ledger yet
        try cli.run("init")
        try cli.write("good.md", "Some text that is fine.")
        try cli.write("empty.md", "")
        try cli.write("latin1.txt", "caf\u{e9}")
        try Data([0x63, 0x61, 0x66, 0xE9, 0x0A]).write(to: cli.dir.appendingPathComponent("latin1.txt"))
        try Data([0x00, 0x01, 0x02, 0x03]).write(to: cli.dir.appendingPathComponent("blob.txt"))
        try cli.write("pic.png", "not really")
        let before = try [
            cli.run("source", "list").out, cli.run("claim", "list", "--format", "json").out, cli.run("log").out,
        ]
        for args in [
            ["source", "add", "good.md", "empty.md"], ["source", "add", "latin1.txt"], ["source", "add", "blob.txt"],
            ["source", "add", "missing.md"], ["source", "add", "pic.png"], ["claim", "show", "C9"],
            ["source", "show", "S4"],
            ["claim", "add", "x", "--date", "22/10/2025"], ["status", "C1", "maybe"], ["attach", "C1", "S1"],
            ["claim", "show", "banana"], ["check", "article.md"], ["frobnicate"],
        ] {
            let res = try cli.run(args)
            #expect(res.status == 2, "\(args): \(res.status) \(res.err)")
            #expect(!res.err.isEmpty, "\(args) said nothing on stderr")
            #expect(!res.err.contains("Fatal error"), "\(args) crashed")
        }
        // the ledger's contents are unchanged (WAL checkpoints may touch the file's bytes)
        #expect(
            try [cli.run("source", "list").out, cli.run("claim", "list", "--format", "json").out, cli.run("log").out]
                == before)
        #expect(try cli.run("source", "list").out.contains("No sources"))
    }

    @Test func oneShotCheckOfTheBundledExampleFindsItsProblems() throws {
        let cli = try CLI()
        let ex = CLI.repo.appendingPathComponent("Claims/iraq-syria")
        let r = try cli.run([
            "check", ex.appendingPathComponent("article.md").path, "--sources",
            ex.appendingPathComponent("sources").path, "--format", "json",
        ])
        #expect(r.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as! [String: Any]
        #expect(json["version"] as? Int == 1)
        let findings = json["findings"] as! [[String: Any]]
        func has(_ rule: String, _ text: String) -> Bool {
            findings.contains { ($0["rule"] as? String) == rule && (($0["excerpt"] as? String) ?? "").contains(text) }
        }
        #expect(has("quote.altered", "benefit of Tehran"))
        #expect(
            findings.first { ($0["rule"] as? String) == "quote.altered" }.map {
                ($0["message"] as! String).contains("'Tehran' where the source has 'Iran'")
            } == true)
        #expect(has("quote.unsourced", "dry up the sources of poison"))
        #expect(has("number.mismatch", "320 kilograms"))
        #expect(has("date.mismatch", "October 22"))
        #expect(has("sources.conflict", "108 kilograms"))
        #expect(
            !findings.contains { (($0["excerpt"] as? String) ?? "").contains("You know how the US administration") })
        #expect(!findings.contains { (($0["excerpt"] as? String) ?? "").contains("1.27 million") })
    }
}
