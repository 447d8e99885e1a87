import Foundation
import GRDB
import Testing

/// What the audit of issue 13 found, kept out: files written over the ledger, other databases touched, read-only
/// ledgers, usage messages, files that are not text.
@Suite("verity reliability") struct ReliabilityTests {
    func ledgerWithAClaim() throws -> CLI {
        let cli = try CLI()
        try cli.run("init")
        try cli.write("src.md", "She said: \"We protected every classroom teacher position.\"\n")
        try cli.write("article.md", "Maria Lopez said: “We protected every classroom teacher position.”\n")
        #expect(try cli.run("source", "add", "src.md").status == 0)
        #expect(
            try cli.run(
                "claim", "add", "We protected every classroom teacher position.", "--kind", "quote",
                "--from", "article.md"
            ).status == 0)
        return cli
    }

    func bytes(_ cli: CLI, _ name: String) throws -> Data { try Data(contentsOf: cli.dir.appendingPathComponent(name)) }
    func sideFiles(_ cli: CLI) -> [String] {
        ["-wal", "-shm", "-journal"].filter {
            FileManager.default.fileExists(atPath: cli.dir.appendingPathComponent("Claims/ledger.sqlite\($0)").path)
        }
    }
    func expectOneSentence(_ r: (status: Int32, out: String, err: String), _ what: String) {
        #expect(r.status == 2, "\(what): exit \(r.status)")
        #expect(r.err.hasPrefix("verity: ") && r.err.split(separator: "\n").count == 1, "\(what): \(r.err)")
    }

    @Test func aReportIsNeverWrittenOverTheLedgerOrADatabase() throws {
        let cli = try ledgerWithAClaim()
        let before = try bytes(cli, "Claims/ledger.sqlite")
        try FileManager.default.copyItem(
            at: cli.dir.appendingPathComponent("Claims/ledger.sqlite"),
            to: cli.dir.appendingPathComponent("copy.db"))
        try FileManager.default.createSymbolicLink(
            atPath: cli.dir.appendingPathComponent("link.json").path,
            withDestinationPath: "Claims/ledger.sqlite")
        for target in [
            "Claims/ledger.sqlite", "Claims/ledger.sqlite-wal", "Claims/ledger.sqlite-shm",
            "Claims/../Claims/ledger.sqlite", "link.json", "copy.db",
        ] {
            expectOneSentence(try cli.run("report", "--format", "json", "-o", target), target)
        }
        #expect(try bytes(cli, "Claims/ledger.sqlite") == before)
        #expect(try cli.run("claim", "list").out.contains("C1"))
        #expect(try cli.run("report", "--format", "json", "-o", "fine.json").status == 0)
    }

    @Test func anotherApplicationsDatabaseIsLeftUntouched() throws {
        let cli = try CLI()
        let path = cli.dir.appendingPathComponent("app.sqlite").path
        let q = try DatabaseQueue(path: path)
        try q.write { try $0.execute(sql: "CREATE TABLE users (name TEXT); INSERT INTO users VALUES ('ann')") }
        try q.close()
        let before = try bytes(cli, "app.sqlite")
        for args in [["claim", "list"], ["claim", "add", "some words here"], ["source", "list"], ["check"]] {
            expectOneSentence(try cli.run(args + ["--ledger", "app.sqlite"]), "\(args)")
        }
        expectOneSentence(try cli.run("init", "--ledger", "app.sqlite"), "init")
        #expect(try bytes(cli, "app.sqlite") == before)
        #expect(
            !FileManager.default.fileExists(atPath: path + "-wal")
                && !FileManager.default.fileExists(atPath: path + "-shm"))
        try cli.write("notes.sqlite", "not a database at all, just some notes")
        expectOneSentence(try cli.run("claim", "list", "--ledger", "notes.sqlite"), "notes")
    }

    /// chmod does not stop root, as the tests run; what is checked is that reading writes nothing, not even -wal/-shm.
    @Test func readingCommandsWriteNothing() throws {
        let cli = try ledgerWithAClaim()
        let claims = cli.dir.appendingPathComponent("Claims")
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o444], ofItemAtPath: claims.appendingPathComponent("ledger.sqlite").path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: claims.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: claims.path) }
        let before = try bytes(cli, "Claims/ledger.sqlite")
        for args in [
            ["claim", "list"], ["claim", "show", "C1"], ["source", "list"], ["source", "show", "S1"], ["log"],
            ["report", "--format", "json", "-o", "-"], ["check"], ["check", "article.md"],
        ] {
            let r = try cli.run(args)
            #expect(r.status == 0 || (args[0] == "check" && r.status == 1), "\(args): \(r.err)")
            #expect(sideFiles(cli).isEmpty, "\(args) left \(sideFiles(cli))")
        }
        #expect(try bytes(cli, "Claims/ledger.sqlite") == before)
    }

    @Test func usageErrorsAreOneSentenceAndExitTwo() throws {
        let cli = try ledgerWithAClaim()
        for args in [
            ["--frobnicate"], ["claim", "add"], ["claim", "add", "a b c", "--kind", "banana"],
            ["report", "--format", "xml"], ["status"], ["claim", "list", "--status", "maybe"],
            ["claim", "add", "a b c", "--value", "nan"], ["claim", "add", "a b c", "--value", "1e999"],
            ["claim", "add", "a b c", "--value", "-inf"], ["check", "article.md", "--update"],
        ] {
            expectOneSentence(try cli.run(args), "\(args)")
        }
        #expect(try cli.run("claim", "list", "--format", "json").out.contains("a b c") == false)
    }

    @Test func filesThatAreNotTextAreNamedAndUTF16IsRead() throws {
        let cli = try ledgerWithAClaim()
        #expect(mkfifo(cli.dir.appendingPathComponent("pipe.md").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(
            atPath: cli.dir.appendingPathComponent("loop.md").path,
            withDestinationPath: "loop.md")
        try FileManager.default.createDirectory(
            at: cli.dir.appendingPathComponent("folder.md"), withIntermediateDirectories: true)
        try Data(Array(repeating: UInt8(ascii: "a"), count: 20_000) + [0, 0x62]).write(
            to: cli.dir.appendingPathComponent("late.txt"))
        for (file, words) in [
            ("pipe.md", "named pipe"), ("loop.md", "loop"), ("folder.md", "folder"), ("late.txt", "binary"),
        ] {
            let r = try cli.run("source", "add", file)
            expectOneSentence(r, file)
            #expect(r.err.contains(words), "\(file): \(r.err)")
        }
        let text = "The mayor said: “The budget is balanced.”\n"
        try Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            .write(to: cli.dir.appendingPathComponent("utf16.txt"))
        let r = try cli.run("extract", "utf16.txt")
        #expect(r.status == 0 && r.out.contains("The budget is balanced."), "\(r.err)")
    }

    @Test func theTerminalSeesNoEscapesFromTheData() throws {
        let cli = try ledgerWithAClaim()
        let words = "Hidden \u{1B}]0;pwned\u{7}\u{1B}[2J words \u{202E}txt.exe"
        #expect(try cli.run("claim", "add", words, "--speaker", "Eve \u{1B}[31m").status == 0)
        for args in [
            ["claim", "list"], ["claim", "show", "C2"], ["log"], ["report", "--format", "md", "-o", "-"],
            ["claim", "list", "--format", "json"], ["report", "--format", "json", "-o", "-"],
        ] {
            let r = try cli.run(args)
            #expect(r.status == 0, "\(args): \(r.err)")
            #expect(!r.out.contains("\u{1B}") && !r.out.contains("\u{202E}") && !r.out.contains("\u{7}"), "\(args)")
        }
        #expect(try cli.run("claim", "list").out.contains("Hidden \\u{1B}]0;pwned"))
        let json = try cli.run("claim", "list", "--format", "json").out
        let claims = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]
        #expect(claims.last?["text"] as? String == words)
    }

    /// On a read-only mount (a CD, a share) even root cannot write; made with a bind mount where the system allows it.
    @Test func aLedgerOnAReadOnlyMountIsRead() throws {
        let cli = try ledgerWithAClaim()
        let mnt = try CLI()
        func mount(_ args: [String]) throws -> Int32 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/mount")
            p.arguments = args
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            return p.terminationStatus
        }
        guard FileManager.default.isExecutableFile(atPath: "/bin/mount"),
            try mount(["--bind", "-o", "ro", cli.dir.path, mnt.dir.path]) == 0
        else { return }  // not allowed here
        defer { try? Process.run(URL(fileURLWithPath: "/bin/umount"), arguments: [mnt.dir.path]).waitUntilExit() }
        #expect(!FileManager.default.createFile(atPath: mnt.dir.appendingPathComponent("probe").path, contents: Data()))
        for args in [["claim", "list"], ["source", "list"], ["report", "--format", "csv", "-o", "-"], ["check"]] {
            let r = try mnt.run(args)
            #expect(r.status == 0 || (args[0] == "check" && r.status == 1), "\(args): \(r.err)")
        }
        #expect(try mnt.run("claim", "list").out.contains("C1"))
        let write = try mnt.run("claim", "add", "more words here")
        expectOneSentence(write, "claim add")
        #expect(write.err.contains("read-only"), "\(write.err)")
    }
}
