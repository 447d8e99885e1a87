import Foundation
import Testing

/// The same check on two days gives the same bytes: Verity never reads the clock for dates (issue 13, item 9).
/// The clock is moved with libfaketime (`faketime`, installed by .ci/run).
@Suite("reliability: the clock") struct ClockTests {
    static let faketime = ["/usr/bin/faketime", "/usr/local/bin/faketime"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    static let days = ["2024-02-29 03:00:00", "2031-06-15 23:30:00"]

    /// An article with no date of its own, full of relative dates, and dated sources.
    func folder() throws -> CLI {
        let cli = try CLI()
        try cli.write(
            "sources/minutes.md",
            """
            ---
            title: Council minutes
            date: 2025-10-22
            speaker: Lena Marsh
            ---

            Lena Marsh said: "The bridge reopens on Monday." Yesterday the council approved 4 clinics.

            """)
        try cli.write(
            "article.md",
            """
            Lena Marsh said yesterday: “The bridge reopens on Tuesday.” On Monday the council approved 5 clinics,
            and the vote on October 22 was the third this month.

            """)
        return cli
    }

    func under(_ day: String, _ args: [String], in cli: CLI) throws -> (status: Int32, out: String, err: String) {
        let p = Spawn.process(
            ["-f", "@" + day, CLI.binary.path] + args, in: cli.dir,
            executable: URL(fileURLWithPath: ClockTests.faketime!))
        let o = Pipe(), e = Pipe()
        p.standardOutput = o; p.standardError = e
        try p.run()
        let out = o.fileHandleForReading.readDataToEndOfFile(), err = e.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test(.enabled(if: ClockTests.faketime != nil, "faketime is not installed (apt-get install faketime)"))
    func theSameCheckOnTwoDaysIsByteIdentical() throws {
        let cli = try folder()
        let clockSeen = try under(Self.days[1], ["report", "--format", "json", "-o", "-"], in: cli)
        #expect(clockSeen.status == 2, "a report needs a ledger")  // the fake clock itself is checked below
        try cli.run("init")
        try cli.run("source", "add", "sources/minutes.md")
        try cli.run("claim", "extract", "article.md")
        let commands: [[String]] = [
            ["check", "article.md", "--sources", "sources", "--format", "json"],
            ["check", "article.md", "--sources", "sources", "--format", "sarif"],
            ["check", "article.md", "--sources", "sources"],
            ["check", "article.md"],
            ["check", "--format", "json"],
            ["extract", "article.md", "--format", "json"],
        ]
        for args in commands {
            let runs = try Self.days.map { try under($0, args, in: cli) }
            #expect(runs[0].out == runs[1].out && runs[0].status == runs[1].status, "\(args) differs by day")
            #expect(!runs[0].out.isEmpty && runs[0].err.isEmpty, "\(args): \(runs[0].err)")
        }
        // check --update records the same statuses whatever the day
        var lists: [String] = []
        for day in Self.days {
            let copy = try Spawn.copy(cli.dir)
            defer { try? FileManager.default.removeItem(at: copy) }
            let p = CLI(at: copy)
            _ = try under(day, ["check", "--update"], in: p)
            lists.append(try p.run("claim", "list").out)
        }
        #expect(lists[0] == lists[1] && lists[0].contains("C1"))
        // the fake clock reaches the process: the report's own date is the fake day
        let report = try under(Self.days[1], ["report", "--format", "json", "-o", "-"], in: cli)
        #expect(report.out.contains("2031-06-15"), "faketime did not move the clock")
    }
}

extension CLI {
    /// A CLI for an existing folder.
    init(at dir: URL) { self.dir = dir }
}
