import Foundation
import Testing

/// Issue 13, item 4, from the shell: a ledger shared by two stories, files changed, added twice or through links.
@Suite("source versions from the command line") struct SourceVersionCLITests {
    /// A ledger at the top and two story folders, each with its own sources/statement.md.
    func twoStories() throws -> CLI {
        let cli = try CLI()
        try cli.run("init")
        try cli.write("bridge/sources/statement.md", "The mayor said: \"We will build the bridge by May.\"\n")
        try cli.write("school/sources/statement.md", "The principal said: \"The school stays open all summer.\"\n")
        #expect(try cli.run(["source", "add", "sources/statement.md"], in: "bridge").out.contains("S1  added"))
        try cli.run("claim", "add", "We will build the bridge by May.", "--kind", "quote")
        #expect(try cli.run("attach", "C1", "S1", "--quote", "We will build the bridge by May.").status == 0)
        return cli
    }

    func oneSentence(_ r: (status: Int32, out: String, err: String)) -> Bool {
        r.status == 2 && r.err.hasPrefix("verity: ") && r.err.split(separator: "\n").count == 1
    }

    @Test func theSecondStorysStatementIsASecondSource() throws {
        let cli = try twoStories()
        let add = try cli.run(["source", "add", "sources/statement.md"], in: "school")
        #expect(add.status == 0 && add.out.contains("S2  added"), "\(add.out)\(add.err)")
        #expect(try cli.run("source", "show", "S1").out.contains("build the bridge"))
        #expect(try cli.run("source", "show", "S2").out.contains("stays open"))
        let check = try cli.run("check", "--update")
        #expect(check.status == 0 && !check.out.contains("ledger."), "\(check.out)")
        #expect(try cli.run("claim", "show", "C1").out.contains("supported"))
    }

    @Test func theSameFileTwiceOrThroughALinkChangesNothing() throws {
        let cli = try twoStories()
        let again = try cli.run(["source", "add", "../bridge/sources/statement.md"], in: "school")
        #expect(again.status == 0 && again.out.contains("S1  already in the ledger"), "\(again.out)")
        try FileManager.default.createSymbolicLink(
            atPath: cli.dir.appendingPathComponent("link.md").path,
            withDestinationPath: "bridge/sources/statement.md")
        #expect(try cli.run("source", "add", "link.md").out.contains("S1  already in the ledger"))
        #expect(try cli.run("source", "list").out.split(separator: "\n").count == 1)
    }

    @Test func aChangedFileIsRefusedUntilReplaced() throws {
        let cli = try twoStories()
        try cli.write("bridge/sources/statement.md", "The mayor said: \"We may build the bridge by June.\"\n")
        let before = try cli.run("source", "show", "S1").out
        let refused = try cli.run(["source", "add", "sources/statement.md"], in: "bridge")
        #expect(oneSentence(refused) && refused.err.contains("--replace"), "\(refused.err)")
        #expect(try cli.run("source", "show", "S1").out == before)

        let replaced = try cli.run(["source", "add", "--replace", "sources/statement.md"], in: "bridge")
        #expect(replaced.status == 0 && replaced.out.contains("S1  version 2"), "\(replaced.out)\(replaced.err)")
        #expect(replaced.out.contains("1 evidence span(s)"))
        let show = try cli.run("source", "show", "S1").out
        #expect(show.contains("by June") && show.contains("version 1:") && show.contains("version 2:"))
        #expect(try cli.run("source", "show", "S1", "--version", "1").out.contains("build the bridge by May"))
        #expect(oneSentence(try cli.run("source", "show", "S1", "--version", "3")))

        // the evidence still shows the words it was attached to; the check says the source changed and no longer
        // holds the quote
        let check = try cli.run("check", "--update")
        #expect(check.out.contains("ledger.source-changed") && check.out.contains("quote.unsourced"), "\(check.out)")
        let show1 = try cli.run("claim", "show", "C1").out
        #expect(show1.contains("unsupported") && show1.contains("[We will build the bridge by May]"))
        #expect(show1.contains("source show S1 --version 1"))
        let report = try cli.run("report", "--format", "json", "-o", "-")
        #expect(report.status == 0 && report.out.contains("We will build the bridge by May."))
        let json = try JSONSerialization.jsonObject(with: Data(report.out.utf8)) as? [String: Any]
        let evidence = ((json?["claims"] as? [[String: Any]])?.first?["evidence"] as? [[String: Any]])?.first
        #expect(evidence?["attachedToVersion"] as? Int == 1 && evidence?["sourceChanged"] as? Bool == true)
        let md = try cli.run("report", "--format", "md", "-o", "-").out
        #expect(md.contains("attached to version 1; the source has changed since"), "\(md)")

    }

    @Test func evidenceAttachedAgainToTheNewTextSettlesTheClaim() throws {
        let cli = try twoStories()
        try cli.write(
            "bridge/sources/statement.md",
            "The mayor said: \"We will build the bridge by May.\"\n\nMore later.\n")
        #expect(try cli.run("source", "add", "--replace", "bridge/sources/statement.md").status == 0)
        #expect(try cli.run("check", "--update").out.contains("ledger.source-changed"))
        #expect(try cli.run("claim", "show", "C1").out.contains("disputed"))
        #expect(try cli.run("attach", "C1", "S1").status == 0)
        let recheck = try cli.run("check", "--update")
        #expect(recheck.status == 0 && !recheck.out.contains("ledger.source-changed"), "\(recheck.out)")
        #expect(try cli.run("claim", "show", "C1").out.contains("supported"))
    }

    @Test func anEditedStatementIsRefusedWhereverItIsAddedFrom() throws {
        let cli = try twoStories()
        try cli.write("bridge/sources/statement.md", "The mayor said: \"No bridge this year.\"\n")
        #expect(oneSentence(try cli.run("source", "add", "bridge/sources/statement.md")))
        #expect(oneSentence(try cli.run(["source", "add", "../bridge/sources/statement.md"], in: "school")))
        // a one-shot check that keeps its sources in the ledger refuses the changed file the same way
        try cli.write("article.md", "The mayor said: “No bridge this year.”\n")
        let check = try cli.run(
            "check", "article.md", "--sources", "bridge/sources", "--ledger", "Claims/ledger.sqlite")
        #expect(oneSentence(check) && check.err.contains("--replace"), "\(check.err)")
        #expect(try cli.run("source", "list").out.split(separator: "\n").count == 1)
    }
}
