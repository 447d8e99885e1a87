import FormatFixtures
import Foundation
import Testing

/// The "done when", end to end through the built binary: five sources in five formats in one ledger, an
/// article checked against them, anchors in the output, metadata read from the files, bad files refused.
@Suite("sources in every format") struct FormatsCLITests {
    static let files = [
        "sources/interview.vtt", "sources/statement.pdf", "sources/memo.docx", "sources/budget-page.html",
        "sources/reply.eml",
    ]

    func ledgerWithTheFiveSources() throws -> CLI {
        let cli = try CLI()
        try FormatScenario.write(to: cli.dir)
        #expect(try cli.run("init").status == 0)
        let add = try cli.run(["source", "add"] + FormatsCLITests.files)
        #expect(add.status == 0, "\(add.err)")
        return cli
    }

    func findings(_ json: String) throws -> [[String: Any]] {
        let o = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(o["findings"] as? [[String: Any]])
    }

    @Test func theArticleIsCheckedAgainstAllFiveWithPagesAndTimecodes() throws {
        let cli = try ledgerWithTheFiveSources()
        let r = try cli.run("check", "article.md", "--format", "json")
        #expect(r.status == 1, "\(r.err)")
        let fs = try findings(r.out)
        func finding(_ rule: String, _ words: String) -> [String: Any]? {
            fs.first { $0["rule"] as? String == rule && ($0["excerpt"] as? String ?? "").contains(words) }
        }
        let altered = try #require(finding("quote.altered", "We will not raise taxes"))
        let ev = try #require((altered["evidence"] as? [[String: Any]])?.first)
        #expect(ev["document"] as? String == "sources/interview.vtt")
        let time = try #require(ev["time"] as? [String: Double])
        #expect(time == ["start": 68.5, "end": 75.5])
        #expect(ev["page"] == nil)
        let figure = try #require(finding("number.mismatch", "15 percent"))
        let pev = try #require((figure["evidence"] as? [[String: Any]])?.first)
        #expect(pev["document"] as? String == "sources/statement.pdf")
        #expect(pev["page"] as? Int == 2)
        #expect(pev["time"] == nil)
        // words only the cookie banner and the reporter's own quoted question hold are unsourced
        #expect(finding("quote.unsourced", "We value your privacy") != nil)
        #expect(finding("quote.unsourced", "schools will lose funding") != nil)
        // the memo's words are read and bear the quote out
        #expect(!fs.contains { ($0["excerpt"] as? String ?? "").contains("counsellor") })
        let text = try cli.run("check", "article.md")
        #expect(text.out.contains("sources/interview.vtt:9 (01:08.5–01:15.5): “We will not raise taxes on working"))
        #expect(
            text.out.contains(
                "sources/statement.pdf:12 (p. 2): “Spending on schools will rise by 12 percent next year, the ministry said.”"
            ))
    }

    @Test func aVoiceTagNamesTheSpeakerOfACue() throws {
        let cli = try CLI()
        try FormatScenario.write(to: cli.dir)
        try cli.write("q.md", "Maria Lopez asked: \"Minister, will taxes go up next year?\"\n")
        let r = try cli.run("check", "q.md", "--sources", "sources/interview.vtt")
        #expect(r.status == 1)
        #expect(r.out.contains("quote.misattributed: the article gives these words to Maria Lopez; "))
        #expect(r.out.contains("gives them to David Reyes"))
    }

    @Test func checkUpdateStoresTheAnchorsAndTheReportsShowThem() throws {
        let cli = try ledgerWithTheFiveSources()
        #expect(try cli.run("claim", "extract", "article.md").status == 0)
        #expect(try cli.run("check", "--update").status == 1)
        #expect(try cli.run("report", "--format", "annotations", "json", "html").status == 0)
        let ann = try String(
            contentsOf: cli.dir.appendingPathComponent("Reports/report.annotations.jsonld"), encoding: .utf8)
        #expect(ann.contains("\"value\": \"t=68.5,75.5\""))
        #expect(ann.contains("\"value\": \"page=2\""))
        let html = try String(contentsOf: cli.dir.appendingPathComponent("Reports/report.html"), encoding: .utf8)
        #expect(html.contains("01:08.5–01:15.5") && html.contains("p. 2"))
    }

    @Test func sourceShowGivesTitleDateAndAuthorReadFromEachFile() throws {
        let cli = try ledgerWithTheFiveSources()
        let expected: [(String, String, String)] = [
            // WebVTT has no date or author field: its title is the header line's text
            ("Evening News: interview with the finance minister", "kind: transcript", "format: transcript"),
            ("Statement on the 2026 budget", "date: 2025-10-22", "author: Ministry of Finance"),
            ("Schools memo", "date: 2025-10-20", "author: Deputy Minister"),
            ("Budget 2026: what changes", "date: 2025-10-21", "author: Press Office"),
            ("Re: Schools — your question", "date: 2025-10-21", "author: Maria Lopez"),
        ]
        for (i, (title, date, author)) in expected.enumerated() {
            let r = try cli.run("source", "show", "S\(i + 1)")
            #expect(r.status == 0)
            #expect(r.out.hasPrefix("S\(i + 1)  \(title)\n"), "\(r.out)")
            #expect(r.out.contains(date) && r.out.contains(author), "\(r.out)")
        }
    }

    @Test(arguments: [
        ("cut.pdf", "pdf"), ("corrupt.docx", "docx"), ("nothing.html", "html"), ("backwards.vtt", "vtt"),
        ("html-only.eml", "eml"),
    ])
    func aBadFileIsRefusedWithOneSentenceAndTheLedgerIsUnchanged(name: String, kind: String) throws {
        let cli = try ledgerWithTheFiveSources()
        let pdf = PDFFixture.make(pages: FormatScenario.pdfPages)
        let docx = try DocxFixture.make(heading: "H", paragraphs: ["Words of a memo."])
        let bad: Data
        switch kind {
        case "pdf": bad = pdf.prefix(pdf.count - 40)
        case "docx": bad = docx.prefix(docx.count / 2)
        case "html": bad = Data("<html><body><nav>Home</nav><div id=\"cookie\">Accept cookies</div></body></html>".utf8)
        case "vtt": bad = Data("WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nb\n\n00:00:01.000 --> 00:00:02.000\na\n".utf8)
        default:
            bad = Data(
                "From: a@b.c\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: image/png\n\nxx\n--x--\n"
                    .utf8)
        }
        try bad.write(to: cli.dir.appendingPathComponent(name))
        try cli.write("new.md", "A new source with some words.\n")
        let before = try cli.run("source", "list").out
        let r = try cli.run("source", "add", "new.md", name)
        #expect(r.status == 2)
        let lines = r.err.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("verity: \(name)"), "\(r.err)")
        #expect(try cli.run("source", "list").out == before)
        #expect(try cli.run("check", "article.md", "--sources", name).status == 2)
    }
}
