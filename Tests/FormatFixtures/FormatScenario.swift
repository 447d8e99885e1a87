import Foundation

/// The "done when": a saved page, a two-page PDF, a Word memo, a WebVTT transcript and an e-mail with a
/// quoted reply, and an article quoting them with an altered quote (transcript), a wrong figure (the PDF's second
/// page), a quote taken from the page's cookie banner and one from the reporter's own question quoted in the reply.
public enum FormatScenario {
    public static let vtt = """
        WEBVTT - Evening News: interview with the finance minister

        NOTE aired 22 October 2025

        1
        00:01:02.000 --> 00:01:08.000
        <v David Reyes>Minister, will taxes go up next year?

        2
        00:01:08.500 --> 00:01:12.000
        <v Maria Lopez>We will not raise taxes

        3
        00:01:12.000 --> 00:01:15.500
        <v Maria Lopez>on working families this year.

        """

    public static let pdfPages: [[String]] = [
        [
            "MINISTRY OF FINANCE - PRESS OFFICE", "Statement on the 2026 budget",
            "The deficit will narrow to 3.1 percent of output, the ministry said.", "Page 1 of 2",
        ],
        [
            "MINISTRY OF FINANCE - PRESS OFFICE", "Spending on schools will rise by 12 percent next year,",
            "the ministry said.", "Page 2 of 2",
        ],
    ]

    public static let page = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Budget | Ministry of Finance</title>
        <meta property="og:title" content="Budget 2026: what changes">
        <meta property="article:published_time" content="2025-10-21T09:30:00+03:00">
        <script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Press Office"}}</script>
        </head><body>
        <div id="cookie-consent"><p>"We value your privacy," the banner says; accept all cookies?</p></div>
        <nav><ul><li>Home</li><li>News</li></ul></nav>
        <main><article><h1>Budget 2026: what changes</h1>
        <p>The budget sets aside 2 billion dollars for roads.</p>
        <aside class="related"><p>Related: "Taxes will rise," critics say</p></aside>
        </article></main>
        <footer>Copyright 2025 Ministry of Finance</footer>
        </body></html>
        """

    public static let eml = [
        "From: \"Maria Lopez\" <m.lopez@finance.example.gov>", "To: reporter@paper.example",
        "Subject: =?UTF-8?Q?Re:_Schools_=E2=80=94_your_question?=", "Date: Tue, 21 Oct 2025 14:02:11 +0300",
        "MIME-Version: 1.0", "Content-Type: multipart/alternative; boundary=\"b1\"", "", "--b1",
        "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "",
        "No school will close, and we will hire 400 new teachers by Septem=", "ber.", "",
        "On Mon, 20 Oct 2025 at 18:00, Reporter <reporter@paper.example> wrote:",
        "> Is it true that \"schools will lose funding\"?", "--b1", "Content-Type: text/html", "",
        "<p>No school will close.</p>", "--b1--", "",
    ].joined(separator: "\r\n")

    public static let article = """
        ---
        title: The budget
        date: 2025-10-23
        ---

        Maria Lopez said on television: "We will not raise taxes on families this year."

        Spending on schools will rise by 15 percent next year, the ministry said.

        "We value your privacy," the ministry said on its website.

        In an e-mail, Lopez wrote that "schools will lose funding" was untrue.

        "Every school will have a counsellor," the memo says.

        """

    /// Writes the five sources into `dir/sources` and the article into `dir/article.md`.
    public static func write(to dir: URL) throws {
        let sources = dir.appendingPathComponent("sources")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try Data(vtt.utf8).write(to: sources.appendingPathComponent("interview.vtt"))
        try PDFFixture.make(
            pages: pdfPages, title: "Statement on the 2026 budget", author: "Ministry of Finance",
            created: "20251022090000+03'00'"
        ).write(to: sources.appendingPathComponent("statement.pdf"))
        try DocxFixture.make(
            heading: "Memo: schools", paragraphs: ["Every school will have a counsellor."],
            table: [["Item", "2026"], ["New teachers", "400"]], title: "Schools memo", author: "Deputy Minister",
            created: "2025-10-20T08:00:00Z"
        ).write(to: sources.appendingPathComponent("memo.docx"))
        try Data(page.utf8).write(to: sources.appendingPathComponent("budget-page.html"))
        try Data(eml.utf8).write(to: sources.appendingPathComponent("reply.eml"))
        try Data(article.utf8).write(to: dir.appendingPathComponent("article.md"))
    }
}
