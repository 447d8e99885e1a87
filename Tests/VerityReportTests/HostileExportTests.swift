import Foundation
import Testing
import VerityCheck
import VerityDocument
import VerityLedger
@testable import VerityReport

/// A claim whose every field is an attack on some format: formulas, HTML, terminal escapes, a bidi override.
func attackSnapshot() throws -> LedgerSnapshot {
    let l = try Ledger.inMemory()
    let text = "Turnout rose to 5 per cent, the official said."
    let good = try l.addSource(
        Source(
            path: "/home/desk/secret/a.md", title: "Results", url: "https://example.org/r?x=1",
            text: text, sha256: Document.hash(text))
    ).source
    let other = "Another text \u{202E}txt.exe"
    let bad = try l.addSource(
        Source(
            path: "/home/desk/b.md", url: "javascript:alert(1)", text: other,
            sha256: Document.hash(other))
    ).source
    let c = try l.addClaim(
        Claim(
            kind: .quantity, text: "\u{1B}[2J\u{1B}]0;pwned\u{7}=HYPERLINK(\"x\") \u{202E}evil",
            speaker: ";=cmd|' /C calc'!A0", value: 5, unit: "<img src=x onerror=alert(1)>",
            dateValue: "<b>2025</b>", article: "file:///etc/passwd"), by: "\t=1+1")
    for s in [good, bad] {
        try l.attach(
            Evidence(
                claimId: c.id!, sourceId: s.id!, exact: "Turnout", prefix: "", suffix: " rose", start: 0, end: 7,
                sourceSha256: s.sha256))
    }
    return try LedgerSnapshot(ledger: l, path: "Claims/`x`<i>.sqlite")
}

@Suite("exports fed hostile text") struct HostileExportTests {
    @Test func csvCellsThatCouldRunAsFormulasAreNeutralised() {
        for cell in ["=1+1", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "  =1", ";=1", ",=1", "\n@x", "=5", "－1+1"] {
            let f = CSVReport.field(cell)
            #expect(f.hasPrefix("\"'"), "\(cell.debugDescription) → \(f.debugDescription)")
        }
        for plain in ["-5", "+3.5", "12", "C1", "plain words"] { #expect(CSVReport.field(plain) == plain) }
        #expect(CSVReport.field("a;b") == "\"a;b\"")
        #expect(CSVReport.field("bell\u{7}") == "\"bell\\u{7}\"")
    }

    @Test func csvRowsCarryNoFormulaAndNoEscape() throws {
        let rows = parseCSV(String(CSVReport().render(try attackSnapshot()).dropFirst()))
        let row = rows[1]
        #expect(!row.contains { $0.first.map { "=+-@\t\r".contains($0) } == true })
        #expect(row[2].hasPrefix("\\u{1B}") && !row[2].contains("\u{1B}") && !row[2].contains("\u{202E}"))
        #expect(row[3].hasPrefix("';="))
    }

    @Test func markdownEscapesHTMLInEveryField() throws {
        let md = MarkdownReport().render(try attackSnapshot())
        for raw in ["<img", "<b>", "<i>", "\u{1B}", "\u{202E}", "\u{7}"] {
            #expect(!md.contains(raw), "\(raw.debugDescription)")
        }
        #expect(md.contains("&lt;img src=x onerror=alert(1)&gt;") && md.contains("&lt;b&gt;2025&lt;/b&gt;"))
        #expect(md.contains("\\u{1B}\\[2J"))
    }

    @Test func webAnnotationsAndClaimReviewKeepOnlyWebAddresses() throws {
        let snap = try attackSnapshot()
        let anno = AnnotationReport().render(snap)
        #expect(anno.contains("https://example.org/r?x=1") && anno.contains("urn:verity:source:S2"))
        #expect(!anno.contains("javascript:") && !anno.contains("/home/desk"))
        let review = ClaimReviewReport().render(
            try { () -> LedgerSnapshot in
                let l = try Ledger.inMemory()
                for (i, a) in [
                    "javascript:alert(1)", "file:///etc/passwd", "/home/desk/a.md", "https://news.example/story",
                ].enumerated() {
                    let c = try l.addClaim(Claim(kind: .quote, text: "words \(i)", article: a), by: "t")
                    try l.setStatus(c.id!, to: .supported, by: "desk", note: nil)
                }
                return try LedgerSnapshot(ledger: l, path: "memory")
            }())
        #expect(!review.contains("javascript:") && !review.contains("file:") && !review.contains("/home/desk"))
        #expect(review.contains("https://news.example/story"))
        #expect(
            webURL("HTTPS://ok.example/a") != nil && webURL("http:///nohost") == nil
                && webURL("data:text/html,x") == nil)
    }

    @Test func jsonKeepsTheTextButEscapesControlsAndOverrides() throws {
        let snap = try attackSnapshot()
        let json = JSONReport().render(snap)
        #expect(
            !json.contains("\u{1B}") && !json.contains("\u{202E}") && json.contains("\\u202e")
                && json.contains("\\u001b"))
        let obj = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        #expect(((obj["claims"] as! [[String: Any]])[0]["text"] as? String) == snap.claims[0].text)
    }

    @Test func terminalTextShowsControlsVisibly() throws {
        let doc = try Document(
            path: "a\u{1B}[31m.md", text: "He said \"x \u{202E}y\u{1B}[2J\" today.", format: .markdown)
        let f = Finding(rule: "quote.unsourced", in: doc, start: 8, end: 20, message: "no source holds \u{202E}this")
        let out = TextFindingFormatter(colour: false).format([f])
        #expect(!out.contains("\u{1B}") && !out.contains("\u{202E}"))
        #expect(out.contains("\\u{1B}[2J") && out.contains("\\u{202E}"))
        #expect(Visible.text("line\r\nnext\ttab") == "line\r\nnext\ttab")
    }

    @Test func htmlIsolatesUserTextAndDropsControls() throws {
        let html = HTMLReport().render(try attackSnapshot())
        #expect(!html.contains("\u{1B}") && !html.contains("<img") && !html.contains("<b>"))
        #expect(html.contains("<bdi>\u{FFFD}[2J\u{FFFD}]0;pwned\u{FFFD}=HYPERLINK(&quot;x&quot;) \u{202E}evil</bdi>"))
    }
}
